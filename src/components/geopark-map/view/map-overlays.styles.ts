import { css } from 'lit';

/** The consent question, the control back from the tiles, and the gesture hint, over the map. */
export const mapOverlayStyles = css`
  /* Cooperative gestures: the browser pans the page with one finger; two reach Leaflet (gesture-handling.ts). */
  .map.leaflet-container.jiha-cooperative {
    touch-action: pan-x pan-y;
  }
  .consent {
    position: absolute;
    inset-block-end: var(--_space);
    inset-inline: var(--_space);
    z-index: 1000;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    max-inline-size: 36em;
    margin-inline: auto;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .consent-text {
    flex: 1 1 16em;
    margin: 0;
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
    position: absolute;
    inset-block-start: calc(var(--_space) / 2);
    inset-inline-end: calc(var(--_space) / 2);
    z-index: 1000;
    background: var(--_surface);
    color: var(--_text);
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
    .gesture-hint span,
    .consent {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
