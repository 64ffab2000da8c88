/**
 * A test-runner command that makes the test's page fail to load the URLs
 * matching some patterns (Chromium, through the DevTools protocol's
 * Network.setBlockedURLs; `*` is a wildcard), as a dropped connection or a
 * badly copied `dist/` would: for the lazy chunks' failure states.
 *
 * In a test: `await executeServerCommand('block-urls', ['*default-places*'])`;
 * an empty list unblocks everything.
 */
export function blockedUrlsPlugin() {
  /** One DevTools session per test page, kept: the blocking lasts as long as the session. */
  const clients = new WeakMap();
  return {
    name: 'jiha-block-urls',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-urls') return undefined;
      if (!Array.isArray(payload) || !payload.every((pattern) => typeof pattern === 'string'))
        throw new Error('block-urls takes a list of URL patterns.');
      if (session.browser.type !== 'puppeteer')
        throw new Error(`block-urls needs puppeteer, not ${session.browser.type}.`);
      const page = session.browser.getPage(session.id);
      let client = clients.get(page);
      if (!client) {
        client = await page.createCDPSession();
        await client.send('Network.enable');
        clients.set(page, client);
      }
      await client.send('Network.setBlockedURLs', { urls: payload });
      return true;
    },
  };
}
