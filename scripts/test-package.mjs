#!/usr/bin/env node
/**
 * The npm package as a user gets it: `npm pack` of this repo (dist/ must be
 * built: `npm run build`), installed into a new Vite + TypeScript project in
 * the system's temp folder, type-checked under `strict` (element types from
 * `HTMLElementTagNameMap`, the React 19 JSX types of `jiha-widgets/jsx`),
 * built with Vite, and opened in Chromium to see a news card render in
 * English and in Arabic (locale chunks found through the user's bundle).
 *
 * Usage: node scripts/test-package.mjs [package folder, default this repo]
 * Env: CHROME_PATH (default /usr/bin/chromium), KEEP_TEMP=1 keeps the temp project.
 * Closes with `N passed, N failed`; exits 1 on any failure.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageRoot = resolve(process.argv[2] ?? repo);
const work = mkdtempSync(join(tmpdir(), 'jiha-package-'));
const app = join(work, 'app');
const HEADLINE = 'Package check: the council opens a geopark centre';
/** The user's toolchain, pinned: what docs/reference/loading.md promises to work with. */
const TOOLS = ['vite@8.3.8', 'typescript@5.9.3', '@types/react@19.3.3'];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n     ${detail.split('\n').join('\n     ')}` : ''}`);
  return ok;
}

/** Runs a command; resolves with its output, or with the error (output attached) when it fails. */
async function sh(command, args, cwd) {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    return { ok: true, stdout, output: `${stdout}${stderr}` };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}${error.message}` };
  }
}

const files = {
  'package.json': JSON.stringify(
    { name: 'jiha-package-check', private: true, version: '0.0.0', type: 'module' },
    null,
    2,
  ),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // The library's own .d.ts files are checked too, not only their use.
        skipLibCheck: false,
        verbatimModuleSyntax: true,
        types: [],
      },
      include: ['src'],
    },
    null,
    2,
  ),
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>jiha-widgets package check</title></head>
  <body>
    <main id="app"></main>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
  // One element's entry, then the whole library: both ways docs/reference/loading.md shows.
  'src/main.ts': `import 'jiha-widgets/news-card.js';
import { VERSION, type JihaErrorDetail, type JihaGeoparkMap, type JihaIsoBadge, type JihaCooperationTimeline, type JihaNewsCard, type JihaNewsList } from 'jiha-widgets';

const card: JihaNewsCard = document.createElement('jiha-news-card');
card.variant = 'compact';
// @ts-expect-error 'wide' is not a variant of the news card.
card.variant = 'wide';
card.variant = 'full';
card.headline = ${JSON.stringify(HEADLINE)};
card.views = 3;
card.addEventListener('jiha-error', (event) => {
  const detail = (event as CustomEvent<JihaErrorDetail>).detail;
  document.body.dataset.error = detail.code;
});

const arabic = document.createElement('jiha-news-card');
arabic.lang = 'ar';
arabic.data = { headline: 'عنوان', views: 3 };

// Every tag is typed by HTMLElementTagNameMap (an untyped tag would be a plain HTMLElement here).
const others: [JihaIsoBadge, JihaGeoparkMap, JihaCooperationTimeline, JihaNewsList] = [
  document.createElement('jiha-iso-badge'),
  document.createElement('jiha-geopark-map'),
  document.createElement('jiha-cooperation-timeline'),
  document.createElement('jiha-news-list'),
];
others[3].limit = 3;
others[1].list = true;
others[1].tiles = 'none';

document.querySelector('#app')!.append(card, arabic);
document.body.dataset.version = VERSION;
`,
  // React 19 users: JSX types only (tsc), no React at run time.
  'src/jsx-check.tsx': `import type {} from 'jiha-widgets/jsx';
import type { JihaErrorDetail } from 'jiha-widgets';

