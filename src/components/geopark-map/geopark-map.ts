import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Map as LeafletMap } from 'leaflet';
import { JihaDataElement } from '../../core/data-element.js';
import type { JihaError } from '../../core/errors.js';
import { lazyModule } from '../../core/lazy-module.js';
import { formatNumber } from '../../i18n/format.js';
import { inLanguage, msg } from '../../i18n/localize.js';
import { geoparkMapStyles } from './geopark-map.styles.js';
import { readGeoparks, type GeoparkCollection, type GeoparkFeature, type LatLng } from './geopark-model.js';
import { MapLoaderController, type MapModule } from './map-loader-controller.js';
import { clusterContent, clusterLabel, markerLabel, popupContent } from './map-popups.js';
import type { MapView } from './map-view.js';
import { loadedRegions, loadRegions, loadRegionShapes } from './region-loader.js';
import type { RegionShape } from './region-types.js';
import { listedFeatures, renderPlaceList } from './place-list.js';
import { renderAttribution, tileTemplate } from './tiles.js';
import type { GestureHint } from './gesture-handling.js';
import { geoparkStrings } from '../../locales/geopark.js';
import { readPlaces } from './read-places.js';

export { OSM_TILES } from './tiles.js';

const mapViewModule = lazyModule('geopark-map Leaflet', () => import('./map-view.js'));
const defaultPlaces = lazyModule('geopark-map built-in places', () => import('./default-places.js'));
/** The built-in data, parsed once per page; its chunk loads only for a map with no data of its own. */
let defaultModel: GeoparkCollection | undefined;
let defaultRequest: Promise<GeoparkCollection> | undefined;

/**
 * A map of geoparks and their regions, on Leaflet. Before the element nears
 * the viewport (and wherever Leaflet cannot load) it shows the geoparks as a
 * text list; Leaflet, its CSS and the map code are a separate chunk loaded
 * then, and the region shapes another, loaded only when `regions` is set,
 * `tiles="none"`, or the tiles fail. The region names (a small chunk) load
 * only for data that names a region, the built-in data, or `regions`.
 *
 * @summary A keyboard-accessible, multilingual geopark map.
 * @tag jiha-geopark-map
 *
 * @fires jiha-select - A geopark or site was chosen on the map or in the list; `detail: {id}`. Bubbles, composed.
 * @fires jiha-ready - The element shows its data.
 * @fires jiha-error - The data is unusable; `detail: {code, message, detail}`.
 *
 * @csspart map - The map box (Leaflet's container is inside).
 * @csspart controls - The zoom buttons (inline-start side).
 * @csspart attribution - The credits line under the map.
 * @csspart list - The list of geoparks (text before the map loads, buttons with `list`).
 * @csspart notice - The one-line notice when tiles or the map cannot load.
 * @csspart consent - The question before tiles from another host: a sentence naming it, and its button.
 * @csspart consent-button - The button "Show the street map".
 * @csspart tiles-off - The control back to the shapes-only map, after the visitor agreed.
 * @csspart consent-status - The status line announcing the visitor's choice (visually hidden).
 * @csspart gesture-hint - The hint for a wheel or touch gesture left to the page.
 * @csspart popup - A popup's content.
 * @csspart error - The error box.
 * @csspart skeleton - The placeholder while `src` loads.
 *
 * @cssprop --jiha-geopark-map-height - The map's height (default 420px).
 * @cssprop --jiha-font-family - Font stack.
 * @cssprop --jiha-color-text - Text colour.
 * @cssprop --jiha-color-muted - Region outlines and secondary text.
 * @cssprop --jiha-color-surface - Background of controls, popups and the shapes basemap.
 * @cssprop --jiha-color-border - Borders.
 * @cssprop --jiha-color-accent - Markers of designated geoparks, highlighted regions, focus.
 * @cssprop --jiha-color-warn - Markers of aspiring geoparks; the tiles notice.
 * @cssprop --jiha-color-danger - Error box colour.
 * @cssprop --jiha-radius - Corner radius.
 * @cssprop --jiha-space - Spacing.
 */
