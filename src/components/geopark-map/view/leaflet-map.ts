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

/**
 * A map in `container` without Leaflet's own controls (the element draws its
 * own). While `reducedMotion()` holds, nothing slides, zooms or fades: every
 * pan, Leaflet's own included (the arrow keys, a popup's auto-pan, drag
 * inertia), jumps instead, and zooms are not animated. It is asked at each
 * move, so a preference changed while the page is open applies at once.
 */
export function createLeafletMap(container: HTMLElement, reducedMotion: () => boolean): L.Map {
  const still = reducedMotion();
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: true,
    worldCopyJump: false,
    minZoom: 3,
    maxZoom: MAX_ZOOM,
    zoomSnap: ZOOM_STEP,
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
  });
  // Leaflet animates every panBy unless told `animate: false`, and its keyboard handler and popups never say so.
  const panBy = map.panBy;
  map.panBy = function (offset, options) {
    return panBy.call(this, offset, reducedMotion() ? { ...options, animate: false } : options);
  };
  // A zoom animation (zoom buttons, keys, flyTo's end) is refused while motion is reduced.
  const internal = map as unknown as { _tryAnimatedZoom?: (...args: unknown[]) => boolean };
  const tryAnimatedZoom = internal._tryAnimatedZoom;
  if (tryAnimatedZoom)
    internal._tryAnimatedZoom = function (this: unknown, ...args: unknown[]) {
      return !reducedMotion() && tryAnimatedZoom.apply(this, args);
    };
  return map;
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
