/**
 * The Leaflet part of <jiha-geopark-map>: loaded only when the element
 * first nears the viewport, as its own chunk (Leaflet, its CSS and this
 * file). It draws markers, region shapes and tiles, and opens popups; the
 * element keeps the state, the strings and the controls.
 *
 * No Leaflet control is used (zoom, attribution and popup close write HTML
 * strings); markers are SVG DOM in divIcons; popups are DOM.
 *
 * Markers whose targets would overlap at the current zoom are drawn as one
 * cluster marker (clusters.ts), regrouped after every zoom: every target is
 * at least 24 px and none overlaps another. A cluster opens a popup listing
 * its places; choosing one moves the map to where it stands alone.
 *
 * Its parts, each in the same chunk: the Leaflet map and how it takes
 * input (leaflet-map.ts), the tiles (tile-layer.ts), cooperative gestures
 * (gesture-handling.ts), the region outlines (region-layer.ts), one
 * marker (marker-layer.ts) and the popup (popup-box.ts).
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { GeoparkFeature, LatLng } from '../places/geopark-model.js';
import { groupTargets, type TargetGroup } from './clusters.js';
import { createLeafletMap, MAX_ZOOM, removeLeafletMap, ZOOM_STEP } from './leaflet-map.js';
import { MapTiles } from './tile-layer.js';
import { cooperativeGestures } from './gesture-handling.js';
import { activeElementIn } from './active-element.js';
import { addMarker } from './marker-layer.js';
import { CLUSTER_SIZE, markerRank, markerSize } from './markers.js';
import { drawRegions } from './region-layer.js';
import { PopupBox } from './popup-box.js';
import { POPUP_EDGE } from './popup-fit.js';
import type { MapViewOptions } from './map-view-options.js';
import type { RegionShape } from '../regions/region-types.js';

export { mapStyles } from './map-styles.js';
/** The key to the markers' signs, under the map. */
export * as legend from './map-legend.js';
/** The question before tiles from another host, and the gesture hint: the element renders them once the map is there. */
export * as overlays from './map-overlays.js';
export * as tileConsent from '../tiles/tile-consent.js';
export type { MapViewOptions } from './map-view-options.js';

/** The zoom a selected feature is shown at, unless the map is closer already (or it needs more to stand alone). */
const SELECT_ZOOM = 9;
/** The least room in pixels between two marker targets; closer ones are clustered. */
const TARGET_GAP = 2;

export class MapView {
  readonly map: L.Map;
  private readonly options: MapViewOptions;
  /** The markers on the map by their group's key (its member ids). */
  private readonly markers = new Map<string, L.Marker>();
  /** Each feature's group key at the current zoom. */
  private readonly groupOf = new Map<string, string>();
  private readonly groups = new Map<string, TargetGroup>();
  private readonly features = new Map<string, GeoparkFeature>();
  private readonly featureLayer = L.layerGroup();
  private regionLayer: L.LayerGroup | undefined;
  private readonly popup: PopupBox;
  private popupFor: string | undefined;
  /** The members of the cluster whose popup is open. */
  private popupCluster: string[] | undefined;
  /** Where focus goes back when the popup closes with Escape. */
  private opener: HTMLElement | undefined;
  private readonly resizeObserver: ResizeObserver;
  private viewSet = false;
  private pendingOpen: (() => void) | undefined;
  private readonly tiles: MapTiles;
  private endGestures: (() => void) | undefined;
  /** Moves jump rather than slide while this holds (the first view), whatever the reader's preference. */
  private still = false;

  constructor(options: MapViewOptions) {
    this.options = options;
    this.map = createLeafletMap(options.container, () => this.still || options.reducedMotion());
    this.popup = new PopupBox(this.map, options.container, () => options.keepClear());
    this.map.on('popupclose', () => {
      this.popupFor = undefined;
      this.popupCluster = undefined;
    });
    // Marker sizes are fixed in pixels: what overlaps changes with the zoom.
    this.map.on('zoomend', () => this.regroup());
    this.featureLayer.addTo(this.map);
    this.tiles = new MapTiles(this.map, () => options.onTilesFailed());
    this.tiles.show(options.tiles);
    if (options.cooperativeGestures)
      this.endGestures = cooperativeGestures(this.map, (hint) => options.onGestureHint(hint));
    options.container.addEventListener('keydown', this.onKeyDown, true);
    this.resizeObserver = new ResizeObserver(() => setTimeout(() => this.resize()));
    this.resizeObserver.observe(options.container);
  }

