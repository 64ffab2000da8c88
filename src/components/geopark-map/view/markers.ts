/**
 * Marker icons drawn as SVG DOM (no image files, so no icon-path detection,
 * which fails in shadow DOM; no HTML strings, so Trusted Types hold). The
 * status is told by shape and fill, not by colour alone: a UNESCO Global
 * Geopark is a filled circle with a star, an aspiring one a dashed ring with
 * a hollow star, a national geopark a filled square, a site a small diamond.
 */
import type { GeoparkStatus } from '../places/parse-geoparks.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

const STAR = 'M12 5.5l1.9 4 4.4.5-3.3 3 .9 4.3-3.9-2.2-3.9 2.2.9-4.3-3.3-3 4.4-.5z';

/**
 * The side in pixels of a status's marker, which is its target for pointer
 * and focus: at least 24 (WCAG 2.2, 2.5.8 target size). A site's diamond is
 * drawn smaller inside its target, so sites still look smaller than geoparks.
 */
export function markerSize(status: GeoparkStatus): number {
  return status === 'site' ? 24 : 32;
}

/** The side in pixels of a cluster marker: the lead's sign with the count beside it. */
export const CLUSTER_SIZE = 36;

/** The rank of a status in a cluster: the highest leads it and lends it its sign. */
export function markerRank(status: GeoparkStatus): number {
  return { 'unesco-global-geopark': 3, aspiring: 2, national: 1, site: 0 }[status];
}

/** The icon's SVG: decorative, the marker element carries the name. */
export function markerGraphic(status: GeoparkStatus, size = markerSize(status)): SVGSVGElement {
  const root = svg('svg', {
    viewBox: '0 0 24 24',
    width: size,
    height: size,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  switch (status) {
    case 'unesco-global-geopark':
      root.append(svg('circle', { cx: 12, cy: 12, r: 10.5, class: 'shape' }), svg('path', { d: STAR, class: 'sign' }));
      break;
    case 'aspiring':
      root.append(
        svg('circle', { cx: 12, cy: 12, r: 10, class: 'shape hollow' }),
        svg('path', { d: STAR, class: 'sign hollow' }),
      );
      break;
    case 'national':
      root.append(svg('rect', { x: 2, y: 2, width: 20, height: 20, rx: 3, class: 'shape' }));
      break;
    case 'site':
      // About 14 px wide in its 24 px target.
      root.append(svg('path', { d: 'M12 5l7 7-7 7-7-7z', class: 'shape' }));
      break;
  }
  return root;
}

/**
 * A cluster's icon: its lead's sign (so a geopark keeps its shape when its
 * sites are grouped with it) and a badge with the number of places. The
 * badge is decorative; the marker element's name lists the places.
 */
export function clusterGraphic(leadStatus: GeoparkStatus, count: string): HTMLElement {
  const box = document.createElement('span');
  box.className = 'cluster';
  box.setAttribute('aria-hidden', 'true');
  const badge = document.createElement('span');
  badge.className = 'count';
  badge.textContent = count;
  box.append(markerGraphic(leadStatus, 28), badge);
  return box;
}
