import { expect } from '@open-wc/testing';
import { encodeBase64Url } from '../../src/embed/base64url.js';
import { readEmbedParams } from '../../src/embed/embed-params.js';
import { loadJson, nextEvent, shadowText, until } from '../support/helpers.js';
import { embeddedWidget, openFrame, removeFrames, settledMessage } from './embed-frames.js';

const EMBED = '/dist/embed.html';
const query = (params: Record<string, string>) => `${EMBED}?${new URLSearchParams(params)}`;

/** What the frame's error box tells an editor, with `<html data-jiha-editor>` switched on in the frame. */
async function editorText(frame: HTMLIFrameElement, widget: HTMLElement, selector = '.error-detail'): Promise<string> {
  frame.contentDocument!.documentElement.setAttribute('data-jiha-editor', '');
  await until(() => widget.shadowRoot!.querySelector(selector), 5000, 'the editor’s part of the error box');
  return shadowText(widget, selector);
}

describe('dist/embed.html', () => {
  afterEach(removeFrames);

  it('renders a news card from query parameters under the snippet sandbox and posts its height with the id', async () => {
    const { frame, messages } = openFrame(
      query({
        widget: 'news-card',
        lang: 'ar',
        id: 'card-1',
        headline: 'شراكة استراتيجية',
        published: '2026-01-17T20:22:00+01:00',
        'time-zone': 'Africa/Casablanca',
        views: '2',
        source: 'صدى المغرب',
      }),
    );
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-popups allow-popups-to-escape-sandbox');
    const message = await settledMessage(messages);
    expect(message).to.include({ type: 'jiha-embed-size', id: 'card-1', state: 'ready' });
    expect(message.height).to.be.greaterThan(80);
  });

  it('renders the same card as a same-origin frame shows it (text, language, direction)', async () => {
    const { frame } = openFrame(
      query({
        widget: 'news-card',
        lang: 'ar',
        headline: 'شراكة استراتيجية',
        published: '2026-01-17T20:22:00+01:00',
        'time-zone': 'Africa/Casablanca',
        views: '2',
      }),
      { sandbox: false },
    );
    const card = await embeddedWidget(frame);
    expect(card.localName).to.equal('jiha-news-card');
    expect(frame.contentDocument!.documentElement.lang).to.equal('ar');
    const text = shadowText(card);
    expect(text).to.contain('شراكة استراتيجية');
    expect(text).to.contain('السبت 17 يناير 2026 – 20:22');
    expect(text).to.contain('مشاهدتان');
    expect(card.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('rtl');
    // Links leave the small frame for a tab of their own (the sandbox allows popups for this).
    expect(frame.contentDocument!.querySelector('base')!.target).to.equal('_blank');
  });

  it('narrows its policy to its own origin before it builds a widget: a request to another host is refused', async () => {
    const { frame } = openFrame(
      query({ widget: 'news-card', lang: 'fr', headline: 'A headline long enough to be seen as shown' }),
      { sandbox: false },
    );
    await embeddedWidget(frame);
    const page = frame.contentWindow as Window & typeof globalThis;
    const violations: string[] = [];
    page.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    // The same test server under its other name is another origin.
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    expect((await page.fetch('/fixture/json?cors&body=%7B%7D')).ok, 'a request to its own origin').to.equal(true);
    const refused = await page
      .fetch(`${location.protocol}//${otherHost}:${location.port}/fixture/json?cors&body=%7B%7D`)
      .then(
        () => false,
        () => true,
      );
    expect(refused, 'a request to another origin').to.equal(true);
    await until(() => violations.length > 0, 3000, 'the refusal reported');
    expect(violations[0]).to.match(new RegExp(`^connect-src http://${otherHost.replace(/\./g, '\\.')}`));
  });

  it('renders all four widgets under the sandbox', async () => {
    const seed = await loadJson('/data/seed-article.json');
    const cases: Record<string, string>[] = [
      {
        widget: 'news-card',
        data: encodeBase64Url(JSON.stringify({ headline: seed.headline, url: seed.url, published: seed.published })),
      },
      {
        widget: 'iso-badge',
        lang: 'fr',
        standard: '9001',
        edition: '2015',
        holder: 'Conseil de la région',
        issued: '2024-01-10',
        expires: '2027-01-09',
      },
      { widget: 'geopark-map', lang: 'zgh', tiles: 'none', list: 'true' },
      { widget: 'cooperation-timeline', lang: 'fr', src: '/fixture/cors?file=data/timeline.json' },
    ];
    const results = await Promise.all(
      cases.map((params, index) => settledMessage(openFrame(query({ ...params, id: `w${index}` })).messages, 20000)),
    );
    results.forEach((message, index) => {
      expect(message.state, cases[index].widget).to.equal('ready');
      expect(message.id).to.equal(`w${index}`);
      expect(message.height, cases[index].widget).to.be.greaterThan(60);
    });
  });

  it('renders a news list (own articles by `data`) and a timeline from the `csv` parameter', async () => {
    const cases: Record<string, string>[] = [
      {
        widget: 'news-list',
        lang: 'fr',
        heading: 'Actualités',
        more: 'true',
        limit: '1',
        data: encodeBase64Url(JSON.stringify({ items: [{ headline: 'Première' }, { headline: 'Deuxième' }] })),
      },
      {
        widget: 'cooperation-timeline',
        lang: 'fr',
        csv: encodeBase64Url('date,title_fr,partners\n2019-03-12,Accord,MA-01 MA-05\n'),
      },
    ];
    const results = await Promise.all(
      cases.map((params, index) => settledMessage(openFrame(query({ ...params, id: `c${index}` })).messages, 20000)),
    );
    results.forEach((message, index) => expect(message.state, cases[index].widget).to.equal('ready'));
    const { frame } = openFrame(query(cases[1]), { sandbox: false });
    const timeline = await embeddedWidget(frame);
    await until(() => shadowText(timeline).includes('Tanger-Tétouan-Al Hoceïma'), 15000, 'the region named in French');
    const { frame: refused } = openFrame(query({ widget: 'news-card', csv: encodeBase64Url('a,b\n1,2') }), {
      sandbox: false,
    });
    const box = await embeddedWidget(refused);
    expect(box.localName).to.equal('jiha-embed-error');
  });

  it('reads `data` and `csv` from the fragment, which no server sees: a map of 20 KB of places', async () => {
    const features = Array.from({ length: 80 }, (_, index) => ({
      type: 'Feature',
      id: `site-${index}`,
      geometry: { type: 'Point', coordinates: [-6 + index / 100, 31 + index / 100] },
      properties: { name: { fr: `Site numéro ${index} du géoparc, au bord de la rivière`, ar: `موقع رقم ${index}` } },
    }));
    const data = encodeBase64Url(JSON.stringify({ type: 'FeatureCollection', features }));
    // Too long for a request line: the test server, like most servers, refuses an address this long.
    expect(data.length).to.be.greaterThan(16384);
    const address = `${query({ widget: 'geopark-map', lang: 'fr', tiles: 'none', list: 'true', id: 'big' })}#${new URLSearchParams({ data })}`;
    expect((await settledMessage(openFrame(address).messages, 20000)).state).to.equal('ready');
    const { frame } = openFrame(address, { sandbox: false });
    const map = await embeddedWidget(frame);
    await until(() => shadowText(map).includes('Site numéro 79'), 15000, 'the last place in the list');
    const csv = encodeBase64Url('date,title_fr,partners\n2019-03-12,Accord,MA-01 MA-05\n');
    const { frame: timelineFrame } = openFrame(`${query({ widget: 'cooperation-timeline', lang: 'fr' })}#csv=${csv}`, {
      sandbox: false,
    });
    const timeline = await embeddedWidget(timelineFrame);
    await until(() => shadowText(timeline).includes('Accord'), 15000, 'the event from the fragment');
  });

  it("takes several feed addresses in a news list's src, each checked: one javascript: address refuses them all", () => {
    const several = readEmbedParams(
      `?${new URLSearchParams({ widget: 'news-list', src: 'https://a.example/feed/ https://b.example/wp-json/wp/v2/posts', 'source-labels': 'A | B' })}`,
    );
    expect(several.problem).to.equal(undefined);
    expect(several.attributes.find(([name]) => name === 'src')?.[1]).to.equal(
      'https://a.example/feed/ https://b.example/wp-json/wp/v2/posts',
    );
    const hostile = readEmbedParams(
      `?${new URLSearchParams({ widget: 'news-list', src: 'https://a.example/feed/ javascript:alert(1)' })}`,
    );
    expect(hostile.problem?.detail).to.contain('is not a valid url');
  });

  for (const [what, params, detail] of [
    ['an unknown widget', { widget: 'weather' }, 'widget=weather is not a widget'],
    ['no widget', { lang: 'fr' }, 'the widget parameter is missing'],
    ['a misspelt parameter', { widget: 'news-card', headlin: 'x' }, 'headlin is not a parameter of news-card'],
    ['a bad date', { widget: 'iso-badge', expires: '31/12/2027' }, 'expires=31/12/2027'],
    ['a javascript: URL', { widget: 'news-card', href: 'javascript:alert(1)' }, 'href=javascript:alert(1)'],
    [
      'data that is not base64url JSON',
      { widget: 'cooperation-timeline', data: 'e30$' },
      'the data parameter is not base64url',
    ],
    ['a bad direction', { widget: 'news-card', dir: 'up' }, 'dir=up'],
  ] as const) {
    it(`shows the localised error box for ${what}, never a blank page`, async () => {
      const sandboxed = openFrame(query({ ...params, lang: 'fr', id: 'bad' }));
      const message = await settledMessage(sandboxed.messages);
      expect(message.state).to.equal('error');
      expect(message.height).to.be.greaterThan(40);
      const { frame } = openFrame(query({ ...params, lang: 'fr' }), { sandbox: false });
      const box = await embeddedWidget(frame);
      const alert = box.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'error box').to.exist;
      expect(Boolean(box.shadowRoot!.querySelector('.error-detail')), 'a detail for visitors').to.equal(false);
      expect(await editorText(frame, box)).to.contain(detail);
    });
  }

  // A frame the browser has not laid out yet (a background tab, a hidden container) has no box to measure:
  // a height of 0 would shrink the host's iframe to nothing. Firefox gives such a frame no box at all.
  it('posts no height while the frame is not laid out, and the real one with the state once it is', async () => {
    const { frame, messages } = openFrame(
      query({ widget: 'news-card', href: 'javascript:alert(1)', lang: 'fr', id: 'hidden' }),
      { sandbox: false },
    );
    frame.style.display = 'none';
    expect(await editorText(frame, await embeddedWidget(frame))).to.contain('href=javascript');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      messages.filter((message) => message.height === 0),
      'messages saying 0',
    ).to.deep.equal([]);
    frame.style.display = '';
    const message = await settledMessage(messages);
    expect(message.state).to.equal('error');
    expect(message.height).to.be.greaterThan(40);
  });

  it('takes a data:image/ address for an image, and refuses it for a link', async () => {
    const image =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const good = openFrame(
      query({ widget: 'news-card', headline: 'A headline long enough to be seen as shown', image }),
      { sandbox: false },
    );
    const card = await embeddedWidget(good.frame);
    expect(card.localName).to.equal('jiha-news-card');
    await until(() => card.shadowRoot!.querySelector('img'), 5000, 'the image');
    const bad = openFrame(query({ widget: 'news-card', headline: 'x', href: image }), { sandbox: false });
    expect(await editorText(bad.frame, await embeddedWidget(bad.frame))).to.contain('href=data:image');
  });

  it('says the error in the language asked for', async () => {
    const texts = await Promise.all(
      ['fr', 'ar', 'en'].map(async (lang) => {
        const { frame } = openFrame(query({ widget: 'nope', lang }), { sandbox: false });
        return shadowText(await embeddedWidget(frame), '[role="alert"]');
      }),
    );
    expect(new Set(texts).size).to.equal(3);
    expect(texts[1]).to.match(/[\u0600-\u06FF]/);
  });

  it('needs CORS on a `src` it fetches under the sandbox (its origin is null), and says so in the box', async () => {
    const { messages } = openFrame(query({ widget: 'cooperation-timeline', src: '/data/timeline.json' }));
    expect((await settledMessage(messages)).state).to.equal('error');
    const { frame } = openFrame(query({ widget: 'cooperation-timeline', src: '/data/timeline.json' }), {
      sandbox: false,
    });
    const timeline = await embeddedWidget(frame);
    expect(timeline.localName).to.equal('jiha-cooperation-timeline');
    expect(timeline.shadowRoot!.querySelector('.error'), 'same-origin frame: no CORS needed').to.equal(null);
  });

  it('reports a bad data file through the widget itself (its own error box)', async () => {
    const { frame } = openFrame(query({ widget: 'news-card', src: '/fixture/status/404' }), { sandbox: false });
    const card = await embeddedWidget(frame);
    expect(card.localName).to.equal('jiha-news-card');
    expect(await editorText(frame, card)).to.contain('http-status');
  });
});

