/** One marker on the map, in the Leaflet chunk: a place's, or a cluster's standing for several. */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { TargetGroup } from './clusters.js';
import type { GeoparkFeature } from '../places/geopark-model.js';
import { CLUSTER_SIZE, clusterSign, markerSign, markerSize, signElement } from './markers.js';

export interface MarkerContent {
  /** The group's features, its lead first. */
  members: readonly GeoparkFeature[];
  /** The marker's accessible name. */
  label: string;
  /** A cluster's count as shown on its badge. */
  count: string;
  /** The marker was chosen: by a click, or by Enter or Space (then `focus`: the popup takes focus). */
  activate(element: HTMLElement | undefined, focus: boolean): void;
}

/** A keyboard-reachable marker for `group`, added to `layer`. */
export function addMarker(
  layer: L.LayerGroup,
  group: TargetGroup,
  { members, label, count, activate }: MarkerContent,
): L.Marker {
  const lead = members[0];
  const single = members.length === 1;
  const size = single ? markerSize(lead.status) : CLUSTER_SIZE;
  const icon = L.divIcon({
    html: signElement(single ? markerSign(lead.status) : clusterSign(lead.status, count)) as HTMLElement,
    className: `jiha-marker jiha-marker-${lead.status}${single ? '' : ' jiha-cluster'}`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
  // Geoparks above sites (targets never overlap, but a popup's tip or an animation may).
  const marker = L.marker(lead.anchor, {
    icon,
    keyboard: true,
    title: label,
    riseOnHover: true,
    zIndexOffset: lead.status === 'site' ? 0 : 1000,
  });
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('aria-label', label);
    if (!single) element.setAttribute('aria-haspopup', 'dialog');
    element.dataset.id = lead.id;
    element.dataset.ids = group.ids.join(' ');
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      activate(element, true);
    });
  });
  marker.on('click', () => activate(marker.getElement(), false));
  marker.addTo(layer);
  return marker;
}