  /** Shows the tiles of `template` (null: none), in place of those shown; the view stays where it is. */
  setTiles(template: string | null): void {
    this.tiles.show(template);
  }

  /** Whether the container has a size: a hidden map cannot fit a view yet. */
  private hasSize(): boolean {
    const { clientWidth, clientHeight } = this.options.container;
    return clientWidth > 0 && clientHeight > 0;
  }

  /** Follows the container's size; the first real size sets the initial view. */
  resize(): void {
    if (!this.hasSize()) return;
    this.map.invalidateSize({ pan: false, animate: false });
    if (!this.viewSet) this.setInitialView();
  }

  /** The attributes' center and zoom, else all features in view. */
  setInitialView(): void {
    const { center, zoom } = this.options;
    const anchors = [...this.features.values()].map((feature) => feature.anchor);
    const bounds = anchors.length > 0 ? L.latLngBounds(anchors) : L.latLngBounds([27.6, -13.2], [35.9, -1]); // Morocco north of 27.6°
    if (center) this.map.setView(center, zoom ?? 7, { animate: false });
    else if (zoom !== undefined) this.map.setView(bounds.getCenter(), zoom, { animate: false });
    else this.map.fitBounds(bounds.pad(0.3), { animate: false, maxZoom: 8 });
    this.viewSet = this.hasSize();
    this.regroup();
    // Leaflet needs a view before the first popup; one asked for before the view is opened now.
    const pending = this.pendingOpen;
    this.pendingOpen = undefined;
    pending?.();
  }

  /** Draws the features: markers for all (clustered where they would overlap), shapes for polygons. */
  setFeatures(features: readonly GeoparkFeature[]): void {
    const open = this.popupFor;
    const openCluster = this.popupCluster;
    this.featureLayer.clearLayers();
    this.markers.clear();
    this.groups.clear();
    this.groupOf.clear();
    this.features.clear();
    for (const feature of features) {
      this.features.set(feature.id, feature);
      for (const polygon of feature.polygons) {
        L.polygon(polygon, { className: `jiha-area jiha-area-${feature.status}`, interactive: false }).addTo(
          this.featureLayer,
        );
      }
    }
    if (!this.viewSet) this.setInitialView();
    this.regroup();
    if (open && this.features.has(open)) this.openPopup(open, false);
    else if (openCluster && openCluster.every((id) => this.features.has(id))) this.openCluster(openCluster, false);
    else if (open || openCluster) this.closePopup();
  }

  /** The groups of markers at `zoom`: features whose targets would come too close share one. */
  private groupsAt(zoom: number): TargetGroup[] {
    const targets = [...this.features.values()].map((feature) => {
      const point = this.map.project(feature.anchor, zoom);
      return {
        id: feature.id,
        x: point.x,
        y: point.y,
        size: markerSize(feature.status),
        rank: markerRank(feature.status),
      };
    });
    return groupTargets(targets, CLUSTER_SIZE, TARGET_GAP);
  }

  /**
   * Draws the groups of the current zoom: markers whose group is unchanged
   * stay (and keep focus), the others are replaced; focus on a replaced
   * marker moves to the marker now holding its feature. The markers' DOM
   * order, which is the Tab order, follows the groups' (geoparks first).
   */
  private regroup(): void {
    const zoom = this.map.getZoom();
    if (zoom === undefined || !Number.isFinite(zoom)) return;
    const next = new Map(this.groupsAt(zoom).map((group) => [group.ids.join('\u0000'), group]));
    const active = activeElementIn(this.options.container);
    let refocus: string | undefined;
    for (const [key, marker] of this.markers) {
      if (next.has(key)) continue;
      if (active && marker.getElement() === active) refocus = this.groups.get(key)?.lead;
      this.featureLayer.removeLayer(marker);
      this.markers.delete(key);
    }
    this.groups.clear();
    this.groupOf.clear();
    for (const [key, group] of next) {
      this.groups.set(key, group);
      for (const id of group.ids) this.groupOf.set(id, key);
      if (!this.markers.has(key)) this.markers.set(key, this.createMarker(group));
    }
    this.orderMarkers();
    if (refocus !== undefined) this.markerElement(refocus)?.focus();
  }

