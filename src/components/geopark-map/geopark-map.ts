import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Map as LeafletMap } from 'leaflet';
import { JihaDataElement } from '../../core/data-element.js';
import { formatNumber } from '../../i18n/format.js';
import { inLanguage, msg, str } from '../../i18n/localize.js';
import { pickLocalized, pickText, type LocalizedText } from '../../i18n/localized-text.js';
import { safeUrl } from '../../security/safe-url.js';
import { geoparkMapStyles } from './geopark-map.styles.js';
import { mentionsRegion, readGeoparks, type GeoparkCollection, type GeoparkFeature, type LatLng } from './geopark-model.js';
import type { MapView } from './map-view.js';
import { loadedRegions, loadRegions, loadRegionShapes } from './region-loader.js';
import type { RegionShape } from './region-shapes.js';
import { placesText, statusLabel } from './geopark-map.strings.js';
import { geoparkStrings } from '../../locales/geopark.js';
import { lazyModule } from '../../core/lazy-module.js';
import { CsvText } from '../../data/csv-text.js';

/** The CSV reader (with d3-dsv): loaded only when CSV arrives. */
const csvReader = lazyModule('map CSV reader', () => import('./parse-csv.js'));

type MapModule = typeof import('./map-view.js');

/** OpenStreetMap's standard tile server (its tile usage policy asks for the attribution shown). */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';
/** How far outside the viewport the map starts loading Leaflet. */
const NEAR_VIEWPORT = '300px';
/** Placeholders in a tile template, as Leaflet's `Util.template` reads them, and those a tile layer fills. */
const TILE_PLACEHOLDER = /\{ *([\w_ -]+) *\}/g;
const TILE_KEYS = ['z', 'x', 'y', 's', 'r', '-y'];
/** The built-in data, parsed once per page; its chunk loads only for a map with no data of its own. */
let defaultModel: GeoparkCollection | undefined;
let defaultRequest: Promise<GeoparkCollection> | undefined;

