/**
 * A test-runner command that emulates CSS media features on the test's page
 * (Chromium, through puppeteer): `prefers-color-scheme`, `forced-colors`,
 * `prefers-reduced-motion`... The built-in `emulateMedia` command of
 * @web/test-runner-commands knows only the colour scheme and reduced motion
 * on puppeteer, and each call replaces every emulated feature, so the
 * accessibility suites set the whole list at once through this one.
 *
 * In a test: `await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`;
 * an empty list ends every emulation.
 */
export function mediaFeaturesPlugin() {
  /** One DevTools session per test page, kept: its emulation lasts as long as the session. */
  const clients = new WeakMap();
  return {
    name: 'jiha-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (!Array.isArray(payload) || !payload.every((feature) => typeof feature?.name === 'string' && typeof feature?.value === 'string')) {
        throw new Error('emulate-media-features takes a list of {name, value}.');
      }
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs puppeteer, not ${session.browser.type}.`);
      const page = session.browser.getPage(session.id);
      // Straight to the DevTools protocol: this puppeteer's emulateMediaFeatures refuses `forced-colors`.
      let client = clients.get(page);
      if (!client) {
        client = await page.createCDPSession();
        clients.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { media: '', features: payload });
      return true;
    },
  };
}