  /** Puts the marker elements in the groups' order, so that Tab goes through them in that order. */
  private orderMarkers(): void {
    const elements = [...this.markers.values()]
      .map((marker) => marker.getElement())
      .filter((element): element is HTMLElement => element !== undefined);
    const pane = elements[0]?.parentElement;
    if (!pane || elements.every((element, index) => index === 0 || elements[index - 1].nextElementSibling === element))
      return;
    const active = activeElementIn(this.options.container);
    for (const element of elements) pane.append(element);
    // Moving the focused element drops its focus: give it back.
    if (active && elements.includes(active)) active.focus();
  }

  private createMarker(group: TargetGroup): L.Marker {
    const members = group.ids.map((id) => this.features.get(id)!);
    const lead = members[0];
    const single = members.length === 1;
    return addMarker(this.featureLayer, group, {
      members,
      label: single ? this.options.markerLabel(lead) : this.options.clusterLabel(members),
      count: single ? '' : this.options.clusterCount(members.length),
      activate: (element, focus) => {
        this.opener = element;
        if (single) {
          this.options.onChoose(lead.id);
          this.openPopup(lead.id, focus);
        } else {
          this.openCluster(group.ids, focus);
        }
      },
    });
  }

  /** Opens a cluster's popup: its places, each of which moves the map to it and opens its own popup. */
  private openCluster(ids: readonly string[], focus: boolean): void {
    const members = ids
      .map((id) => this.features.get(id))
      .filter((feature): feature is GeoparkFeature => feature !== undefined);
    if (members.length === 0) return;
    const choose = (id: string) => {
      this.options.onChoose(id);
      this.select(id, true);
    };
    const content = this.options.clusterContent(members, choose, () => this.closePopup(true));
    this.popup.show(members[0].anchor, CLUSTER_SIZE, content);
    this.popupFor = undefined;
    this.popupCluster = [...ids];
    if (focus) content.focus();
  }

  /** Where a feature's marker is at the current zoom: its own, or its cluster's (the lead's place). */
  private shownAt(id: string): { anchor: LatLng; size: number } | undefined {
    const group = this.groups.get(this.groupOf.get(id) ?? '');
    const feature = this.features.get(id);
    if (!feature) return undefined;
    if (!group || group.ids.length === 1) return { anchor: feature.anchor, size: markerSize(feature.status) };
    return { anchor: this.features.get(group.lead)!.anchor, size: CLUSTER_SIZE };
  }

  /**
   * The zoom to show a feature at: at least SELECT_ZOOM and the current one,
   * and then the first where its marker stands alone (not in a cluster). A
   * feature that shares its place with another never does: then SELECT_ZOOM.
   */
  private selectZoom(id: string): number {
    const start = Math.max(this.map.getZoom(), SELECT_ZOOM);
    for (let zoom = start; zoom <= MAX_ZOOM; zoom += ZOOM_STEP) {
      const group = this.groupsAt(zoom).find((candidate) => candidate.ids.includes(id));
      if (group && group.ids.length === 1) return zoom;
    }
    return start;
  }

  /** Outlines regions: all of them as a basemap, the highlighted ones stronger. */
  setRegions(shapes: readonly RegionShape[] | undefined, highlighted: readonly string[], basemap: boolean): void {
    this.regionLayer?.remove();
    this.regionLayer = shapes && drawRegions(this.map, shapes, highlighted, basemap);
  }

  /** The feature `id` once the map has a view; before that, `retry` runs when it has one. */
  private featureInView(id: string, retry: () => void): GeoparkFeature | undefined {
    const feature = this.features.get(id);
    if (feature && !this.viewSet) this.pendingOpen = retry;
    return this.viewSet ? feature : undefined;
  }

