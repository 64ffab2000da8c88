/**
 * The browser engine running this test page, and tests for only some of
 * them. Every test runs in Chromium, Firefox and WebKit, unless it tests
 * something an engine lacks: then it is declared with `itIn`, and its title
 * says where it runs and why, "… (Chromium: needs the DevTools heap counts)",
 * in every engine's report.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const LABELS: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

function detect(agent: string): Engine {
  if (/\bFirefox\//.test(agent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(agent)) return 'chromium'; // HeadlessChrome/ too
  if (/\bAppleWebKit\//.test(agent)) return 'webkit';
  throw new Error(`test/support/engine.ts: unknown browser engine: ${agent}`);
}

export const engine: Engine = detect(navigator.userAgent);

/** The title of a test that runs in `engines` only: `title (Chromium, Firefox: reason)`. */
export function onlyInTitle(title: string, engines: Engine[], reason: string): string {
  return `${title} (${engines.map((name) => LABELS[name]).join(', ')}: ${reason})`;
}

/** `it`, for a test that runs in `engines` only, `reason` being what the others lack. */
export function itIn(engines: Engine[], reason: string) {
  return (title: string, test: (this: Mocha.Context) => void | PromiseLike<unknown>): void => {
    if (engines.includes(engine)) it(onlyInTitle(title, engines, reason), test);
  };
}

/** `describe`, for a group of tests that run in `engines` only. */
export function describeIn(engines: Engine[], reason: string) {
  return (title: string, suite: (this: Mocha.Suite) => void): void => {
    if (engines.includes(engine)) describe(onlyInTitle(title, engines, reason), suite);
  };
}
