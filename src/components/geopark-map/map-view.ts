/**
 * The Leaflet part of <jiha-geopark-map>: loaded only when the element
 * first nears the viewport, as its own chunk (Leaflet, its CSS and this
 * file). It draws markers, region shapes and tiles, and opens popups; the
 * element keeps the state, the strings and the controls.
 *
 * No Leaflet control is used (zoom, attribution and popup close write HTML
 * strings); markers are SVG DOM in divIcons; popups are DOM.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { GeoparkFeature, LatLng } from './geoparks.js';
import { markerGraphic, markerSize } from './markers.js';
import type { RegionShape } from './regions.js';

export { leafletStyles } from './leaflet-styles.js';

/** Several failed tiles and none shown: the tile server is down or blocked. */
const TILE_ERRORS_BEFORE_NOTICE = 3;
/** The zoom a selected feature is shown at, unless the map is closer already. */
const SELECT_ZOOM = 9;

export interface MapViewOptions {
  container: HTMLElement;
  /** A tile URL template, or null for none. */
  tiles: string | null;
  center?: LatLng;
  zoom?: number;
  /** The accessible name of a feature's marker. */
  markerLabel(feature: GeoparkFeature): string;
  /** The popup's content for a feature, as DOM. */
  popupContent(feature: GeoparkFeature, close: () => void): HTMLElement;
  /** A marker was chosen on the map (click, or Enter on it). */
  onChoose(id: string): void;
  /** Tiles keep failing. */
  onTilesFailed(): void;
  reducedMotion(): boolean;
}

export class MapView {
  readonly map: L.Map;
  private readonly options: MapViewOptions;
  private readonly markers = new Map<string, L.Marker>();
  private readonly features = new Map<string, GeoparkFeature>();
  private readonly featureLayer = L.layerGroup();
  private regionLayer: L.LayerGroup | undefined;
  private tileLayer: L.TileLayer | undefined;
  private readonly popup: L.Popup;
  private popupFor: string | undefined;
  /** Where focus goes back when the popup closes with Escape. */
  private opener: HTMLElement | undefined;
  private readonly resizeObserver: ResizeObserver;
  private viewSet = false;
  private pendingOpen: (() => void) | undefined;
  private tileErrors = 0;
  private tileLoads = 0;

  constructor(options: MapViewOptions) {
    this.options = options;
    this.map = L.map(options.container, {
      zoomControl: false,
      attributionControl: false,
      keyboard: true,
      worldCopyJump: false,
      minZoom: 3,
      maxZoom: 18,
      zoomSnap: 0.25,
      // Under reduced motion nothing slides or fades.
      zoomAnimation: !options.reducedMotion(),
      fadeAnimation: !options.reducedMotion(),
      markerZoomAnimation: !options.reducedMotion(),
    });
    this.popup = L.popup({ closeButton: false, closeOnEscapeKey: false, autoPanPadding: [24, 24], minWidth: 220, maxWidth: 320, className: 'jiha-popup' });
    this.map.on('popupclose', () => {
      this.popupFor = undefined;
    });
    this.featureLayer.addTo(this.map);
    if (options.tiles) this.addTiles(options.tiles);
    options.container.addEventListener('keydown', this.onKeyDown, true);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(options.container);
  }

  private addTiles(template: string): void {
    this.tileLayer = L.tileLayer(template, { maxZoom: 18, crossOrigin: false, className: 'jiha-tiles' });
    this.tileLayer.on('tileload', () => {
      this.tileLoads += 1;
    });
    this.tileLayer.on('tileerror', () => {
      this.tileErrors += 1;
      if (this.tileErrors >= TILE_ERRORS_BEFORE_NOTICE && this.tileLoads === 0 && this.tileLayer) {
        // Stop asking a dead server for every tile of every move.
        this.tileLayer.remove();
        this.tileLayer = undefined;
        this.options.onTilesFailed();
      }
    });
    this.tileLayer.addTo(this.map);
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
    // Leaflet needs a view before the first popup; one asked for before the view is opened now.
    const pending = this.pendingOpen;
    this.pendingOpen = undefined;
    pending?.();
  }

  /** Draws the features: markers for all, shapes for polygons. */
  setFeatures(features: readonly GeoparkFeature[]): void {
    const open = this.popupFor;
    this.featureLayer.clearLayers();
    this.markers.clear();
    this.features.clear();
    for (const feature of features) {
      this.features.set(feature.id, feature);
      for (const polygon of feature.polygons) {
        L.polygon(polygon, { className: `jiha-area jiha-area-${feature.status}`, interactive: false }).addTo(this.featureLayer);
      }
      this.markers.set(feature.id, this.createMarker(feature));
    }
    // Geoparks above their sites.
    for (const feature of features) if (feature.status !== 'site') this.markers.get(feature.id)?.setZIndexOffset(1000);
    if (!this.viewSet) this.setInitialView();
    if (open && this.features.has(open)) this.openPopup(open, false);
    else if (open) this.closePopup();
  }