export class JihaGeoparkMap extends JihaDataElement<GeoparkCollection> {
  static override styles = [...JihaDataElement.styles, geoparkMapStyles];

  // Declared here rather than with decorators: the decorator helpers would
  // add to every page's download.
  static override properties: PropertyDeclarations = {
    regions: {},
    selected: { reflect: true },
    tiles: {},
    attribution: {},
    center: {},
    zoom: { type: Number },
    list: { type: Boolean, reflect: true },
    tilesConsent: { attribute: 'tiles-consent' },
    gestureHandling: { attribute: 'gesture-handling' },
    tilesFailed: { state: true },
    gestureHint: { state: true },
    consentStatus: { state: true },
    regionShapes: { state: true },
  };

  protected static override messageGroups = [geoparkStrings];

  protected static override inlineTypes: readonly string[] = ['application/json', 'application/geo+json', 'text/csv'];

  /** Space-separated region ids (or ISO codes MA-01 … MA-12) to outline and highlight. */
  regions: string | null = null;
  /** The id of the selected feature; reflected. Setting it moves the map there and opens the popup. */
  selected: string | null = null;
  /** A tile URL template (`{z}/{x}/{y}`); `none` draws the regions as the basemap. Default: OpenStreetMap. */
  tiles: string | null = null;
  /** The tiles' credit line, as text (default tiles carry OpenStreetMap's). */
  attribution: string | null = null;
  /** The initial centre, `lat,lng`; default: all features in view. */
  center: string | null = null;
  /** The initial zoom level. */
  zoom: number | null = null;
  /** Shows the list of geoparks beside the map, as buttons that select them. */
  list = false;
  /** `granted`: the site already asked the visitor (e.g. in its cookie banner); tiles from another host load without the question. */
  tilesConsent: string | null = null;
  /** `off`: Leaflet's own wheel and touch (the wheel zooms, one finger pans), for full-page maps. */
  gestureHandling: string | null = null;

  private gestureHint: GestureHint | null = null;
  private consentStatus = '';
  private stopFollowingConsent: (() => void) | undefined;

  private tilesFailed = false;
  private regionShapes: RegionShape[] | undefined;

  /** The box Leaflet draws in, once rendered. */
  private get mapContainer(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.map') ?? null;
  }

  private view: MapView | undefined;
  private viewKey = '';
  private drawnFeatures: unknown[] = [];
  private drawnRegions = '';
  private drawnTiles: string | null = null;
  private regionRequest: Promise<void> | undefined;
  /** Who changed `selected` last: the map (already showing it), the list (focus the popup), or the page. */
  private selectionSource: 'map' | 'list' | undefined;

  /** Imports the Leaflet chunk. A subclass may replace it (tests simulate a failed load). */
  protected static loadMapModule(): Promise<MapModule> {
    return mapViewModule.load();
  }

  private readonly mapLoader = new MapLoaderController(this, {
    key: (this.constructor as typeof JihaGeoparkMap).loadMapModule,
    load: () => (this.constructor as typeof JihaGeoparkMap).loadMapModule(),
    // The map will read `regions`: its names load alongside Leaflet rather than after it.
    onNear: () => {
      if (listsRegions(this.regions)) this.requestRegions();
    },
  });

  /** The Leaflet map once built (undefined before the element nears the viewport), for advanced use. */
  get leafletMap(): LeafletMap | undefined {
    return this.view?.map;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingConsent?.();
    this.stopFollowingConsent = undefined;
    this.destroyView();
  }

  protected parseData(input: unknown): GeoparkCollection | Promise<GeoparkCollection> {
    return readPlaces(input);
  }

