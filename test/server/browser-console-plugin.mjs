/**
 * Server commands that read what the browser itself says about a test page:
 * console messages (Chromium prints CSP and Trusted Types refusals there,
 * where page scripts cannot see them) and uncaught page errors, from every
 * frame of the page. Chrome launcher (puppeteer) only.
 *   'console-watch' → starts (or restarts) collecting for the calling test page
 *   'console-read'  → [{type, text}] collected since the last 'console-watch'
 */
const watches = new Map();

export function browserConsolePlugin() {
  return {
    name: 'jiha-browser-console',
    async executeCommand({ command, session }) {
      if (command !== 'console-watch' && command !== 'console-read') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher (puppeteer)`);
      const page = session.browser.getPage(session.id);
      if (command === 'console-read') return watches.get(session.id)?.messages ?? [];
      const old = watches.get(session.id);
      if (old) {
        page.off('console', old.onConsole);
        page.off('pageerror', old.onError);
      }
      const watch = {
        messages: [],
        onConsole: (message) => watch.messages.push({ type: message.type(), text: message.text() }),
        onError: (error) => watch.messages.push({ type: 'pageerror', text: String(error?.message ?? error) }),
      };
      page.on('console', watch.onConsole);
      page.on('pageerror', watch.onError);
      watches.set(session.id, watch);
      return true;
    },
  };
}
