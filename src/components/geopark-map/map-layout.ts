/**
 * How <jiha-geopark-map> lays out its parts, built by the element in its
 * language. Nothing but the zoom buttons (and a passing gesture hint) lies
 * over the drawing area: the question before tiles is a bar under it, inside
 * the map's frame, and the key to the signs, the way back from the tiles
 * and the credits are lines under the frame, on the page's background. Call
 * during render (inside `inLanguage`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../i18n/localize.js';

export interface MapFrameParts {
  /** The map is drawn (Leaflet loaded); else the frame holds `waitingList`. */
  ready: boolean;
  /** The text list shown in the frame until the map is drawn (nothing with `list`: it is beside the frame). */
  waitingList: unknown;
  /** Over the drawing area: the zoom buttons and the gesture hint. */
  overlays: unknown;
  /** Under the drawing area, in the frame: the question before tiles and its status line. */
  question: unknown;
  /** Under the frame: the legend, the way back from the tiles, the credits. */
  legend: unknown;
  wayBack: unknown;
  credits: unknown;
}

/** The map's column: its frame (drawing area, question bar) and the lines under it. */
export function renderMapColumn(parts: MapFrameParts): TemplateResult {
  return html`<div class="map-column">
    <div class="map-wrap ${parts.ready ? 'ready' : 'waiting'}" part="map">
      <div class="map-area"><div class="map"></div>${parts.ready ? parts.overlays : parts.waitingList}</div>
      ${parts.ready ? parts.question : nothing}
    </div>
    ${parts.ready ? html`<div class="map-footer">${parts.legend}<div class="map-notes">${parts.wayBack}${parts.credits}</div></div>` : nothing}
  </div>`;
}

/** The zoom buttons, localised, on the inline-start side. */
export function renderZoomControls(zoomIn: () => void, zoomOut: () => void): TemplateResult {
  const zoomInLabel = msg('Zoom in', { id: 'geopark.zoom-in' });
  const zoomOutLabel = msg('Zoom out', { id: 'geopark.zoom-out' });
  return html`<div class="controls" part="controls" role="group" aria-label=${msg('Map controls', { id: 'geopark.controls' })}>
    <button type="button" class="zoom-in" title=${zoomInLabel} aria-label=${zoomInLabel} @click=${zoomIn}><span aria-hidden="true">+</span></button>
    <button type="button" class="zoom-out" title=${zoomOutLabel} aria-label=${zoomOutLabel} @click=${zoomOut}><span aria-hidden="true">−</span></button>
  </div>`;
}

/** The one-line notices above the map: tiles that failed, or a map that could not load. */
export function renderNotices(tilesFailed: boolean, mapFailed: boolean): TemplateResult {
  return html`${
    tilesFailed
      ? html`<p class="notice" role="status" part="notice">${msg('The map tiles could not be loaded; the map shows region outlines only.', { id: 'geopark.tiles-failed' })}</p>`
      : nothing
  }${
    mapFailed
      ? html`<p class="notice" role="status" part="notice">${msg('The map could not be loaded; the geoparks are listed here.', { id: 'geopark.map-failed' })}</p>`
      : nothing
  }`;
}
