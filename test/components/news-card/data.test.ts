/** The news card's data paths and shapes, its errors, and its structured data. */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { JihaNewsCard } from '../../../src/index.js';
import { safeDefine } from '../../../src/core/define.js';
import { useEditorView } from '../../support/editor-view.js';
import { loadJson, mount, nextEvent, settled, shadowText, unmountAll, until } from '../../support/helpers.js';

const quiet = () => {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = warn) };
};

describe('jiha-news-card: data shapes', () => {
  afterEach(unmountAll);

  it('reads schema.org NewsArticle JSON-LD', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="fr" src="/test/fixtures/news-schema-org.json" time-zone="Africa/Casablanca"></jiha-news-card>',
    );
    await nextEvent(element, 'jiha-ready');
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.contain('un partenariat stratégique');
    expect(element.shadowRoot!.querySelector('[part=headline] a')!.getAttribute('href')).to.equal(
      'https://example.ma/actualites/partenariat',
    );
    const meta = shadowText(element, '[part=meta]');
    expect(meta)
      .to.contain('Sada Al Maghrib')
      .and.contain('Tanger')
      .and.contain('Rédaction')
      .and.contain('samedi 17 janvier 2026 – 20:22');
    expect(meta).to.contain('2\u202f000\u202f000 de vues');
    expect(element.shadowRoot!.querySelector('img')!.alt).to.equal('La délégation à Tanger');
    expect([...element.shadowRoot!.querySelectorAll('[part=tags] li')].map((li) => li.textContent)).to.deep.equal([
      'gouvernance',
      'ISO',
    ]);
  });

  it('reads a WordPress REST post with _embedded author, media and tags, as plain text', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="ar" src="/test/fixtures/news-wordpress.json" time-zone="Africa/Casablanca"></jiha-news-card>',
    );
    await nextEvent(element, 'jiha-ready');
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.equal(
      'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة – شراكة استراتيجية',
    );
    expect(element.shadowRoot!.querySelector('[part=headline] em')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal(
      'وفد من جهة بني ملال-خنيفرة يزور مجلس جهة طنجة\u00a0[…]',
    );
    expect((window as unknown as { __wp?: number }).__wp).to.equal(undefined);
    expect(shadowText(element, '[part=meta]')).to.contain('هيئة التحرير').and.contain('السبت 17 يناير 2026 – 20:22');
    expect(element.shadowRoot!.querySelector('img')!.alt).to.equal('الوفد في طنجة');
    expect(shadowText(element, '[part=tags]')).to.equal('الحكامة & الأيزو');
  });

  it('reads inline JSON pasted by an editor, and follows edits to it', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="en"><script type="application/json">{"headline": "First", "views": 11}</script></jiha-news-card>',
    );
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.equal('First');
    element.querySelector('script')!.textContent = '{"headline": "Second"}';
    await until(() => shadowText(element, '[part=headline]') === 'Second', 2000, 'the edited inline JSON');
  });

  it('follows inline JSON once its data property is cleared, also after leaving and re-entering the page', async () => {
    const element = mount<JihaNewsCard>('<jiha-news-card lang="en"></jiha-news-card>');
    element.data = { headline: 'From data' };
    await settled(element);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"headline": "From inline"}';
    element.append(script);
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.equal('From data');
    element.data = undefined;
    await until(() => shadowText(element, '[part=headline]') === 'From inline', 2000, 'the inline JSON');
    script.textContent = '{"headline": "Edited"}';
    await until(() => shadowText(element, '[part=headline]') === 'Edited', 2000, 'the edited inline JSON');
    const parent = element.parentNode!;
    element.remove();
    parent.append(element);
    script.textContent = '{"headline": "Edited again"}';
    await until(
      () => shadowText(element, '[part=headline]') === 'Edited again',
      2000,
      'the inline JSON edited after re-entering',
    );
  });

  it('tells each card its own inline edits (one observer serves every card)', async () => {
    const container = mount<HTMLDivElement>(
      '<div><jiha-news-card lang="en"><script type="application/json">{"headline": "One"}</script></jiha-news-card><jiha-news-card lang="en"><script type="application/json">{"headline": "Two"}</script></jiha-news-card></div>',
    );
    const [first, second] = [...container.querySelectorAll('jiha-news-card')];
    await settled(first);
    await settled(second);
    let secondUpdates = 0;
    second.addEventListener('jiha-ready', () => (secondUpdates += 1));
    first.querySelector('script')!.textContent = '{"headline": "One, edited"}';
    await until(() => shadowText(first, '[part=headline]') === 'One, edited', 2000, 'the first card’s edit');
    await settled(second);
    expect(shadowText(second, '[part=headline]')).to.equal('Two');
    expect(secondUpdates).to.equal(0);
    second.querySelector('script')!.textContent = '{"headline": "Two, edited"}';
    await until(() => shadowText(second, '[part=headline]') === 'Two, edited', 2000, 'the second card’s edit');
  });

  it('takes data, inline JSON, src and attributes in the contract order', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="en" headline="From attribute" src="/test/fixtures/news-schema-org.json"><script type="application/json">{"headline": "From inline"}</script></jiha-news-card>',
    );
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.equal('From inline');
    element.data = { headline: 'From data' };
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.equal('From data');
    element.data = undefined;
    element.querySelector('script')!.remove();
    await nextEvent(element, 'jiha-ready');
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.contain('partenariat');
    element.removeAttribute('src');
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.equal('From attribute');
  });

  it('keeps a data property set before the element was defined', async () => {
    class LateCard extends JihaNewsCard {}
    const element = document.createElement('jiha-news-card-late') as JihaNewsCard;
    element.data = { headline: 'Set before upgrade' };
    document.body.append(element);
    safeDefine('jiha-news-card-late', LateCard);
    await settled(element);
    expect(shadowText(element, '[part=headline]')).to.equal('Set before upgrade');
    element.remove();
  });

  it('shows a skeleton with aria-busy while src loads, and fetches once', async () => {
    const key = `once-${Math.random()}`;
    const element = mount<JihaNewsCard>(
      `<jiha-news-card lang="en" src="/fixture/slow?ms=400&file=test/fixtures/news-schema-org.json&key=${key}"></jiha-news-card>`,
    );
    await settled(element);
    expect(element.getAttribute('aria-busy')).to.equal('true');
    expect(element.shadowRoot!.querySelector('[part=skeleton]')).to.not.equal(null);
    element.requestUpdate();
    element.timeZone = 'Africa/Casablanca';
    await nextEvent(element, 'jiha-ready');
    expect(element.hasAttribute('aria-busy')).to.equal(false);
    const { hits } = await loadJson(`/fixture/hits/slow:test/fixtures/news-schema-org.json:${key}`);
    expect(hits).to.equal(1);
  });

  it('abandons a request when src changes, and shows the newest', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="en" src="/fixture/slow?ms=600&file=test/fixtures/news-schema-org.json"></jiha-news-card>',
    );
    await settled(element);
    element.src = '/test/fixtures/news-wordpress.json';
    await nextEvent(element, 'jiha-ready');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(shadowText(element, '[part=headline]')).to.contain('شراكة');
  });

  it('adds schema.org NewsArticle JSON-LD to the light DOM with structured-data', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="fr" structured-data headline="Titre &lt;/script&gt;&lt;script&gt;window.__ld=1&lt;/script&gt;" href="/a" published="2026-01-17" views="3"></jiha-news-card>',
    );
    await settled(element);
    const script = await until(
      () => element.querySelector('script[type="application/ld+json"]'),
      3000,
      'the JSON-LD script',
    );
    const json = JSON.parse(script.textContent!);
    expect(json['@type']).to.equal('NewsArticle');
    expect(json.headline).to.equal('Titre </script><script>window.__ld=1</script>');
    expect(json.datePublished).to.equal('2026-01-17');
    expect(json.interactionStatistic.userInteractionCount).to.equal(3);
    expect(script.textContent).to.not.contain('</script>');
    expect((window as unknown as { __ld?: number }).__ld).to.equal(undefined);
    element.structuredData = false;
    await until(() => !element.querySelector('script[type="application/ld+json"]'), 3000, 'the JSON-LD script removed');
  });

  it('shows a date-only publication without a time', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="fr" headline="x" published="2026-01-17"></jiha-news-card>',
    );
    await settled(element);
    expect(element.shadowRoot!.querySelector('time')!.textContent).to.equal('samedi 17 janvier 2026');
  });
});

