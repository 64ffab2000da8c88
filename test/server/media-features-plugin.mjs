/**
 * A test-runner command that emulates CSS media features on the test's page:
 * `prefers-color-scheme`, `forced-colors`, `prefers-reduced-motion`. The
 * built-in `emulateMedia` command of @web/test-runner-commands knows only
 * the colour scheme and reduced motion, on Chromium alone, and each call
 * replaces every emulated feature, so the suites set the whole list at once
 * through this one.
 *   Chromium: the DevTools protocol (Emulation.setEmulatedMedia).
 *   Firefox: the tab's own overrides (test/server/firefox-media.mjs).
 *   WebKit: WebDriver cannot emulate; MiniBrowser runs with the features of
 *     WEBKIT_MEDIA (test/server/webkit-launcher.mjs), and a request for
 *     anything else fails (the tests that need it run in the other engines,
 *     and say so in their names).
 *
 * In a test: `await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`;
 * an empty list ends every emulation.
 */
import { engineOf } from './engines.mjs';
import { emulateFirefoxMedia } from './firefox-media.mjs';
import { WEBKIT_MEDIA } from './webkit-launcher.mjs';

export function mediaFeaturesPlugin() {
  /** One DevTools session per Chromium test page, kept: its emulation lasts as long as the session. */
  const clients = new WeakMap();
  return {
    name: 'jiha-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (
        !Array.isArray(payload) ||
        !payload.every((feature) => typeof feature?.name === 'string' && typeof feature?.value === 'string')
      ) {
        throw new Error('emulate-media-features takes a list of {name, value}.');
      }
      const engine = engineOf(session);
      if (engine === 'webkit') {
        const other = payload.filter(({ name, value }) => WEBKIT_MEDIA[name] !== value);
        if (other.length > 0)
          throw new Error(
            `WebKit (WebDriver) cannot emulate ${other.map(({ name, value }) => `${name}: ${value}`).join(', ')}; it runs with ${JSON.stringify(WEBKIT_MEDIA)}`,
          );
        return true;
      }
      const page = session.browser.getPage(session.id);
      if (engine === 'firefox') {
        await emulateFirefoxMedia(page, payload);
        return true;
      }
      // Straight to the DevTools protocol: puppeteer's emulateMediaFeatures refuses `forced-colors`.
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
