import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Map as LeafletMap } from 'leaflet';
import { JihaDataElement } from '../../core/data-element.js';
import type { JihaError } from '../../core/errors.js';
import { lazyModule } from '../../core/lazy-module.js';
import { formatNumber } from '../../i18n/format.js';
import { inLanguage, msg } from '../../i18n/localize.js';
import { loadDefaultModel, loadedDefaultModel } from './places/default-model.js';
import { geoparkMapStyles } from './geopark-map.styles.js';
import type { GeoparkCollection, GeoparkFeature, LatLng } from './places/geopark-model.js';
import { MapLoaderController, type MapModule } from './map-loader-controller.js';
import { clusterContent, clusterLabel, markerLabel, popupContent } from './view/map-popups.js';
import { MapRegions } from './regions/map-regions.js';
import type { MapView } from './view/map-view.js';
import { listedPlaces, renderPlaceList, type PlaceEntry } from './places/place-list.js';
import { renderMapColumn, renderNotices, renderZoomControls } from './map-layout.js';
import { TileConsentController } from './tiles/tile-consent-controller.js';
import { renderAttribution } from './tiles/tiles.js';
import type { GestureHint } from './view/gesture-handling.js';
import { geoparkStrings } from '../../locales/geopark.js';
import { readPlaces } from './places/read-places.js';

export { OSM_TILES } from './tiles/tiles.js';

const mapViewModule = lazyModule('geopark-map Leaflet', () => import('./view/map-view.js'));

