/**
 * The key to the map's signs, under the map: each status the data has,
 * its sign beside its name (shape and fill tell them apart, not colour
 * alone), and the sign of a group of places when markers can group. In
 * the Leaflet chunk: it explains the drawn map, so it comes with it. Call
 * during render (inside `inLanguage`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { statusLabel } from '../geopark-map.strings.js';
import { STATUSES, type GeoparkFeature } from '../places/geopark-model.js';
import { markerSign } from './markers.js';

/** The legend's signs are drawn at this size in pixels, smaller than on the map. */
const SIGN_SIZE = 20;

/** The statuses among `features`, in the order of their rank (UNESCO Global Geoparks first). */
export function shownStatuses(features: readonly GeoparkFeature[]) {
  return STATUSES.filter((status) => features.some((feature) => feature.status === status));
}

export function renderLegend(features: readonly GeoparkFeature[]): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('Map key', { id: 'geopark.legend' })}>
    ${shownStatuses(features).map(
      (status) =>
        html`<li class="legend-${status}"><span class="legend-sign">${markerSign(status, SIGN_SIZE)}</span>${statusLabel(status)}</li>`,
    )}
    ${
      features.length > 1
        ? html`<li class="legend-cluster"><span class="legend-sign" aria-hidden="true"><span class="count">2</span></span>${msg('Places close together: select to list them', { id: 'geopark.legend.cluster', desc: 'The legend of a cluster marker, whose badge shows how many places it groups.' })}</li>`
        : nothing
    }
  </ul>`;
}