  /**
   * No data source: Morocco's geoparks, built in. They are a small chunk of
   * their own (texts in four languages), so pages whose maps bring their own
   * data do not download them; until it arrives the element is empty, and
   * if it cannot arrive, in the `fetch-failed` state.
   */
  protected modelFromAttributes(): GeoparkCollection | undefined {
    if (defaultModel) return defaultModel;
    // A chunk that did not arrive is the `fetch-failed` state once; the next read (on the next connect) loads it again.
    const failure = this.defaultsFailure;
    this.defaultsFailure = undefined;
    if (failure) throw failure;
    defaultRequest ??= Promise.all([defaultPlaces.load(), loadRegions()]).then(
      ([{ DEFAULT_GEOPARKS }, { findRegion }]) => (defaultModel = readGeoparks(DEFAULT_GEOPARKS, findRegion)),
    );
    defaultRequest.then(
      () => this.invalidateData(),
      (error: unknown) => {
        defaultRequest = undefined;
        this.defaultsFailure = error;
        this.invalidateData();
      },
    );
    return undefined;
  }

  /** Why the built-in data could not load (a JihaError from lazyModule), until the next read of the data shows it. */
  private defaultsFailure: unknown;

  private parsedRegions: { value: string | null; ids: string[] } | undefined;

  /**
   * The `regions` attribute as region ids, read once per value (an unknown
   * name is warned about once). Until the region table has loaded there are
   * none yet; its arrival updates the element.
   */
  private get regionIds(): string[] {
    const regions = loadedRegions();
    if (!regions) {
      if (listsRegions(this.regions)) this.requestRegions();
      return [];
    }
    if (this.parsedRegions?.value !== this.regions) this.parsedRegions = { value: this.regions, ids: regions.parseRegionList(this.regions) };
    return this.parsedRegions.ids;
  }

  private regionsRequested = false;

