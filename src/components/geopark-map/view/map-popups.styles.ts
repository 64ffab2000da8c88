import { css } from 'lit';

/**
 * Popups in the element's colours and font (map-popups.ts builds them):
 * a first line with the title and the close button, then a body that
 * scrolls when the popup is taller than the map allows (map-view.ts sets
 * `--_popup-block`). In the Leaflet chunk, adopted with it.
 */
export const mapPopupStyles = css`
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  .leaflet-popup-content-wrapper {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .leaflet-popup-content {
    margin: 0;
    font: inherit;
    font-size: 0.9em;
    line-height: 1.45;
  }
  /* Popup sizes are in the widget's em at the popup's 0.9em text. */
  .popup {
    display: flex;
    flex-direction: column;
    max-block-size: var(--_popup-block, calc(24em / 0.9));
    padding-block: calc(0.25em / 0.9) calc(0.75em / 0.9);
    padding-inline: calc(1em / 0.9) calc(0.25em / 0.9);
  }
  .popup:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .popup-head {
    display: flex;
    flex: none;
    align-items: flex-start;
    gap: calc(0.25em / 0.9);
  }
  .popup-name {
    flex: 1 1 auto;
    min-inline-size: 0;
    /* Centred on the close button's first line. */
    margin: calc(0.375em / 0.945) 0 0;
    font-size: 1.05em;
    overflow-wrap: break-word;
  }
  .popup-close {
    flex: none;
    /* In em of its own text, 1.25 of the widget's em: 2em of the widget's, 32 px at the reader's default. */
    inline-size: 1.6em;
    block-size: 1.6em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font-size: calc(1.25em / 0.9);
    cursor: pointer;
  }
  /* A scroll box clips what overflows it: room inside for the focus rings of its link and buttons (3 px, 2 px off). */
  .popup-body {
    min-block-size: 0;
    overflow-y: auto;
    margin-inline-start: calc(-0.3125em / 0.9);
    padding-block: 0 calc(0.3125em / 0.9);
    padding-inline: calc(0.3125em / 0.9) calc(0.75em / 0.9);
  }
  .popup-body:focus-visible {
    outline-offset: -3px;
  }
  .popup-status {
    margin: 0 0 calc(0.375em / 0.9);
    font-weight: 600;
  }
  .popup dl {
    display: grid;
    gap: calc(0.125em / 0.9);
    margin: 0 0 calc(0.5em / 0.9);
  }
  .popup dl div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .popup dt {
    color: var(--_muted);
  }
  .popup dt::after {
    content: ':';
  }
  .popup dd {
    margin: 0;
  }
  .popup-summary {
    margin: 0 0 calc(0.5em / 0.9);
  }
  .popup-link {
    color: var(--_accent);
  }
  .cluster-list {
    display: grid;
    gap: calc(0.375em / 0.9);
    margin-block: 0;
    list-style: none;
  }
  /* Its buttons look like the list's (the element's own styles). */
  @media print {
    .popup-close {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-popup {
      transition: none;
    }
  }
`;
