/**
 * The map's tiles as the element sees them: which template the `tiles`
 * attribute gives, and the credits line under the map. (Drawing them is
 * view/tile-layer.ts, in the Leaflet chunk.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { safeUrl } from '../../../security/safe-url.js';

/** OpenStreetMap's standard tile server (its tile usage policy asks for the attribution shown). */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';
/** Placeholders in a tile template, as Leaflet's `Util.template` reads them, and those a tile layer fills. */
const TILE_PLACEHOLDER = /\{ *([\w_ -]+) *\}/g;
const TILE_KEYS = ['z', 'x', 'y', 's', 'r', '-y'];

/** The tile template a `tiles` attribute gives: OpenStreetMap when unset, null for `none` or an unusable value. */
export function tileTemplate(tiles: string | null): string | null {
  const value = tiles?.trim();
  if (!value) return OSM_TILES;
  if (value === 'none') return null;
  // Leaflet throws (from a timer, into the page) on a placeholder it cannot fill, such as `{0}` or `{foo}`.
  const unknown = [...value.matchAll(TILE_PLACEHOLDER)]
    .map((match) => match[1].trim())
    .filter((key) => !TILE_KEYS.includes(key));
  if (unknown.length > 0) {
    console.warn(
      `jiha-widgets: <jiha-geopark-map> tiles: {${unknown[0].slice(0, 20)}} is not a tile placeholder ({z}, {x}, {y}, {s}, {r}, {-y}); tiles dropped.`,
    );
    return null;
  }
  return safeUrl(value.replace(TILE_PLACEHOLDER, '0'), 'link', 'tiles') ? value : null;
}

export interface Credits {
  /** The tile template in use (null: none), and whether its tiles failed. */
  template: string | null;
  tilesFailed: boolean;
  /** The `attribution` attribute, for tiles other than OpenStreetMap's. */
  attribution: string | null;
  /** Whether region outlines are drawn (their data has its own licence). */
  showsRegions: boolean;
}

/** The credits line: Leaflet, the tiles shown, and the region outlines' source. */
export function renderAttribution({ template, tilesFailed, attribution, showsRegions }: Credits): TemplateResult {
  const custom = attribution?.trim();
  const osm = msg('© OpenStreetMap contributors', { id: 'geopark.attribution.osm' });
  const credits: unknown[] = [html`<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>`];
  if (template && !tilesFailed) {
    if (custom) credits.push(html`<span>${custom}</span>`);
    else if (template === OSM_TILES)
      credits.push(html`<a href=${OSM_COPYRIGHT} target="_blank" rel="noopener">${osm}</a>`);
  }
  if (showsRegions) {
    credits.push(
      html`<span>${msg('Regions:', { id: 'geopark.attribution.regions' })}
        <a href=${OSM_COPYRIGHT} target="_blank" rel="noopener">${osm}</a> <span class="licence">(<a href="https://opendatacommons.org/licenses/odbl/" target="_blank" rel="noopener">ODbL</a>)</span>
        ${msg('via morocco-map', { id: 'geopark.attribution.via' })}</span>`,
    );
  }
  return html`<p class="attribution" part="attribution">${credits.map((credit, index) => html`${index > 0 ? html`<span class="credit-separator" aria-hidden="true">|</span>` : nothing}${credit}`)}</p>`;
}
