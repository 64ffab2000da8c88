import { expect } from '@open-wc/testing';
import '../../src/builder/define.js';
import type { JihaSnippetBuilder } from '../../src/builder/define.js';
import { loadJson, mount, settled, shadowText, unmountAll, until } from '../support/helpers.js';
import {
  MAP_SANDBOX,
  SANDBOX,
  embeddedWidget,
  openFrame,
  removeFrames,
  settledMessage,
  type SizeMessage,
} from '../embed/embed-frames.js';
import { WIDGETS } from '../../src/embed/widgets.js';
import { pasted, pasteScriptSnippet, previewText, widgetText } from './builder-helpers.js';

const LIBRARY = `${location.origin}/dist/`;

async function builder(lang = 'en'): Promise<JihaSnippetBuilder> {
  const element = mount<JihaSnippetBuilder>(
    `<jiha-snippet-builder lang="${lang}" library-base="${LIBRARY}"></jiha-snippet-builder>`,
  );
  await settled(element);
  return element;
}

const control = <T extends HTMLElement>(element: JihaSnippetBuilder, id: string) =>
  element.shadowRoot!.querySelector<T>(`#${id}`)!;

/** Types into a field as an editor does: value, then the input event. */
async function type(element: JihaSnippetBuilder, name: string, value: string): Promise<void> {
  const input = control<HTMLInputElement>(element, `field-${name}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settled(element);
}

async function choose(element: JihaSnippetBuilder, id: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(element, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settled(element);
}

/** A field's label: its words (the label without its <code>), and its whole text. */
function labelOf(element: JihaSnippetBuilder, name: string): { words: string; code: string; text: string } {
  const label = control<HTMLInputElement>(element, `field-${name}`).labels?.[0];
  const copy = label?.cloneNode(true) as HTMLLabelElement | undefined;
  copy?.querySelector('code')?.remove();
  const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  return {
    words: normal(copy?.textContent),
    code: normal(label?.querySelector('code')?.textContent),
    text: normal(label?.textContent),
  };
}

/** Every attribute field's label, for each widget in turn, keyed `<widget> <attribute>`. */
async function fieldLabels(lang: string): Promise<Map<string, ReturnType<typeof labelOf>>> {
  const element = await builder(lang);
  const labels = new Map<string, ReturnType<typeof labelOf>>();
  for (const widget of WIDGETS) {
    await choose(element, 'widget', widget.name);
    for (const field of widget.fields) labels.set(`${widget.name} ${field.name}`, labelOf(element, field.name));
  }
  element.remove();
  return labels;
}

async function check(element: JihaSnippetBuilder, name: string): Promise<void> {
  control<HTMLInputElement>(element, `field-${name}`).click();
  await settled(element);
}

const snippet = (element: JihaSnippetBuilder, form: 'script' | 'iframe') =>
  control<HTMLTextAreaElement>(element, `snippet-${form}`)?.value ?? '';

/** Snippet 2 pasted into the page as the editor's CMS keeps it: the iframe element itself. */
function pasteIframeSnippet(text: string): HTMLIFrameElement {
  const template = document.createElement('template');
  template.innerHTML = text;
  const frame = template.content.querySelector('iframe')!;
  document.body.prepend(frame);
  pasted.push(frame);
  return frame;
}

interface Case {
  /** The test's name when a widget has several cases. */
  what?: string;
  widget: string;
  lang: string;
  expected: string;
  fill: (element: JihaSnippetBuilder) => Promise<void>;
}

const CASES: Case[] = [
  {
    widget: 'news-list',
    lang: 'fr',
    expected: 'Béni Mellal-Khénifra et Tanger-Tétouan-Al Hoceïma',
    fill: async (element) => {
      await type(element, 'limit', '5');
      await type(element, 'heading', 'Actualités de la Région Tanger-Tétouan-Al Hoceïma');
      await choose(element, 'field-variant', 'compact');
    },
  },
  {
    what: 'cooperation-timeline from pasted CSV',
    widget: 'cooperation-timeline',
    lang: 'ar',
    expected: 'اتفاقية',
    fill: async (element) => {
      await choose(element, 'data-format', 'csv');
      await type(
        element,
        'data',
        'date;title_fr;title_ar;category;partners\n2019-03-12;Accord;اتفاقية;agreement;"tanger-tetouan-al-hoceima;MA-05"\n',
      );
    },
  },
  {
    what: 'geopark-map from pasted CSV',
    widget: 'geopark-map',
    lang: 'fr',
    expected: 'Géoparc du M’Goun',
    fill: async (element) => {
      await type(element, 'tiles', 'none');
      await choose(element, 'data-format', 'csv');
      await type(
        element,
        'data',
        'id,name_fr,lat,lng,status,region\nmgoun,Géoparc du M’Goun,31.5,-6.45,unesco-global-geopark,MA-05\n',
      );
    },
  },
  {
    widget: 'news-card',
    lang: 'ar',
    expected: 'مشاهدتان',
    fill: async (element) => {
      await type(element, 'headline', 'شراكة استراتيجية بين جهتين');
      await choose(element, 'field-variant', 'horizontal');
    },
  },
  {
    widget: 'iso-badge',
    lang: 'fr',
    expected: 'ISO 14001',
    fill: async (element) => {
      await type(element, 'standard', 'ISO 14001');
      await type(element, 'expires', '2027-05-31');
      await choose(element, 'field-variant', 'card');
    },
  },
  {
    widget: 'geopark-map',
    lang: 'zgh',
    // M'Goun's name in Tifinagh, the reference file's own.
    expected: 'ⵎⴳⵓⵏ',
    fill: async (element) => {
      const geojson = await loadJson('/data/geoparks.geojson');
      await type(element, 'tiles', 'none');
      await type(element, 'data', JSON.stringify(geojson));
    },
  },
  {
    widget: 'cooperation-timeline',
    lang: 'fr',
    expected: 'Visite de la délégation',
    fill: async (element) => {
      await choose(element, 'field-order', 'newest');
      await check(element, 'filterable');
    },
  },
];

describe('<jiha-snippet-builder>', () => {
  afterEach(() => {
    unmountAll();
    removeFrames();
    pasted.splice(0).forEach((frame) => frame.remove());
  });

  for (const { what, widget, lang, expected, fill } of CASES) {
    it(`${what ?? widget}: snippet 1 (script + inline JSON) pasted into a blank page renders the preview's widget`, async () => {
      const element = await builder();
      await choose(element, 'widget', widget);
      await choose(element, 'widget-lang', lang);
      await fill(element);
      const text = snippet(element, 'script');
      // The widget's own file: one download, where jiha.js is more bytes and more round trips for one widget.
      expect(text).to.contain(`<script type="module" src="${LIBRARY}${widget}.js"></script>`);
      expect(text).to.contain(`<jiha-${widget} lang="${lang}"`);
      const previewed = await previewText(element, expected);
      const widgetElement = await pasteScriptSnippet(text);
      expect(widgetElement.localName).to.equal(`jiha-${widget}`);
      await until(
        () => widgetElement.shadowRoot && widgetText(widgetElement) === previewed,
        15000,
        'the pasted widget',
      ).catch(() => undefined);
      expect(widgetText(widgetElement)).to.equal(previewed);
    });

    it(`${what ?? widget}: snippet 2 (iframe on embed.html) renders the preview's widget, under its sandbox, and posts its height`, async () => {
      const element = await builder();
      await choose(element, 'widget', widget);
      await choose(element, 'widget-lang', lang);
      await fill(element);
      const text = snippet(element, 'iframe');
      const frame = pasteIframeSnippet(text);
      expect(frame.getAttribute('sandbox')).to.equal(widget === 'geopark-map' ? MAP_SANDBOX : SANDBOX);
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(frame.title).to.not.equal('');
      expect(Number(frame.getAttribute('height'))).to.be.greaterThan(200);
      expect(text).to.contain(`<script src="${LIBRARY}embed-resizer.js" defer></script>`);
      const messages: SizeMessage[] = [];
      addEventListener(
        'message',
        (event) => event.source === frame.contentWindow && messages.push(event.data as SizeMessage),
      );
      const message = await settledMessage(messages, 20000);
      expect(message.state).to.equal('ready');
      expect(message.id).to.equal(`${widget}-1`);
      expect(message.height).to.be.greaterThan(60);
      // The same address without the sandbox, to read what it shows.
      const previewed = await previewText(element, expected);
      const { frame: open } = openFrame(frame.src, { sandbox: false });
      const embedded = await embeddedWidget(open);
      expect(embedded.localName).to.equal(`jiha-${widget}`);
      await until(() => widgetText(embedded) === previewed, 15000, 'the embedded widget').catch(() => undefined);
      expect(widgetText(embedded)).to.equal(previewed);
    });
  }

  it('iframe: an Arabic headline stays readable in the address, its spaces and marks escaped', async () => {
    const element = await builder();
    await choose(element, 'widget', 'news-card');
    const headline = 'جهتي بني ملال‏: «شراكة» & 100%';
    await type(element, 'headline', headline);
    const text = snippet(element, 'iframe');
    expect(text).to.contain('headline=جهتي%20بني%20ملال%E2%80%8F%3A%20«شراكة»%20%26%20100%25');
    expect(new URL(pasteIframeSnippet(text).src).searchParams.get('headline')).to.equal(headline);
  });

  it('pasted CSV: refused when it could end its script early, and offered only for the timeline and the map', async () => {
    const element = await builder();
    await choose(element, 'widget', 'cooperation-timeline');
    await choose(element, 'data-format', 'csv');
    await type(element, 'data', 'date,title\n2020,</script><script>alert(1)</script>\n');
    expect(element.shadowRoot!.querySelector('#problem-data')!.textContent).to.contain('</script');
    expect(snippet(element, 'script')).to.equal('');
    await type(element, 'data', 'date,title\n2020,Accord\n');
    expect(snippet(element, 'script')).to.contain('<script type="text/csv">\ndate,title\n2020,Accord\n  </script>');
    // The data in the fragment, never in the query a server receives.
    const address = new URL(pasteIframeSnippet(snippet(element, 'iframe')).src);
    expect(address.searchParams.has('csv')).to.equal(false);
    expect(new URLSearchParams(address.hash.slice(1)).has('csv')).to.equal(true);
    await choose(element, 'widget', 'news-list');
    expect(control(element, 'data-format')).to.equal(null);
  });

  it("the news list's snippet carries its fallback: its items as the <ul> the list reads, from the feed the builder read (saying when), or a link to the feed's site", async () => {
    const element = await builder();
    await choose(element, 'widget', 'news-list');
    const items = await until(
      () => (snippet(element, 'script').includes('<ul>') ? snippet(element, 'script') : undefined),
      5000,
      'the fallback list',
    );
    expect(items).to.contain('<li><a href="https://sadaalmaghrib.com/?p=40130">جهتي بني ملال-خنيفرة');
    expect(items).to.contain('<time datetime="2026-01-17T20:22:00+01:00">');
    // A feed the builder can read: its items, and where and when they were taken.
    const feed = `${location.origin}/fixture/feed/council.rss`;
    await type(element, 'src', feed);
    const taken = await until(
      () => (/taken on \d{4}-\d{2}-\d{2}/.test(snippet(element, 'script')) ? snippet(element, 'script') : undefined),
      10000,
      'the copy of the feed',
    );
    expect(taken).to.contain(`<!-- Copy of ${feed} taken on `);
    expect(taken).to.contain('<ul>');
    expect(taken).to.contain('شراكة استراتيجية لترسيخ الحكامة الجيدة');
    expect(shadowText(element, '#script-note')).to.contain(`The copy was written from the data at ${feed}, taken on`);
    // Next to the address too, tied to the field.
    expect(shadowText(element, '#found-src')).to.contain(`The copy was written from the data at ${feed}, taken on`);
    expect(control(element, 'field-src').getAttribute('aria-describedby')).to.contain('found-src');
    // One it cannot read: a link to the feed's site, and the note says why.
    const missing = `${location.origin}/fixture/feed/no-such-feed.rss`;
    await type(element, 'src', missing);
    const site = await until(
      () => (snippet(element, 'script').includes('<p><a') ? snippet(element, 'script') : undefined),
      10000,
      'the link to the site',
    );
    expect(site).to.contain(`<p><a href="${location.origin}/">آخر الأخبار</a></p>`);
    expect(site).to.not.contain('<ul>');
    await until(() => shadowText(element, '#script-note').includes('404'), 10000, 'the note saying 404');
    expect(shadowText(element, '#found-src')).to.contain('404');
  });

  it('keeps inline data that contains </script> inside its script (text stays text)', async () => {
    const element = await builder();
    await type(element, 'headline', '');
    await type(
      element,
      'data',
      JSON.stringify({ headline: 'A </script><img src=x id=injected> B', url: 'https://example.org/a' }),
    );
    const text = snippet(element, 'script');
    expect(text).to.not.contain('</script><img');
    const card = await pasteScriptSnippet(text);
    await until(() => shadowText(card).includes('A </script><img src=x id=injected> B'), 10000, 'the headline as text');
    expect(card.ownerDocument.getElementById('injected')).to.equal(null);
  });

  it('checks fields as the editor types, ties the message to the field, and withholds the snippets until fixed', async () => {
    const element = await builder();
    await type(element, 'views', 'two');
    const input = control<HTMLInputElement>(element, 'field-views');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described).to.deep.equal(['hint-views', 'problem-views']);
    expect(element.shadowRoot!.getElementById('problem-views')!.textContent).to.contain('0–9');
    expect(control(element, 'snippet-script')).to.equal(null);
    await type(element, 'views', '12');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('hint-views');
    expect(snippet(element, 'script')).to.contain('views="12"');
  });

  for (const [what, widget, field, value] of [
    ['an address', 'news-card', 'href', 'javascript:alert(1)'],
    ['a number', 'news-card', 'views', 'two'],
    ['a standard number', 'iso-badge', 'standard', 'ISO nine thousand'],
    ['GeoJSON', 'geopark-map', 'data', '{"type": "Feature"}'],
    ['JSON', 'cooperation-timeline', 'data', '{"events": [}'],
    ['a region id', 'geopark-map', 'regions', 'atlantis'],
  ] as const) {
    it(`marks ${what} that is not one`, async () => {
      const element = await builder('fr');
      await choose(element, 'widget', widget);
      await type(element, field, value);
      expect(control(element, `field-${field}`).getAttribute('aria-invalid')).to.equal('true');
      expect(control(element, `problem-${field}`)).to.exist;
    });
  }

  it('speaks the page language (Arabic here), right to left', async () => {
    const element = await builder('ar');
    expect(shadowText(element, 'label[for="widget"]')).to.equal('الأداة');
    expect(element.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('rtl');
    await choose(element, 'ui-lang', 'zgh');
    await until(() => shadowText(element, 'label[for="widget"]') === 'ⴰⵡⵉⴷⵊⵉⵜ', 5000, 'the Tamazight label');
    expect(element.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('ltr');
  });

  it('tells editors, in each language, that snippet 1 carries a fallback to build again after edits; the snippet textarea points to it', async () => {
    const notes = new Map<string, string>();
    for (const lang of ['en', 'ar', 'fr', 'zgh']) {
      const element = await builder(lang);
      const note = await until(() => shadowText(element, '#script-note') || undefined, 5000, `the ${lang} note`);
      expect(control(element, 'snippet-script').getAttribute('aria-describedby')).to.equal('script-note');
      notes.set(lang, note);
      element.remove();
    }
    expect(notes.get('en')).to.match(/build the snippet again/);
    for (const lang of ['ar', 'fr', 'zgh']) expect(notes.get(lang), lang).to.not.equal(notes.get('en'));
    expect(new Set(notes.values()).size).to.equal(4);
  });

  it('labels an attribute field in words of the page language (Arabic here), the attribute name after them', async () => {
    const element = await builder('ar');
    expect(labelOf(element, 'headline')).to.deep.equal({
      words: 'عنوان الخبر',
      code: 'headline',
      text: 'عنوان الخبر headline',
    });
  });

  it('gives every field of the four widgets a label in words, translated in ar, fr and zgh, before its attribute name', async () => {
    const english = await fieldLabels('en');
    const attribute = (key: string) => key.split(' ')[1];
    const wrong = ([key, { words, code, text }]: [string, ReturnType<typeof labelOf>]) =>
      code !== attribute(key) || text !== `${words} ${code}` || words === code;
    expect(
      [...english].filter((entry) => wrong(entry) || !/[A-Za-z]/.test(entry[1].words)).map(([key]) => key),
      'English labels',
    ).to.deep.equal([]);
    for (const [lang, script] of [
      ['ar', /[\u0600-\u06FF]/],
      ['fr', /[A-Za-zÀ-ÿ]/],
      ['zgh', /[\u2D30-\u2D7F]/],
    ] as const) {
      const labels = await fieldLabels(lang);
      expect([...labels.keys()]).to.deep.equal([...english.keys()]);
      const untranslated = [...labels].filter(
        (entry) => wrong(entry) || !script.test(entry[1].words) || entry[1].words === english.get(entry[0])!.words,
      );
      expect(
        untranslated.map(([key, { words }]) => `${key}: ${words}`),
        `labels not translated in ${lang}`,
      ).to.deep.equal([]);
    }
  });

  it('names every choice of every choice field in words of the builder language, the value pasted after them', async () => {
    const fields = WIDGETS.flatMap((widget) =>
      [...widget.fields].filter((field) => field.kind === 'choice').map((field) => ({ widget: widget.name, field })),
    );
    expect(fields.length).to.be.greaterThan(4);
    for (const [lang, script] of [
      ['ar', /[\u0600-\u06FF]/],
      ['fr', /[A-Za-zÀ-ÿ]/],
      ['zgh', /[\u2D30-\u2D7F]/],
    ] as const) {
      const element = await builder(lang);
      const wrong: string[] = [];
      for (const { widget, field } of fields) {
        await choose(element, 'widget', widget);
        const options = [...control<HTMLSelectElement>(element, `field-${field.name}`).options].filter(
          (option) => option.value !== '',
        );
        expect(
          options.map((option) => option.value),
          `${widget} ${field.name}`,
        ).to.deep.equal([...field.choices!]);
        for (const option of options) {
          const text = option.textContent!.trim();
          if (!text.endsWith(`(${option.value})`) || !script.test(text.slice(0, -option.value.length - 2)))
            wrong.push(`${widget} ${field.name}: ${text}`);
        }
      }
      expect(wrong, `choices not named in ${lang}`).to.deep.equal([]);
    }
  });

  it('puts the direction chosen on the widget in both snippets', async () => {
    const element = await builder();
    await choose(element, 'widget-lang', 'fr');
    await choose(element, 'widget-dir', 'rtl');
    expect(snippet(element, 'script')).to.contain('<jiha-news-card lang="fr" dir="rtl"');
    expect(new URL(pasteIframeSnippet(snippet(element, 'iframe')).src).searchParams.get('dir')).to.equal('rtl');
  });
});
