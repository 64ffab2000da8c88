/**
 * Marker icons drawn as SVG (no image files, so no icon-path detection,
 * which fails in shadow DOM; lit templates, not HTML strings, so Trusted
 * Types hold). The status is told by shape and fill, not by colour alone: a
 * UNESCO Global Geopark is a filled circle with a star, an aspiring one a
 * dashed ring with a hollow star, a national geopark a filled square, a site
 * a small diamond. The legend (map-legend.ts) draws the same signs.
 */
import { html, render, svg, type TemplateResult } from 'lit';
import type { GeoparkStatus } from '../places/parse-geoparks.js';

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

function shapes(status: GeoparkStatus) {
  switch (status) {
    case 'unesco-global-geopark':
      return svg`<circle cx="12" cy="12" r="10.5" class="shape"></circle><path d=${STAR} class="sign"></path>`;
    case 'aspiring':
      return svg`<circle cx="12" cy="12" r="10" class="shape hollow"></circle><path d=${STAR} class="sign hollow"></path>`;
    case 'national':
      return svg`<rect x="2" y="2" width="20" height="20" rx="3" class="shape"></rect>`;
    case 'site':
      // About 14 px wide in its 24 px target.
      return svg`<path d="M12 5l7 7-7 7-7-7z" class="shape"></path>`;
  }
}

/** A status's sign, `size` pixels square: decorative, what it stands for is named beside it (the marker's name, the legend's text). */
export function markerSign(status: GeoparkStatus, size = markerSize(status)): TemplateResult {
  return html`<svg viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false">${shapes(status)}</svg>`;
}

/** A cluster's sign: its lead's (so a geopark keeps its shape when its sites are grouped with it) and a badge with the number of places. */
export function clusterSign(leadStatus: GeoparkStatus, count: string): TemplateResult {
  return html`<span class="cluster" aria-hidden="true">${markerSign(leadStatus, 28)}<span class="count">${count}</span></span>`;
}

/** A sign as DOM, for a Leaflet icon. */
export function signElement(sign: TemplateResult): Element {
  const holder = document.createElement('span');
  render(sign, holder);
  return holder.firstElementChild!;
}
