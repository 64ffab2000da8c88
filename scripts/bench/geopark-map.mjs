/**
 * Bench: <jiha-geopark-map> from the moment it enters the viewport (scrolled
 * into view below a 3,000 px spacer) to markers showing its 12 features (some clustered) in the shadow root.
 * "Cold" is the first map of a fresh page: it includes downloading and
 * running the Leaflet chunk; "warm" is another map on the same page, Leaflet
 * already loaded. Each with tiles="none" (regions drawn as the basemap, so
 * the region-shapes chunk too) and with a local tile (the bench server's
 * test/fixtures/pixel.png); no network. Also checks that no Leaflet chunk is
 * requested before the map nears the viewport.
 */
import { median, ms } from '../lib/stats.mjs';
const ROUNDS = 5;

/** In the page: mounts a map below the fold, scrolls to it, and times until its markers show. */
async function timeMap(page, distUrl, tiles) {
  return page.evaluate(
    async (entry, tiles) => {
      await import(entry);
      await customElements.whenDefined('jiha-geopark-map');
      document.body.replaceChildren();
      const spacer = document.createElement('div');
      spacer.className = 'spacer';
      const map = document.createElement('jiha-geopark-map');
      map.setAttribute('tiles', tiles);
      document.body.append(spacer, map);
      window.scrollTo(0, 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const builtEarly = (map.shadowRoot?.querySelectorAll('.jiha-marker').length ?? 0) > 0;
      const leafletBefore = performance
        .getEntriesByType('resource')
        .filter((entry) => /map-view/.test(entry.name)).length;
      const ready = new Promise((resolve) => {
        const check = () => {
          // All 12 features on markers (some of them clusters, which list their members in data-ids).
          const shown = [...(map.shadowRoot?.querySelectorAll('.jiha-marker') ?? [])].reduce(
            (count, marker) => count + (marker.dataset.ids ?? '').split(' ').filter(Boolean).length,
            0,
          );
          if (shown === 12) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      });
      const start = performance.now();
      map.scrollIntoView();
      const end = await ready;
      return { ms: end - start, leafletBefore, builtEarly };
    },
    new URL('geopark-map.js', distUrl).href,
    tiles,
  );
}

export default async function bench({ browser, baseUrl, distUrl = `${baseUrl}/dist/` }) {
  const rows = [];
  const problems = [];
  for (const [label, tiles] of [
    ['tiles="none"', 'none'],
    ['local tiles', `${baseUrl}/test/fixtures/pixel.png?{z}/{x}/{y}`],
  ]) {
    const cold = [];
    const warm = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(String(error?.message ?? error)));
      try {
        await page.goto(`${baseUrl}/bench/geopark-map.html`, { waitUntil: 'load' });
        const first = await timeMap(page, distUrl, tiles);
        if (first.leafletBefore !== 0) problems.push(`${label}: Leaflet requested before the map neared the viewport`);
        cold.push(first.ms);
        const second = await timeMap(page, distUrl, tiles);
        if (first.builtEarly || second.builtEarly)
          problems.push(`${label}: a map was built before it neared the viewport`);
        warm.push(second.ms);
      } finally {
        await page.close();
      }
    }
    rows.push(
      {
        measure: `geopark map, ${label}: viewport → markers, cold`,
        value: ms(median(cold)),
        note: `median of ${ROUNDS} fresh pages (Leaflet chunk loaded then): ${cold.map((v) => v.toFixed(0)).join(', ')} ms`,
      },
      {
        measure: `geopark map, ${label}: viewport → markers, warm`,
        value: ms(median(warm)),
        note: `median of ${ROUNDS}, Leaflet already loaded: ${warm.map((v) => v.toFixed(0)).join(', ')} ms`,
      },
    );
  }
  if (problems.length > 0)
    rows.push({
      measure: 'geopark map bench problems',
      value: String(problems.length),
      note: problems.slice(0, 3).join(' | '),
    });
  return rows;
}
