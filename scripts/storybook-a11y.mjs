/**
 * `npm run test:storybook-a11y` (after `npm run build-storybook`): axe on
 * every story of the built Storybook, as the a11y addon checks them, in CI.
 *
 * Serves storybook-static/ on 127.0.0.1 (a free port), reads its index.json,
 * and opens each story's `iframe.html?id=…&viewMode=story&globals=lang:…` in
 * headless Chromium (puppeteer-core; CHROME_PATH or /usr/bin/chromium) for
 * each toolbar language, then runs axe-core (node_modules/axe-core) on the
 * story root with the WCAG 2.x A and AA rules in the light color scheme and
 * the colour rules again in the dark one. A story that fixes its own
 * language (story `globals`) renders the same page whatever the toolbar
 * says: it is checked once per language it actually renders. Prints each
 * story's violations (rule, impact, the nodes' targets), ends with
 * `N passed, N failed` (one per story × language × scheme) and exits 1 on
 * any violation or on a story that does not render.
 *
 * No request leaves the machine: every host name but 127.0.0.1 fails to
 * resolve, so the maps' OpenStreetMap tiles fail at once (their notice is
 * part of the checked page) instead of hanging the run; nothing waits for
 * network idle.
 *
 * Arguments: story-id substrings to check only some stories
 * (`node scripts/storybook-a11y.mjs iso-badge news-card--full`).
 * STORYBOOK_DIR names another build (default storybook-static).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = path.resolve(root, process.env.STORYBOOK_DIR || 'storybook-static');
const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The toolbar's languages (.storybook/preview.ts), the default first. */
const LANGUAGES = ['ar', 'fr', 'en', 'zgh'];
const SCHEMES = ['light', 'dark'];
/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/**
 * The scheme changes colours only (the elements' dark tokens, the canvas):
 * in the dark scheme the rules that read colours run again, the others
 * would see the same DOM and layout as in the light one.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const rulesFor = (scheme) =>
  scheme === 'light' ? { type: 'tag', values: WCAG_TAGS } : { type: 'rule', values: COLOUR_RULES };
/** Pages open at once: the machine's cores, at most 3 (each page is one busy renderer). */
const CONCURRENCY = Math.max(1, Math.min(3, availableParallelism()));
/** The longest a story may take to settle (a story that shows a loading state never does). */
const SETTLE_LIMIT_MS = 4000;
/**
 * A story this many elements big (shadow roots included) is checked once, in
 * its first language and the light scheme: axe takes tens of seconds on the
 * 5,000-event timeline (over 60,000 elements), whose markup the smaller stories of
 * the same element cover in every variant.
 */
const LARGE_STORY = 10_000;
/** The whole run fails rather than hangs. */
const RUN_LIMIT_MS = 300_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** storybook-static/ on 127.0.0.1; GET and HEAD, never outside the folder. Resolves to `{ baseUrl, close() }`. */
function serve(dir) {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file;
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      file = path.resolve(dir, `.${path.posix.normalize(`/${decodeURIComponent(pathname)}`)}`);
      if (file !== dir && !file.startsWith(dir + path.sep)) file = undefined;
      else if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch {
      file = undefined;
    }
    const stat = file && existsSync(file) ? statSync(file) : undefined;
    if (!stat?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        baseUrl: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      });
    });
  });
}

/**
 * In the page, once Storybook has shown the story: every `jiha-*` element
 * defined and updated, not loading, its map (if any) built or given up, the
 * number of elements unchanged, all that a few checks in a row; at most
 * SETTLE_LIMIT_MS.
 * Resolves to the language the story rendered in (its wrapper's `lang`).
 */
function settleStory(limitMs) {
  const started = performance.now();
  const elements = () =>
    [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('jiha-'));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  // A story may hold its element in the loading state on purpose: after a second, that state is what is checked.
  const quiet = (element) =>
    customElements.get(element.localName) !== undefined &&
    element.isUpdatePending === false &&
    (element.loadState !== 'loading' || performance.now() - started > 1000) &&
    (element.mapState === undefined || element.mapState === 'loaded' || element.mapState === 'failed');
  return (async () => {
    const tags = [...new Set(elements().map((element) => element.localName))];
    await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), pause(limitMs)]);
    // Elements under the story root, shadow roots included: a timeline that renders its year groups between frames grows.
    const size = (node = document.querySelector('#storybook-root') ?? document) =>
      [...node.querySelectorAll('*')].reduce(
        (sum, element) => sum + 1 + (element.shadowRoot ? size(element.shadowRoot) : 0),
        0,
      );
    let calm = 0;
    let lastSize = -1;
    while (calm < 3 && performance.now() - started < limitMs) {
      await Promise.race([Promise.all(elements().map((element) => element.updateComplete)), pause(limitMs)]);
      const currentSize = size();
      calm = elements().every(quiet) && currentSize === lastSize ? calm + 1 : 0;
      lastSize = currentSize;
      await pause(80);
    }
    await frame();
    await frame();
    const wrapper = document.querySelector('#storybook-root [lang]');
    return { lang: wrapper?.getAttribute('lang') ?? '', size: size(), settled: calm >= 3 };
  })();
}

