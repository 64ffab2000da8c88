/**
 * Without JavaScript (docs/reference/without-javascript.md): each snippet the builder writes
 * (script and element) shows its content as plain HTML in a browser with
 * scripting off; with scripting on, the widget renders and its fallback is
 * neither seen nor in Chromium's accessibility tree (its headline or title
 * is exposed once); in the error state the fallback shows again.
 */
import { readFileSync } from 'node:fs';
import { addPage, assert, test } from './harness.mjs';
import { pageHtml } from './fixtures.mjs';

/** The documented space-reserving rule (docs/reference/loading.md) for elements not yet defined: it must not hide the fallback. */
const DOCUMENTED_RESERVATION = (() => {
  const readme = readFileSync(new URL('../../docs/reference/loading.md', import.meta.url), 'utf8');
  const block = /```css\n((?:(?!```)[\s\S])*?:not\(:defined\)(?:(?!```)[\s\S])*?)```/.exec(readme);
  if (!block)
    throw new Error('docs/reference/loading.md: the css block reserving space for :not(:defined) elements is gone');
  return `<style>${block[1]}</style>`;
})();

const VERIFY = 'https://certification.example.org/register/FR-2024-0042';

/** What each snippet's fallback must say, in Arabic and French (the builder's default fields and data). */
const CASES = [
  {
    widget: 'news-card',
    tag: 'jiha-news-card',
    marker: '<time',
    key: {
      ar: 'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة',
      fr: 'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة',
    },
    texts: { ar: ['صدى المغرب', 'يناير 2026'], fr: ['صدى المغرب', 'janvier 2026'] },
    selectors: ['a[href="https://sadaalmaghrib.com/?p=40130"]', 'time[datetime="2026-01-17T20:22:00+01:00"]'],
  },
  {
    widget: 'iso-badge',
    tag: 'jiha-iso-badge',
    marker: `<a href="${VERIFY}">`,
    fields: { 'verify-url': VERIFY },
    key: { ar: 'Conseil de la Région Tanger-Tétouan-Al Hoceïma', fr: 'Conseil de la Région Tanger-Tétouan-Al Hoceïma' },
    texts: { ar: ['ISO 9001:2015', 'سارية', 'ماي 2027'], fr: ['ISO 9001:2015', 'Valide', 'mai 2027'] },
    selectors: [`a[href="${VERIFY}"]`, 'time[datetime="2027-05-31"]'],
  },
  {
    widget: 'geopark-map',
    tag: 'jiha-geopark-map',
    marker: '<ul>',
    // No tile server: tests stay on 127.0.0.1.
    fields: { tiles: 'none' },
    key: { ar: 'جيوبارك مكون العالمي لليونسكو', fr: "Géoparc mondial UNESCO du M'Goun" },
    texts: { ar: ['بني ملال خنيفرة', 'طنجة تطوان الحسيمة'], fr: ['Béni Mellal-Khénifra', 'Tanger-Tétouan-Al Hoceïma'] },
    selectors: ['ul > li'],
  },
  {
    widget: 'cooperation-timeline',
    tag: 'jiha-cooperation-timeline',
    marker: '<ol>',
    key: { ar: 'زيارة وفد بني ملال-خنيفرة إلى طنجة', fr: 'Visite de la délégation de Béni Mellal-Khénifra à Tanger' },
    texts: { ar: ['مكون، جيوبارك عالمي لليونسكو', '2014'], fr: ['M’Goun, géoparc mondial UNESCO', '2014'] },
    selectors: ['ol > li > time[datetime="2014"]', 'ol > li > time[datetime="2026-01-17"]'],
  },
  {
    widget: 'news-list',
    tag: 'jiha-news-list',
    marker: '<ul>',
    key: {
      ar: 'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة',
      fr: 'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة',
    },
    texts: {
      ar: ['Béni Mellal-Khénifra et Tanger-Tétouan-Al Hoceïma : un partenariat stratégique', 'يناير 2026'],
      fr: ['Béni Mellal-Khénifra et Tanger-Tétouan-Al Hoceïma : un partenariat stratégique', 'janvier 2026'],
    },
    selectors: [
      'ul > li > a[href="https://sadaalmaghrib.com/?p=40130"]',
      'ul > li > time[datetime="2026-01-17T20:22:00+01:00"]',
      'ul > li[lang="fr"]',
    ],
  },
];

