/**
 * A test-runner command that sizes the test page's viewport in every engine
 * (the built-in `setViewport` of @web/test-runner-commands has no WebDriver
 * version): puppeteer's own for Chromium and Firefox, the window sized
 * around the wanted viewport for WebKit (test/server/webkit-launcher.mjs).
 *
 * In a test: `setViewport({ width, height })` from test/support/viewport.ts.
 */
export function viewportPlugin() {
  return {
    name: 'jiha-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'jiha-viewport') return undefined;
      const { width, height } = payload ?? {};
      if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
        throw new Error('jiha-viewport takes {width, height} in whole CSS pixels.');
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (session.browser.type === 'webdriver' && typeof session.browser.setViewport === 'function') {
        await session.browser.setViewport(session.id, width, height);
        return true;
      }
      throw new Error(`jiha-viewport: no way to size a ${session.browser.type} page`);
    },
  };
}