/** In the page: axe on the story root. Violations only, with the nodes' targets (shadow DOM paths joined by `>>>`). */
async function runAxe(runOnly) {
  const result = await globalThis.axe.run({ include: [['#storybook-root']] }, { runOnly, resultTypes: ['violations'] });
  const target = (selector) => (Array.isArray(selector) ? selector.join(' >>> ') : String(selector));
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => {
      // Contrast failures say which colours axe measured: that tells a page background from an element's own.
      const data = [...node.any, ...node.all].find((check) => check.data?.contrastRatio !== undefined)?.data;
      const colours = data
        ? `  (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}, needs ${data.expectedContrastRatio})`
        : '';
      return node.target.map(target).join(' | ') + colours;
    }),
  }));
}

/**
 * In the page: sets the toolbar's language as the toolbar does (Storybook's
 * channel) and resolves when the story has rendered again, or at once when
 * the story's own `globals` keep its language (nothing renders again).
 */
function switchLanguage(lang) {
  const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      clearTimeout(timer);
      channel.off('globalsUpdated', onGlobals);
      channel.off('storyFinished', onFinished);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(
      () => finish(new Error(`no storyFinished within 20 s after switching to ${lang}`)),
      20_000,
    );
    const onGlobals = ({ globals }) => {
      if (globals?.lang !== lang) finish();
    };
    const onFinished = () => finish();
    channel.on('globalsUpdated', onGlobals);
    channel.on('storyFinished', onFinished);
    channel.emit('updateGlobals', { globals: { lang } });
  });
}

/**
 * In the page: shows another story in the same preview, as Storybook's
 * sidebar does (the addon checks stories the same way), with the toolbar's
 * language back to `lang`; resolves once that story has finished rendering.
 */
function showStory({ storyId, lang }) {
  const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      clearTimeout(timer);
      channel.off('storyFinished', onFinished);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error(`no storyFinished within 20 s for ${storyId}`)), 20_000);
    const onFinished = (event) => {
      if (event?.storyId === storyId) finish();
    };
    channel.on('storyFinished', onFinished);
    channel.emit('updateGlobals', { globals: { lang } });
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

const storyShown = () =>
  ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((name) => document.body.classList.contains(name));

/**
 * Checks one story on `page` (the addon's own automatic run off,
 * `a11y.manual`), then each language through the toolbar's global, each
 * in both schemes. Returns `[{ lang, scheme, violations, problem, note }]`.
 */
async function checkStory(page, baseUrl, story) {
  const checks = [];
  const renderedLanguages = new Set();
  const failure = (lang, problem) => checks.push({ lang, scheme: '-', violations: [], problem });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  try {
    // The page loads once per worker; later stories come through the preview's channel (a page load each, 1 to 4 s, would break the 3-minute budget).
    const switched =
      page.url().includes('/iframe.html') &&
      (await page.evaluate(showStory, { storyId: story.id, lang: LANGUAGES[0] }).then(
        () => true,
        () => false,
      ));
    if (!switched) {
      const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=lang:${LANGUAGES[0]};a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    }
    await page.waitForFunction(storyShown, { timeout: 30_000, polling: 50 });
  } catch (error) {
    failure(LANGUAGES[0], `could not open the story: ${error.message.split('\n')[0]}`);
    return checks;
  }
  for (const [index, requested] of LANGUAGES.entries()) {
    let rendered;
    try {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      if (index > 0) await page.evaluate(switchLanguage, requested);
      if (!(await page.evaluate(() => document.body.classList.contains('sb-show-main')))) {
        const message = await page.evaluate(
          () => document.querySelector('#error-message')?.textContent?.trim() || 'no preview',
        );
        failure(requested, `the story did not render: ${message}`);
        continue;
      }
      rendered = await page.evaluate(settleStory, SETTLE_LIMIT_MS);
    } catch (error) {
      failure(requested, `could not render the story in ${requested}: ${error.message.split('\n')[0]}`);
      continue;
    }
    const lang = rendered.lang || requested;
    if (renderedLanguages.has(lang)) continue; // the story fixes its language: the same page as before
    renderedLanguages.add(lang);
    if (await page.evaluate(() => typeof globalThis.axe?.run !== 'function')) await page.evaluate(axeSource);
    const large = rendered.size > LARGE_STORY;
    for (const scheme of large ? SCHEMES.slice(0, 1) : SCHEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      try {
        checks.push({ lang, scheme, violations: await page.evaluate(runAxe, rulesFor(scheme)), problem: undefined });
      } catch (error) {
        checks.push({ lang, scheme, violations: [], problem: `axe failed: ${error.message.split('\n')[0]}` });
      }
    }
    if (!rendered.settled) checks.at(-1).note = `did not settle within ${SETTLE_LIMIT_MS} ms (checked as it was)`;
    if (large) {
      checks.at(-1).note = `${rendered.size.toLocaleString('en')} elements: checked in this language and scheme only`;
      break;
    }
  }
  return checks;
}