/** Snippet 1 from the builder page (dist/builder/), for `widget` in `lang`, once its fallback is written. */
async function builderSnippet(page, origin, { widget, marker, fields = {} }, lang) {
  await page.goto(`${origin}/builder/`);
  await page.waitForFunction(
    () => document.querySelector('jiha-snippet-builder')?.shadowRoot?.querySelector('#widget'),
    { timeout: 15000 },
  );
  await page.evaluate(
    async (widget, lang, fields) => {
      const builder = document.querySelector('jiha-snippet-builder');
      const set = async (selector, value, type) => {
        const control = builder.shadowRoot.querySelector(selector);
        control.value = value;
        control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        await builder.updateComplete;
      };
      await set('#widget', widget, 'change');
      await set('#widget-lang', lang, 'change');
      for (const [name, value] of Object.entries(fields)) await set(`#field-${name}`, value, 'input');
    },
    widget,
    lang,
    fields,
  );
  const handle = await page.waitForFunction(
    (marker) => {
      const text =
        document.querySelector('jiha-snippet-builder').shadowRoot.querySelector('#snippet-script')?.value ?? '';
      return text.includes(marker) && text;
    },
    { timeout: 15000 },
    marker,
  );
  return handle.jsonValue();
}

/** The snippet's element and its fallback's state: text shown, visibility of each fallback child. */
function fallbackState(tag, selectors) {
  const element = document.querySelector(tag);
  const children = [...element.children].filter((child) => !['SCRIPT', 'TEMPLATE'].includes(child.tagName));
  return {
    text: document.body.innerText,
    children: children.length,
    visible: children.filter((child) => child.checkVisibility()).length,
    found: selectors.filter((selector) => element.querySelector(`:scope > ${selector}, :scope > * ${selector}`)),
  };
}

/** Accessibility-tree nodes (not ignored) whose name holds `text`, by role; and whether each fallback child is ignored. */
async function accessibility(page, tag, text) {
  const client = await page.createCDPSession();
  await client.send('Accessibility.enable');
  const { nodes } = await client.send('Accessibility.getFullAXTree');
  const roles = {};
  for (const node of nodes) {
    if (node.ignored || !String(node.name?.value ?? '').includes(text)) continue;
    roles[node.role?.value] = (roles[node.role?.value] ?? 0) + 1;
  }
  const { root } = await client.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await client.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: `${tag} > :not(script, template)`,
  });
  const exposed = [];
  for (const nodeId of nodeIds) {
    const { node } = await client.send('DOM.describeNode', { nodeId });
    const partial = await client.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    if (partial.nodes.some((entry) => !entry.ignored)) exposed.push(node.localName);
  }
  await client.detach();
  return { roles, exposed, fallbackChildren: nodeIds.length };
}

