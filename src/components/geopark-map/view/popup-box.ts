/**
 * The map's one popup, in the Leaflet chunk: opened above a marker, as wide
 * as the map allows, then placed by popup-fit.ts (not by Leaflet's
 * auto-pan, which cannot keep it off the zoom buttons and slides even under
 * reduced motion): whole in view, off what lies over the map, its close
 * button in view, its body scrolling when the map is short.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { LatLng } from '../places/geopark-model.js';
import { POPUP_EDGE, popupRoom, popupShift, type Box } from './popup-fit.js';

/** A popup's widest, and (room permitting) narrowest, content in pixels. */
const POPUP_MAX_WIDTH = 320;
const POPUP_MIN_WIDTH = 220;
/** What Leaflet adds around a popup's content: a pixel of width, and the frame's padding and border on both sides. */
const POPUP_FRAME = 5;
/** The least height in pixels of a popup's content, however small the map: its title and first line. */
const POPUP_MIN_BLOCK = 96;

export class PopupBox {
  readonly leaflet = L.popup({ closeButton: false, closeOnEscapeKey: false, autoPan: false, className: 'jiha-popup' });
  private readonly map: L.Map;
  private readonly container: HTMLElement;
  /** What lies over the map (the zoom buttons). */
  private readonly keepClear: () => readonly Element[];

  /** The open popup's anchor and content, and where in the map its anchor was once the popup was fitted. */
  private shown: { anchor: LatLng; content: HTMLElement; fittedAt?: L.Point } | undefined;

  constructor(map: L.Map, container: HTMLElement, keepClear: () => readonly Element[]) {
    this.map = map;
    this.container = container;
    this.keepClear = keepClear;
  }

  /** Opens (or moves) the popup at `anchor`, above a marker `size` pixels tall, as wide as the map allows. */
  show(anchor: LatLng, size: number, content: HTMLElement): void {
    const room = this.map.getSize().x - 2 * POPUP_EDGE - POPUP_FRAME;
    this.leaflet.options.maxWidth = Math.max(0, Math.min(POPUP_MAX_WIDTH, room));
    this.leaflet.options.minWidth = Math.min(POPUP_MIN_WIDTH, this.leaflet.options.maxWidth);
    this.leaflet.options.offset = L.point(0, -size / 2 + 4);
    this.leaflet.setLatLng(anchor).setContent(content);
    if (!this.map.hasLayer(this.leaflet)) this.leaflet.openOn(this.map);
    else this.leaflet.update();
    if (this.shown?.content !== content) content.addEventListener('focusin', () => this.refit(content));
    this.shown = { anchor, content };
    this.fit(anchor, size, content);
  }

  /**
   * Focus coming into the open popup brings it whole into view again
   * (WCAG 2.4.11): a focused marker pans the map (Leaflet's
   * `autoPanOnFocus`), which can leave the popup outside the map, its close
   * button focused but unseen.
   */
  private refit(content: HTMLElement): void {
    const fittedAt = this.shown?.content === content ? this.shown.fittedAt : undefined;
    if (!fittedAt || !this.map.hasLayer(this.leaflet)) return;
    const now = this.map.latLngToContainerPoint(this.shown!.anchor);
    if (now.distanceTo(fittedAt) > 1) this.map.panBy([now.x - fittedAt.x, now.y - fittedAt.y]);
  }

  /**
   * Gives the open popup a height that fits the map, and pans the map (at
   * once under reduced motion) so that the popup and its marker are whole
   * in view and clear of the zoom buttons: a popup never hides behind them
   * nor runs off the map, its close button always in view.
   */
  private fit(anchor: LatLng, size: number, content: HTMLElement): void {
    const box = this.leaflet.getElement()?.querySelector('.leaflet-popup-content-wrapper');
    if (!box) return;
    const container = this.container;
    const frame = container.getBoundingClientRect();
    const inMap = (rect: DOMRect): Box => ({
      left: rect.left - frame.left,
      top: rect.top - frame.top,
      right: rect.right - frame.left,
      bottom: rect.bottom - frame.top,
    });
    const obstacles = this.keepClear()
      .map((element) => inMap(element.getBoundingClientRect()))
      .filter((obstacle) => obstacle.right > obstacle.left && obstacle.bottom > obstacle.top);
    const { x: width, y: height } = this.map.getSize();
    const point = this.map.latLngToContainerPoint(anchor);
    const marker: Box = {
      left: point.x - size / 2,
      top: point.y - size / 2,
      right: point.x + size / 2,
      bottom: point.y + size / 2,
    };
    // The popup's bottom stays where Leaflet anchors it: its height may change without moving its tip.
    const drawn = inMap(box.getBoundingClientRect());
    const chrome = drawn.bottom - drawn.top - content.getBoundingClientRect().height;
    const room = popupRoom(drawn.right - drawn.left, marker.bottom - drawn.bottom, width, height, obstacles);
    container.style.setProperty('--_popup-block', `${Math.max(POPUP_MIN_BLOCK, room - chrome)}px`);
    const body = content.querySelector<HTMLElement>('.popup-body');
    // A body that scrolls takes focus, so that the keyboard scrolls it too.
    if (body?.scrollHeight && body.scrollHeight > body.clientHeight + 1) body.tabIndex = 0;
    else body?.removeAttribute('tabindex');
    const placed = inMap(box.getBoundingClientRect());
    const target: Box = {
      left: Math.min(placed.left, marker.left),
      top: placed.top,
      right: Math.max(placed.right, marker.right),
      bottom: marker.bottom,
    };
    const [dx, dy] = popupShift(target, width, height, obstacles);
    if (this.shown?.content === content) this.shown.fittedAt = L.point(point.x + dx, point.y + dy);
    if (dx || dy) this.map.panBy([-dx, -dy]);
  }
}