  /**
   * The first view of a map whose feature is selected from the start: the
   * feature within its region (the whole region in view, where the data
   * names one of Morocco's, `fitRegion`) with its popup open. The map
   * starts there: nothing moves.
   */
  preselect(id: string, fitRegion: boolean): void {
    const feature = this.featureInView(id, () => this.preselect(id, fitRegion));
    if (!feature) return;
    const region = feature.region && 'bounds' in feature.region ? feature.region.bounds : undefined;
    if (fitRegion && region)
      this.map.fitBounds(L.latLngBounds(region).extend(feature.anchor), {
        animate: false,
        padding: [POPUP_EDGE, POPUP_EDGE],
      });
    this.still = true;
    try {
      this.openPopup(id, false);
    } finally {
      this.still = false;
    }
  }

  /** Moves to a feature (instantly under reduced motion) and opens its popup. */
  select(id: string, focusPopup: boolean): void {
    const feature = this.featureInView(id, () => this.select(id, focusPopup));
    if (!feature) return;
    const zoom = this.selectZoom(id);
    // Focus returns to what the selection came from, unless that is a popup the selection replaces.
    const active = activeElementIn(this.options.container);
    this.opener = active && !active.closest('.leaflet-popup') ? active : active ? undefined : this.opener;
    if (this.options.reducedMotion()) {
      this.map.setView(feature.anchor, zoom, { animate: false });
      this.openPopup(id, focusPopup);
      return;
    }
    let done = false;
    const open = () => {
      if (done) return;
      done = true;
      this.openPopup(id, focusPopup);
    };
    this.map.flyTo(feature.anchor, zoom, { duration: 0.8 });
    // After flyTo: starting it stops a pan in progress (a popup's auto-pan), whose end is a moveend too.
    this.map.once('moveend', open);
    // A flight to where the map already is may end without a move.
    setTimeout(open, 1200);
  }

  openPopup(id: string, focus: boolean): void {
    const feature = this.featureInView(id, () => this.openPopup(id, focus));
    if (!feature) return;
    const content = this.options.popupContent(feature, () => this.closePopup(true));
    const shown = this.shownAt(id) ?? { anchor: feature.anchor, size: markerSize(feature.status) };
    this.popup.show(shown.anchor, shown.size, content);
    this.popupFor = id;
    this.popupCluster = undefined;
    if (focus) content.focus();
  }

  /** Closes the popup; with `returnFocus`, focus goes back to where it was opened from. */
  closePopup(returnFocus = false): void {
    const id = this.popupFor ?? this.popupCluster?.[0];
    this.map.closePopup(this.popup.leaflet);
    if (!returnFocus) return;
    // The opener may be gone (a marker regrouped by a zoom since): then the marker now showing the feature.
    const target = this.opener?.isConnected ? this.opener : id !== undefined ? this.markerElement(id) : undefined;
    target?.focus();
  }

  /** The open popup's feature id. */
  get openFeature(): string | undefined {
    return this.popupFor;
  }

  /** The marker element showing a feature at the current zoom: its own, or its cluster's (for focus and tests). */
  markerElement(id: string): HTMLElement | undefined {
    const key = this.groupOf.get(id);
    return key === undefined ? undefined : this.markers.get(key)?.getElement();
  }

  zoomIn(): void {
    this.map.zoomIn(1, { animate: !this.options.reducedMotion() });
  }

  zoomOut(): void {
    this.map.zoomOut(1, { animate: !this.options.reducedMotion() });
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (this.popupFor !== undefined || this.popupCluster !== undefined)) {
      event.preventDefault();
      event.stopPropagation();
      // Focus in the popup goes back to its opener. Focus elsewhere on the map (a marker the popup
      // covered) stays where it is, now uncovered: WCAG 2.4.11 asks that Escape reveal it in place.
      const active = activeElementIn(this.options.container);
      const popup = this.popup.leaflet.getElement();
      this.closePopup(!active || !popup || popup.contains(active));
    }
  };

  /** Frees the map: its DOM, listeners and observers. */
  destroy(): void {
    this.resizeObserver.disconnect();
    this.endGestures?.();
    this.options.container.removeEventListener('keydown', this.onKeyDown, true);
    this.pendingOpen = undefined;
    removeLeafletMap(this.map);
    this.markers.clear();
    this.groups.clear();
    this.groupOf.clear();
    this.features.clear();
  }
}