  /** Loads the region table for the `regions` attribute, then updates. */
  private requestRegions(): void {
    if (this.regionsRequested) return;
    this.regionsRequested = true;
    loadRegions().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        // The region table is part of the data: without it, the `fetch-failed` state until the next connect reads the data again.
        this.regionsRequested = false;
        this.showData({ state: 'error', error: error as JihaError }); // lazyModule rejects with one
      },
    );
  }

  /** The tile template to use, or null for none. */
  private tileTemplate(): string | null {
    return tileTemplate(this.tiles);
  }

  /**
   * Tiles from another host and whether the visitor agreed to them here
   * (null: none, on the page's own origin, or `tiles-consent="granted"`).
   * The consent code is in the Leaflet chunk: before it, no tiles either.
   */
  private tileConsent(): { host: string; agreed: boolean } | null {
    const consent = this.mapLoader.module?.tileConsent;
    const template = this.tileTemplate();
    const host = consent && template && this.tilesConsent !== 'granted' ? consent.foreignTileHost(template) : null;
    return host ? { host, agreed: consent!.hasConsent(host) } : null;
  }

  /** The tiles drawn now: the template unless it waits for the visitor's consent (then the region shapes are the basemap). */
  private shownTiles(): string | null {
    return this.tileConsent()?.agreed === false ? null : this.tileTemplate();
  }

  /** The visitor's answer: tiles (or none) from `host`; focus goes to the control that undoes it. */
  private chooseTiles(host: string, shown: boolean): void {
    const module = this.mapLoader.module;
    if (!module) return;
    module.tileConsent.setConsent(host, shown);
    this.consentStatus = inLanguage(this.language.ui, () => module.overlays.consentNews(shown));
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(shown ? '.tiles-off' : '.consent-button')?.focus());
  }

  private parsedCenter(): LatLng | undefined {
    if (!this.center) return undefined;
    const parts = this.center.split(',').map((part) => Number(part.trim()));
    const [lat, lng] = parts;
    if (parts.length === 2 && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return [lat, lng];
    console.warn(`jiha-widgets: <jiha-geopark-map> center "${this.center.slice(0, 40)}" is not "lat,lng"; ignored.`);
    return undefined;
  }

  private reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  protected renderModel(model: GeoparkCollection): TemplateResult {
    const showMap = this.mapLoader.state !== 'failed';
    const mapReady = this.mapLoader.state === 'loaded';
    const listed = listedFeatures(model.features);
    return html`
      ${this.tilesFailed
        ? html`<p class="notice" role="status" part="notice">${msg('The map tiles could not be loaded; the map shows region outlines only.', { id: 'geopark.tiles-failed' })}</p>`
        : nothing}
      ${this.mapLoader.state === 'failed'
        ? html`<p class="notice" role="status" part="notice">${msg('The map could not be loaded; the geoparks are listed here.', { id: 'geopark.map-failed' })}</p>`
        : nothing}
      <div class="layout ${this.list ? 'with-list' : ''}">
        ${showMap
          ? html`<div class="map-wrap ${mapReady ? 'ready' : 'waiting'}" part="map">
              <div class="map"></div>
              ${mapReady ? this.renderControls() : this.list ? nothing : this.renderList(listed, false)}
              ${mapReady ? this.renderOverlays() : nothing}
            </div>`
          : nothing}
        ${this.list ? this.renderList(listed, true) : showMap ? this.renderPrintList(listed, mapReady) : this.renderList(listed, false)}
      </div>
      ${mapReady ? this.renderAttribution() : nothing}
    `;
  }

  private renderList(features: GeoparkFeature[], asButtons: boolean): TemplateResult {
    return renderPlaceList(features, { language: this.language, asButtons, selected: this.selected, choose: (id) => this.chooseFromList(id) });
  }

  /** Paper has no map to explore: the drawn map prints with this list of its places under it (hidden on screen). */
  private renderPrintList(features: GeoparkFeature[], mapReady: boolean): unknown {
    return mapReady ? html`<div class="print-list">${this.renderList(features, false)}</div>` : nothing;
  }

  private renderControls(): TemplateResult {
    const zoomIn = msg('Zoom in', { id: 'geopark.zoom-in' });
    const zoomOut = msg('Zoom out', { id: 'geopark.zoom-out' });
    return html`<div class="controls" part="controls" role="group" aria-label=${msg('Map controls', { id: 'geopark.controls' })}>
      <button type="button" class="zoom-in" title=${zoomIn} aria-label=${zoomIn} @click=${() => this.view?.zoomIn()}><span aria-hidden="true">+</span></button>
      <button type="button" class="zoom-out" title=${zoomOut} aria-label=${zoomOut} @click=${() => this.view?.zoomOut()}><span aria-hidden="true">−</span></button>
    </div>`;
  }

  /** The question before tiles (or the control back from them), the gesture hint, and the status line. */
  private renderOverlays(): TemplateResult | typeof nothing {
    const overlays = this.mapLoader.module?.overlays;
    if (!overlays) return nothing;
    const consent = this.tileConsent();
    return html`${consent && !consent.agreed ? overlays.renderConsent(consent.host, () => this.chooseTiles(consent.host, true)) : nothing}
      ${consent?.agreed ? overlays.renderTilesOff(() => this.chooseTiles(consent.host, false)) : nothing}
      ${overlays.renderConsentStatus(this.consentStatus)} ${overlays.renderGestureHint(this.gestureHint)}`;
  }

  private renderAttribution(): TemplateResult {
    return renderAttribution({
      template: this.shownTiles(),
      tilesFailed: this.tilesFailed,
      attribution: this.attribution,
      showsRegions: this.needsRegionShapes() && this.regionShapes !== undefined,
    });
  }

  /** A site's geopark, named in its popup. */
  private parentOf(feature: GeoparkFeature): GeoparkFeature | undefined {
    return feature.parent ? this.model?.features.find((candidate) => candidate.id === feature.parent) : undefined;
  }

  private chooseFromList(id: string): void {
    // The map moves now (the popup gets focus); without a map yet, it opens when the map is built.
    this.view?.select(id, true);
    this.selectionSource = this.view ? 'map' : 'list';
    this.selected = id;
    this.emit('jiha-select', { id });
  }

  private chooseFromMap(id: string): void {
    this.selectionSource = 'map';
    this.selected = id;
    this.emit('jiha-select', { id });
  }

  private needsRegionShapes(): boolean {
    return this.regionIds.length > 0 || this.shownTiles() === null || this.tilesFailed;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadState !== 'ready' || this.mapLoader.state !== 'loaded' || !this.isConnected) {
      this.destroyView();
      return;
    }
    this.syncView(changed);
  }

  /** Builds the map when its container is there, and keeps it in step with the properties. */
  private syncView(changed: PropertyValues): void {
    const module = this.mapLoader.module;
    const container = this.mapContainer;
    if (!module || !container || !this.model) return;
    const tiles = this.shownTiles();
    const key = JSON.stringify([this.center, this.zoom, this.gestureHandling === 'off']);
    if (this.view && this.viewKey !== key) this.destroyView();
    const built = !this.view;
    // A choice made in another map on the page (or another tab) shows here too.
    this.stopFollowingConsent ??= module.tileConsent.onConsentChange(() => this.requestUpdate());
    if (!this.view) {
      this.viewKey = key;
      this.tilesFailed = false;
      this.drawnTiles = tiles;
      this.view = new module.MapView({
        container,
        tiles,
        cooperativeGestures: this.gestureHandling !== 'off',
        onGestureHint: (hint) => {
          this.gestureHint = hint;
        },
        center: this.parsedCenter(),
        zoom: this.zoom !== null && Number.isFinite(this.zoom) ? this.zoom : undefined,
        markerLabel: (feature) => markerLabel(feature, this.language),
        clusterLabel: (features) => clusterLabel(features, this.language),
        clusterCount: (count) => formatNumber(count, this.language),
        popupContent: (feature, close) => popupContent(feature, this.parentOf(feature), this.language, close),
        clusterContent: (features, choose, close) => clusterContent(features, this.language, choose, close),
        onChoose: (id) => this.chooseFromMap(id),
        onTilesFailed: () => {
          this.tilesFailed = true;
        },
        reducedMotion: () => this.reducedMotion(),
      });
    }
    const view = this.view;
    if (tiles !== this.drawnTiles) {
      // Other tiles (the visitor's answer, or the attribute): a failure of the earlier ones is forgotten.
      this.drawnTiles = tiles;
      this.tilesFailed = false;
      view.setTiles(tiles);
    }
    // The map container's own name and keyboard hint, in the element's language.
    container.setAttribute('role', 'region');
    container.setAttribute(
      'aria-label',
      inLanguage(this.language.ui, () => msg('Map of geoparks. Arrow keys move the map; plus and minus zoom.', { id: 'geopark.map-label' })),
    );
    const featuresKey = [this.model, this.language.ui];
    if (built || featuresKey.some((part, index) => part !== this.drawnFeatures[index])) {
      this.drawnFeatures = featuresKey;
      view.setFeatures(this.model.features);
    }
    this.syncRegions(view, built);
    if (built ? this.selected : changed.has('selected') && this.selected && this.selectionSource !== 'map') {
      view.select(this.selected!, this.selectionSource === 'list');
    }
    this.selectionSource = undefined;
  }

  private syncRegions(view: MapView, built: boolean): void {
    if (!this.needsRegionShapes()) {
      if (this.drawnRegions !== '' || built) view.setRegions(undefined, [], false);
      this.drawnRegions = '';
      return;
    }
    if (!this.regionShapes) {
      this.regionRequest ??= loadRegionShapes().then(
        (shapes) => {
          this.regionShapes = shapes;
        },
        (error: unknown) => {
          this.regionRequest = undefined;
          console.warn('jiha-widgets: <jiha-geopark-map> could not load the region shapes.', error);
        },
      );
      return;
    }
    const basemap = this.shownTiles() === null || this.tilesFailed;
    const key = JSON.stringify([this.regionIds, basemap]);
    if (!built && key === this.drawnRegions) return;
    this.drawnRegions = key;
    view.setRegions(this.regionShapes, this.regionIds, basemap);
  }

  private destroyView(): void {
    this.view?.destroy();
    this.view = undefined;
    this.drawnFeatures = [];
    this.drawnRegions = '';
  }
}

/** Whether a `regions` value lists anything (blanks and commas list nothing). */
const listsRegions = (value: string | null): boolean => /[^\s,]/.test(value ?? '');

declare global {
  interface HTMLElementTagNameMap {
    'jiha-geopark-map': JihaGeoparkMap;
  }
}