  private createMarker(feature: GeoparkFeature): L.Marker {
    const size = markerSize(feature.status);
    const icon = L.divIcon({
      html: markerGraphic(feature.status),
      className: `jiha-marker jiha-marker-${feature.status}`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    const label = this.options.markerLabel(feature);
    const marker = L.marker(feature.anchor, { icon, keyboard: true, title: label, alt: label, riseOnHover: true });
    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      element.setAttribute('aria-label', label);
      element.dataset.id = feature.id;
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        this.opener = element;
        this.options.onChoose(feature.id);
        this.openPopup(feature.id, true);
      });
    });
    marker.on('click', () => {
      this.opener = marker.getElement();
      this.options.onChoose(feature.id);
      this.openPopup(feature.id, false);
    });
    marker.addTo(this.featureLayer);
    return marker;
  }

  /** Outlines regions: all of them as a basemap, the highlighted ones stronger. */
  setRegions(shapes: readonly RegionShape[] | undefined, highlighted: readonly string[], basemap: boolean): void {
    this.regionLayer?.remove();
    this.regionLayer = undefined;
    if (!shapes) return;
    const layer = L.layerGroup();
    for (const shape of shapes) {
      const highlight = highlighted.includes(shape.region.id);
      if (!highlight && !basemap) continue;
      const latLngs = shape.polygons.map((rings) => rings.map((ring) => ring.map(([lng, lat]) => [lat, lng] as LatLng)));
      L.polygon(latLngs, {
        className: highlight ? 'jiha-region jiha-region-highlight' : 'jiha-region',
        interactive: false,
      }).addTo(layer);
    }
    layer.addTo(this.map);
    // Regions under the markers: markers live in their own pane, so only order among paths matters.
    layer.eachLayer((path) => (path as L.Polygon).bringToBack());
    this.regionLayer = layer;
  }

  /** Moves to a feature (instantly under reduced motion) and opens its popup. */
  select(id: string, focusPopup: boolean): void {
    const feature = this.features.get(id);
    if (!feature) return;
    if (!this.viewSet) {
      this.pendingOpen = () => this.select(id, focusPopup);
      return;
    }
    const zoom = Math.max(this.map.getZoom(), SELECT_ZOOM);
    this.opener = activeElementIn(this.options.container) ?? this.opener;
    if (this.options.reducedMotion()) {
      this.map.setView(feature.anchor, zoom, { animate: false });
      // Leaflet's popup auto-pan always slides: instead, centre marker and popup together at once.
      this.popup.options.autoPan = false;
      this.openPopup(id, focusPopup);
      this.popup.options.autoPan = true;
      const height = this.popup.getElement()?.offsetHeight ?? 0;
      this.map.panBy([0, -Math.min(height / 2, this.map.getSize().y / 2 - 30)], { animate: false });
      return;
    }
    let done = false;
    const open = () => {
      if (done) return;
      done = true;
      this.openPopup(id, focusPopup);
    };
    this.map.once('moveend', open);
    this.map.flyTo(feature.anchor, zoom, { duration: 0.8 });
    // A flight to where the map already is may end without a move.
    setTimeout(open, 1200);
  }

  openPopup(id: string, focus: boolean): void {
    const feature = this.features.get(id);
    if (!feature) return;
    if (!this.viewSet) {
      this.pendingOpen = () => this.openPopup(id, focus);
      return;
    }
    const content = this.options.popupContent(feature, () => this.closePopup(true));
    // A popup taller than the map scrolls inside instead of hiding its marker.
    this.popup.options.maxHeight = Math.max(120, this.map.getSize().y - 90);
    this.popupFor = id;
    this.popup.setLatLng(feature.anchor).setContent(content);
    const size = markerSize(feature.status);
    this.popup.options.offset = L.point(0, -size / 2 + 4);
    if (!this.map.hasLayer(this.popup)) this.popup.openOn(this.map);
    else this.popup.update();
    if (focus) content.focus();
  }

  /** Closes the popup; with `returnFocus`, focus goes back to where it was opened from. */
  closePopup(returnFocus = false): void {
    const id = this.popupFor;
    this.map.closePopup(this.popup);
    if (!returnFocus) return;
    const target = this.opener?.isConnected ? this.opener : id ? this.markers.get(id)?.getElement() : undefined;
    target?.focus();
  }

  /** The open popup's feature id. */
  get openFeature(): string | undefined {
    return this.popupFor;
  }

  /** The marker element of a feature (for focus and tests). */
  markerElement(id: string): HTMLElement | undefined {
    return this.markers.get(id)?.getElement();
  }

  zoomIn(): void {
    this.map.zoomIn(1, { animate: !this.options.reducedMotion() });
  }

  zoomOut(): void {
    this.map.zoomOut(1, { animate: !this.options.reducedMotion() });
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.popupFor !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      this.closePopup(true);
    }
  };

  /** Frees the map: its DOM, listeners and observers. */
  destroy(): void {
    this.resizeObserver.disconnect();
    this.options.container.removeEventListener('keydown', this.onKeyDown, true);
    this.pendingOpen = undefined;
    this.map.stop();
    // Leaflet ends a zoom animation on a timer that outlives map.remove() and then throws; end it now.
    const internal = this.map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void };
    if (internal._animatingZoom) internal._onZoomTransitionEnd?.();
    this.map.off();
    this.map.remove();
    // Leaflet leaves its classes on the container; a map built later on it starts clean.
    const { container } = this.options;
    container.classList.remove(...[...container.classList].filter((name) => name.startsWith('leaflet-')));
    this.markers.clear();
    this.features.clear();
  }
}

/** The focused element when it is inside `container`'s shadow root (or document), else undefined. */
function activeElementIn(container: HTMLElement): HTMLElement | undefined {
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
