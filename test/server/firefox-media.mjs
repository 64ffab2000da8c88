/**
 * CSS media feature emulation for one Firefox page. Firefox's WebDriver
 * BiDi has no command for it yet, but its browsing contexts carry the same
 * per-tab overrides Firefox's DevTools use (`prefersColorSchemeOverride`,
 * `forcedColorsOverride`, `prefersReducedMotionOverride`; forced colours
 * are really painted, not only matched). They are set from the browser's
 * own (chrome) window through BiDi `script.evaluate`, which Firefox allows
 * when launched with `--remote-allow-system-access` (test/server/engines.mjs).
 * The module path below is Firefox-internal (Firefox ESR 153): should a
 * later Firefox move it, the command fails loudly, it never passes silently.
 */

/** Each override's value for "no override", the machine's own setting. */
const OVERRIDES = {
  'prefers-color-scheme': { property: 'prefersColorSchemeOverride', values: ['light', 'dark'] },
  'forced-colors': { property: 'forcedColorsOverride', values: ['active', 'none'] },
  'prefers-reduced-motion': { property: 'prefersReducedMotionOverride', values: ['reduce', 'no-preference'] },
};
const NO_OVERRIDE = 'none';

/** The id of the browser's chrome window context, asked once per connection. */
const chromeContexts = new WeakMap();

async function chromeContext(connection) {
  if (!chromeContexts.has(connection)) {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const context = tree.result.contexts[0]?.context;
    if (!context) throw new Error('Firefox gave no chrome context: launch it with --remote-allow-system-access');
    chromeContexts.set(connection, context);
  }
  return chromeContexts.get(connection);
}

/**
 * Sets exactly `features` ([{name, value}]) on `page`'s tab, every other
 * feature back to no override (the semantics of Chromium's
 * Emulation.setEmulatedMedia, which the plugin has for Chromium).
 */
export async function emulateFirefoxMedia(page, features) {
  const settings = {};
  for (const { property } of Object.values(OVERRIDES)) settings[property] = NO_OVERRIDE;
  for (const { name, value } of features) {
    const override = OVERRIDES[name];
    if (!override) throw new Error(`Firefox: no emulation for the media feature ${name}`);
    // `forced-colors: none` is no override: the machine running the tests has no forced colours.
    if (!override.values.includes(value)) throw new Error(`Firefox: ${name} cannot be emulated as "${value}"`);
    settings[override.property] = name === 'forced-colors' && value === 'none' ? NO_OVERRIDE : value;
  }
  const connection = page.browser().connection;
  const tab = page.mainFrame()._id;
  const expression = `(() => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const tab = NavigableManager.getBrowsingContextById(${JSON.stringify(tab)});
    if (!tab) throw new Error('no browsing context ${tab}');
    Object.assign(tab, ${JSON.stringify(settings)});
    return true;
  })()`;
  const answer = await connection.send('script.evaluate', {
    expression,
    target: { context: await chromeContext(connection) },
    awaitPromise: false,
  });
  if (answer.result.type === 'exception')
    throw new Error(`Firefox media emulation failed: ${answer.result.exceptionDetails?.text}`);
}
