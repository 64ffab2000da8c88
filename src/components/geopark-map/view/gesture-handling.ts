/**
 * Cooperative gestures, in the Leaflet chunk (docs/elements/geopark-map.md): the page
 * keeps scrolling over the map. A plain wheel scrolls the page and asks for
 * a hint; Ctrl (⌘ on macOS) + wheel reaches Leaflet, which zooms. On touch,
 * one finger scrolls the page (the map lets the browser pan) and asks for a
 * hint; two fingers reach Leaflet's touch zoom, which pans and zooms. The
 * keyboard, the zoom buttons and the mouse's drag are Leaflet's as before.
 *
 * The few handlers are the library's own: the gesture plugins for Leaflet
 * write their hint as CSS `content` from attributes in a stylesheet of
 * their own (which a shadow root does not see) and pick the language from
 * the browser, not from the element.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';

/** Which hint the map asks for: how to zoom with the wheel, or how to move the map by touch. */
export type GestureHint = 'wheel' | 'touch';

/** How long a hint stays after the last gesture that asked for it. */
const HINT_MS = 1500;
/** The class that lets the browser pan the page from the map (touch-action, in the element's styles). */
export const COOPERATIVE_CLASS = 'jiha-cooperative';

/** Starts cooperative gestures on `map`; returns what ends them. `onHint(null)` hides the hint. */
export function cooperativeGestures(map: L.Map, onHint: (hint: GestureHint | null) => void): () => void {
  const container = map.getContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hint = (kind: GestureHint | null) => {
    clearTimeout(timer);
    onHint(kind);
    if (kind) timer = setTimeout(() => onHint(null), HINT_MS);
  };

  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) {
      hint(null);
      return; // Leaflet zooms (and keeps the browser from zooming the page).
    }
    // Not to Leaflet: the browser scrolls the page.
    event.stopPropagation();
    hint('wheel');
  };

  // Leaflet reads touches from touch events where the browser has them, else from pointer events.
  const touchNative = (L.Browser as { touchNative?: boolean }).touchNative === true;
  const onTouchStart = (event: TouchEvent) => {
    // One finger is the page's: Leaflet's drag never starts, so the browser scrolls.
    if (event.touches.length === 1) event.stopPropagation();
    else hint(null);
  };
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length === 1) hint('touch');
  };
  const touchPointers = new Set<number>();
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return;
    touchPointers.add(event.pointerId);
    if (touchPointers.size === 1) event.stopPropagation();
    else hint(null);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' && touchPointers.size === 1 && touchPointers.has(event.pointerId)) hint('touch');
  };
  const onPointerEnd = (event: PointerEvent) => {
    touchPointers.delete(event.pointerId);
  };

  const capture = { capture: true };
  const passiveCapture = { capture: true, passive: true };
  container.addEventListener('wheel', onWheel, passiveCapture);
  if (touchNative) {
    container.addEventListener('touchstart', onTouchStart, passiveCapture);
    container.addEventListener('touchmove', onTouchMove, passiveCapture);
  } else {
    container.addEventListener('pointerdown', onPointerDown, capture);
    container.addEventListener('pointermove', onPointerMove, passiveCapture);
    for (const type of ['pointerup', 'pointercancel'] as const) addEventListener(type, onPointerEnd, capture);
  }
  container.classList.add(COOPERATIVE_CLASS);

  return () => {
    clearTimeout(timer);
    container.removeEventListener('wheel', onWheel, passiveCapture);
    container.removeEventListener('touchstart', onTouchStart, passiveCapture);
    container.removeEventListener('touchmove', onTouchMove, passiveCapture);
    container.removeEventListener('pointerdown', onPointerDown, capture);
    container.removeEventListener('pointermove', onPointerMove, passiveCapture);
    for (const type of ['pointerup', 'pointercancel'] as const) removeEventListener(type, onPointerEnd, capture);
    container.classList.remove(COOPERATIVE_CLASS);
    onHint(null);
  };
}
