/**
 * Marker icons drawn as SVG DOM (no image files, so no icon-path detection,
 * which fails in shadow DOM; no HTML strings, so Trusted Types hold). The
 * status is told by shape and fill, not by colour alone: a UNESCO Global
 * Geopark is a filled circle with a star, an aspiring one a dashed ring with
 * a hollow star, a national geopark a filled square, a site a small diamond.
 */
import type { GeoparkStatus } from './geoparks.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

const STAR = 'M12 5.5l1.9 4 4.4.5-3.3 3 .9 4.3-3.9-2.2-3.9 2.2.9-4.3-3.3-3 4.4-.5z';

/** The size in pixels of a status's icon. */
export function markerSize(status: GeoparkStatus): number {
  return status === 'site' ? 16 : 32;
}

/** The icon's SVG: decorative, the marker element carries the name. */
export function markerGraphic(status: GeoparkStatus): SVGSVGElement {
  const size = markerSize(status);
  const root = svg('svg', { viewBox: '0 0 24 24', width: size, height: size, 'aria-hidden': 'true', focusable: 'false' });
  switch (status) {
    case 'unesco-global-geopark':
      root.append(svg('circle', { cx: 12, cy: 12, r: 10.5, class: 'shape' }), svg('path', { d: STAR, class: 'sign' }));
      break;
    case 'aspiring':
      root.append(svg('circle', { cx: 12, cy: 12, r: 10, class: 'shape hollow' }), svg('path', { d: STAR, class: 'sign hollow' }));
      break;
    case 'national':
      root.append(svg('rect', { x: 2, y: 2, width: 20, height: 20, rx: 3, class: 'shape' }));
      break;
    case 'site':
      root.append(svg('path', { d: 'M12 2l10 10-10 10L2 12z', class: 'shape' }));
      break;
  }
  return root;
}
