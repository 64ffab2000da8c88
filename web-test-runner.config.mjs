import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { leafletTrustedTypesDevServer } from './scripts/leaflet-trusted-types.mjs';
import { fixturesMiddleware } from './test/server/fixtures-plugin.mjs';
import { reactFromCommonJs } from './test/server/framework-plugins.mjs';
import { contractCspMiddleware } from './test/server/contract-csp.mjs';
import { browserConsolePlugin } from './test/server/browser-console-plugin.mjs';
import { screenshotPlugin } from './test/server/screenshot-plugin.mjs';
import { pageMetricsPlugin } from './test/server/page-metrics-plugin.mjs';
import { mediaFeaturesPlugin } from './test/server/media-features-plugin.mjs';
import { versionDefine } from './scripts/version-define.mjs';
import { blockedUrlsPlugin } from './test/server/blocked-urls-plugin.mjs';
import { networkInputPlugin } from './test/server/network-input-plugin.mjs';

/** A user's own Chrome (CHROME_PATH), else Debian's Chromium, else the usual places. */
function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chrome or Chromium found: install Debian\'s chromium or set CHROME_PATH.');
  return found;
}

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testsFinishTimeout: 300000,
  middleware: [fixturesMiddleware(), contractCspMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021', define: versionDefine }), leafletTrustedTypesDevServer(), ...reactFromCommonJs(), mediaFeaturesPlugin(), blockedUrlsPlugin(), networkInputPlugin(), browserConsolePlugin(), screenshotPlugin(), pageMetricsPlugin()],
  browsers: [
    chromeLauncher({
      // Each test file's page in a window of its own: a background tab is `hidden`, and gets no
      // rendering, so IntersectionObserver (lazy loading) never fires there.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US',
          // Test pages run side by side in tabs: keep background tabs running at full speed (lazy images, frames, timers).
          '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
          // Leak tests: a callable gc().
          '--js-flags=--expose-gc'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
