/**
 * The nginx recipe for partner feeds (docs/guides/partner-feeds-nginx.md),
 * with Debian's nginx: the two files of docs/guides/nginx/ in a site whose
 * one partner feed is a local node server (RSS, no CORS, counting its
 * requests). nginx runs in the foreground from a temporary folder, its cache
 * period shortened from 15 minutes to 2 seconds. Checked: the feed served on
 * the site's origin with X-Jiha-Fetched-At; a crowd of visitors is one
 * upstream request; nothing of the visitor's request reaches the partner;
 * after the period, a revalidation; the partner stopped → the last good copy
 * with X-Jiha-Stale: 1. Ends with "N passed, N failed".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const results = { passed: 0, failed: 0 };
function check(name, ok, detail = '') {
  if (ok) results.passed += 1;
  else results.failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${String(detail).slice(0, 600)}`}`);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const FEED = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Partner council</title><link>https://partner.example/</link><description>Partner</description><item><title>Partner council: port extension</title><link>https://partner.example/port</link><pubDate>Wed, 04 Mar 2026 09:00:00 GMT</pubDate></item></channel></rss>\n`;
const LAST_MODIFIED = 'Wed, 04 Mar 2026 09:00:00 GMT';
const PARTNER_DATE = 'Tue, 03 Mar 2026 08:07:06 GMT';

/** The partner: RSS without CORS, with Last-Modified (304 to a matching revalidation), counting what it receives. */
const received = [];
let partner = null;
let partnerPort = 0;
function startPartner() {
  return new Promise((resolve) => {
    partner = http.createServer((request, response) => {
      received.push({ method: request.method, url: request.url, headers: request.headers });
      if (request.headers['if-modified-since'] === LAST_MODIFIED) {
        response.writeHead(304, { date: PARTNER_DATE, 'last-modified': LAST_MODIFIED });
        response.end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'application/rss+xml; charset=UTF-8',
        date: PARTNER_DATE,
        'last-modified': LAST_MODIFIED,
        'set-cookie': 'partner=1',
        'cache-control': 'no-store',
      });
      response.end(FEED);
    });
    partner.listen(partnerPort, '127.0.0.1', () => {
      partnerPort = partner.address().port;
      resolve();
    });
  });
}
const stopPartner = () =>
  new Promise((resolve) => {
    partner.closeAllConnections();
    partner.close(() => resolve());
  });

// Debian's nginx is in /usr/sbin, which a user's PATH may lack.
const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((candidate) => existsSync(candidate)) ?? 'nginx';

