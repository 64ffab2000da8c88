/**
 * A tiny static file server for the bench: the repository at `/`, and the
 * build under test at `/dist/` (which may live elsewhere, JIHA_DIST). Bound to
 * 127.0.0.1 on a free port; GET and HEAD only; never outside its folders.
 * With `gzip: true`, text files go gzip-encoded to clients that accept it, as
 * any web server sends them (what a throttled network bench must measure).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names, or undefined when it would leave its folder. */
function fileFor(urlPath, root, distDir) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const [base, rest] =
    decoded === '/dist' || decoded.startsWith('/dist/') ? [distDir, decoded.slice('/dist'.length)] : [root, decoded];
  const file = path.resolve(base, `.${path.posix.normalize(`/${rest}`)}`);
  return file === base || file.startsWith(base + path.sep) ? file : undefined;
}

/** Types a web server compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json))/;

/**
 * Starts the server; resolves to `{ baseUrl, close() }`. `baseUrl` has no
 * trailing slash (`http://127.0.0.1:41234`).
 */
export function startStaticServer({ root, distDir, gzip = false }) {
  const rootDir = path.resolve(root);
  const dist = path.resolve(distDir);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(pathname, rootDir, dist);
    let stat;
    try {
      stat = file && statSync(file);
      if (stat?.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      stat = undefined;
    }
    if (!file || !stat?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      // zlib's default level 6, as nginx and Apache are usually configured.
      const body = gzipSync(readFileSync(file));
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, {
      'content-type': type,
      'content-length': stat.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
