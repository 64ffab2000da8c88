/**
 * Paper (docs/reference/print.md): each element printed to PDF by Chromium, in
 * Arabic (rtl) and French, and the PDF's text read back with poppler's pdftotext (pdf-text.mjs).
 */
import { addPage, assert, test } from './harness.mjs';
import { comparable, pdfText } from './pdf-text.mjs';
import { CARD, FREEZE_CHUNKS, manyEvents, pageHtml } from './fixtures.mjs';

const PDF = { format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } };

async function printed(page) {
  return pdfText(await page.pdf(PDF));
}

const ready = (page, selector) =>
  page.waitForFunction(
    (s) => [...document.querySelectorAll(s)].every((element) => element.shadowRoot?.querySelector('.frame > *')),
    { timeout: 15000 },
    selector,
  );

const count = (text, part) => text.split(part).length - 1;

/** The badge's holder in the page's language (a French name inside Arabic text comes back reordered). */
const HOLDER = { ar: 'مجلس جهة طنجة تطوان الحسيمة', fr: 'Conseil de la Région Tanger-Tétouan-Al Hoceïma' };

test('print emulation (DevTools, screenshots of the print view) renders every year group the chunked rendering had left', async ({
  page,
}) => {
  const json = JSON.stringify(manyEvents(600)).replace(/</g, '\\u003c');
  await page.goto(
    addPage(
      '/pages/print-emulation.html',
      pageHtml({
        lang: 'fr',
        head: FREEZE_CHUNKS,
        body: `<jiha-cooperation-timeline><script type="application/json">${json}</script></jiha-cooperation-timeline>`,
      }),
    ),
  );
  await ready(page, 'jiha-cooperation-timeline');
  const pendingYears = () =>
    page.evaluate(
      () => document.querySelector('jiha-cooperation-timeline').shadowRoot.querySelectorAll('.year.pending').length,
    );
  assert((await pendingYears()) > 0, 'the chunked rendering should have left year groups to render');
  await page.emulateMediaType('print');
  await page
    .waitForFunction(
      () =>
        document.querySelector('jiha-cooperation-timeline').shadowRoot.querySelectorAll('.year.pending').length === 0,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  assert((await pendingYears()) === 0, `${await pendingYears()} year groups still pending under print media`);
});

for (const lang of ['ar', 'fr']) {
  test(`print ${lang}: the timeline prints every event, even those the chunked rendering had not reached, and no filters or "show all"`, async ({
    page,
  }) => {
    const timeline = manyEvents(600);
    const json = JSON.stringify(timeline).replace(/</g, '\\u003c');
    // The page's own next-task channel never delivers: only printing renders the rest.
    await page.goto(
      addPage(
        `/pages/print-timeline-${lang}.html`,
        pageHtml({
          lang,
          head: FREEZE_CHUNKS,
          body: `<jiha-cooperation-timeline filterable limit="1000" today="2030-01-01"><script type="application/json">${json}</script></jiha-cooperation-timeline>`,
        }),
      ),
    );
    await ready(page, 'jiha-cooperation-timeline');
    const pending = await page.evaluate(
      () => document.querySelector('jiha-cooperation-timeline').shadowRoot.querySelectorAll('.year.pending').length,
    );
    assert(pending > 0, 'the chunked rendering should have left year groups to render (the test would prove nothing)');
    const { text, pages } = await printed(page);
    const flat = comparable(text);
    const missing = timeline.events.filter((event) => !flat.includes(comparable(event.title[lang])));
    assert(
      missing.length === 0,
      `${missing.length} of ${timeline.events.length} titles missing from ${pages} pages, first: ${missing[0]?.title[lang]}`,
    );
    // Category names print once per event of that category, not once more for a filter button.
    const visits = timeline.events.filter((event) => event.category === 'visit').length;
    const word = lang === 'fr' ? 'Visite' : 'زيارة';
    assert(
      count(flat, comparable(word)) === visits,
      `"${word}" printed ${count(flat, comparable(word))} times for ${visits} visits: a filter button printed`,
    );
  });

  test(`print ${lang}: a timeline with "limit" prints no "show all" button, and the horizontal layout wraps onto the page`, async ({
    page,
  }) => {
    const timeline = manyEvents(40);
    const json = JSON.stringify(timeline).replace(/</g, '\\u003c');
    await page.goto(
      addPage(
        `/pages/print-timeline-limit-${lang}.html`,
        pageHtml({
          lang,
          body: `<jiha-cooperation-timeline layout="horizontal" limit="30"><script type="application/json">${json}</script></jiha-cooperation-timeline>`,
        }),
      ),
    );
    await ready(page, 'jiha-cooperation-timeline');
    const label = await page.evaluate(() =>
      document.querySelector('jiha-cooperation-timeline').shadowRoot.querySelector('.show-all').textContent.trim(),
    );
    const { text } = await printed(page);
    const flat = comparable(text);
    assert(!flat.includes(comparable(label)), `"${label}" printed`);
    const shown = timeline.events.slice(-30);
    const missing = shown.filter((event) => !flat.includes(comparable(event.title[lang])));
    assert(
      missing.length === 0,
      `${missing.length} of the 30 newest events missing from the horizontal layout's print, first: ${missing[0]?.title[lang]}`,
    );
  });

  test(`print ${lang}: the news card prints its headline followed by the article's address`, async ({ page }) => {
    const attributes = Object.entries(CARD)
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    await page.goto(
      addPage(
        `/pages/print-card-${lang}.html`,
        pageHtml({ lang, body: `<jiha-news-card ${attributes} time-zone="Africa/Casablanca"></jiha-news-card>` }),
      ),
    );
    await ready(page, 'jiha-news-card');
    const { text } = await printed(page);
    const flat = comparable(text);
    assert(flat.includes(comparable(CARD.href)), `the address ${CARD.href} is not printed: ${text.slice(0, 300)}`);
    assert(flat.includes(comparable(CARD.headline)), 'the headline is not printed');
  });

  test(`print ${lang}: the badge prints its status in words, its holder and its verify address`, async ({ page }) => {
    const verify = 'https://certification.example.org/register/FR-2024-0042';
    await page.goto(
      addPage(
        `/pages/print-badge-${lang}.html`,
        pageHtml({
          lang,
          body: `<jiha-iso-badge standard="9001" edition="2015" holder="${HOLDER[lang]}" issued="2024-06-01" expires="2099-05-31" verify-url="${verify}"></jiha-iso-badge>`,
        }),
      ),
    );
    await ready(page, 'jiha-iso-badge');
    const state = await page.evaluate(() =>
      document.querySelector('jiha-iso-badge').shadowRoot.querySelector('.state-words').textContent.trim(),
    );
    assert(state === (lang === 'fr' ? 'Valide' : 'سارية'), `status words on screen: ${state}`);
    const { text } = await printed(page);
    const flat = comparable(text);
    assert(flat.includes(comparable(state)), `the status "${state}" is not printed`);
    assert(flat.includes(comparable(HOLDER[lang])), 'the holder is not printed');
    assert(flat.includes(comparable(verify)), 'the verify address is not printed');
  });

  test(`print ${lang}: the map prints its drawn map and its list of places, without zoom buttons`, async ({ page }) => {
    await page.goto(
      addPage(
        `/pages/print-map-${lang}.html`,
        pageHtml({ lang, body: `<jiha-geopark-map tiles="none"></jiha-geopark-map>` }),
      ),
    );
    await page.waitForFunction(
      () =>
        document.querySelector('jiha-geopark-map')?.shadowRoot?.querySelector('.map-wrap.ready .leaflet-marker-icon'),
      { timeout: 20000 },
    );
    const names = await page.evaluate(() =>
      [...document.querySelector('jiha-geopark-map').shadowRoot.querySelectorAll('.print-list .item-name')].map(
        (name) => name.textContent.trim(),
      ),
    );
    assert(names.length >= 2, `places listed for print: ${names.length}`);
    const zoom = await page.evaluate(() =>
      [...document.querySelector('jiha-geopark-map').shadowRoot.querySelectorAll('.controls button')].map((button) =>
        button.textContent.trim(),
      ),
    );
    assert(zoom.length === 2, 'the zoom buttons are on screen');
    const { text } = await printed(page);
    const flat = comparable(text);
    for (const name of names) assert(flat.includes(comparable(name)), `"${name}" is not printed`);
    for (const label of zoom) assert(!text.includes(label), `zoom "${label}" printed`);
  });
}
