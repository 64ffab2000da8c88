/** The region outlines on the map, in the Leaflet chunk. */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { LatLng } from '../places/geopark-model.js';
import type { RegionShape } from '../regions/region-types.js';

/** Outlines regions on `map`: all of them as a basemap, the highlighted ones stronger. */
export function drawRegions(
  map: L.Map,
  shapes: readonly RegionShape[],
  highlighted: readonly string[],
  basemap: boolean,
): L.LayerGroup {
  const layer = L.layerGroup();
  for (const shape of shapes) {
    const highlight = highlighted.includes(shape.region.id);
    if (!highlight && !basemap) continue;
    const latLngs = shape.polygons.map((rings) => rings.map((ring) => ring.map(([lng, lat]) => [lat, lng] as LatLng)));
    L.polygon(latLngs, {
      className: highlight ? 'jiha-region jiha-region-highlight' : 'jiha-region',
      interactive: false,
    }).addTo(layer);
  }
  layer.addTo(map);
  // Regions under the markers: markers live in their own pane, so only order among paths matters.
  layer.eachLayer((path) => (path as L.Polygon).bringToBack());
  return layer;
}