describe('dist/embed-resizer.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/embed-resizer.js';
    const loaded = nextEvent(script, 'load');
    document.head.append(script);
    await loaded;
  });
  afterEach(removeFrames);

  it('sets each embed frame to the height its page posts', async () => {
    const first = openFrame(query({ widget: 'iso-badge', standard: '14001', holder: 'A', id: 'a' }), { height: 123 });
    const second = openFrame(
      query({ widget: 'cooperation-timeline', src: '/fixture/cors?file=data/timeline.json', id: 'b' }),
      { height: 123 },
    );
    const [a, b] = await Promise.all([first, second].map(({ messages }) => settledMessage(messages, 20000)));
    await until(
      () => first.frame.style.height === `${Math.round(messages(first).at(-1)!.height)}px`,
      5000,
      'first frame resized',
    );
    await until(
      () => second.frame.style.height === `${Math.round(messages(second).at(-1)!.height)}px`,
      5000,
      'second frame resized',
    );
    expect(a.height).to.not.equal(b.height);
    expect(first.frame.style.height).to.not.equal(second.frame.style.height);
  });

  it('ignores size messages that come from no iframe of the page', async () => {
    const { frame, messages: posted } = openFrame(query({ widget: 'iso-badge', standard: '9001', holder: 'A' }), {
      height: 123,
    });
    await settledMessage(posted);
    await until(() => frame.style.height !== '123px', 5000, 'resized once');
    const before = frame.style.height;
    window.postMessage({ type: 'jiha-embed-size', height: 5, id: '', state: 'ready' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frame.style.height).to.equal(before);
  });
});

function messages(opened: { messages: { height: number }[] }) {
  return opened.messages;
}