/**
 * A map of geoparks and their regions, on Leaflet. Before the element nears
 * the viewport (and wherever Leaflet cannot load) it shows every place it
 * draws as a text list (each geopark's sites under it); Leaflet, its CSS and the map code are a separate chunk loaded
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
 * @csspart map - The map's frame: the drawing area (Leaflet's container) and, under it, the question before tiles.
 * @csspart controls - The zoom buttons (inline-start side).
 * @csspart attribution - The credits line under the map.
 * @csspart legend - The key under the map: each status's sign and name, and the sign of a group of places.
 * @csspart list - Every place of the map, sites under their geopark (text before the map loads, buttons with `list`).
 * @csspart notice - The one-line notice when tiles or the map cannot load.
 * @csspart consent - The question before tiles from another host, a bar under the drawing area: a sentence naming it, and its button.
 * @csspart consent-button - The button "Show the street map".
 * @csspart tiles-off - The control back to the shapes-only map, after the visitor agreed (beside the credits).
 * @csspart consent-status - The status line announcing the visitor's choice (visually hidden).
 * @csspart gesture-hint - The hint for a wheel or touch gesture left to the page.
 * @csspart popup - A popup's content.
 * @csspart error - The error box.
 * @csspart skeleton - The placeholder while `src` loads.
 *
 * @cssprop --jiha-geopark-map-height - The map's least height, its question bar included (default 420px); it grows with large text.
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
 *
 * @title Geopark map
 * @embed-height 520
 * @inline-csv
 * @unlisted time-zone - The map shows no dates.
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
  };

  protected static override messageGroups = [geoparkStrings];

  protected static override inlineTypes: readonly string[] = ['application/json', 'application/geo+json', 'text/csv'];

  /**
   * Space-separated region ids (or ISO codes MA-01 … MA-12) to outline and highlight.
   * @format regions
   */
  regions: string | null = null;
  /** The id of the selected feature; reflected. Set from the start, the map starts at the place within its region; set later, it moves there. Either way its popup opens. */
  selected: string | null = null;
  /**
   * A tile URL template (`{z}/{x}/{y}`); `none` draws the regions as the basemap. Default: OpenStreetMap.
   * @format tiles
   */
  tiles: string | null = null;
  /** The tiles' credit line, as text (default tiles carry OpenStreetMap's). */
  attribution: string | null = null;
  /**
   * The initial centre, `lat,lng`; default: all features in view.
   * @format center
   */
  center: string | null = null;
  /**
   * The initial zoom level.
   * @min 0
   * @max 19
   */
  zoom: number | null = null;
  /**
   * Shows the list of places beside the map (under it when narrow), as buttons that select them.
   * @example true
   */
  list = false;
  /**
   * `granted`: the site already asked the visitor (e.g. in its cookie banner); tiles from another host load without the question.
   * @choices granted
   */
  tilesConsent: string | null = null;
  /**
   * `off`: Leaflet's own wheel and touch (the wheel zooms, one finger pans), for full-page maps.
   * @choices off
   */
  gestureHandling: string | null = null;

  private gestureHint: GestureHint | null = null;
  private tilesFailed = false;

  /** The box Leaflet draws in, once rendered. */
  private get mapContainer(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.map') ?? null;
  }

  private view: MapView | undefined;
  private viewKey = '';
  private drawnFeatures: unknown[] = [];
  private drawnRegions = '';
  private drawnTiles: string | null = null;
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
    onNear: () => this.mapRegions.requestTable(),
  });

  private readonly tileConsent = new TileConsentController(this, {
    module: () => this.mapLoader.module,
    language: () => this.language.ui,
  });

  private readonly mapRegions = new MapRegions(this, (error) => {
    // The region table is part of the data: without it, the `fetch-failed` state until the next connect reads the data again.
    this.showData({ state: 'error', error: error as JihaError }); // lazyModule rejects with one
  });

  /** The Leaflet map once built (undefined before the element nears the viewport), for advanced use. */
  get leafletMap(): LeafletMap | undefined {
    return this.view?.map;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    const loaded = loadedDefaultModel();
    if (loaded) return loaded;
    // A chunk that did not arrive is the `fetch-failed` state once; the next read (on the next connect) loads it again.
    const failure = this.defaultsFailure;
    this.defaultsFailure = undefined;
    if (failure) throw failure;
    loadDefaultModel().then(
      () => this.invalidateData(),
      (error: unknown) => {
        this.defaultsFailure = error;
        this.invalidateData();
      },
    );
    return undefined;
  }

  /** Why the built-in data could not load (a JihaError from lazyModule), until the next read of the data shows it. */
  private defaultsFailure: unknown;

  private parsedCenter(): LatLng | undefined {
    if (!this.center) return undefined;
    const parts = this.center.split(',').map((part) => Number(part.trim()));
    const [lat, lng] = parts;
    if (
      parts.length === 2 &&
      Number.isFinite(lat) &&
      Number.isFinite(lng) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lng) <= 180
    )
      return [lat, lng];
    console.warn(`jiha-widgets: <jiha-geopark-map> center "${this.center.slice(0, 40)}" is not "lat,lng"; ignored.`);
    return undefined;
  }

  private reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  protected renderModel(model: GeoparkCollection): TemplateResult {
    const failed = this.mapLoader.state === 'failed';
    const module = this.mapLoader.state === 'loaded' ? this.mapLoader.module : undefined;
    const places = listedPlaces(model.features);
    const column = failed
      ? nothing
      : renderMapColumn({
          ready: module !== undefined,
          waitingList: this.list ? nothing : this.renderList(places, false),
          overlays: html`${renderZoomControls(
            () => this.view?.zoomIn(),
            () => this.view?.zoomOut(),
          )}${module?.overlays.renderGestureHint(this.gestureHint)}`,
          question: this.tileConsent.renderQuestion(),
          legend: module?.legend.renderLegend(model.features),
          wayBack: this.tileConsent.renderWayBack(),
          credits: module ? this.renderAttribution() : nothing,
        });
    // Paper has no map to explore: the drawn map prints with the list of its places under it (hidden on screen).
    const list = this.list
      ? this.renderList(places, true)
      : failed
        ? this.renderList(places, false)
        : module
          ? html`<div class="print-list">${this.renderList(places, false)}</div>`
          : nothing;
    return html`${renderNotices(this.tilesFailed, failed)}
      <div class="layout ${this.list ? 'with-list' : ''}">${column}${list}</div>`;
  }

  private renderList(places: PlaceEntry[], asButtons: boolean): TemplateResult {
    return renderPlaceList(places, {
      language: this.language,
      asButtons,
      selected: this.selected,
      choose: (id) => this.chooseFromList(id),
    });
  }

  private renderAttribution(): TemplateResult {
    return renderAttribution({
      template: this.tileConsent.shownTiles(),
      tilesFailed: this.tilesFailed,
      attribution: this.attribution,
      showsRegions: this.needsRegionShapes() && this.mapRegions.shapes !== undefined,
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
    return this.mapRegions.ids.length > 0 || this.tileConsent.shownTiles() === null || this.tilesFailed;
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
    const tiles = this.tileConsent.shownTiles();
    const key = JSON.stringify([this.center, this.zoom, this.gestureHandling === 'off']);
    if (this.view && this.viewKey !== key) this.destroyView();
    const built = !this.view;
    this.tileConsent.follow(module);
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
        keepClear: () => [...this.renderRoot.querySelectorAll('.controls')],
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
      inLanguage(this.language.ui, () =>
        msg('Map of geoparks. Arrow keys move the map; plus and minus zoom.', { id: 'geopark.map-label' }),
      ),
    );
    const featuresKey = [this.model, this.language.ui];
    if (built || featuresKey.some((part, index) => part !== this.drawnFeatures[index])) {
      this.drawnFeatures = featuresKey;
      view.setFeatures(this.model.features);
    }
    this.syncRegions(view, built);
    // Selected from the start: the map starts at the place within its region (unless the page set the view).
    if (built && this.selected) view.preselect(this.selected, this.center === null && this.zoom === null);
    else if (changed.has('selected') && this.selected && this.selectionSource !== 'map')
      view.select(this.selected, this.selectionSource === 'list');
    this.selectionSource = undefined;
  }

  private syncRegions(view: MapView, built: boolean): void {
    if (!this.needsRegionShapes()) {
      if (this.drawnRegions !== '' || built) view.setRegions(undefined, [], false);
      this.drawnRegions = '';
      return;
    }
    const shapes = this.mapRegions.shapes;
    if (!shapes) {
      this.mapRegions.loadShapes();
      return;
    }
    const basemap = this.tileConsent.shownTiles() === null || this.tilesFailed;
    const key = JSON.stringify([this.mapRegions.ids, basemap]);
    if (!built && key === this.drawnRegions) return;
    this.drawnRegions = key;
    view.setRegions(shapes, this.mapRegions.ids, basemap);
  }

  private destroyView(): void {
    this.view?.destroy();
    this.view = undefined;
    this.drawnFeatures = [];
    this.drawnRegions = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jiha-geopark-map': JihaGeoparkMap;
  }
}
