import { css } from 'lit';

/** The consent question (a bar under the drawing area), the control back from the tiles (with the credits), and the gesture hint (over the map). */
export const mapOverlayStyles = css`
  /* Cooperative gestures: the browser pans the page with one finger; two reach Leaflet (gesture-handling.ts). */
  .map.leaflet-container.jiha-cooperative {
    touch-action: pan-x pan-y;
  }
  /* One line where the map is wide enough, the button wrapping under the sentence on a phone. */
  .consent {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 1em;
    padding: 0.375em 0.75em;
    border-block-start: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .consent-text {
    flex: 1 1 20em;
    margin: 0;
    font-size: 0.875em;
  }
  .consent-button,
  .tiles-off {
    min-block-size: 2.25em;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    cursor: pointer;
  }
  .consent-button {
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }
  .tiles-off {
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  .consent-button:focus-visible,
  .tiles-off:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .gesture-hint {
    position: absolute;
    inset: 0;
    z-index: 1100;
    display: grid;
    place-items: center;
    margin: 0;
    padding: var(--_space);
    pointer-events: none;
  }
  .gesture-hint span {
    max-inline-size: 24em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-weight: 600;
    text-align: center;
  }
  @media (forced-colors: active) {
    .gesture-hint span {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
