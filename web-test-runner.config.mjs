import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { leafletTrustedTypesDevServer } from './scripts/leaflet-trusted-types.mjs';
import { fixturesMiddleware } from './test/server/fixtures-plugin.mjs';
import { reactFromCommonJs } from './test/server/framework-plugins.mjs';
import { contractCspMiddleware } from './test/server/contract-csp.mjs';
import { browserConsolePlugin } from './test/server/browser-console-plugin.mjs';
import { screenshotPlugin } from './test/server/screenshot-plugin.mjs';
import { pageMetricsPlugin } from './test/server/page-metrics-plugin.mjs';
import { ENGINES, launcherFor } from './test/server/engines.mjs';
import { mediaFeaturesPlugin } from './test/server/media-features-plugin.mjs';
import { versionDefine } from './scripts/version-define.mjs';
import { blockedUrlsPlugin } from './test/server/blocked-urls-plugin.mjs';
import { networkInputPlugin } from './test/server/network-input-plugin.mjs';
import { viewportPlugin } from './test/server/viewport-plugin.mjs';
import { enginePlugin } from './test/server/engine-plugin.mjs';

/**
 * A failed widget's report to the console (src/core/error-state.ts): the error
 * suites cause hundreds on purpose and read them through the `jiha-error` event.
 */
const ERROR_REPORT =
  /^jiha-widgets: <[a-z-]+> (invalid-json|invalid-data|fetch-failed|http-status|timeout|unsupported-format): /;

/** The engine of this run (scripts/test.mjs runs one after another; `--engine` picks one). */
const engine = process.env.JIHA_ENGINE ?? 'chromium';

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: ENGINES[engine]?.concurrency ?? 2,
  // A test file's whole run: WebKitGTK on a loaded 2-core machine takes several minutes for the largest hostile-input files.
  testsFinishTimeout: engine === 'webkit' ? 900000 : 300000,
  middleware: [fixturesMiddleware(), contractCspMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021', define: versionDefine }),
    leafletTrustedTypesDevServer(),
    ...reactFromCommonJs(),
    mediaFeaturesPlugin(),
    blockedUrlsPlugin(),
    networkInputPlugin(),
    viewportPlugin(),
    enginePlugin(),
    browserConsolePlugin(),
    screenshotPlugin(),
    pageMetricsPlugin(),
  ],
  browsers: [launcherFor(engine)],
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ type, args }) =>
    !(type === 'warn' && typeof args[0] === 'string' && ERROR_REPORT.test(args[0])),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
