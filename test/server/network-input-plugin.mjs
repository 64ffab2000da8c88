/**
 * Test-runner commands that record every request the test's page (and its
 * same-process frames) makes, with the Referer each one really sent, and
 * that drive real input: a mouse wheel, with or without modifier keys, and
 * touches (Chromium, through the DevTools protocol's Network and Input
 * domains: the events go through the browser's own input handling, so the
 * page scrolls, touch-action applies and listeners see trusted events).
 *
 * In a test:
 *   await executeServerCommand('network-log', { action: 'start', block: ['*tile.openstreetmap.org*'] })
 *       starts a new record; `block` makes those URLs fail before they leave the machine (they are still recorded)
 *   await executeServerCommand('network-log', { action: 'read' }) → [{url, referer, blocked}]
 *   await executeServerCommand('network-log', { action: 'stop' })
 *   await executeServerCommand('input-wheel', { x, y, deltaY, ctrl?, meta? })   (viewport CSS pixels)
 *   await executeServerCommand('input-touch', { from: [[x, y], …], by: [dx, dy], steps? })
 *       puts one finger per point down at once, moves them all by (dx, dy) in `steps`, and lifts them
 *   await executeServerCommand('input-touch-emulation', { enabled: true })   touch events on a desktop page
 *   await executeServerCommand('frame-click', { url: 'embed.html', host: 'jiha-geopark-map', part: 'consent-button' })
 *       a real mouse click on that part in the shadow root of `host` in the frame whose address contains `url`
 *       (also a sandboxed, opaque-origin frame, which the test page cannot reach); answers the part's text, or '' when it is not there;
 *       with `dryRun: true`, only answers the text
 */
export function networkInputPlugin() {
  /** Per test page: its DevTools session (for input) and its record of requests. */
  const sessions = new WeakMap();

  async function sessionFor(page) {
    let entry = sessions.get(page);
    if (!entry) {
      const client = await page.createCDPSession();
      entry = { client, requests: [], recording: false, block: [] };
      // Puppeteer's request events cover the page and every frame, also those in a process of their own
      // (a sandboxed iframe is one); with interception, a blocked address never leaves the machine.
      page.on('request', (request) => {
        if (!entry.recording) return;
        const url = request.url();
        const blocked = entry.block.some((pattern) => pattern.test(url));
        entry.requests.push({ url, referer: request.headers().referer ?? null, blocked });
        if (request.isInterceptResolutionHandled()) return;
        if (blocked) request.abort('blockedbyclient');
        else request.continue();
      });
      sessions.set(page, entry);
    }
    return entry;
  }

  /** A `*` wildcard pattern as a regular expression. */
  const wildcard = (pattern) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );

  const buttons = { ctrl: 2, meta: 4 };

  return {
    name: 'jiha-network-input',
    async executeCommand({ command, payload, session }) {
      if (!['network-log', 'input-wheel', 'input-touch', 'input-touch-emulation', 'frame-click'].includes(command))
        return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`${command} needs puppeteer, not ${session.browser.type}.`);
      const page = session.browser.getPage(session.id);
      if (command === 'frame-click') {
        // The newest such frame: one a test removed may linger in the list for a moment.
        const frame = page
          .frames()
          .reverse()
          .find((candidate) => candidate.url().includes(payload.url) && !candidate.detached);
        // An empty answer, not null: the runner takes null for a command nobody handled.
        if (!frame) return '';
        const handle = await frame.evaluateHandle(
          (host, part) => document.querySelector(host)?.shadowRoot?.querySelector(`[part="${part}"]`) ?? null,
          payload.host,
          payload.part,
        );
        const element = handle.asElement();
        if (!element) return '';
        const text = await element.evaluate((node) => node.textContent);
        if (!payload.dryRun) await element.click();
        return text;
      }
      const entry = await sessionFor(page);
      const { client } = entry;
      if (command === 'network-log') {
        if (payload?.action === 'start') {
          entry.requests = [];
          entry.block = (payload.block ?? []).map(wildcard);
          entry.recording = true;
          await page.setCacheEnabled(false);
          await page.setRequestInterception(true);
          return true;
        }
        if (payload?.action === 'read') return entry.requests;
        if (payload?.action === 'stop') {
          entry.recording = false;
          entry.block = [];
          await page.setRequestInterception(false);
          await page.setCacheEnabled(true);
          return true;
        }
        throw new Error('network-log takes {action: start|read|stop}.');
      }
      if (command === 'input-touch-emulation') {
        await client.send('Emulation.setTouchEmulationEnabled', {
          enabled: payload?.enabled !== false,
          maxTouchPoints: 5,
        });
        return true;
      }
      if (command === 'input-wheel') {
        const { x, y, deltaY, deltaX = 0 } = payload;
        const modifiers = (payload.ctrl ? buttons.ctrl : 0) | (payload.meta ? buttons.meta : 0);
        await client.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, modifiers });
        await client.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX, deltaY, modifiers });
        return true;
      }
      // input-touch
      const { from, by, steps = 10 } = payload;
      const points = (dx, dy) =>
        from.map(([x, y], id) => ({ x: x + dx, y: y + dy, id, radiusX: 1, radiusY: 1, force: 1 }));
      const pause = () => new Promise((resolve) => setTimeout(resolve, 16));
      await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0, 0) });
      for (let step = 1; step <= steps; step += 1) {
        await pause();
        await client.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: points((by[0] * step) / steps, (by[1] * step) / steps),
        });
      }
      await pause();
      await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return true;
    },
  };
}
