import type { ReactiveElement } from 'lit';
import { loadedRegions, loadRegions, loadRegionShapes } from './region-loader.js';
import type { RegionShape } from './region-types.js';

/** The map element: its `regions` attribute (space-separated region ids or ISO codes). */
export interface MapRegionsHost extends ReactiveElement {
  regions: string | null;
}

/**
 * A map element's regions: its `regions` attribute as region ids, and the
 * region shapes once something draws them. Each loads on demand (see
 * region-loader.ts); an arrival updates the element.
 */
export class MapRegions {
  /** The region shapes, once loaded (see `loadShapes`). */
  shapes: RegionShape[] | undefined;
  #host: MapRegionsHost;
  /** The region table did not load: it is part of the data, so the element shows the `fetch-failed` state. */
  #onTableFailed: (error: unknown) => void;
  #parsed: { value: string | null; ids: string[] } | undefined;
  #tableRequested = false;
  #shapesRequest: Promise<void> | undefined;

  constructor(host: MapRegionsHost, onTableFailed: (error: unknown) => void) {
    this.#host = host;
    this.#onTableFailed = onTableFailed;
  }

  /**
   * The `regions` attribute as region ids, read once per value (an unknown
   * name is warned about once). Until the region table has loaded there are
   * none yet; its arrival updates the element.
   */
  get ids(): string[] {
    const value = this.#host.regions;
    const regions = loadedRegions();
    if (!regions) {
      this.requestTable();
      return [];
    }
    if (this.#parsed?.value !== value) this.#parsed = { value, ids: regions.parseRegionList(value) };
    return this.#parsed.ids;
  }

  /** Loads the region table when the `regions` attribute lists anything, then updates. */
  requestTable(): void {
    if (this.#tableRequested || !listsRegions(this.#host.regions)) return;
    this.#tableRequested = true;
    loadRegions().then(
      () => this.#host.requestUpdate(),
      (error: unknown) => {
        // Until the next connect reads the data again.
        this.#tableRequested = false;
        this.#onTableFailed(error);
      },
    );
  }

  /** Loads the region shapes (once), then updates; a failure is warned about and tried again on the next call. */
  loadShapes(): void {
    this.#shapesRequest ??= loadRegionShapes().then(
      (shapes) => {
        this.shapes = shapes;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#shapesRequest = undefined;
        console.warn('jiha-widgets: <jiha-geopark-map> could not load the region shapes.', error);
      },
    );
  }
}

/** Whether a `regions` value lists anything (blanks and commas list nothing). */
const listsRegions = (value: string | null): boolean => /[^\s,]/.test(value ?? '');
