/**
 * A small harness for the suites that need what a test page cannot do to
 * itself: a browser with JavaScript off, Chromium's accessibility tree, and
 * printing to PDF. Chromium through puppeteer-core; pages from a static
 * server on 127.0.0.1 (dist/ and pages the suites register); any request
 * to another host is refused and fails the test that made it.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const ROOT = new URL('../../', import.meta.url).pathname;

/** Pages by path (`/pages/…`), registered by the suites. */
const pages = new Map();

export function addPage(path, html) {
  pages.set(path, html);
  return `${origin}${path}`;
}

let origin = '';
const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (pages.has(path)) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(pages.get(path));
    return;
  }
  const file = normalize(join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(await readFile(file));
});

/** Starts the static server on 127.0.0.1 (once); resolves to its origin. */
export async function serve() {
  if (!origin) {
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  }
  return origin;
}

export function stopServing() {
  server.close();
}

/** Headless Chromium, as the suites use it. */
export function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
      '--font-render-hinting=none',
    ],
  });
}

function findChrome() {
  const found = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((path) => path && existsSync(path));
  if (!found) throw new Error("No Chrome or Chromium found: install Debian's chromium or set CHROME_PATH.");
  return found;
}

const tests = [];

/** Registers a test: `fn({ page })` gets a fresh page; `options.javaScript` false turns scripting off for it. */
export function test(name, fn, options = {}) {
  tests.push({ name, fn, options });
}

export class AssertionError extends Error {}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/** Runs every registered test; prints each result and the closing `N passed, N failed` line; resolves to the counts. */
export async function run({ filter } = {}) {
  await serve();
  const browser = await launch();
  let passed = 0;
  let failed = 0;
  try {
    for (const { name, fn, options } of tests) {
      if (filter && !name.includes(filter)) continue;
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const foreign = [];
      const errors = [];
      try {
        await page.setJavaScriptEnabled(options.javaScript !== false);
        await page.setViewport({ width: 900, height: 900 });
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          if (url.startsWith(origin) || url.startsWith('data:')) request.continue();
          else {
            foreign.push(url);
            request.abort();
          }
        });
        page.on('pageerror', (error) => errors.push(error.message));
        await fn({ page, origin });
        assert(foreign.length === 0, `requests left 127.0.0.1: ${foreign.slice(0, 3).join(', ')}`);
        assert(errors.length === 0, `errors in the page: ${errors.slice(0, 3).join(' | ')}`);
        passed += 1;
        console.log(`  ✓ ${name}`);
      } catch (error) {
        failed += 1;
        console.log(
          `  ✗ ${name}\n      ${String(error?.stack ?? error)
            .split('\n')
            .slice(0, 6)
            .join('\n      ')}`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stopServing();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return { passed, failed };
}
