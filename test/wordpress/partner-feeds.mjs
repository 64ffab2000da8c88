/**
 * Partner feeds through the plugin's route (GET /wp-json/jiha/v1/partner-feed),
 * in the real WordPress of run.mjs: the feed served with its time, one
 * upstream request per period for a crowd of visitors, revalidation, the
 * stale copy when the partner is down, every refusal (with the partner
 * servers counting that nothing reached them), hostile feeds passed through
 * as data only, and [jiha_news_list] reading a listed feed through the route.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { payloads } from './content.mjs';
import { OWN_POSTS, PARTNER_ITEMS, rss, startPartnerServers } from './partner-servers.mjs';

const xmlText = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Hostile feeds in the three formats: every payload in every field, and live XHTML in the XML. */
function hostileFeeds() {
  const list = payloads();
  const live =
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__pwned=(window.__pwned||0)+1</x:script><x:img xmlns:x="http://www.w3.org/1999/xhtml" src="x" onerror="window.__pwned=(window.__pwned||0)+1"/>';
  const items = list.map((payload, index) => ({
    title: xmlText(payload),
    link: xmlText(payload),
    date: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    description: xmlText(payload),
    image: xmlText(payload),
  }));
  const rssBody = rss(xmlText(list[0]), items).replace('<channel>', `<channel>${live}`);
  const atomBody = `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">${live}<title>${xmlText(list[1])}</title>${list
    .map(
      (payload, index) =>
        `<entry><title type="html">${xmlText(payload)}</title><link href="${xmlText(payload)}"/><id>urn:x:${index}</id><updated>${items[index].date}</updated><summary type="html">${xmlText(payload)}</summary><author><name>${xmlText(payload)}</name></author></entry>`,
    )
    .join('')}</feed>\n`;
  const jsonBody = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: list[2],
    items: list.map((payload, index) => ({
      id: String(index),
      url: payload,
      title: payload,
      content_html: payload,
      summary: payload,
      image: payload,
      date_published: items[index].date,
      authors: [{ name: payload }],
    })),
  });
  return {
    '/hostile.rss': { type: 'application/rss+xml; charset=UTF-8', body: rssBody },
    '/hostile.atom': { type: 'application/atom+xml', body: atomBody },
    '/hostile.json': { type: 'application/feed+json', body: jsonBody },
  };
}

/** An XML answer that a browser runs when it opens it on its own (its root is XHTML): live unless the route's CSP sandbox stops it. */
const LIVE_XML = {
  type: 'application/xml',
  body: '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><script>window.__pwned=(window.__pwned||0)+1</script><img src="x" onerror="window.__pwned=(window.__pwned||0)+1"/></body></html>\n',
};