/** A free port on 127.0.0.1, for nginx to listen on. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

await startPartner();
const folder = mkdtempSync(path.join(tmpdir(), 'jiha-nginx-'));
const sitePort = await freePort();
// The recipe as a council would install it; only the cache folder and the period differ.
const httpPart = readFileSync('docs/guides/nginx/jiha-partner-feeds-http.conf', 'utf8').replace(
  '/var/cache/nginx/jiha-partners',
  path.join(folder, 'cache'),
);
const locationPart = readFileSync('docs/guides/nginx/jiha-partner-feed.conf', 'utf8').replace(
  'proxy_cache_valid 200 15m;',
  'proxy_cache_valid 200 2s;',
);
check(
  'the test changes only the cache folder and the period of the recipe',
  httpPart.includes(path.join(folder, 'cache')) && locationPart.includes('proxy_cache_valid 200 2s;'),
);
writeFileSync(path.join(folder, 'jiha-partner-feeds-http.conf'), httpPart);
writeFileSync(path.join(folder, 'jiha-partner-feed.conf'), locationPart);
writeFileSync(
  path.join(folder, 'nginx.conf'),
  // As root (CI), the workers stay root: the default user, nobody, may not enter the test's temporary folder.
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
error_log ${folder}/error.log warn;
pid ${folder}/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${folder}/client-body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  include ${folder}/jiha-partner-feeds-http.conf;
  server {
    listen 127.0.0.1:${sitePort};
    location / {
      return 404;
    }
    location = /partner-feeds/partner-council {
      proxy_pass http://127.0.0.1:${partnerPort}/feed/;
      include ${folder}/jiha-partner-feed.conf;
    }
  }
}
`,
);

const nginx = spawn(nginxBinary, ['-p', folder, '-c', path.join(folder, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let nginxLog = '';
nginx.stdout.on('data', (chunk) => (nginxLog += chunk));
nginx.stderr.on('data', (chunk) => (nginxLog += chunk));
const stopNginx = () => {
  if (nginx.exitCode === null) nginx.kill('SIGTERM');
};
process.on('exit', stopNginx);

const feedUrl = `http://127.0.0.1:${sitePort}/partner-feeds/partner-council`;
const get = async (headers = {}) => {
  const response = await fetch(feedUrl, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

try {
  let first = null;
  for (let attempt = 0; attempt < 50 && !first; attempt += 1) {
    if (nginx.exitCode !== null) break;
    first = await get({
      cookie: 'visitor=secret',
      'accept-language': 'ar',
      referer: 'https://council.example/page',
    }).catch(() => null);
    if (!first) await sleep(100);
  }
  check('nginx starts with the recipe', first !== null, nginxLog);
  if (first) {
    check(
      'the partner feed is served on the site origin as it is, with its type and X-Jiha-Fetched-At (ISO 8601 UTC)',
      first.status === 200 &&
        first.text === FEED &&
        first.headers.get('content-type') === 'application/rss+xml; charset=UTF-8' &&
        first.headers.get('x-jiha-fetched-at') === '2026-03-03T08:07:06Z' &&
        first.headers.get('x-jiha-stale') === null &&
        first.headers.get('x-content-type-options') === 'nosniff' &&
        /sandbox/.test(first.headers.get('content-security-policy') ?? '') &&
        first.headers.get('set-cookie') === null &&
        first.headers.get('cache-control') === 'public, max-age=300',
      `${first.status} ${JSON.stringify([...first.headers])}`,
    );
    const sent = received[0]?.headers ?? {};
    check(
      "nothing of the visitor's request reaches the partner (no cookie, language, referrer)",
      received.length === 1 && !sent.cookie && !sent['accept-language'] && !sent.referer,
      JSON.stringify(sent),
    );
    await Promise.all(Array.from({ length: 50 }, () => get()));
    check('50 more page views in the period: still 1 request to the partner', received.length === 1, received.length);
    // nginx counts the period in whole seconds: 3.5 s is past 2 s whatever the start.
    await sleep(3500);
    const revalidated = await get();
    check(
      'after the period: one revalidation with If-Modified-Since, answered 304, the copy served',
      received.length === 2 &&
        received[1].headers['if-modified-since'] === LAST_MODIFIED &&
        revalidated.status === 200 &&
        revalidated.text === FEED &&
        revalidated.headers.get('x-jiha-stale') === null,
      `${received.length} ${JSON.stringify(received.at(-1)?.headers)}`,
    );
    await stopPartner();
    await sleep(3500);
    const stale = await get();
    check(
      'partner stopped: the last good copy with X-Jiha-Stale: 1 and its X-Jiha-Fetched-At',
      stale.status === 200 &&
        stale.text === FEED &&
        stale.headers.get('x-jiha-stale') === '1' &&
        stale.headers.get('x-jiha-fetched-at') === '2026-03-03T08:07:06Z',
      `${stale.status} ${JSON.stringify([...stale.headers])}`,
    );
    const other = await fetch(`http://127.0.0.1:${sitePort}/partner-feeds/elsewhere?url=http://169.254.169.254/`);
    check('no other address is fetched: only the fixed locations exist (404)', other.status === 404, other.status);
    const posted = await fetch(feedUrl, { method: 'POST', body: 'x' });
    check('only GET and HEAD', posted.status === 403, posted.status);
  }
} finally {
  stopNginx();
  if (partner.listening) await stopPartner();
  await sleep(200);
  if (results.failed > 0) console.log(readFileSync(path.join(folder, 'error.log'), 'utf8').slice(-3000));
  rmSync(folder, { recursive: true, force: true });
}
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