/** The loaded map module, by the loader that loaded it (a subclass may have its own loader). */
const loadedModules = new WeakMap<() => Promise<MapModule>, MapModule>();

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
    mapState: { state: true },
    tilesFailed: { state: true },
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

  /** Where Leaflet is: not asked for yet, loading, loaded, or unable to load. */
  private mapState: 'waiting' | 'loading' | 'loaded' | 'failed' = 'waiting';
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
  private intersection: IntersectionObserver | undefined;
  private regionRequest: Promise<void> | undefined;
  /** Who changed `selected` last: the map (already showing it), the list (focus the popup), or the page. */
  private selectionSource: 'map' | 'list' | undefined;

  /** Imports the Leaflet chunk. A subclass may replace it (tests simulate a failed load). */
  protected static loadMapModule(): Promise<MapModule> {
    return import('./map-view.js');
  }

  private get mapModule(): MapModule | undefined {
    return loadedModules.get((this.constructor as typeof JihaGeoparkMap).loadMapModule);
  }

  /** The Leaflet map once built (undefined before the element nears the viewport), for advanced use. */
  get leafletMap(): LeafletMap | undefined {
    return this.view?.map;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observeViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.destroyView();
  }

  /** Starts loading Leaflet when the element first comes near the viewport. */
  private observeViewport(): void {
    if (this.mapState === 'failed') return;
    this.intersection?.disconnect();
    if (typeof IntersectionObserver === 'undefined') {
      this.startMap();
      return;
    }
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.intersection?.disconnect();
        this.intersection = undefined;
        this.startMap();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.intersection.observe(this);
  }

  private startMap(): void {
    // The map will read `regions`: its names load alongside Leaflet rather than after it.
    if (listsRegions(this.regions)) this.requestRegions();
    const type = this.constructor as typeof JihaGeoparkMap;
    const cached = this.mapModule;
    if (cached) {
      this.adoptLeafletStyles(cached);
      this.mapState = 'loaded';
      return;
    }
    if (this.mapState === 'loading') return;
    this.mapState = 'loading';
    type.loadMapModule().then(
      (module) => {
        loadedModules.set(type.loadMapModule, module);
        this.adoptLeafletStyles(module);
        this.mapState = 'loaded';
      },
      (error: unknown) => {
        console.warn('jiha-widgets: <jiha-geopark-map> could not load its map (Leaflet); showing the list instead.', error);
        this.mapState = 'failed';
      },
    );
  }

  /** Leaflet's CSS, first in the shadow root so that the element's own rules win. */
  private adoptLeafletStyles(module: MapModule): void {
    const root = this.shadowRoot;
    const sheet = module.leafletStyles.styleSheet;
    if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  }

  /**
   * Data that names a region by id or ISO code waits for the region table
   * (a small chunk, once per page); other data is read at once.
   */
  protected parseData(input: unknown): GeoparkCollection | Promise<GeoparkCollection> {
    if (input instanceof CsvText) return csvReader.load().then(({ parseGeoparksCsv }) => parseGeoparksCsv(input));
    const regions = loadedRegions();
    if (regions) return readGeoparks(input, regions.findRegion);
    if (!mentionsRegion(input)) return readGeoparks(input, noRegion);
    return loadRegions().then(({ findRegion }) => readGeoparks(input, findRegion));
  }

  /**
   * No data source: Morocco's geoparks, built in. They are a small chunk of
   * their own (texts in four languages), so pages whose maps bring their own
   * data do not download them; until it arrives the element is empty.
   */
  protected modelFromAttributes(): GeoparkCollection | undefined {
    if (defaultModel) return defaultModel;
    defaultRequest ??= Promise.all([import('./default-places.js'), loadRegions()]).then(
      ([{ DEFAULT_GEOPARKS }, { findRegion }]) => (defaultModel = readGeoparks(DEFAULT_GEOPARKS, findRegion)),
    );
    defaultRequest.then(
      () => this.invalidateData(),
      (error: unknown) => {
        defaultRequest = undefined;
        console.warn('jiha-widgets: <jiha-geopark-map> could not load its built-in geoparks.', error);
      },
    );
    return undefined;
  }

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
        this.regionsRequested = false;
        console.warn('jiha-widgets: <jiha-geopark-map> could not load the region names.', error);
      },
    );
  }

  /** The tile template to use, or null for none. */
  private tileTemplate(): string | null {
    const value = this.tiles?.trim();
    if (!value) return OSM_TILES;
    if (value === 'none') return null;
    // Leaflet throws (from a timer, into the page) on a placeholder it cannot fill, such as `{0}` or `{foo}`.
    const unknown = [...value.matchAll(TILE_PLACEHOLDER)].map((match) => match[1].trim()).filter((key) => !TILE_KEYS.includes(key));
    if (unknown.length > 0) {
      console.warn(`jiha-widgets: <jiha-geopark-map> tiles: {${unknown[0].slice(0, 20)}} is not a tile placeholder ({z}, {x}, {y}, {s}, {r}, {-y}); tiles dropped.`);
      return null;
    }
    return safeUrl(value.replace(TILE_PLACEHOLDER, '0'), 'link', 'tiles') ? value : null;
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

  /** Geoparks for the list: the geoparks themselves, or every feature when the data has only sites. */
  private listedFeatures(model: GeoparkCollection): GeoparkFeature[] {
    const geoparks = model.features.filter((feature) => feature.status !== 'site');
    return geoparks.length > 0 ? geoparks : model.features;
  }

  private text(value: LocalizedText | undefined): string {
    return value === undefined ? '' : pickText(value, this.language.ui) ?? '';
  }

  private regionName(feature: GeoparkFeature): string | undefined {
    return feature.region ? this.text(feature.region.name) || undefined : undefined;
  }

  protected renderModel(model: GeoparkCollection): TemplateResult {
    const showMap = this.mapState !== 'failed';
    const mapReady = this.mapState === 'loaded';
    const listed = this.listedFeatures(model);
    return html`
      ${this.tilesFailed
        ? html`<p class="notice" role="status" part="notice">${msg('The map tiles could not be loaded; the map shows region outlines only.', { id: 'geopark.tiles-failed' })}</p>`
        : nothing}
      ${this.mapState === 'failed'
        ? html`<p class="notice" role="status" part="notice">${msg('The map could not be loaded; the geoparks are listed here.', { id: 'geopark.map-failed' })}</p>`
        : nothing}
      <div class="layout ${this.list ? 'with-list' : ''}">
        ${showMap
          ? html`<div class="map-wrap ${mapReady ? 'ready' : 'waiting'}" part="map">
              <div class="map"></div>
              ${mapReady ? this.renderControls() : this.list ? nothing : this.renderList(listed, false)}
            </div>`
          : nothing}
        ${this.list ? this.renderList(listed, true) : showMap ? nothing : this.renderList(listed, false)}
      </div>
      ${mapReady ? this.renderAttribution() : nothing}
    `;
  }

  private renderList(features: GeoparkFeature[], asButtons: boolean): TemplateResult {
    return html`<ul class="list ${asButtons ? 'buttons' : 'text'}" part="list" aria-label=${msg('Geoparks', { id: 'geopark.list-label' })}>
      ${features.map((feature) => {
        const name = pickLocalized(feature.name, this.language.ui);
        const region = this.regionName(feature);
        const content = html`<span class="item-name" lang=${name?.lang ?? nothing}>${name?.text ?? feature.id}</span>
          <span class="item-status status-${feature.status}">${statusLabel(feature.status)}</span>
          ${region ? html`<span class="item-region">${region}</span>` : nothing}`;
        return html`<li data-id=${feature.id}>
          ${asButtons
            ? html`<button type="button" aria-pressed=${this.selected === feature.id ? 'true' : 'false'} @click=${() => this.chooseFromList(feature.id)}>${content}</button>`
            : content}
        </li>`;
      })}
    </ul>`;
  }

  private renderControls(): TemplateResult {
    const zoomIn = msg('Zoom in', { id: 'geopark.zoom-in' });
    const zoomOut = msg('Zoom out', { id: 'geopark.zoom-out' });
    return html`<div class="controls" part="controls" role="group" aria-label=${msg('Map controls', { id: 'geopark.controls' })}>
      <button type="button" class="zoom-in" title=${zoomIn} aria-label=${zoomIn} @click=${() => this.view?.zoomIn()}><span aria-hidden="true">+</span></button>
      <button type="button" class="zoom-out" title=${zoomOut} aria-label=${zoomOut} @click=${() => this.view?.zoomOut()}><span aria-hidden="true">−</span></button>
    </div>`;
  }

  private renderAttribution(): TemplateResult {
    const template = this.tileTemplate();
    const custom = this.attribution?.trim();
    const showsRegions = this.needsRegionShapes() && this.regionShapes !== undefined;
    const osm = msg('© OpenStreetMap contributors', { id: 'geopark.attribution.osm' });
    const credits: unknown[] = [html`<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>`];
    if (template && !this.tilesFailed) {
      if (custom) credits.push(html`<span>${custom}</span>`);
      else if (template === OSM_TILES) credits.push(html`<a href=${OSM_COPYRIGHT} target="_blank" rel="noopener">${osm}</a>`);
    }
    if (showsRegions) {
      credits.push(
        html`<span>${msg('Regions:', { id: 'geopark.attribution.regions' })}
          <a href=${OSM_COPYRIGHT} target="_blank" rel="noopener">${osm}</a>, <a href="https://opendatacommons.org/licenses/odbl/" target="_blank" rel="noopener">ODbL</a>,
          ${msg('via morocco-map', { id: 'geopark.attribution.via' })}</span>`,
      );
    }
    return html`<p class="attribution" part="attribution">${credits.map((credit, index) => html`${index > 0 ? html`<span aria-hidden="true"> | </span>` : nothing}${credit}`)}</p>`;
  }

  /** A popup's dialog box (a place's or a cluster's), focusable, in the element's language and direction. */
  private popupContainer(className: string): HTMLElement {
    const { ui, dir } = this.language;
    const container = document.createElement('div');
    container.className = className;
    container.setAttribute('part', 'popup');
    container.setAttribute('role', 'dialog');
    container.tabIndex = -1;
    container.lang = ui;
    container.dir = dir;
    return container;
  }

  /** A popup's content, built as DOM in the element's language. */
  private popupContent(feature: GeoparkFeature, close: () => void): HTMLElement {
    const { ui } = this.language;
    const container = this.popupContainer('popup');
    const template = inLanguage(ui, () => this.renderPopup(feature, close));
    container.setAttribute('aria-label', this.text(feature.name) || feature.id);
    render(template, container);
    return container;
  }

  private renderPopup(feature: GeoparkFeature, close: () => void): TemplateResult {
    const name = pickLocalized(feature.name, this.language.ui);
    const summary = feature.summary ? pickLocalized(feature.summary, this.language.ui) : undefined;
    const region = this.regionName(feature);
    const parent = feature.parent ? this.model?.features.find((candidate) => candidate.id === feature.parent) : undefined;
    const closeLabel = msg('Close', { id: 'geopark.close' });
    const rows: [string, string][] = [];
    if (parent) rows.push([msg('Geopark', { id: 'geopark.field.geopark' }), this.text(parent.name)]);
    if (region) rows.push([msg('Region', { id: 'geopark.field.region' }), region]);
    if (feature.designated !== undefined) rows.push([msg('Designated', { id: 'geopark.field.designated' }), String(feature.designated)]);
    if (feature.areaKm2 !== undefined) {
      const area = formatNumber(feature.areaKm2, this.language);
      rows.push([msg('Area', { id: 'geopark.field.area' }), msg(str`${area} km²`, { id: 'geopark.area-km2' })]);
    }
    return html`<button type="button" class="popup-close" title=${closeLabel} aria-label=${closeLabel} @click=${close}><span aria-hidden="true">×</span></button>
      <h3 class="popup-name" lang=${name?.lang ?? nothing}>${name?.text ?? feature.id}</h3>
      <p class="popup-status status-${feature.status}">${statusLabel(feature.status)}</p>
      ${rows.length > 0 ? html`<dl>${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>` : nothing}
      ${summary ? html`<p class="popup-summary" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
      ${feature.url ? html`<a class="popup-link" href=${feature.url} target="_blank" rel="noopener">${msg('Website', { id: 'geopark.field.website' })}</a>` : nothing}`;
  }

  private markerLabel(feature: GeoparkFeature): string {
    return inLanguage(this.language.ui, () => `${this.text(feature.name) || feature.id} (${statusLabel(feature.status)})`);
  }

  /** A cluster's name: how many places, then each (a geopark with its status; sites by name, their status is in the popup). */
  private clusterLabel(features: readonly GeoparkFeature[]): string {
    const { ui } = this.language;
    return inLanguage(ui, () => {
      const places = placesText(features.length, this.language);
      // Semicolons: place names may hold commas ("M'Goun Geopark Museum, Azilal").
      const names = features
        .map((feature) => (feature.status === 'site' ? this.text(feature.name) || feature.id : this.markerLabel(feature)))
        .join(ui === 'ar' ? '؛ ' : '; ');
      return msg(str`${places}: ${names}`, { id: 'geopark.cluster.label', desc: 'A cluster marker: the number of places, then their names.' });
    });
  }

  /** A cluster's popup: its places as buttons; each shows its place on the map and opens its popup. */
  private clusterContent(features: readonly GeoparkFeature[], choose: (id: string) => void, close: () => void): HTMLElement {
    const { ui } = this.language;
    const container = this.popupContainer('popup cluster-popup');
    const template = inLanguage(ui, () => {
      const places = placesText(features.length, this.language);
      container.setAttribute('aria-label', places);
      const closeLabel = msg('Close', { id: 'geopark.close' });
      return html`<button type="button" class="popup-close" title=${closeLabel} aria-label=${closeLabel} @click=${close}><span aria-hidden="true">×</span></button>
        <h3 class="popup-name">${places}</h3>
        <ul class="cluster-list">
          ${features.map((feature) => {
            const name = pickLocalized(feature.name, ui);
            return html`<li>
              <button type="button" data-id=${feature.id} @click=${(event: Event) => {
                // Choosing replaces this popup's content: Leaflet, seeing a click from a detached node, would take it for a click on the map and close the new popup.
                event.stopPropagation();
                choose(feature.id);
              }}>
                <span class="item-name" lang=${name?.lang ?? nothing}>${name?.text ?? feature.id}</span>
                <span class="item-status status-${feature.status}">${statusLabel(feature.status)}</span>
              </button>
            </li>`;
          })}
        </ul>`;
    });
    render(template, container);
    return container;
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
    return this.regionIds.length > 0 || this.tileTemplate() === null || this.tilesFailed;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadState !== 'ready' || this.mapState !== 'loaded' || !this.isConnected) {
      this.destroyView();
      return;
    }
    this.syncView(changed);
  }

  /** Builds the map when its container is there, and keeps it in step with the properties. */
  private syncView(changed: PropertyValues): void {
    const module = this.mapModule;
    const container = this.mapContainer;
    if (!module || !container || !this.model) return;
    const tiles = this.tileTemplate();
    const key = JSON.stringify([tiles, this.center, this.zoom]);
    if (this.view && this.viewKey !== key) this.destroyView();
    const built = !this.view;
    if (!this.view) {
      this.viewKey = key;
      this.tilesFailed = false;
      this.view = new module.MapView({
        container,
        tiles,
        center: this.parsedCenter(),
        zoom: this.zoom !== null && Number.isFinite(this.zoom) ? this.zoom : undefined,
        markerLabel: (feature) => this.markerLabel(feature),
        clusterLabel: (features) => this.clusterLabel(features),
        clusterCount: (count) => formatNumber(count, this.language),
        popupContent: (feature, close) => this.popupContent(feature, close),
        clusterContent: (features, choose, close) => this.clusterContent(features, choose, close),
        onChoose: (id) => this.chooseFromMap(id),
        onTilesFailed: () => {
          this.tilesFailed = true;
        },
        reducedMotion: () => this.reducedMotion(),
      });
    }
    const view = this.view;
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
    const basemap = this.tileTemplate() === null || this.tilesFailed;
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

/** The lookup for data that names no region: it is never called. */
const noRegion = (): undefined => undefined;

declare global {
  interface HTMLElementTagNameMap {
    'jiha-geopark-map': JihaGeoparkMap;
  }
}
