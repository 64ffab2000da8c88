/**
 * Shared by the geopark map's tests of what a visitor sees: maps mounted at
 * a viewport width and in a page colour scheme, the parts they look at,
 * and geometry (inside, overlapping, covered) read from the rendered boxes.
 */
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { CONSENT_KEY, setConsent } from '../../../src/components/geopark-map/tiles/tile-consent.js';
import { mount, settled, until } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';

/** Tiles from the test server (the page's own origin: no question asked). */
export const OWN_TILES = '/fixture/tile/{z}/{x}/{y}.png';
/** The four languages, Arabic right to left. */
export const LANGUAGES = ['ar', 'fr', 'en', 'zgh'] as const;
/** The widths of a phone, a tablet and a desktop, and the narrowest phone. */
export const WIDTHS = [320, 360, 768, 1280] as const;
export const DEFAULT_COUNT = 12;

export const root = (map: Element) => map.shadowRoot!;
export const markers = (map: Element) => [...root(map).querySelectorAll<HTMLElement>('.jiha-marker')];
/** The marker led by `id` (its own, or a cluster it leads). */
export const marker = (map: Element, id: string) =>
  root(map).querySelector<HTMLElement>(`.jiha-marker[data-id="${id}"]`);
const membersOf = (element: HTMLElement) => (element.dataset.ids ?? '').split(' ').filter(Boolean);
export const shownIds = (map: Element) => markers(map).flatMap(membersOf);
/** The marker showing a feature: its own, or the cluster holding it. */
export const showing = (map: Element, id: string) => markers(map).find((element) => membersOf(element).includes(id));
export const popup = (map: Element) => root(map).querySelector<HTMLElement>('.leaflet-popup .popup');
export const popupBox = (map: Element) =>
  root(map).querySelector<HTMLElement>('.leaflet-popup .leaflet-popup-content-wrapper');
/** The drawing area: Leaflet's container. */
export const drawing = (map: Element) => root(map).querySelector<HTMLElement>('.map')!;
export const consentBar = (map: Element) => root(map).querySelector<HTMLElement>('[part="consent"]');

/** This test server under another name: tiles from another host, which ask first (and load once agreed to). */
export const otherTiles = () =>
  `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}/fixture/tile/{z}/{x}/{y}.png`;

/** Forgets every tile-consent answer, on this page and stored: the question shows for tiles from another host. */
export function forgetConsent(): void {
  for (const host of ['tile.openstreetmap.org', new URL(otherTiles().replace(/\{[^}]*\}/g, '0')).host])
    setConsent(host, false);
  localStorage.removeItem(CONSENT_KEY);
}

let pageStyle: HTMLStyleElement | undefined;

/** The host page light (white, no colour scheme) or dark (`color-scheme: dark` on a dark background). */
export function pageScheme(scheme: 'light' | 'dark'): void {
  pageStyle?.remove();
  pageStyle = document.createElement('style');
  pageStyle.textContent =
    scheme === 'dark'
      ? ':root { color-scheme: dark; background: #121417; color: #eceff3; } body { margin: 8px; }'
      : ':root { background: #fff; color: #1a1d21; } body { margin: 8px; }';
  document.head.append(pageStyle);
}

export function endPageScheme(): void {
  pageStyle?.remove();
  pageStyle = undefined;
}

/** The page's margin on each side: a map on a page `width` wide is `width - 2 × PAGE_MARGIN` wide. */
export const PAGE_MARGIN = 8;

/**
 * Mounts a map as it is on a page `width` px wide (in a box that wide less
 * the page's margins: WebKit's window cannot be narrower than 447 px, so the
 * viewport is at least 800 px, and as wide as the page when wider) and
 * waits until its markers show `count` features. Without `tiles` in
 * `attributes` it has OpenStreetMap's, so the question before tiles shows
 * (no tile is asked for before the visitor agrees).
 */
export async function mountMapAt(
  width: number,
  attributes: string,
  count = DEFAULT_COUNT,
  content = '',
): Promise<JihaGeoparkMap> {
  await setViewport({ width: Math.max(width, 800), height: 800 });
  const box = document.createElement('div');
  box.setAttribute('data-test-host', '');
  box.style.inlineSize = `${width - 2 * PAGE_MARGIN}px`;
  box.style.margin = `${PAGE_MARGIN}px`;
  document.body.append(box);
  const lang = /\blang=/.test(attributes) ? '' : 'lang="en"';
  const map = mount<JihaGeoparkMap>(`<jiha-geopark-map ${lang} ${attributes}>${content}</jiha-geopark-map>`, box);
  await until(() => shownIds(map).length === count && map.leafletMap, 15000, `${count} features on markers`);
  await settled(map);
  return map;
}

/** Whether `inner` lies whole inside `outer` (half a pixel of rounding allowed). */
export function inside(inner: DOMRect, outer: DOMRect): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

export const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

export const describeRect = (rect: DOMRect) =>
  `${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;

/**
 * What covers the centre of `element`, read inside its shadow root
 * (elementFromPoint): undefined when the element itself (or its content)
 * is on top, else a description of what is, or that the centre is off
 * the viewport.
 */
export function coveredBy(element: Element): string | undefined {
  const rect = element.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight)
    return `off the viewport at ${Math.round(x)},${Math.round(y)}`;
  const hit = (element.getRootNode() as ShadowRoot | Document).elementFromPoint(x, y);
  if (hit && (hit === element || element.contains(hit))) return undefined;
  return hit ? `${hit.localName}.${[...hit.classList].join('.')}` : 'nothing';
}
