/**
 * The three browser engines the tests run in, all from Debian's archive:
 * Chromium (puppeteer over the DevTools protocol), Firefox ESR (puppeteer
 * over WebDriver BiDi, no separate driver) and WebKitGTK (MiniBrowser
 * through WebKitWebDriver, test/server/webkit-launcher.mjs).
 *
 * `ENGINES[name].missing()` lists what is not installed and
 * `ENGINES[name].apt` the Debian packages that provide it (scripts/test.mjs
 * installs them as root, or prints the command); `launcherFor(name)` is the
 * @web/test-runner browser launcher.
 */
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { PoolLauncher } from './pool-launcher.mjs';
import { MINIBROWSER, WEBKIT_WEBDRIVER, XVFB, webkitLauncher } from './webkit-launcher.mjs';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** A user's own browser (the environment variable), else the first of `candidates` that exists. */
const findBrowser = (variable, candidates) =>
  [process.env[variable], ...candidates].find((path) => path && existsSync(path));

/** Every test file's page in a window of its own: a background tab is `hidden`, gets no rendering, so IntersectionObserver (lazy loading) never fires there. */
const pageInOwnWindow = ({ context }) => context.newPage({ type: 'window' });

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    apt: ['chromium'],
    missing: () => (findBrowser('CHROME_PATH', CHROME_CANDIDATES) ? [] : ['chromium (or CHROME_PATH)']),
    concurrency: 2,
    launcher: () =>
      chromeLauncher({
        createPage: pageInOwnWindow,
        launchOptions: {
          executablePath: findBrowser('CHROME_PATH', CHROME_CANDIDATES),
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--lang=en-US',
            // Test pages run side by side: keep background pages running at full speed (lazy images, frames, timers).
            '--disable-background-timer-throttling',
            '--disable-renderer-backgrounding',
            '--disable-backgrounding-occluded-windows',
            // Leak tests: a callable gc().
            '--js-flags=--expose-gc',
          ],
        },
      }),
  },
  firefox: {
    label: 'Firefox',
    apt: ['firefox-esr'],
    missing: () => (findBrowser('FIREFOX_PATH', FIREFOX_CANDIDATES) ? [] : ['firefox-esr (or FIREFOX_PATH)']),
    // Two Firefoxes of one window each (test/server/pool-launcher.mjs): of two windows of one Firefox, the one
    // without the focus shows no :focus-visible after a key press.
    concurrency: 2,
    launcher: () => new PoolLauncher(firefoxLauncher, 2),
  },
  webkit: {
    label: 'WebKit',
    apt: ['webkit2gtk-driver', 'xvfb'],
    missing: () => [
      ...(existsSync(WEBKIT_WEBDRIVER) && existsSync(MINIBROWSER)
        ? []
        : ['webkit2gtk-driver (WebKitWebDriver, MiniBrowser)']),
      ...(existsSync(XVFB) ? [] : ['xvfb']),
    ],
    // One page at a time. Two MiniBrowsers (new PoolLauncher(webkitLauncher, 2), concurrency 2) work, but on a
    // busy 2-core machine they were no faster than one (16 min against 13) and starved tests into time-outs.
    concurrency: 1,
    launcher: webkitLauncher,
  },
};

/** One headless Firefox: @web/test-runner-chrome launches any browser puppeteer knows when given a puppeteer of its own. */
function firefoxLauncher() {
  return chromeLauncher({
    puppeteer,
    createPage: pageInOwnWindow,
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('FIREFOX_PATH', FIREFOX_CANDIDATES),
      headless: true,
      // Media feature emulation from the browser's own window (test/server/firefox-media.mjs).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'intl.accept_languages': 'en-US',
        // Focus as Firefox's own test harnesses have it: a window keeps its focused element and gets the keys
        // sent to it, whether or not the system gives it the focus.
        'focusmanager.testmode': true,
        // As Chromium's flags above: test pages side by side keep their timers and rendering.
        'dom.min_background_timeout_value': 0,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    },
  });
}

export const ENGINE_NAMES = Object.keys(ENGINES);

/** The engine of a test session, for the server commands that differ between engines. */
export function engineOf(session) {
  if (session.browser.type === 'webdriver') return 'webkit';
  return session.browser.name === 'Firefox' ? 'firefox' : 'chromium';
}

export function launcherFor(name) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`Unknown engine "${name}": one of ${ENGINE_NAMES.join(', ')}`);
  return engine.launcher();
}
