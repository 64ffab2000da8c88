/**
 * The map's tile layer, in the Leaflet chunk: where tiles are asked for from
 * their server, where a server that serves none is given up on, and which
 * template's tiles are shown.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';

/**
 * Each tile image carries a Referer with the page's origin (not its path),
 * even where the document says `no-referrer` (the iframe embed):
 * OpenStreetMap's tile policy refuses requests without one. The image's own
 * attribute overrides the document's policy for that request only.
 */
export const TILE_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Several failed tiles and none shown: the tile server is down or blocked. */
const TILE_ERRORS_BEFORE_NOTICE = 3;

/** Adds the tiles of `template` to `map`; when they keep failing, removes them and calls `onFailed`. */
export function addTileLayer(map: L.Map, template: string, onFailed: () => void): L.TileLayer {
  const layer = L.tileLayer(template, {
    maxZoom: 18,
    crossOrigin: false,
    className: 'jiha-tiles',
    referrerPolicy: TILE_REFERRER_POLICY,
  });
  let errors = 0;
  let loads = 0;
  let failed = false;
  layer.on('tileload', () => {
    loads += 1;
  });
  layer.on('tileerror', () => {
    errors += 1;
    if (errors >= TILE_ERRORS_BEFORE_NOTICE && loads === 0 && !failed) {
      // Stop asking a dead server for every tile of every move.
      failed = true;
      layer.remove();
      onFailed();
    }
  });
  return layer.addTo(map);
}

/** The map's tiles: one layer at most, replaced when the template changes. */
export class MapTiles {
  private readonly map: L.Map;
  private readonly onFailed: () => void;
  private layer: L.TileLayer | undefined;
  private template: string | null = null;

  constructor(map: L.Map, onFailed: () => void) {
    this.map = map;
    this.onFailed = onFailed;
  }

  /** Shows the tiles of `template` (null: none), in place of those shown; the view stays where it is. */
  show(template: string | null): void {
    if (template === this.template) return;
    this.template = template;
    this.layer?.remove();
    this.layer = template ? addTileLayer(this.map, template, this.onFailed) : undefined;
  }
}
