/**
 * Test-server routes that static files cannot give: slow answers, error
 * statuses, wrong content types, and tiles that fail. Tests never touch the
 * network; everything is served here.
 *   /fixture/status/404            → that status
 *   /fixture/slow?ms=2000&file=…   → the file (or {}) after a delay
 *   /fixture/html                  → an HTML page, not JSON
 *   /fixture/json?body=…           → the body as JSON content type
 *   /fixture/count/<name>          → JSON {hits} counting requests per name (for "fetched once")
 *   /fixture/tile/<z>/<x>/<y>.png  → a 1×1 PNG tile; /fixture/dead-tile/… → 500
 *   /fixture/cors?file=data/…      → that repository file with `Access-Control-Allow-Origin: *`
 *                                    (what a sandboxed embed, origin `null`, needs to fetch data)
 */
import { readFile } from 'node:fs/promises';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
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
    respond(context, answer.status ?? 200, answer.body, answer.type);
  };
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
      if (name === 'json') return { body: url.searchParams.get('body') ?? '{}', type: 'application/json' };
      if (name.startsWith('hits/')) return { body: JSON.stringify({ hits: hits.get(name.slice(5)) ?? 0 }), type: 'application/json' };
      if (name === 'cors') {
        const file = url.searchParams.get('file') ?? '';
        if (!/^data\/[\w.-]+$/.test(file)) return { status: 400, body: '{}', type: 'application/json' };
        return { body: await readFile(new URL(`../../${file}`, import.meta.url), 'utf8'), type: 'application/json', cors: true };
      }
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
