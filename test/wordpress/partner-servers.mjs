/**
 * The partner sites of the partner feed tests, as local node servers that
 * count what they receive:
 * - `own`: a council's WordPress REST API (/wp-json/wp/v2/posts), with CORS
 *   headers as WordPress sends them;
 * - `partner`: another council's RSS (/feed/) and Atom and JSON, without
 *   CORS, with ETag and Last-Modified (answers 304 to a matching
 *   revalidation), and the misbehaving answers the route must refuse: a
 *   redirect to a private address, a feed over 2 MB, HTML, a request never
 *   answered, and hostile feeds;
 * - `forbidden`: a server on a port the test site does not allow, that must
 *   never receive a request.
 * Each can be stopped and started again on the same port.
 */
import http from 'node:http';

/** An RSS 2.0 feed of `items` ({title, link, date, description, image}). */
export function rss(title, items) {
  const item = ({ title: t, link, date, description, image }) =>
    `<item><title>${t}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(date).toUTCString()}</pubDate><description>${description}</description>${image ? `<enclosure url="${image}" type="image/jpeg" length="1"/>` : ''}</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>https://partner.example/</link><description>${title}</description>${items.map(item).join('')}</channel></rss>\n`;
}

/** A server on 127.0.0.1 whose `routes` map a path to a handler (req, res); counts requests per path. */
function countingServer(name, routes) {
  const counts = new Map();
  const requests = [];
  let server = null;
  let port = 0;
  const hanging = new Set();
  const handle = (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    requests.push({ path, headers: request.headers });
    const route = routes[path];
    if (route) route(request, response, hanging);
    else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  };
  return {
    name,
    get port() {
      return port;
    },
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    count: (path) => counts.get(path) ?? 0,
    /** Ends the requests held open by /hang/, once the route has given up on them. */
    releaseHanging: () => {
      for (const socket of hanging) socket.destroy();
      hanging.clear();
    },
    total: () => requests.length,
    requests: (path) => requests.filter((r) => r.path === path),
    start: () =>
      new Promise((resolve, reject) => {
        server = http.createServer(handle);
        server.on('error', reject);
        server.listen(port, '127.0.0.1', () => {
          port = server.address().port;
          resolve();
        });
      }),
    stop: () =>
      new Promise((resolve) => {
        for (const socket of hanging) socket.destroy();
        hanging.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const OWN_POSTS = [
  { id: 11, title: 'Own council: roads opened', date: '2026-03-05T10:00:00', link: 'https://own.example/roads' },
  { id: 12, title: 'Own council: school year', date: '2026-03-01T10:00:00', link: 'https://own.example/schools' },
  { id: 13, title: 'Own council: budget voted', date: '2026-02-10T10:00:00', link: 'https://own.example/budget' },
];
export const PARTNER_ITEMS = [
  {
    title: 'Partner council: port extension',
    link: 'https://partner.example/port',
    date: '2026-03-04T09:00:00Z',
    description: 'The port grows.',
    image: 'https://partner.example/port.jpg',
  },
  {
    title: 'Partner council: new museum',
    link: 'https://partner.example/museum',
    date: '2026-02-20T09:00:00Z',
    description: 'A museum opens.',
  },
  {
    // The partner relays the council's own news: the merged list shows it once.
    title: 'Own council: roads opened',
    link: 'https://own.example/roads',
    date: '2026-03-05T10:00:00Z',
    description: 'Relayed by the partner.',
  },
];
const ETAG = '"partner-feed-v1"';
const LAST_MODIFIED = 'Wed, 04 Mar 2026 09:00:00 GMT';

/** The three servers, started; `hostile` holds the hostile feeds' bodies by path. */
export async function startPartnerServers({ hostile }) {
  const forbidden = countingServer('forbidden', {
    '/': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(rss('Forbidden', []));
    },
  });
  await forbidden.start();
  const own = countingServer('own', {
    '/wp-json/wp/v2/posts': (request, response) => {
      // Pages as WordPress serves them: per_page and page, with the totals in headers.
      const query = new URL(request.url, 'http://x').searchParams;
      const perPage = Number(query.get('per_page') ?? 10);
      const page = Number(query.get('page') ?? 1);
      response.writeHead(200, {
        'content-type': 'application/json; charset=UTF-8',
        'access-control-allow-origin': '*',
        'x-wp-total': String(OWN_POSTS.length),
        'x-wp-totalpages': String(Math.ceil(OWN_POSTS.length / perPage)),
        'access-control-expose-headers': 'X-WP-Total, X-WP-TotalPages, Link',
      });
      response.end(
        JSON.stringify(
          OWN_POSTS.slice((page - 1) * perPage, page * perPage).map((post) => ({
            id: post.id,
            date: post.date,
            date_gmt: post.date,
            link: post.link,
            title: { rendered: post.title },
            excerpt: { rendered: `<p>${post.title}</p>` },
          })),
        ),
      );
    },
  });
  await own.start();
  const feed = rss('Partner council', PARTNER_ITEMS);
  const xml =
    (body, extra = {}) =>
    (request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=UTF-8', ...extra });
      response.end(body);
    };
  const routes = {
    '/feed/': (request, response) => {
      if (request.headers['if-none-match'] === ETAG) {
        response.writeHead(304, { etag: ETAG, 'last-modified': LAST_MODIFIED });
        response.end();
        return;
      }
      xml(feed, { etag: ETAG, 'last-modified': LAST_MODIFIED })(request, response);
    },
    '/crowd/': xml(feed),
    '/never/': xml(feed),
    '/stale/': xml(feed, { etag: '"stale-v1"' }),
    '/unlisted/': xml(feed),
    '/redirect-private': (request, response) => {
      response.writeHead(302, { location: `${forbidden.origin}/` });
      response.end();
    },
    '/redirect-metadata': (request, response) => {
      response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
      response.end();
    },
    '/redirect-ok': (request, response) => {
      response.writeHead(302, { location: '/crowd/' });
      response.end();
    },
    '/big/': (request, response) => {
      // Over the test site's limit (256 KB, mu-plugin.php) by a comment; sent without Content-Length, so that only the body's size tells.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.write(feed.replace('</channel>', `<!--${'x'.repeat(262_144)}--></channel>`));
      response.end();
    },
    '/html/': (request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' });
      response.end('<!doctype html><script>window.__pwned=1</script><p>not a feed</p>');
    },
    '/hang/': (request, response, hanging) => {
      // Never answers: the socket is held open until the server stops.
      hanging.add(request.socket);
    },
  };
  for (const [path, { type, body }] of Object.entries(hostile))
    routes[path] = (request, response) => {
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    };
  const partner = countingServer('partner', routes);
  await partner.start();
  return { own, partner, forbidden, feed, etag: ETAG };
}
