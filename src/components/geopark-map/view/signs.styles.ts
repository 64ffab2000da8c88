import { css } from 'lit';

/**
 * The signs of places by status, on the map's markers and in its key
 * (map-legend.ts): shape and fill tell the status, colour only adds to it.
 * In the Leaflet chunk, adopted with it.
 */
export const signStyles = css`
  .jiha-marker {
    background: none;
    border: 0;
    cursor: pointer;
  }
  .jiha-marker svg,
  .legend-sign svg {
    display: block;
    overflow: visible;
  }
  :is(.jiha-marker, .legend-sign) .shape {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  :is(.jiha-marker, .legend-sign) .sign {
    fill: var(--_surface);
  }
  :is(.jiha-marker-aspiring, .legend-aspiring) .shape {
    fill: var(--_surface);
    stroke: var(--_warn);
    stroke-width: 3;
    stroke-dasharray: 4 2.5;
  }
  :is(.jiha-marker-aspiring, .legend-aspiring) .sign {
    fill: none;
    stroke: var(--_warn);
    stroke-width: 1.5;
  }
  :is(.jiha-marker-national, .legend-national) .shape {
    fill: var(--_ok);
  }
  :is(.jiha-marker-site, .legend-site) .shape {
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
  :is(.jiha-cluster, .legend-cluster) .count {
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
  .jiha-cluster .count {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
  }
  .jiha-marker:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
    border-radius: 50%;
  }
  /* The key, under the map on the page's background: one line where it fits. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_text);
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend-sign {
    display: grid;
    flex: none;
    place-items: center;
    min-inline-size: calc(1.25em / 0.875);
  }
  @media print {
    /* Backgrounds do not print: the count in black on white. */
    :is(.jiha-cluster, .legend-cluster) .count {
      border-color: #000;
      background: #fff;
      color: #000;
    }
  }
  @media (forced-colors: active) {
    :is(.jiha-marker, .legend-sign) .shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    :is(.jiha-marker-aspiring, .legend-aspiring) :is(.shape, .sign) {
      fill: Canvas;
      stroke: CanvasText;
    }
    :is(.jiha-cluster, .legend-cluster) .count {
      background: CanvasText;
      color: Canvas;
      border-color: Canvas;
    }
  }
`;
