/**
 * The Leaflet map itself, in the Leaflet chunk: how it is built, how it
 * answers the pointer, the wheel and the keyboard, and how it is taken
 * down. (What it shows is map-view.ts.)
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

/** Removes `map` and what Leaflet leaves behind, so that a map built later in the same container starts clean. */
export function removeLeafletMap(map: L.Map): void {
  map.stop();
  // Leaflet ends a zoom animation on a timer that outlives map.remove() and then throws; end it now.
  const internal = map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void };
  if (internal._animatingZoom) internal._onZoomTransitionEnd?.();
  const container = map.getContainer();
  map.off();
  map.remove();
  // Leaflet leaves its classes on the container.
  container.classList.remove(...[...container.classList].filter((name) => name.startsWith('leaflet-')));
}
