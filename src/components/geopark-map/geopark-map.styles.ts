import { css } from 'lit';

export const geoparkMapStyles = css`
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  .layout.with-list {
    grid-template-columns: minmax(0, 1fr) minmax(12rem, 18rem);
  }
  @container (max-width: 40rem) {
    .layout.with-list {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  :host {
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
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    font: 700 1.25rem/1 var(--_font);
    cursor: pointer;
  }
  .controls button + button {
    border-block-start: 1px solid var(--_border);
  }
  .controls button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }
  .attribution {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.75em;
    text-align: end;
  }
  .attribution a {
    color: inherit;
  }
  .notice {
    margin: 0 0 0.5rem;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_warn);
    background: var(--_surface);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    align-content: start;
  }
  .list li > span,
  .list button > span {
    display: block;
  }
  .list.buttons button {
    inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
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
    font-size: 0.9rem;
    line-height: 1.45;
  }
  .popup {
    position: relative;
    padding: 0.75rem 1rem;
    padding-inline-end: 2.5rem;
  }
  .popup:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .popup-close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    inline-size: 2rem;
    block-size: 2rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font-size: 1.25rem;
    cursor: pointer;
  }
  .popup-name {
    margin: 0 0 0.25rem;
    font-size: 1.05em;
  }
  .popup-status {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .popup dl {
    display: grid;
    gap: 0.125rem;
    margin: 0 0 0.5rem;
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
    margin: 0 0 0.5rem;
  }
  .popup-link {
    color: var(--_accent);
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
    .jiha-region-highlight {
      stroke: Highlight;
    }
  }
`;
