/**
 * Size ceilings: gzip -9 bytes a page downloads, per entry with its static
 * imports (scripts/bundle-size.mjs). Each is the size when it was set plus
 * about 3 %, so that nothing grows silently: `npm run check:budgets` (in CI)
 * fails past one, and a change that needs more raises its ceiling in the
 * same commit, saying why. The smaller figures of earlier issues stay as
 * goals (GOALS), printed by the bench beside the measurement, not enforced.
 */
import { BuildGraph } from './bundle-size.mjs';

/** What a page with one Arabic news card downloads. */
const cardPage = (graph) => graph.pageFiles('news-card.js', ['ar.news']);
/** Every element without Leaflet. */
const everything = (graph) => graph.staticClosure('jiha.js');

/**
 * `files(graph)` → what the page downloads. Set 2026-12-06 at the sizes
 * before the core's restructure plus about 3 % (card page 14,865 B, jiha.js
 * 39,855 B), except the card page and geopark-map.js: the element base,
 * data controller, lazy loader and JSON-LD controller cost the card page
 * 515 B gzip (15,380 B; about 3 ms on Slow 4G's 1.6 Mbps), and splitting
 * the map and the timeline into controllers cost their pages 150–250 B,
 * so those ceilings start from the restructured sizes.
 *
 * Issue 13 (fallback content and print) raised every ceiling by what it
 * measured (gzip, 2026-12-06): the shared print CSS, the fallback slot and
 * its check in the core cost each page about 350 B; the map adds its print
 * list and rules, the timeline its print render and rules, the badge its
 * printed details. Card page 15,380 → 15,732 B (+352), jiha.js 40,737 →
 * 41,422 B (+685), iso-badge.js 19,884 → 20,315 B (+431), geopark-map.js
 * 19,474 → 19,958 B (+484), cooperation-timeline.js 21,423 → 21,940 B
 * (+517), the map once visible 67,031 → 67,514 B (+483). On Slow 4G
 * (1.6 Mbps) 350 B is under 2 ms.
 */
export const BUDGETS = [
  { name: 'page with one news card in Arabic', bytes: 16_200, source: 'ceiling', files: cardPage },
  { name: 'all four elements without Leaflet (jiha.js)', bytes: 41_750, source: 'ceiling', files: everything },
  { name: 'iso-badge.js', bytes: 20_500, source: 'ceiling', files: (graph) => graph.staticClosure('iso-badge.js') },
  { name: 'geopark-map.js', bytes: 20_350, source: 'ceiling', files: (graph) => graph.staticClosure('geopark-map.js') },
  { name: 'cooperation-timeline.js', bytes: 22_600, source: 'ceiling', files: (graph) => graph.staticClosure('cooperation-timeline.js') },
  { name: 'geopark map once visible (+ Leaflet chunk)', bytes: 68_700, source: 'ceiling', files: (graph) => graph.pageFiles('geopark-map.js', ['map-view']) },
];

/** Goals from earlier issues (2 and 7): shown by the bench, not enforced. */
export const GOALS = [
  { name: 'page with one news card in Arabic', bytes: 13_000, source: 'goal of issues 2 and 7', files: cardPage },
  { name: 'all four elements without Leaflet (jiha.js)', bytes: 28_000, source: 'goal of issue 7', files: everything },
];

/** Each budget measured against the build in `distDir`: `{ name, bytes, budget, source, pass }`. */
export function measureBudgets(distDir = 'dist', budgets = BUDGETS) {
  const graph = new BuildGraph(distDir);
  return budgets.map(({ name, bytes: budget, source, files }) => {
    const bytes = graph.gzipBytes(files(graph));
    return { name, bytes, budget, source, pass: bytes <= budget };
  });
}
