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
 * 515 B gzip (15,380 B; about 3 ms on Slow 4G's 1.6 Mbps), and splitting
 * the map and the timeline into controllers cost their pages 150–250 B,
 * so those ceilings start from the restructured sizes.
 * Issue 14 (the map's consent before tiles, tiles' Referer, cooperative
 * gestures) costs the map's entry and jiha.js 471 B each (19,474 → 19,945
 * and 40,737 → 41,208: the attributes, the consent state and the overlays'
 * slots in the element) and the visible map 2,491 B (67,031 → 69,522: the
 * question, the hint, their styles and the consent code, all in the Leaflet
 * chunk); those three ceilings start from the measured sizes plus about 2 %.
 * A default map now draws the region shapes (8,112 B) until the visitor
 * agrees, instead of about 8 OpenStreetMap tiles.
 *
 * Issue 13 (fallback content and print) raised every ceiling by what it
 * measured (gzip, 2026-12-06): the shared print CSS, the fallback slot and
 * its check in the core cost each page about 350 B; the map adds its print
 * list and rules, the timeline its print render and rules, the badge its
 * printed details. Card page 15,380 → 15,732 B (+352), jiha.js 40,737 →
 * 41,422 B (+685), iso-badge.js 19,884 → 20,315 B (+431), geopark-map.js
 * 19,474 → 19,958 B (+484), cooperation-timeline.js 21,423 → 21,940 B
 * (+517), the map once visible 67,031 → 67,514 B (+483). On Slow 4G
 * (1.6 Mbps) 350 B is under 2 ms. With issues 12 and 14 merged the
 * ceilings are the merged sizes plus about 2 % (card page 16,097 B).
 *
 * Issue 16: each entry is one file with its strings in ar, fr and zgh
 * (scripts/build-lib.mjs), where it was a wave of the entry, then the core
 * chunk, then the strings: a page with one card shows its headline after
 * about 0.5 s on Slow 4G instead of 0.8 s (`npm run bench`). Bytes moved
 * with it: the ceilings below are those measured after that change plus
 * about 2 %.
 */
export const BUDGETS = [
  { name: 'page with one news card in Arabic', bytes: 16_450, source: 'ceiling', files: cardPage },
  // Raised for issue 12: jiha.js now holds the news list too (44,546 B with it, 2026-12-06; the list's entry is 3,825 B of that); issue 14's gesture handling and consent +471 B.
  // Issue 19's timeline (see cooperation-timeline.js below): 47,556 → 49,932 B, ceiling that plus about 2 %.
  // Issue 23 (2026-12-07): 50,907 → 50,997 B (+90): 24 px timeline links, the map's frame growing with the reader's text,
  // the badge's details measured against the viewport on opening. Ceiling: that plus about 1 %.
  // Issue 24 (2026-12-07): 51,470 → 52,475 B (+1,005): the news list's several sources (`source-labels`, `hide-images`,
  // the lines naming a failed or stale source and their jiha-error, a stale copy's headers); the merge itself is a
  // chunk of its own (1,375 B) that only a list of several sources loads. Ceiling: that plus about 1 %.
  { name: 'all five elements without Leaflet (jiha.js)', bytes: 52_950, source: 'ceiling', files: everything },
  // Raised for issue 12: data shown without its bad CSV rows (the notice and its event) is the core's, +240 B for every element.
  // Raised for issue 19: the card as a summary list, one IAF note per group of cards (card-group.ts) and the Arabic and Tifinagh typography, +603 B (21,303 → 21,906 B); the measured size plus about 2 %.
  { name: 'iso-badge.js', bytes: 22_300, source: 'ceiling', files: (graph) => graph.staticClosure('iso-badge.js') },
  // Raised for issues 12 (CSV, +300 B) and 14 (consent and gestures, +471 B); the tile consent as a controller of its own, to keep the element under 400 lines, +118 B.
  // Issue 19 (2026-12-08): the credits' "(ODbL)" kept whole (a nowrap span and its rule), +13 B.
  { name: 'geopark-map.js', bytes: 21_700, source: 'ceiling', files: (graph) => graph.staticClosure('geopark-map.js') },
  // Issue 19 (2026-12-07): 22,520 → 24,805 B (+2,285): the line with its markers, lanes and context bands (+790 B of
  // CSS), the horizontal row's previous/next buttons, position bar and their controller, the filters' tick boxes and
  // "show all categories", and four new strings in ar, fr and zgh. Ceiling: that plus about 2 %.
  {
    name: 'cooperation-timeline.js',
    bytes: 25_300,
    source: 'ceiling',
    files: (graph) => graph.staticClosure('cooperation-timeline.js'),
  },
  // Issue 12: list, card, core and strings, measured 2026-12-06 at 19,771 B; the list adds at most 4 KB to the card page (the bench prints it).
  // Issue 24 (2026-12-07): 19,697 → 20,769 B (+1,072): the several sources' plumbing as in jiha.js above (the merge is
  // a lazy chunk, its lines' strings a group loaded on demand). Ceiling: that plus about 1 %.
  {
    name: 'page with one news list in Arabic',
    bytes: 20_950,
    source: 'ceiling',
    files: (graph) => graph.staticClosure('news-list.js'),
  },
  // Issues 19 and 23 (the map on a phone): the consent as a bar under the map, the key to the signs, popups fitted to the
  // map and off its zoom buttons, every place in the list: 70,668 → 72,751 B (+2,083, nearly all in the Leaflet chunk;
  // geopark-map.js +268 B, jiha.js +122 B), measured 2026 on a build of each; the ceiling is that plus about 2 %.
  {
    name: 'geopark map once visible (+ Leaflet chunk)',
    bytes: 74_200,
    source: 'ceiling',
    files: (graph) => graph.pageFiles('geopark-map.js', ['map-view']),
  },
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
