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
  .map-column {
    display: grid;
    gap: 0.5em;
    align-content: start;
    min-inline-size: 0;
  }
  /* The map's frame: the drawing area, and under it (never over it) the question before tiles. */
  /*
   * Its height the least it takes (1.4.4): with the reader's text twice as
   * large, the question alone would fill a fixed 420 px, and the drawing
   * area left could not hold a popup. It grows instead.
   */
  .map-wrap {
    display: flex;
    flex-direction: column;
    min-block-size: var(--jiha-geopark-map-height, 420px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .map-area {
    position: relative;
    flex: 1 1 auto;
    /* Room for a popup's name, first lines and close button, in the reader's text size. */
    min-block-size: 12em;
  }
  /* Before the map, the frame holds the list of places, whole: it grows to its length rather than scroll. */
  .map-wrap.waiting {
    block-size: auto;
    min-block-size: var(--jiha-geopark-map-height, 420px);
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
  /* Under the frame, on the page's background: the key, then the way back from the tiles and the credits. */
  .map-footer {
    display: grid;
    gap: 0.25em;
  }
  .map-notes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .attribution {
    margin: 0;
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.75em;
    text-align: end;
  }
  /* Spaced by margins, not by spaces in the template, which the build's minifier would collapse. */
  .credit-separator {
    margin-inline: 0.4em;
  }
  /* "(ODbL)" never breaks inside its brackets: the link is an inline block, which a line may end before. */
  .licence {
    white-space: nowrap;
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
  /* A geopark's sites (or a region's), under it: shorter lines, indented. */
  .list .sites {
    display: grid;
    gap: 0.25em;
    margin: 0.25em 0 0;
    padding: 0;
    padding-inline-start: 1em;
    list-style: none;
  }
  /*
   * A site's name and status on one line, wrapping between them. The
   * separator sits in the gap before the status, and the line clips what
   * leaves its box sideways: when the status starts a line, its separator
   * falls outside and is not drawn, so no line starts or ends with one.
   */
  .list .sites .item-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 1em;
    overflow-x: clip;
  }
  .list .sites .item-name {
    font-weight: 600;
  }
  .list .sites .item-status {
    position: relative;
  }
  .separator {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 100%;
    /* The line's 1em gap, in the status's smaller type. */
    inline-size: calc(1em / 0.875);
    text-align: center;
  }
  .separator::before {
    content: '·';
  }
  .list.buttons .sites button {
    padding: 0.25em 0.75em;
  }
  .group-name {
    font-weight: 700;
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
    .controls,
    .leaflet-control-container .leaflet-control-zoom {
      display: none;
    }
    .notice {
      white-space: normal;
    }
    .list.buttons button {
      border-color: #000;
    }
  }
  @media (forced-colors: active) {
    /* LinkText, not Highlight: palettes pair Highlight with HighlightText only, and Firefox's default one draws it at 2.5:1 on the map. */
    .jiha-region-highlight {
      stroke: LinkText;
    }
  }
`;
