/**
 * Server command for leak tests: what the browser's own bookkeeping says
 * about the calling test page, after a full garbage collection.
 *   'page-metrics' → {heap, nodes, listeners, documents} — JS heap in use
 *      (bytes), live DOM nodes (attached or detached), JS event listeners,
 *      documents; from the DevTools protocol (Performance.getMetrics), which
 *      is exact where performance.memory is bucketed.
 * Chrome launcher (puppeteer) only.
 */
const sessions = new Map();

export function pageMetricsPlugin() {
  return {
    name: 'jiha-page-metrics',
    async executeCommand({ command, session }) {
      if (command !== 'page-metrics') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('page-metrics needs the Chrome launcher (puppeteer)');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
      const metrics = await page.metrics();
      return {
        heap: metrics.JSHeapUsedSize,
        nodes: metrics.Nodes,
        listeners: metrics.JSEventListeners,
        documents: metrics.Documents,
      };
    },
  };
}
