/**
 * What the built entries make every page download: only the element and the
 * shared core. Code that few pages need (foreign formats, JSON-LD, the light-DOM
 * reader, region names and shapes, Leaflet, error texts, fetching, Tamazight
 * calendar names, the news list's merge of several sources and its lines'
 * strings) must stay behind `import()`; a static import of it would
 * silently add its bytes to every page (the budgets in scripts/budgets.mjs).
 * Needs `vite build` first (npm test does it).
 */
import { expect } from '@open-wc/testing';

const ENTRIES = ['jiha.js', 'news-card.js', 'iso-badge.js', 'geopark-map.js', 'cooperation-timeline.js', 'news-list.js'];
/** Chunk names (before the content hash) that no entry may import statically. */
const LAZY = ['foreign-formats', 'html-text', 'json-ld', 'structured-data', 'trusted-types', 'light-dom', 'parse-shared', 'parse-timelinejs', 'regions', 'region-shapes', 'map-view', 'default-geoparks', 'error-texts', 'fetch-json', 'zgh-calendar', 'fetch-data', 'xml-feed', 'json-feed', 'wordpress-posts', 'feed-item', 'light-dom-items', 'csv', 'parse-csv', 'several-sources'];
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?)?\s*(?:from\s*)?["']([^"'\n]+)["']/g;

/** `entry` and every dist module it imports statically, transitively, as dist-relative paths. */
async function staticClosure(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const response = await fetch(`/dist/${path}`);
    expect(response.ok, `/dist/${path}`).to.be.true;
    const code = await response.text();
    for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) await visit(new URL(specifier, `http://x/${path}`).pathname.slice(1));
    }
  };
  await visit(entry);
  return seen;
}

const chunkName = (path: string) => path.replace(/^chunks\//, '').replace(/\.js$/, '').replace(/-[\w-]{8}$/, '');

/**
 * Small shared modules that the bundler (rolldown 1.2) still splits out of a
 * one-entry build when lazy chunks use them too, though the entry always
 * loads first (rolldown issue 10731): each such file is one more round trip.
 */
const SPLIT_BY_BUNDLER: Record<string, string[]> = {
  // Since the map's list and key (issues 19 and 23) the bundler splits language.ts out in place of localized-text.ts.
  'jiha.js': ['errors', 'calendar-module', 'language', 'safe-url'],
  'iso-badge.js': ['errors'],
  'cooperation-timeline.js': ['errors'],
  'news-list.js': ['errors', 'safe-url'],
};

describe('dist entries: one file each, rare code stays lazy', () => {
  for (const entry of ENTRIES) {
    it(`${entry} imports no lazy part statically`, async () => {
      const closure = [...(await staticClosure(entry))];
      expect(closure).to.include(entry);
      expect(closure.map(chunkName).filter((name) => LAZY.includes(name))).to.deep.equal([]);
    });

    // On a slow network each file a file names is one more round trip before the element shows (issue 16).
    it(`${entry} carries Lit, the core and its elements' strings itself`, async () => {
      const closure = [...(await staticClosure(entry))].filter((path) => path !== entry).map(chunkName);
      expect(closure.sort()).to.deep.equal([...(SPLIT_BY_BUNDLER[entry] ?? [])].sort());
      const code = await (await fetch(`/dist/${entry}`)).text();
      // Loaded on demand: the error texts, and the lines about a news list's sources (`sources.*`).
      expect(code, 'no locale chunk but the error texts and the sources lines').not.to.match(
        /chunks\/(ar|fr|zgh)\.(?!error|sources)/,
      );
    });
  }

  it('sees static imports where there are some: the lazy Leaflet chunk imports shared code from its entry', async () => {
    const entry = await (await fetch('/dist/geopark-map.js')).text();
    const mapView = /chunks\/map-view-[\w-]+\.js/.exec(entry)?.[0];
    expect(mapView, 'the map-view chunk named in geopark-map.js').to.be.a('string');
    expect([...(await staticClosure(mapView!))].map(chunkName)).to.include('geopark-map');
  });
});