describe('jiha-news-card: errors', () => {
  afterEach(unmountAll);
  // The box's code and cause are on screen in an editor's view (test/core/error-views.test.ts).
  useEditorView();

  async function expectError(markup: string, code: string, setup?: (element: JihaNewsCard) => void) {
    const { restore } = quiet();
    try {
      const element = mount<JihaNewsCard>(markup);
      const event = nextEvent<{ code: string; message: string }>(element, 'jiha-error', 12000);
      setup?.(element);
      const { detail } = await event;
      await settled(element);
      expect(detail.code).to.equal(code);
      const box = element.shadowRoot!.querySelector('[role=alert]')!;
      expect(box).to.not.equal(null);
      expect(box.textContent).to.contain(code);
      return { element, detail, box };
    } finally {
      restore();
    }
  }

  it('invalid-json, localised in French', async () => {
    const { detail, box } = await expectError(
      '<jiha-news-card lang="fr"><script type="application/json">{"headline": "x",}</script></jiha-news-card>',
      'invalid-json',
    );
    expect(detail.message).to.match(/^The data is not valid JSON: inline <script>: /);
    expect(box.textContent).to.contain('virgule');
  });
  it('invalid-data for a wrong type, naming the field, in Arabic', async () => {
    const { box } = await expectError(
      '<jiha-news-card lang="ar"><script type="application/json">{"headline": "x", "views": "many"}</script></jiha-news-card>',
      'invalid-data',
    );
    expect(box.textContent).to.contain('views').and.contain('البيانات');
  });
  it('invalid-data for a missing headline', async () => {
    await expectError(
      '<jiha-news-card lang="en"></jiha-news-card>',
      'invalid-data',
      (element) => (element.data = { summary: 'no headline', headline: '' }),
    );
  });
  it('invalid-data for a bad date', async () => {
    await expectError(
      '<jiha-news-card lang="en" headline="x" published="17/01/2026"></jiha-news-card>',
      'invalid-data',
    );
  });
  it('http-status for a 404', async () => {
    const { box } = await expectError(
      '<jiha-news-card lang="en" src="/fixture/status/404"></jiha-news-card>',
      'http-status',
    );
    expect(box.textContent).to.contain('404');
  });
  it('fetch-failed for a server that cannot be reached', async () => {
    await expectError('<jiha-news-card lang="en" src="http://127.0.0.1:9/news.json"></jiha-news-card>', 'fetch-failed');
  });
  it('timeout after the timeout attribute', async () => {
    await expectError(
      '<jiha-news-card lang="zgh" timeout="200" src="/fixture/slow?ms=3000"></jiha-news-card>',
      'timeout',
    );
  });
  it('unsupported-format for an HTML answer', async () => {
    await expectError('<jiha-news-card lang="en" src="/fixture/html"></jiha-news-card>', 'unsupported-format');
  });
  it('unsupported-format for JSON of another shape', async () => {
    await expectError(
      '<jiha-news-card lang="en"></jiha-news-card>',
      'unsupported-format',
      (element) => (element.data = { type: 'Feature' }),
    );
  });
  it('an error in one card leaves the next card working', async () => {
    const { restore } = quiet();
    try {
      const container = mount<HTMLDivElement>(
        '<div><jiha-news-card lang="en"><script type="application/json">{</script></jiha-news-card><jiha-news-card lang="en" headline="Still fine"></jiha-news-card></div>',
      );
      const [broken, fine] = container.querySelectorAll('jiha-news-card');
      await settled(broken);
      await settled(fine);
      expect(broken.shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
      expect(shadowText(fine, '[part=headline]')).to.equal('Still fine');
    } finally {
      restore();
    }
  });
});
