/** Pages and data the progressive-enhancement and print suites share. */

/** A page in `lang` with `body`, loading dist/jiha.js unless `script` is false; `head` goes first (before the library). */
export function pageHtml({ lang, body, head = '', script = true }) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${lang} page</title>${head}${
    script ? '<script type="module" src="/jiha.js"></script>' : ''
  }</head><body>${body}</body></html>`;
}

/** A timeline of `count` events over 26 years, two partners, every category but context events too. */
export function manyEvents(count) {
  const categories = ['visit', 'agreement', 'certification', 'digital', 'geopark', 'open-government'];
  return {
    partners: [
      { id: 'tth', name: { ar: 'طنجة-تطوان-الحسيمة', fr: 'Tanger-Tétouan-Al Hoceïma' } },
      { id: 'bmk', name: { ar: 'بني ملال-خنيفرة', fr: 'Béni Mellal-Khénifra' } },
    ],
    events: Array.from({ length: count }, (_, i) => ({
      date: `${2000 + Math.floor((i * 26) / count)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      title: {
        fr: `Rencontre E${String(i).padStart(4, '0')} des deux régions`,
        ar: `لقاء E${String(i).padStart(4, '0')} بين الجهتين`,
      },
      category: categories[i % categories.length],
      partners: i % 5 === 0 ? [] : i % 3 === 0 ? ['tth', 'bmk'] : [i % 2 ? 'tth' : 'bmk'],
    })),
  };
}

/** A news card, with the seed article's fields. */
export const CARD = {
  headline: 'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة',
  href: 'https://sadaalmaghrib.com/?p=40130',
  source: 'صدى المغرب',
  published: '2026-01-17T20:22:00+01:00',
};

/** Replaces the chunked rendering's next task with one that never comes: the timeline stays part-rendered until something renders it all. */
export const FREEZE_CHUNKS = `<script>window.MessageChannel = class { constructor() { this.port1 = { onmessage: null, close() {} }; this.port2 = { postMessage() {} }; } };</script>`;
