/**
 * What the snippet builder writes for WordPress, pasted as an editor pastes
 * it: the builder's own writers (src/builder/wordpress-snippets.ts, bundled
 * here with esbuild) make a shortcode and a block for each widget, with
 * values no attribute has by default (Arabic, quotes, brackets, booleans,
 * the map's and the timeline's data); the served page must carry each value
 * on the element, and Chromium must show each widget with its content.
 */
import { build } from 'esbuild';
import { parse } from 'parse5';

async function builderWriters() {
  const { outputFiles } = await build({
    entryPoints: ['test/wordpress/builder-writers.entry.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const PLACES = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'ouzoud',
      geometry: { type: 'Point', coordinates: [-6.719, 32.015] },
      properties: { name: { fr: "Cascades d'Ouzoud", ar: 'شلالات أوزود' }, status: 'site' },
    },
    {
      type: 'Feature',
      id: 'mgoun',
      geometry: { type: 'Point', coordinates: [-6.5694, 31.9669] },
      properties: { name: { fr: 'Géoparc du M’Goun', ar: 'جيوبارك مكون' }, status: 'unesco-global-geopark' },
    },
  ],
};

/** Each widget as an editor fills it in the builder: its settings, and a text its widget then shows. */
const CASES = [
  {
    widget: 'news-card',
    lang: 'ar',
    attributes: [
      ['headline', 'المجلس يصادق على "ميزانية" [2026]'],
      ['href', 'https://example.org/budget?year=2026&lang=ar'],
      ['published', '2026-01-17T20:22:00+01:00'],
      ['source', 'صدى المغرب'],
    ],
    shows: 'المجلس يصادق على "ميزانية" [2026]',
  },
  {
    widget: 'iso-badge',
    lang: 'fr',
    attributes: [
      ['standard', 'ISO 14001'],
      ['holder', 'Conseil de la Région Tanger-Tétouan-Al Hoceïma'],
      ['expires', '2099-05-31'],
      ['variant', 'card'],
    ],
    shows: 'Conseil de la Région Tanger-Tétouan-Al Hoceïma',
  },
  {
    widget: 'geopark-map',
    lang: 'fr',
    attributes: [
      ['tiles', 'none'],
      ['list', ''],
    ],
    data: JSON.stringify(PLACES),
    shows: "Cascades d'Ouzoud",
  },
  {
    widget: 'cooperation-timeline',
    lang: 'fr',
    attributes: [
      ['order', 'newest'],
      ['filterable', ''],
    ],
    data: 'date,title_fr,partners\n2019-03-12,Accord de coopération,MA-01 MA-05\n2022-05-10,Visite de la délégation,MA-01 MA-05\n2024-09-01,Forum des géoparcs,MA-05\n',
    csv: true,
    shows: 'Forum des géoparcs',
  },
  {
    widget: 'news-list',
    lang: 'fr',
    attributes: [
      ['heading', 'Actualités « de la Région »'],
      ['limit', '3'],
    ],
    shows: 'Actualités « de la Région »',
  },
];

/** Every element of `tag` in the served HTML, with its attributes. */
function elements(html, tag) {
  const found = [];
  const walk = (node) => {
    if (node.tagName === tag) found.push(Object.fromEntries(node.attrs.map(({ name, value }) => [name, value])));
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html));
  return found;
}

export async function builderContent({ createPost, check, label, chromium, trap }) {
  const { wordpressShortcode, wordpressBlock, widgetByName } = await builderWriters();
  const inputs = CASES.map((entry) => ({
    widget: widgetByName(entry.widget),
    base: 'https://example.org/jiha/',
    lang: entry.lang,
    dir: '',
    attributes: entry.attributes,
    data: entry.data ?? '',
    csv: entry.csv ?? false,
    title: entry.widget,
    id: `${entry.widget}-1`,
  }));
  for (const [form, write] of [
    ['shortcodes', wordpressShortcode],
    ['blocks', wordpressBlock],
  ]) {
    const post = await createPost('author', `Pasted from the builder: ${form}`, inputs.map(write).join('\n\n'));
    const html = await (await fetch(post.link)).text();
    for (const [index, entry] of CASES.entries()) {
      const [element] = elements(html, `jiha-${entry.widget}`);
      const missing = [['lang', entry.lang], ...entry.attributes].filter(([name, value]) => element?.[name] !== value);
      check(
        label(`builder's ${form}: <jiha-${entry.widget}> carries every value the editor gave`),
        element !== undefined && missing.length === 0,
        JSON.stringify({ missing, element }),
      );
      if (entry.data)
        check(
          label(`builder's ${form}: <jiha-${entry.widget}> carries its data`),
          html.includes(entry.csv ? '<script type="text/csv">' : '<script type="application/json">'),
          `${inputs[index].widget.name}`,
        );
    }
    const page = await chromium.browser.newPage();
    await trap(page);
    await page.goto(post.link, { waitUntil: 'load' });
    for (const entry of CASES) {
      const shown = await page
        .waitForFunction(
          ({ tag, text }) => {
            const node = document.querySelector(tag);
            const all = (root) =>
              [...root.querySelectorAll('*')]
                .map((child) => (child.shadowRoot ? all(child.shadowRoot) : ''))
                .join(' ') + root.textContent;
            return node?.shadowRoot && window.__jihaReady.includes(tag) && all(node.shadowRoot).includes(text);
          },
          { timeout: 20_000 },
          { tag: `jiha-${entry.widget}`, text: entry.shows },
        )
        .then(() => true)
        .catch(async () =>
          JSON.stringify(await page.evaluate(() => ({ ready: window.__jihaReady, errors: window.__jihaErrors }))),
        );
      check(
        label(`builder's ${form}: <jiha-${entry.widget}> shows "${entry.shows}" in Chromium`),
        shown === true,
        shown,
      );
    }
    check(
      label(`builder's ${form}: nothing ran that should not`),
      (await page.evaluate(() => window.__pwned)) === undefined,
    );
    await page.close();
  }
}