export async function partnerFeeds({ site, root, api, createPost, check, label, chromium, trap }) {
  const hostile = hostileFeeds();
  const servers = await startPartnerServers({ hostile: { ...hostile, '/live.xml': LIVE_XML } });
  const { own, partner, forbidden } = servers;
  // The test site treats exactly these two servers as partners on the internet (mu-plugin.php).
  writeFileSync(
    path.join(root, 'wp-content/jiha-test-partner-hosts.json'),
    JSON.stringify([`127.0.0.1:${own.port}`, `127.0.0.1:${partner.port}`]),
  );
  const feed = (name) => `${partner.origin}${name}`;
  const listed = [
    '/feed/',
    '/crowd/',
    '/never/',
    '/stale/',
    '/redirect-private',
    '/redirect-metadata',
    '/redirect-ok',
    '/big/',
    '/html/',
    '/hang/',
    ...Object.keys(hostile),
    '/live.xml',
  ].map(feed);
  const unsafe = [`${forbidden.origin}/`, 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/'];
  const route = (url) => `${site.url}/wp-json/jiha/v1/partner-feed?url=${encodeURIComponent(url)}`;
  // Within 30 s or not at all: a route that waited on a silent partner for longer would fail its check, not hang the suite.
  const get = async (url) => {
    const started = Date.now();
    try {
      const response = await fetch(route(url), { signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, seconds: (Date.now() - started) / 1000 };
    } catch (error) {
      return { status: 0, headers: new Headers(), text: String(error), seconds: (Date.now() - started) / 1000 };
    } finally {
      partner.releaseHanging();
    }
  };
  const json = (text) => {
    try {
      return JSON.parse(text);
    } catch {
      return {};
    }
  };
  const setOption = (value) =>
    api('admin', 'POST', '/jiha-test/v1/option', {
      language: '',
      library_url: '',
      partner_cache_minutes: '15',
      partner_images: '1',
      ...value,
    });
  const age = (url) => api('admin', 'POST', `/jiha-test/v1/age-partner-feed?url=${encodeURIComponent(url)}`);

  try {
    const saved = await setOption({
      partner_feeds: [...listed, ...unsafe, 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.org/feed'].join(
        '\n',
      ),
    });
    check(
      label('partner settings: http(s) addresses kept one a line, file:, javascript: and ftp: dropped, 15 minutes'),
      JSON.stringify(saved.json.value?.partner_feeds) === JSON.stringify([...listed, ...unsafe]) &&
        saved.json.value?.partner_cache_minutes === 15 &&
        saved.json.value?.partner_images === true,
      JSON.stringify(saved.json).slice(0, 400),
    );

    // Served as it is, with its type and the time the server took it.
    const first = await get(feed('/feed/'));
    const fetchedAt = first.headers.get('x-jiha-fetched-at') ?? '';
    check(
      label('route: a listed RSS feed (its server sends no CORS) served as it is, with X-Jiha-Fetched-At'),
      first.status === 200 &&
        first.text === servers.feed &&
        first.headers.get('content-type') === 'application/rss+xml; charset=utf-8' &&
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(fetchedAt) &&
        Math.abs(Date.parse(fetchedAt) - Date.now()) < 120_000 &&
        first.headers.get('x-jiha-stale') === null &&
        first.headers.get('x-content-type-options') === 'nosniff',
      `${first.status} ${first.headers.get('content-type')} ${fetchedAt} ${first.text.slice(0, 120)}`,
    );

    // A crowd: 50 page views in one period, 5 at a time, are one request to the partner.
    for (let round = 0; round < 10; round += 1)
      await Promise.all(Array.from({ length: 5 }, () => get(feed('/crowd/'))));
    const crowd = await get(feed('/crowd/'));
    check(
      label('route: 50 page views in one period → the partner server counted 1 request'),
      partner.count('/crowd/') === 1 && crowd.status === 200 && crowd.text === servers.feed,
      `${partner.count('/crowd/')} requests`,
    );

    // The period passes: the server revalidates with the ETag and Last-Modified it kept.
    await age(feed('/feed/'));
    const revalidated = await get(feed('/feed/'));
    const conditional = partner.requests('/feed/').at(-1)?.headers ?? {};
    check(
      label('route: after the period, one revalidation with If-None-Match and If-Modified-Since; 304 keeps the copy'),
      partner.count('/feed/') === 2 &&
        conditional['if-none-match'] === servers.etag &&
        conditional['if-modified-since'] === 'Wed, 04 Mar 2026 09:00:00 GMT' &&
        revalidated.status === 200 &&
        revalidated.text === servers.feed &&
        Date.parse(revalidated.headers.get('x-jiha-fetched-at')) >= Date.parse(fetchedAt),
      `${partner.count('/feed/')} requests, ${JSON.stringify(conditional)}`,
    );

    // The partner goes down after a good copy: the last good copy, marked stale.
    const good = await get(feed('/stale/'));
    await age(feed('/stale/'));
    await partner.stop();
    const stale = await get(feed('/stale/'));
    const staleAgain = await get(feed('/stale/'));
    await partner.start();
    check(
      label('route: partner stopped → the last good copy with X-Jiha-Stale: 1 and its own X-Jiha-Fetched-At'),
      good.status === 200 &&
        stale.status === 200 &&
        stale.text === servers.feed &&
        stale.headers.get('x-jiha-stale') === '1' &&
        stale.headers.get('x-jiha-fetched-at') === good.headers.get('x-jiha-fetched-at') &&
        staleAgain.headers.get('x-jiha-stale') === '1',
      `${stale.status} stale=${stale.headers.get('x-jiha-stale')} ${stale.headers.get('x-jiha-fetched-at')} vs ${good.headers.get('x-jiha-fetched-at')}`,
    );

    // Refusals: JSON errors with a code and a message; the counting servers received nothing they should not.
    const refusals = [
      ['an address not in the list', feed('/unlisted/'), 403, 'jiha_partner_feed_not_listed'],
      ['another site not in the list', 'https://example.org/feed/', 403, 'jiha_partner_feed_not_listed'],
      ['file:///etc/passwd', 'file:///etc/passwd', 403, 'jiha_partner_feed_not_listed'],
      ['this WordPress itself', `${site.url}/feed/`, 403, 'jiha_partner_feed_not_listed'],
      [`http://127.0.0.1:<a port not allowed>/`, `${forbidden.origin}/`, 403, 'jiha_partner_feed_unsafe_address'],
      ['http://[::1]/', 'http://[::1]/', 403, 'jiha_partner_feed_unsafe_address'],
      [
        'http://169.254.169.254/ (cloud metadata)',
        'http://169.254.169.254/latest/meta-data/',
        403,
        'jiha_partner_feed_unsafe_address',
      ],
      [
        'a listed feed redirecting to a private address',
        feed('/redirect-private'),
        502,
        'jiha_partner_feed_unsafe_redirect',
      ],
      [
        'a listed feed redirecting to 169.254.169.254',
        feed('/redirect-metadata'),
        502,
        'jiha_partner_feed_unsafe_redirect',
      ],
      ['a feed over the size limit (256 KB on the test site)', feed('/big/'), 502, 'jiha_partner_feed_too_large'],
      ['an HTML page instead of a feed', feed('/html/'), 502, 'jiha_partner_feed_type'],
      // The plugin gives up after 5 s; Playground's PHP sees its socket timers late on a loaded machine (up to some 20 s seen), hence the wider bound.
      ['a server that never answers', feed('/hang/'), 504, 'jiha_partner_feed_unreachable', 28],
    ];
    for (const [what, url, status, code, limit = 12] of refusals) {
      const answer = await get(url);
      const body = json(answer.text);
      check(
        label(`route refuses ${what}: ${status} ${code}, a JSON error with a message`),
        answer.status === status &&
          body.code === code &&
          typeof body.message === 'string' &&
          body.message.length > 20 &&
          /^application\/json/.test(answer.headers.get('content-type') ?? '') &&
          answer.seconds < limit,
        `${answer.status} ${answer.text.slice(0, 200)} in ${answer.seconds} s`,
      );
    }
    check(
      label('refusals: nothing reached the unlisted feed nor the server on a port not allowed'),
      partner.count('/unlisted/') === 0 && forbidden.total() === 0,
      `unlisted ${partner.count('/unlisted/')}, forbidden ${forbidden.total()}`,
    );
    const redirected = await get(feed('/redirect-ok'));
    check(
      label('route: a redirect to a public address (the same partner) is followed'),
      redirected.status === 200 && redirected.text === servers.feed,
      `${redirected.status} ${redirected.text.slice(0, 120)}`,
    );
    const missing = await fetch(`${site.url}/wp-json/jiha/v1/partner-feed`);
    check(label('route: no url → 400'), missing.status === 400, String(missing.status));

    // Hostile feeds: served as data (their own feed type, nosniff, a sandbox CSP); opened on their own, nothing runs.
    for (const [name, { type }] of Object.entries(hostile)) {
      const answer = await get(feed(name));
      check(
        label(`route: hostile ${name} passes through as data (${type.split(';')[0]}, nosniff, CSP sandbox)`),
        answer.status === 200 &&
          answer.text === hostile[name].body &&
          answer.headers.get('content-type')?.split(';')[0] === type.split(';')[0] &&
          answer.headers.get('x-content-type-options') === 'nosniff' &&
          /sandbox/.test(answer.headers.get('content-security-policy') ?? ''),
        `${answer.status} ${answer.headers.get('content-type')} ${answer.headers.get('content-security-policy')}`,
      );
      const page = await chromium.browser.newPage();
      await trap(page);
      await page.goto(route(feed(name)), { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      check(
        label(`route: hostile ${name} opened in the browser on its own: nothing runs`),
        page.dialogs === 0 && (await page.evaluate(() => window.__pwned)) === undefined,
      );
      await page.close();
    }

    // Negative control: the live XML runs when the partner serves it; through the route (CSP sandbox), it does not.
    for (const [where, url] of [
      ['from the partner itself (negative control: it runs)', feed('/live.xml')],
      ['through the route: nothing runs', route(feed('/live.xml'))],
    ]) {
      const page = await chromium.browser.newPage();
      await trap(page);
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ran = (await page.evaluate(() => window.__pwned)) ?? 0;
      check(
        label(`route: XML with a live XHTML script and handler opened ${where}`),
        url === feed('/live.xml') ? ran >= 1 : ran === 0 && page.dialogs === 0,
        `ran ${ran}`,
      );
      await page.close();
    }

    // The shortcode and the block: listed addresses read through the route, the others as they are.
    const ownPosts = `${own.origin}/wp-json/wp/v2/posts`;
    const twoSources = `${ownPosts} ${feed('/feed/')}`;
    const post = await createPost(
      'author',
      'Partner news',
      [
        `[jiha_news_list src="${twoSources}" source-labels="Béni Mellal-Khénifra|Tanger-Tétouan-Al Hoceïma" heading="Both councils" limit="2" more]`,
        `[jiha_news_list src="${feed('/feed/')}" heading="Partner only"]`,
        `[jiha_news_list src="${ownPosts}" heading="Own only"]`,
        `<!-- wp:jiha/news-list ${JSON.stringify({ src: twoSources, sourceLabels: 'Béni Mellal-Khénifra|Tanger-Tétouan-Al Hoceïma' })} /-->`,
      ].join('\n\n'),
    );
    const served = async () => (await fetch(post.link)).text();
    const html = await served();
    const routed = `${site.url}/wp-json/jiha/v1/partner-feed?url=${encodeURIComponent(feed('/feed/'))}`.replace(
      /&/g,
      '&#038;',
    );
    const lists = html.match(/<jiha-news-list [^>]*>/g) ?? [];
    const both = `src="${ownPosts} ${routed}"`;
    check(
      label('shortcode and block: a listed address becomes the route on this origin, the other stays as it is'),
      lists.length === 4 &&
        lists[0].includes(both) &&
        lists[0].includes('source-labels="Béni Mellal-Khénifra|Tanger-Tétouan-Al Hoceïma"') &&
        lists[1].includes(`src="${routed}"`) &&
        lists[2].includes(`src="${ownPosts}"`) &&
        lists[3].includes(both) &&
        lists[3].includes('source-labels="Béni Mellal-Khénifra|Tanger-Tétouan-Al Hoceïma"') &&
        !lists.some((tag) => tag.includes('hide-images')),
      lists.join('\n'),
    );
    await setOption({ partner_feeds: listed.join('\n'), partner_images: '' });
    const hidden = (await served()).match(/<jiha-news-list [^>]*>/g) ?? [];
    check(
      label('"Show partners\' images" off: hide-images on the lists with a partner source only'),
      hidden.length === 4 &&
        hidden[0].includes(' hide-images') &&
        hidden[1].includes(' hide-images') &&
        !hidden[2].includes('hide-images') &&
        hidden[3].includes(' hide-images'),
      hidden.join('\n'),
    );
    await setOption({ partner_feeds: listed.join('\n') });

    // In the browser: the partner's RSS (no CORS) shown by <jiha-news-list> through the route, and hostile feeds inert.
    const page = await chromium.browser.newPage();
    await trap(page);
    await page.goto(post.link, { waitUntil: 'load' });
    const shown = await page
      .waitForFunction(
        (title) => {
          const list = document.querySelectorAll('jiha-news-list')[1];
          const text = [...(list?.shadowRoot?.querySelectorAll('jiha-news-card') ?? [])]
            .map((card) => card.shadowRoot?.textContent ?? '')
            .join(' ');
          return text.includes(title) ? text : false;
        },
        { timeout: 30_000 },
        PARTNER_ITEMS[0].title,
      )
      .then(() => true)
      .catch(async (error) =>
        JSON.stringify({
          error: error.message,
          errors: await page.evaluate(() => window.__jihaErrors),
          src: await page.evaluate(() => document.querySelectorAll('jiha-news-list')[1]?.getAttribute('src')),
          shadow: await page.evaluate(() =>
            document.querySelectorAll('jiha-news-list')[1]?.shadowRoot?.textContent.slice(0, 300),
          ),
        }),
      );
    check(label("the page's news list shows the partner's RSS items, read through the route"), shown === true, shown);
    // The first list merges the council's REST posts (CORS) and the partner's RSS (no CORS, through the route), two at a time.
    const merged = await page.evaluate(async () => {
      const list = document.querySelector('jiha-news-list');
      const cards = () => [...(list.shadowRoot?.querySelectorAll('jiha-news-card') ?? [])];
      const wait = async (test) => {
        for (let i = 0; i < 300 && !test(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
        return test();
      };
      const pages = [];
      await wait(() => cards().length > 0);
      for (let i = 0; i < 6; i += 1) {
        pages.push(cards().length);
        const more = [...list.shadowRoot.querySelectorAll('[part~="more"]')].find((button) => !button.disabled);
        if (!more) break;
        const before = cards().length;
        more.click();
        if (!(await wait(() => cards().length > before))) break;
      }
      return {
        pages,
        cards: cards().map((card) => {
          const text = card.shadowRoot?.textContent ?? '';
          return { text, headline: card.headline ?? '' };
        }),
        notes: list.shadowRoot?.querySelector('[part~="source-note"]')?.textContent ?? '',
      };
    });
    const expectedOrder = [
      'Own council: roads opened',
      'Partner council: port extension',
      'Own council: school year',
      'Partner council: new museum',
      'Own council: budget voted',
    ];
    const found = merged.cards.map(({ text }) => expectedOrder.find((title) => text.includes(title)) ?? '?');
    check(
      label(
        'two councils in one list through the route: merged newest first, the relayed item once, "more" skipping and repeating nothing',
      ),
      JSON.stringify(found) === JSON.stringify(expectedOrder) &&
        JSON.stringify(merged.pages) === JSON.stringify([2, 4, 5]) &&
        OWN_POSTS.length + PARTNER_ITEMS.length - 1 === expectedOrder.length &&
        merged.notes === '',
      JSON.stringify({ found, pages: merged.pages, notes: merged.notes }),
    );
    // A relayed item may come from either source; every other card names its own.
    const labelled = merged.cards.map(({ text }) =>
      text.includes('Partner council:')
        ? text.includes('Tanger-Tétouan-Al Hoceïma')
        : text.includes('roads opened')
          ? /Béni Mellal-Khénifra|Tanger-Tétouan-Al Hoceïma/.test(text)
          : text.includes('Béni Mellal-Khénifra'),
    );
    check(
      label('two councils in one list: each card names its source by the label the page gives'),
      merged.cards.length === 5 && labelled.every(Boolean),
      JSON.stringify(merged.cards.map(({ text }) => text.replace(/\s+/g, ' ').slice(0, 160))),
    );
    await page.close();

    // The partner goes down: a list shows the last good copy with its date; a feed never read names the partner it could not read, beside the council's own news.
    await age(feed('/feed/'));
    await partner.stop();
    const labels = 'source-labels="Béni Mellal-Khénifra|Tanger-Tétouan-Al Hoceïma"';
    const downPost = await createPost(
      'author',
      'Partner down',
      `[jiha_news_list src="${ownPosts} ${feed('/feed/')}" ${labels}]\n\n[jiha_news_list src="${ownPosts} ${feed('/never/')}" ${labels}]`,
    );
    // A new visitor: the browser of the earlier pages keeps the route's fresh copy for its max-age, as it should.
    const visitor = await chromium.browser.createBrowserContext();
    const down = await visitor.newPage();
    await trap(down);
    await down.goto(downPost.link, { waitUntil: 'load' });
    const downLists = await down
      .waitForFunction(
        () => {
          const lists = [...document.querySelectorAll('jiha-news-list')].map((list) => ({
            note:
              list.shadowRoot?.querySelector('[part~="source-note"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
            cards: [...(list.shadowRoot?.querySelectorAll('jiha-news-card') ?? [])]
              .map((card) => card.shadowRoot?.textContent ?? '')
              .join(' | '),
          }));
          return lists.length === 2 && lists.every((list) => list.note && list.cards) ? lists : false;
        },
        { timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(async (error) => ({
        error: error.message,
        errors: await down.evaluate(() => window.__jihaErrors),
        lists: await down.evaluate(() =>
          [...document.querySelectorAll('jiha-news-list')].map((list) =>
            list.shadowRoot?.textContent.replace(/\s+/g, ' ').slice(0, 200),
          ),
        ),
      }));
    await visitor.close();
    await partner.start();
    check(
      label('partner down: the list shows the cached copy of its news and the date of that copy'),
      Array.isArray(downLists) &&
        /Tanger-Tétouan-Al Hoceïma/.test(downLists[0].note) &&
        /as of/.test(downLists[0].note) &&
        downLists[0].cards.includes('Partner council: port extension') &&
        downLists[0].cards.includes('Own council: school year'),
      JSON.stringify(downLists).slice(0, 600),
    );
    check(
      label(
        "partner down and nothing cached: the council's own news, and one line naming the partner it could not read",
      ),
      Array.isArray(downLists) &&
        /Tanger-Tétouan-Al Hoceïma/.test(downLists[1].note) &&
        /could not be read/.test(downLists[1].note) &&
        downLists[1].cards.includes('Own council: school year') &&
        !downLists[1].cards.includes('Partner council'),
      JSON.stringify(downLists).slice(0, 600),
    );

    const hostilePost = await createPost(
      'author',
      'Hostile partner feeds',
      Object.keys(hostile)
        .map((name) => `[jiha_news_list src="${feed(name)}" more]`)
        .join('\n\n'),
    );
    const hostilePage = await chromium.browser.newPage();
    await trap(hostilePage);
    await hostilePage.goto(hostilePost.link, { waitUntil: 'load' });
    await hostilePage
      .waitForFunction(() => window.__jihaReady.length + window.__jihaErrors.length >= 3, { timeout: 30_000 })
      .catch(() => {});
    const leaks = await hostilePage.evaluate(() => {
      const found = [];
      const walk = (rootNode) => {
        for (const node of rootNode.querySelectorAll('*')) {
          if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(node.tagName)) found.push(node.localName);
          for (const attribute of node.attributes)
            if (/^on/i.test(attribute.name) || /^\s*(javascript|vbscript|data:text)/i.test(attribute.value))
              found.push(`${node.localName} ${attribute.name}`);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      for (const list of document.querySelectorAll('jiha-news-list')) if (list.shadowRoot) walk(list.shadowRoot);
      return { found, ready: window.__jihaReady.length, errors: window.__jihaErrors };
    });
    check(
      label(
        'hostile partner feeds (RSS, Atom, JSON Feed) in news lists through the route: nothing runs, nothing leaks',
      ),
      hostilePage.dialogs === 0 &&
        (await hostilePage.evaluate(() => window.__pwned)) === undefined &&
        leaks.found.length === 0 &&
        leaks.ready + leaks.errors.length >= 3,
      JSON.stringify(leaks).slice(0, 400),
    );
    await hostilePage.close();
  } finally {
    await Promise.all([own.stop(), partner.stop(), forbidden.stop()]);
  }
}
