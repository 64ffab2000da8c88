/** The Leaflet chunk's styles, in their order (Leaflet's first, so that the element's own win): adopted into the element's shadow root. */
import { leafletStyles } from './leaflet-styles.generated.js';
import { mapOverlayStyles } from './map-overlays.styles.js';
import { mapPopupStyles } from './map-popups.styles.js';
import { signStyles } from './signs.styles.js';

export const mapStyles = [leafletStyles, mapOverlayStyles, mapPopupStyles, signStyles];
