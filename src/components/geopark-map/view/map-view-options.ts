/** What the element gives its Leaflet view (map-view.ts): where to draw, what to say, and whom to tell. */
import type { GeoparkFeature, LatLng } from '../places/geopark-model.js';
import type { GestureHint } from './gesture-handling.js';

export interface MapViewOptions {
  container: HTMLElement;
  /** A tile URL template, or null for none (see setTiles). */
  tiles: string | null;
  /** Cooperative gestures (the page keeps scrolling); false: Leaflet's own wheel and touch. */
  cooperativeGestures: boolean;
  /** Shows (or with null hides) the hint for a gesture the map left to the page. */
  onGestureHint(hint: GestureHint | null): void;
  center?: LatLng;
  zoom?: number;
  /** The accessible name of a feature's marker. */
  markerLabel(feature: GeoparkFeature): string;
  /** The accessible name of a cluster marker, naming its places (the lead first). */
  clusterLabel(features: readonly GeoparkFeature[]): string;
  /** A cluster's count as shown on its badge. */
  clusterCount(count: number): string;
  /** The popup's content for a feature, as DOM. */
  popupContent(feature: GeoparkFeature, close: () => void): HTMLElement;
  /** The popup's content for a cluster, as DOM: its places, each one `choose`able. */
  clusterContent(features: readonly GeoparkFeature[], choose: (id: string) => void, close: () => void): HTMLElement;
  /** A marker was chosen on the map (click, or Enter on it). */
  onChoose(id: string): void;
  /** Tiles keep failing. */
  onTilesFailed(): void;
  reducedMotion(): boolean;
  /** What the element draws over the map (the zoom buttons): popups are kept clear of them. */
  keepClear(): readonly Element[];
}
