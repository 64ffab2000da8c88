import { css } from 'lit';

export const geoparkMapStyles = css`
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  .layout.with-list {
    grid-template-columns: minmax(0, 1fr) minmax(12em, 18em);
  }
  @container (max-width: 40em) {
    .layout.with-list {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The container is .frame, not the host: a page's "* { all: revert }" reverts :host rules. */
  .frame {
    container-type: inline-size;
  }
  .map-wrap {
    position: relative;
    block-size: var(--jiha-geopark-map-height, 420px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .map-wrap.waiting {
    overflow: auto;
  }
  .map {
    position: absolute;
    inset: 0;
    isolation: isolate;
    font: inherit;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .map:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .waiting .list {
    position: relative;
    margin: 0;
    padding: var(--_space);
  }
  .controls {
    position: absolute;
    inset-block-start: calc(var(--_space) / 2);
    inset-inline-start: calc(var(--_space) / 2);
    z-index: 1000;
    display: grid;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .controls button {
    /* Sizes in em of this 1.25em text (36px at the reader's default 16px). */
    inline-size: 1.8em;
    block-size: 1.8em;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    font: 700 1.25em/1 var(--_font);
    cursor: pointer;
  }
  .controls button + button {
    border-block-start: 1px solid var(--_border);
  }
  .controls button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }
  .attribution {
    margin: calc(0.25em / 0.75) 0 0;
    color: var(--_muted);
    font-size: 0.75em;
    text-align: end;
  }
  .attribution a {
    color: inherit;
    /* WCAG 2.5.8: each credit link a target at least 24 px high (small text, so the box is set in px). */
    display: inline-block;
    line-height: 24px;
  }
  .notice {
    margin: 0 0 0.5em;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border-inline-start: 4px solid var(--_warn);
    background: var(--_surface);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .list {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    align-content: start;
  }
  .list li > span,
  .list button > span {
    display: block;
  }
  /* A place as a button, in the list and in a cluster's popup: one look (sizes differ, below and with the popup). */
  .list.buttons button,
  .cluster-list button {
    inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .list.buttons button {
    padding: 0.5em 0.75em;
  }
  .list.buttons button[aria-pressed='true'] {
    border-color: var(--_accent);
    border-inline-start-width: 6px;
  }
  .item-name {
    font-weight: 700;
  }
  .item-status,
  .item-region {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Markers: shape and fill tell the status; colour only adds to it. */
  .jiha-marker {
    background: none;
    border: 0;
    cursor: pointer;
  }
  .jiha-marker svg {
    display: block;
    overflow: visible;
  }
  .jiha-marker .shape {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .jiha-marker .sign {
    fill: var(--_surface);
  }
  .jiha-marker-aspiring .shape {
    fill: var(--_surface);
    stroke: var(--_warn);
    stroke-width: 3;
    stroke-dasharray: 4 2.5;
  }
  .jiha-marker-aspiring .sign {
    fill: none;
    stroke: var(--_warn);
    stroke-width: 1.5;
  }
  .jiha-marker-national .shape {
    fill: var(--_ok);
  }
  .jiha-marker-site .shape {
    fill: var(--_text);
    stroke-width: 2.5;
  }
  /* A cluster: its lead's sign and a badge with the number of places (inside its 36 px target). */
  .jiha-cluster .cluster {
    position: relative;
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .jiha-cluster svg {
    position: absolute;
    inset-block-end: 0;
    inset-inline-start: 0;
  }
  .jiha-cluster .count {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    box-sizing: border-box;
    /* Sizes in the widget's em, at this 0.6875em text. */
    min-inline-size: calc(1.125em / 0.6875);
    block-size: calc(1.125em / 0.6875);
    padding-inline: calc(0.25em / 0.6875);
    border: 1px solid var(--_surface);
    border-radius: calc(0.5625em / 0.6875);
    background: var(--_text);
    color: var(--_surface);
    font: 700 0.6875em var(--_font);
    line-height: calc(1em / 0.6875);
    text-align: center;
  }
  .jiha-marker:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
    border-radius: 50%;
  }
  .jiha-region {
    stroke: var(--_muted);
    stroke-width: 1;
    fill: var(--_surface);
    fill-opacity: 0.6;
  }
  .jiha-region-highlight {
    stroke: var(--_accent);
    stroke-width: 3;
    fill: var(--_accent);
    fill-opacity: 0.12;
  }
  .jiha-area {
    stroke: var(--_accent);
    stroke-width: 2;
    fill: var(--_accent);
    fill-opacity: 0.15;
  }
  .jiha-area-aspiring {
    stroke: var(--_warn);
    stroke-dasharray: 6 4;
  }
  /* Popups in the element's colours and font. */
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
    position: relative;
    padding: calc(0.75em / 0.9) calc(1em / 0.9);
    padding-inline-end: calc(2.5em / 0.9);
  }
  .popup:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .popup-close {
    position: absolute;
    /* In em of its own text, 1.25 of the widget's em. */
    inset-block-start: 0.2em;
    inset-inline-end: 0.2em;
    inline-size: 1.6em;
    block-size: 1.6em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font-size: calc(1.25em / 0.9);
    cursor: pointer;
  }
  .popup-name {
    margin: 0 0 calc(0.25em / 0.945);
    font-size: 1.05em;
  }
  .popup-status {
    margin: 0 0 calc(0.5em / 0.9);
    font-weight: 600;
  }
  .popup dl {
    display: grid;
    gap: calc(0.125em / 0.9);
    margin: 0 0 calc(0.5em / 0.9);
  }
  .popup dl div {
    display: flex;
    gap: 0.5em;
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
    gap: calc(0.25em / 0.9);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cluster-list button {
    min-block-size: calc(2em / 0.9);
    padding: calc(0.25em / 0.9) calc(0.5em / 0.9);
  }
  .cluster-list button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }
  .cluster-list span {
    display: block;
  }
  .print-list {
    display: none;
  }
  /* Paper: the map as drawn (kept on one page), then its places as text; before the map loads, the list it shows grows to its length. */
  @media print {
    .print-list {
      display: block;
    }
    .layout.with-list {
      grid-template-columns: minmax(0, 1fr);
    }
    .map-wrap {
      break-inside: avoid;
    }
    .map-wrap.waiting {
      block-size: auto;
      overflow: visible;
    }
    .controls,
    .popup-close,
    .leaflet-control-container .leaflet-control-zoom {
      display: none;
    }
    .notice {
      white-space: normal;
    }
    .list.buttons button {
      border-color: #000;
    }
    /* Backgrounds do not print: the count in black on white. */
    .jiha-cluster .count {
      border-color: #000;
      background: #fff;
      color: #000;
    }
  }
  @media (forced-colors: active) {
    .jiha-marker .shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .jiha-marker-aspiring .shape,
    .jiha-marker-aspiring .sign {
      fill: Canvas;
      stroke: CanvasText;
    }
    /* LinkText, not Highlight: palettes pair Highlight with HighlightText only, and Firefox's default one draws it at 2.5:1 on the map. */
    .jiha-region-highlight {
      stroke: LinkText;
    }
    .jiha-cluster .count {
      background: CanvasText;
      color: Canvas;
      border-color: Canvas;
    }
  }
`;
