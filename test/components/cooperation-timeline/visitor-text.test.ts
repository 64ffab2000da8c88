/**
 * Issue 19, item 2 (docs/elements/cooperation-timeline.md, "Data"): visitors
 * see only text written for them, in the widget's language. The data's notes for editors
 * (`note`, `editorNote`: research notes, the source of a derived date,
 * what a source says) never reach the shadow DOM, in any format; sources
 * show as links named by their host under a localised label; the reference
 * data gives every visitor language but Tamazight its own titles.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { loadJson, mount, unmountAll } from '../../support/helpers.js';
import { cooperation, timeline, timelineIn } from './helpers.js';

interface SharedEvent {
  note?: string;
  editorNote?: string;
  title_en: string;
  sources: string[];
}

/** The shadow root's text, with the text of every attribute (a note must not hide in a title or aria-label either). */
function everythingShown(element: Element): string {
  const root = element.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes].filter((attribute) => attribute.name !== 'href').map((attribute) => attribute.value),
  );
  return [root.textContent ?? '', ...attributes].join('\n').replace(/\s+/g, ' ');
}

/** Words that only editors' notes use in the reference data. */
const EDITOR_WORDS = ['DERIVED', 'not reported', 'dateline', 'source article', 'article source', 'quoted'];

describe('jiha-cooperation-timeline: visitors never see the notes meant for editors', () => {
  afterEach(unmountAll);

  for (const lang of ['ar', 'fr', 'en', 'zgh']) {
    it(`the reference data in ${lang}: no note, no editor's word, sources named by their host`, async () => {
      const data = await loadJson<{ events: SharedEvent[] }>('/data/timeline.json');
      const notes = data.events.flatMap((event) => [event.note, event.editorNote]).filter(Boolean) as string[];
      expect(notes.length, 'the reference data keeps its notes for editors').to.be.above(3);
      const element = await timelineIn(1280, lang, lang === 'ar' ? 'rtl' : 'ltr', data, 'filterable');
      const shown = everythingShown(element);
      const problems: string[] = [];
      for (const note of notes) {
        // Any 24 characters of a note in a row would be a leak; its start, middle and end stand for it.
        for (const at of [0, Math.floor(note.length / 2) - 12, note.length - 24]) {
          const piece = note.slice(Math.max(0, at), Math.max(0, at) + 24).replace(/\s+/g, ' ');
          if (shown.includes(piece)) problems.push(`note shown: "${piece}"`);
        }
      }
      for (const word of EDITOR_WORDS) if (shown.includes(word)) problems.push(`editor's word shown: "${word}"`);
      // Further sources: links named by their host, under a label in the widget's language.
      for (const link of element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.sources a')) {
        const href = link.getAttribute('href')!;
        if (/\s/.test(href)) problems.push(`a source's address holds an editor's words: ${href}`);
        if (link.textContent !== new URL(href).hostname.replace(/^www\./, ''))
          problems.push(`source link "${link.textContent}" is not named by its host ${href}`);
      }
      expect(problems).to.deep.equal([]);
      expect(element.shadowRoot!.querySelectorAll('.sources a').length, 'sources shown').to.be.above(10);
    });
  }

  it('reads no note in the library’s own format, the shared shape or a page’s list', async () => {
    const own = cooperation();
    const events = own.events as Array<Record<string, unknown>>;
    events[0].note = 'OWN-NOTE derived from two articles';
    events[1].editorNote = 'OWN-EDITOR-NOTE check the date';
    const shared = {
      events: [
        {
          date: '2024-07',
          region: 'MA-01',
          title_en: 'Mission',
          note: 'SHARED-NOTE inferred',
          editorNote: 'SHARED-EDITOR-NOTE',
          sources: ['https://example.org/a (SOURCE-ANNOTATION headline quoted)', 'https://example.org/b (ANOTHER)'],
        },
      ],
    };
    const list = await timeline(
      '<jiha-cooperation-timeline lang="fr"><ol><li data-note="LIST-NOTE research"><time datetime="2020-10">octobre 2020</time> <strong>TTA admis</strong></li></ol></jiha-cooperation-timeline>',
    );
    const shown = [
      everythingShown(await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', own)),
      everythingShown(await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', shared)),
      everythingShown(list),
    ].join('\n');
    for (const word of ['OWN-NOTE', 'OWN-EDITOR-NOTE', 'SHARED-NOTE', 'SHARED-EDITOR-NOTE', 'ANOTHER', 'LIST-NOTE'])
      expect(shown, word).to.not.contain(word);
    // What an editor wrote after a source's address is not part of its link.
    const sharedElement = mount('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>');
    const ready = new Promise((resolve) => sharedElement.addEventListener('jiha-ready', resolve, { once: true }));
    (sharedElement as HTMLElement & { data: unknown }).data = shared;
    await ready;
    await (sharedElement as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const hrefs = [...sharedElement.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.org/a', 'https://example.org/b']);
  });

  for (const lang of ['ar', 'fr', 'en']) {
    it(`the reference data gives ${lang} visitors titles in ${lang}, and labels in ${lang}`, async () => {
      const data = await loadJson('/data/timeline.json');
      const element = await timelineIn(1280, lang, lang === 'ar' ? 'rtl' : 'ltr', data);
      const titleLanguages = new Set(
        [...element.shadowRoot!.querySelectorAll('.title')].map((title) => title.getAttribute('lang')),
      );
      expect([...titleLanguages]).to.deep.equal([lang]);
      const label = element.shadowRoot!.querySelector('.sources-label')!.textContent!.trim();
      expect(label).to.equal({ ar: 'مصادر أخرى:', fr: 'Autres sources :', en: 'Other sources:' }[lang]);
    });
  }
});
