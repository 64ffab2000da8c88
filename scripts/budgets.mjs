/**
 * Size budgets: gzip -9 bytes a page downloads, per entry with its static
 * imports (scripts/bundle-size.mjs). The first two are the issues' budgets;
 * the others are this project's own ceilings (the size at the time they
 * were set plus about 5 %), so that a change that makes an element heavier
 * is noticed and argued for.
 */
import { BuildGraph } from './bundle-size.mjs';

/** `files(graph)` → what the page downloads. */
export const BUDGETS = [
  {
    name: 'page with one news card in Arabic',
    bytes: 13_000,
    source: 'issues 2 and 7',
    files: (graph) => graph.pageFiles('news-card.js', ['ar.news']),
  },
  {
    name: 'all four elements without Leaflet (jiha.js)',
    bytes: 28_000,
    source: 'issue 7',
    files: (graph) => graph.staticClosure('jiha.js'),
  },
  { name: 'iso-badge.js', bytes: 20_500, source: 'own ceiling', files: (graph) => graph.staticClosure('iso-badge.js') },
  { name: 'geopark-map.js', bytes: 19_700, source: 'own ceiling', files: (graph) => graph.staticClosure('geopark-map.js') },
  { name: 'cooperation-timeline.js', bytes: 21_700, source: 'own ceiling', files: (graph) => graph.staticClosure('cooperation-timeline.js') },
  {
    name: 'geopark map once visible (+ Leaflet chunk)',
    bytes: 69_500,
    source: 'own ceiling',
    files: (graph) => graph.pageFiles('geopark-map.js', ['map-view']),
  },
];

/** Each budget measured against the build in `distDir`: `{ name, bytes, budget, source, pass }`. */
export function measureBudgets(distDir = 'dist') {
  const graph = new BuildGraph(distDir);
  return BUDGETS.map(({ name, bytes: budget, source, files }) => {
    const bytes = graph.gzipBytes(files(graph));
    return { name, bytes, budget, source, pass: bytes <= budget };
  });
}