function report(story, checks) {
  const failed = checks.filter((check) => check.problem || check.violations.length > 0);
  const variants = checks.map((check) => `${check.lang}/${check.scheme}`).join(' ');
  const notes = checks
    .filter((check) => check.note)
    .map((check) => ` (${check.lang}: ${check.note})`)
    .join('');
  const lines = [`${failed.length === 0 ? 'PASS' : 'FAIL'} ${story.id}  [${variants}]${notes}`];
  for (const check of failed) {
    if (check.problem) lines.push(`     ${check.lang}/${check.scheme}: ${check.problem}`);
    for (const violation of check.violations) {
      lines.push(`     ${check.lang}/${check.scheme}: ${violation.id} (${violation.impact}) ${violation.help}`);
      for (const target of violation.targets) lines.push(`       - ${target}`);
    }
  }
  return { text: lines.join('\n'), passed: checks.length - failed.length, failed: failed.length };
}

async function main() {
  const indexFile = path.join(staticDir, 'index.json');
  if (!existsSync(indexFile))
    throw new Error(`${path.relative(root, indexFile)} not found: run \`npm run build-storybook\` first`);
  const filters = process.argv.slice(2);
  const stories = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => filters.length === 0 || filters.some((filter) => entry.id.includes(filter)));
  if (stories.length === 0) throw new Error('no story to check');

  const started = Date.now();
  const server = await serve(staticDir);
  const chromium = await launchChromium([
    // Pages run side by side: none is a throttled background tab (timers, animation frames).
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    // Offline by construction: tiles and any other foreign request fail at once, as they would without a network.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ]);
  const { browser } = chromium;
  const watchdog = setTimeout(() => {
    console.error(`storybook-a11y: still running after ${RUN_LIMIT_MS / 1000} s; giving up`);
    process.exit(1);
  }, RUN_LIMIT_MS);
  watchdog.unref();

  let passed = 0;
  let failed = 0;
  try {
    const queue = [...stories];
    const results = new Map();
    const worker = async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      page.on('pageerror', (error) => results.get(page.currentStory)?.errors.push(error.message.split('\n')[0]));
      for (let story = queue.shift(); story; story = queue.shift()) {
        page.currentStory = story.id;
        const errors = [];
        results.set(story.id, { errors });
        let checks = await checkStory(page, server.baseUrl, story);
        // A story that could not be opened or rendered (a browser timeout on a loaded machine), not one
        // with violations, gets one more try, from a fresh load; its result then counts, whatever it is.
        if (checks.some((check) => check.problem) && checks.every((check) => check.violations.length === 0)) {
          console.log(`RETRY ${story.id}: ${checks.find((check) => check.problem).problem}`);
          await page.goto('about:blank');
          checks = await checkStory(page, server.baseUrl, story);
        }
        const outcome = report(story, checks);
        console.log(outcome.text);
        for (const error of new Set(errors)) console.log(`     page error (not counted): ${error}`);
        passed += outcome.passed;
        failed += outcome.failed;
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, stories.length) }, worker));
  } finally {
    clearTimeout(watchdog);
    await chromium.close();
    await server.close();
  }
  console.log(
    `\naxe-core ${axeSource.match(/axe v([\d.]+)/)?.[1] ?? '?'}, light: tags ${WCAG_TAGS.join(' ')}, dark: ${COLOUR_RULES.join(' ')}; ${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`storybook-a11y: ${error.stack ?? error}`);
    process.exit(1);
  },
);