for (const lang of ['ar', 'fr']) {
  for (const entry of CASES) {
    test(`without JavaScript ${lang}: the builder's ${entry.widget} snippet shows its content as text`, async ({
      page,
      origin,
    }) => {
      const snippet = await builderSnippet(page, origin, entry, lang);
      assert(
        snippet.includes(`src="${origin}/${entry.widget}.js"`),
        `the snippet loads ${entry.widget}.js (the widget's own file) from the builder's library folder`,
      );
      const off = await page.browserContext().newPage();
      await off.setJavaScriptEnabled(false);
      await off.goto(
        addPage(
          `/pages/nojs-${entry.widget}-${lang}.html`,
          pageHtml({ lang, head: DOCUMENTED_RESERVATION, body: snippet, script: false }),
        ),
      );
      const state = await off.evaluate(fallbackState, entry.tag, entry.selectors);
      const defined = await off.evaluate((tag) => customElements.get(tag) !== undefined, entry.tag);
      await off.close();
      assert(!defined, 'scripting was on');
      assert(
        state.children > 0 && state.visible === state.children,
        `fallback children visible: ${state.visible} of ${state.children}`,
      );
      for (const text of [entry.key[lang], ...entry.texts[lang]])
        assert(state.text.includes(text), `"${text}" not in the page's text: ${state.text.slice(0, 400)}`);
      assert(
        state.found.length === entry.selectors.length,
        `markup missing: ${entry.selectors.filter((s) => !state.found.includes(s)).join(', ')}`,
      );
    });

    test(`with JavaScript ${lang}: the ${entry.widget} snippet renders, its fallback hidden from sight and from the accessibility tree`, async ({
      page,
      origin,
    }) => {
      const snippet = await builderSnippet(page, origin, entry, lang);
      await page.goto(
        addPage(
          `/pages/js-${entry.widget}-${lang}.html`,
          pageHtml({ lang, head: DOCUMENTED_RESERVATION, body: snippet, script: false }),
        ),
      );
      await page.waitForFunction(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.frame > *:not(.skeleton)'),
        { timeout: 20000 },
        entry.tag,
      );
      // The map's markers and list, the timeline's events, the list's cards (each in a shadow root of its own): once the widget shows them.
      await page.waitForFunction(
        (tag, key) => {
          const shows = (root) =>
            root.textContent.includes(key) ||
            root.querySelector(`[aria-label*="${key}"]`) ||
            [...root.querySelectorAll('*')].some((node) => node.shadowRoot && shows(node.shadowRoot));
          return shows(document.querySelector(tag).shadowRoot);
        },
        { timeout: 20000 },
        entry.tag,
        entry.key[lang],
      );
      const state = await page.evaluate(fallbackState, entry.tag, entry.selectors);
      assert(
        state.children > 0 && state.visible === 0,
        `fallback children visible after the element rendered: ${state.visible} of ${state.children}`,
      );
      const { roles, exposed } = await accessibility(page, entry.tag, entry.key[lang]);
      assert(exposed.length === 0, `fallback in the accessibility tree: ${exposed.join(', ')}`);
      const texts = roles.StaticText ?? 0;
      const names = Object.values(roles).reduce((sum, n) => sum + n, 0);
      assert(names > 0, `"${entry.key[lang]}" is not exposed at all`);
      // Read once: one text node (the widget's), or, for the seal, the name of its one button.
      assert(
        texts === 1 || (texts === 0 && roles.button === 1),
        `"${entry.key[lang]}" exposed as ${JSON.stringify(roles)}`,
      );
    });
  }
}

test('error state: each element shows its fallback beside the error box; with nothing to show, the fallback stays', async ({
  page,
}) => {
  const fallback = (n) => `<h3><a href="/news/${n}">Fallback ${n}</a></h3><p>Kept for readers ${n}</p>`;
  const broken = '<script type="application/json">{ "not": json </script>';
  const body = [
    `<jiha-news-card id="e1">${broken}${fallback(1)}</jiha-news-card>`,
    `<jiha-iso-badge id="e2">${broken}${fallback(2)}</jiha-iso-badge>`,
    `<jiha-geopark-map id="e3">${broken}${fallback(3)}</jiha-geopark-map>`,
    `<jiha-cooperation-timeline id="e4">${broken}<ol><li><time datetime="2020">2020</time> <strong>Fallback 4</strong></li></ol></jiha-cooperation-timeline>`,
    `<jiha-news-card id="e5">${fallback(5)}</jiha-news-card>`,
  ].join('');
  await page.goto(addPage('/pages/error-fallback.html', pageHtml({ lang: 'fr', body })));
  await page.waitForFunction(
    () =>
      ['e1', 'e2', 'e3', 'e4'].every((id) => document.getElementById(id).shadowRoot?.querySelector('[part="error"]')),
    { timeout: 20000 },
  );
  const states = await page.evaluate(() =>
    ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => {
      const element = document.getElementById(id);
      const box = element.shadowRoot.querySelector('[part="error"]');
      const shown = [...element.children].filter((child) => child.tagName !== 'SCRIPT');
      return {
        id,
        box: Boolean(box),
        shown: shown.length,
        visible: shown.filter((child) => child.checkVisibility()).length,
        part: Boolean(element.shadowRoot.querySelector('[part="fallback"] slot')),
        text: document.getElementById(id).innerText,
      };
    }),
  );
  for (const state of states) {
    assert(state.part, `${state.id}: no fallback slot`);
    assert(
      state.shown > 0 && state.visible === state.shown,
      `${state.id}: fallback visible ${state.visible} of ${state.shown}`,
    );
  }
  assert(
    states.slice(0, 4).every((state) => state.box),
    'error boxes missing',
  );
  const { exposed } = await accessibility(page, '#e1', 'Fallback 1');
  assert(exposed.length > 0, "the error state's fallback is not in the accessibility tree");
});
