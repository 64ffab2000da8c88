/**
 * Size ceilings: gzip -9 bytes a page downloads, per entry with its static
 * imports (scripts/bundle-size.mjs). Each is the size when it was set plus
 * about 3 %, so that nothing grows silently: `npm run check:budgets` (in CI)
 * fails past one, and a change that needs more raises its ceiling in the
 * same commit, saying why. The smaller figures of earlier issues stay as
 * goals (GOALS), printed by the bench beside the measurement, not enforced.
 */
import { BuildGraph } from './bundle-size.mjs';

/** What a page with one Arabic news card downloads: news-card.js is one file with its strings in every language. */
const cardPage = (graph) => graph.staticClosure('news-card.js');
/** Every element without Leaflet. */
const everything = (graph) => graph.staticClosure('jiha.js');

/**
 * `files(graph)` → what the page downloads. Set 2026-12-06 at the sizes
 * before the core's restructure plus about 3 % (card page 14,865 B, jiha.js
 * 39,855 B), except the card page and geopark-map.js: the element base,
 * data controller, lazy loader and JSON-LD controller cost the card page
 * 515 B gzip (15,380 B; about 3 ms on Slow 4G's 1.6 Mbps), so their
 * ceilings start from the restructured size. iso-badge.js: 21,100 B since
 * each entry is one file with its strings in ar, fr and zgh (issue 16):
 * +458 B (about 2 ms at 1.6 Mbps) where its strings chunk was a round trip
 * (150 ms and more on Slow 4G). jiha.js: 42,600 B (41,348 B + 3 %): one
 * file (and three small ones rolldown splits out) with every element's
 * strings in ar, fr and zgh and the card's cheaper rendering, where it was
 * a wave of five files and then a wave of strings: +298 B, about 1.5 ms at
 * 1.6 Mbps, for a page with every element showing its card's headline
 * after 874 ms on Slow 4G, not 1,025 ms.
 */
export const BUDGETS = [
  { name: 'page with one news card in Arabic', bytes: 15_850, source: 'ceiling', files: cardPage },
  { name: 'all four elements without Leaflet (jiha.js)', bytes: 42_600, source: 'ceiling', files: everything },
  { name: 'iso-badge.js', bytes: 21_100, source: 'ceiling', files: (graph) => graph.staticClosure('iso-badge.js') },
  { name: 'geopark-map.js', bytes: 19_850, source: 'ceiling', files: (graph) => graph.staticClosure('geopark-map.js') },
  { name: 'cooperation-timeline.js', bytes: 21_250, source: 'ceiling', files: (graph) => graph.staticClosure('cooperation-timeline.js') },
  { name: 'geopark map once visible (+ Leaflet chunk)', bytes: 68_200, source: 'ceiling', files: (graph) => graph.pageFiles('geopark-map.js', ['map-view']) },
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