let lastCode: JihaErrorDetail['code'] | undefined;
let lastId = '';
export const card = <jiha-news-card headline="x" variant="compact" heading-level="2" views={3} data={{ headline: 'x' }} onjiha-error={(event) => (lastCode = event.detail.code)} />;
export const map = <jiha-geopark-map list tiles="none" className="map" onjiha-select={(event) => (lastId = event.detail.id)} />;
export const others = [<jiha-iso-badge standard="9001" variant="inline" />, <jiha-cooperation-timeline layout="horizontal" structured-data />, <jiha-news-list src="/wp-json/wp/v2/posts" limit={3} more heading="News" />];
// @ts-expect-error 'wide' is not a variant of the news card.
export const wrong = <jiha-news-card variant="wide" />;
export const seen = () => [lastCode, lastId];
`,
};

const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** A static server for the built app, on a free port of 127.0.0.1. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function inBrowser(url) {
  const profile = join(work, 'chrome-profile');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--headless=new',
      `--user-data-dir=${profile}`,
    ],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on(
      'response',
      (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`),
    );
    await page.goto(url, { waitUntil: 'load' });
    const shadowText = (index) =>
      page.evaluate((i) => document.querySelectorAll('jiha-news-card')[i]?.shadowRoot?.textContent ?? '', index);
    const rendered = await page
      .waitForFunction(
        (headline) => document.querySelector('jiha-news-card')?.shadowRoot?.textContent?.includes(headline),
        { timeout: 10000 },
        HEADLINE,
      )
      .then(
        () => true,
        () => false,
      );
    check(
      'the news card renders its headline in the Vite-built page',
      rendered,
      `shadow text: ${JSON.stringify((await shadowText(0)).slice(0, 200))}`,
    );
    const englishViews = await page
      .waitForFunction(() => document.querySelector('jiha-news-card')?.shadowRoot?.textContent?.includes('3 views'), {
        timeout: 5000,
      })
      .then(
        () => true,
        () => false,
      );
    check(
      'the English card shows "3 views"',
      englishViews,
      `shadow text: ${JSON.stringify((await shadowText(0)).slice(0, 300))}`,
    );
    // The Arabic strings are a chunk of their own, fetched through the user's bundle.
    const arabic = await page
      .waitForFunction(
        () => document.querySelectorAll('jiha-news-card')[1]?.shadowRoot?.textContent?.includes('3 مشاهدات'),
        { timeout: 10000 },
      )
      .then(
        () => true,
        () => false,
      );
    check(
      'the Arabic card loads its locale chunk ("3 مشاهدات")',
      arabic,
      `shadow text: ${JSON.stringify((await shadowText(1)).slice(0, 300))}`,
    );
    const defined = await page.evaluate(() =>
      ['jiha-news-card', 'jiha-iso-badge', 'jiha-geopark-map', 'jiha-cooperation-timeline', 'jiha-news-list'].filter(
        (tag) => !customElements.get(tag),
      ),
    );
    check("import 'jiha-widgets' defines all five tags", defined.length === 0, `undefined: ${defined.join(', ')}`);
    const state = await page.evaluate(() => ({
      version: document.body.dataset.version,
      error: document.body.dataset.error,
    }));
    check('VERSION is exported and no jiha-error fired', Boolean(state.version) && !state.error, JSON.stringify(state));
    check('no page errors, console errors or failed requests', problems.length === 0, problems.join('\n'));
  } finally {
    await browser.close();
  }
}

async function main() {
  const started = Date.now();
  if (
    !check(
      'dist/ is built (npm run build)',
      existsSync(join(packageRoot, 'dist/jiha.js')) && existsSync(join(packageRoot, 'dist/custom-elements.json')),
      `no dist/jiha.js in ${packageRoot}`,
    )
  )
    return;

  const packed = await sh('npm', ['pack', '--json', '--pack-destination', work], packageRoot);
  if (!check('npm pack', packed.ok, packed.output)) return;
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
  const tarball = join(work, info.filename);
  const inTarball = new Set(info.files.map((file) => file.path));
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  const targets = [
    manifest.types,
    manifest.customElements,
    ...Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry))),
  ];
  const missing = [...new Set(targets)]
    .map((target) => target.replace(/^\.\//, ''))
    .filter((target) => !inTarball.has(target));
  check(
    'every exports/types/customElements target is in the tarball',
    missing.length === 0,
    `missing: ${missing.join(', ')}`,
  );
  check(
    'the tarball holds the manifest and the JSX types',
    inTarball.has('dist/custom-elements.json') && inTarball.has('dist/types/jsx.d.ts'),
  );
  const leaked = [...inTarball].filter((path) => /^(src|test|node_modules|stories|scripts)\//.test(path));
  check('the tarball holds no sources, tests or scripts', leaked.length === 0, leaked.slice(0, 10).join(', '));

  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(app, name)), { recursive: true });
    writeFileSync(join(app, name), text);
  }
  const installed = await sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...TOOLS],
    app,
  );
  if (!check('npm install of the tarball with vite and typescript', installed.ok, installed.output)) return;

  const typed = await sh(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);
  check('tsc --noEmit under strict (tag map, variants, React JSX types)', typed.ok, typed.output);

  const built = await sh(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
  if (!check('vite build of the app', built.ok && existsSync(join(app, 'dist/index.html')), built.output)) return;

  const server = await serve(join(app, 'dist'));
  try {
    await inBrowser(`http://127.0.0.1:${server.address().port}/`);
  } catch (error) {
    check('the browser check ran', false, String(error?.stack ?? error));
  } finally {
    server.close();
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s, in ${work})`);
}

try {
  await main();
} catch (error) {
  check('the package test ran to the end', false, String(error?.stack ?? error));
} finally {
  if (!process.env.KEEP_TEMP) rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
