/**
 * The Leaflet map itself, in the Leaflet chunk: how it is built and how it
 * answers the pointer, the wheel and the keyboard. (What it shows is
 * map-view.ts.)
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';

/** The closest a map zooms in. */
export const MAX_ZOOM = 18;
/** Leaflet's zoom step for this map (zoomSnap): the zooms tried when looking for where a feature stands alone. */
export const ZOOM_STEP = 0.25;

/** A map in `container` without Leaflet's own controls (the element draws its own); under reduced motion nothing slides or fades. */
export function createLeafletMap(container: HTMLElement, reducedMotion: boolean): L.Map {
  return L.map(container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: true,
    worldCopyJump: false,
    minZoom: 3,
    maxZoom: MAX_ZOOM,
    zoomSnap: ZOOM_STEP,
    zoomAnimation: !reducedMotion,
    fadeAnimation: !reducedMotion,
    markerZoomAnimation: !reducedMotion,
  });
}
