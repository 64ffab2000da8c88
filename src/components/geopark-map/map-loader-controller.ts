import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The Leaflet chunk: Leaflet, its CSS and the map view. */
export type MapModule = typeof import('./view/map-view.js');

/** Where Leaflet is: not asked for yet, loading, loaded, or unable to load. */
export type MapLoadState = 'waiting' | 'loading' | 'loaded' | 'failed';

/** How far outside the viewport the map starts loading Leaflet. */
const NEAR_VIEWPORT = '300px';

/** The loaded map module, by the loader that loaded it (a subclass may have its own loader). */
const loadedModules = new WeakMap<object, MapModule>();

export interface MapLoaderOptions {
  /** Identifies the loader: elements with the same one share its module once loaded. */
  key: object;
  /** Imports the Leaflet chunk. */
  load(): Promise<MapModule>;
  /** The element has come near the viewport (before the chunk is asked for). */
  onNear?(): void;
}

/**
 * Loads Leaflet for an element when it first comes near the viewport
 * (or at once where IntersectionObserver is missing), and adopts Leaflet's
 * CSS into the element's shadow root. A chunk that does not load leaves the
 * state `failed` for good: the element then shows what it can without a map
 * (docs/elements/geopark-map.md), rather than trying again on every connect.
 */
export class MapLoaderController implements ReactiveController {
  state: MapLoadState = 'waiting';
  #host: ReactiveControllerHost & HTMLElement;
  #options: MapLoaderOptions;
  #intersection: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MapLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The map module once loaded. */
  get module(): MapModule | undefined {
    return loadedModules.get(this.#options.key);
  }

  hostConnected(): void {
    if (this.state === 'failed') return;
    this.#intersection?.disconnect();
    if (typeof IntersectionObserver === 'undefined') {
      this.#start();
      return;
    }
    this.#intersection = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#stopObserving();
        this.#start();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.#intersection.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#stopObserving();
  }

  #stopObserving(): void {
    this.#intersection?.disconnect();
    this.#intersection = undefined;
  }

  #setState(state: MapLoadState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #start(): void {
    this.#options.onNear?.();
    const cached = this.module;
    if (cached) {
      this.#adoptStyles(cached);
      this.#setState('loaded');
      return;
    }
    if (this.state === 'loading') return;
    this.#setState('loading');
    this.#options.load().then(
      (module) => {
        loadedModules.set(this.#options.key, module);
        this.#adoptStyles(module);
        this.#setState('loaded');
      },
      (error: unknown) => {
        console.warn(
          'jiha-widgets: <jiha-geopark-map> could not load its map (Leaflet); showing the list instead.',
          error,
        );
        this.#setState('failed');
      },
    );
  }

  /** Leaflet's CSS and the map's own (overlays, popups, signs), first in the shadow root so that the element's own rules win. */
  #adoptStyles(module: MapModule): void {
    const root = this.#host.shadowRoot;
    const sheets = module.mapStyles
      .map((styles) => styles.styleSheet)
      .filter((sheet): sheet is CSSStyleSheet => !!sheet);
    if (!root || sheets.length === 0 || root.adoptedStyleSheets.includes(sheets[0])) return;
    root.adoptedStyleSheets = [...sheets, ...root.adoptedStyleSheets];
  }
}
