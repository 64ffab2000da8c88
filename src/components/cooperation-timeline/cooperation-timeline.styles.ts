import { css } from 'lit';

/**
 * The timeline's parts: filters, legend, year markers, events, notices and
 * the row's buttons (where they stand is timeline-layout.styles.ts).
 * Logical properties only, so rtl mirrors everything. Every text sits on a
 * box of the widget's own surface colour, never straight on the page: a
 * page's background, light or dark, whatever scheme it declares, cannot
 * take away its contrast.
 */
export const cooperationTimelineStyles = css`
  /* The container is .frame, not the host: a page's "* { all: revert }" reverts :host rules. */
  .frame {
    container: jiha-timeline / inline-size;
  }
  .timeline {
    --_p0: var(--_data-p0, var(--_accent));
    --_p1: var(--_data-p1, var(--_ok));
    --_p2: var(--_data-p2, var(--_warn));
    --_p3: var(--_data-p3, var(--_muted));
    /* The line: between the border and the muted text, so it reads as the timeline's spine on either scheme. */
    --_line: color-mix(in srgb, var(--_border), var(--_muted));
    --_band: color-mix(in srgb, var(--_border) 22%, var(--_surface));
    --_gap: 0.75em;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    /* Bold and italics only where the font has them: Arabic and Tifinagh fonts often lack them, and faked ones deform the letters. */
    font-synthesis: none;
  }
  .p0 {
    --_c: var(--_p0);
  }
  .p1 {
    --_c: var(--_p1);
  }
  .p2 {
    --_c: var(--_p2);
  }
  .p3 {
    --_c: var(--_p3);
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p,
  h3,
  h4 {
    margin: 0;
  }
  .icon,
  .check {
    flex: none;
    vertical-align: -0.2em;
  }

  /* Filters: a ticked box says "shown"; an empty box "hidden". */
  .filters,
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding-block: 0.3em;
    padding-inline: 0.55em 0.85em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .filter .check {
    color: var(--_muted);
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  .filter[aria-pressed='true'] .check {
    color: var(--_accent);
  }
  .legend {
    justify-self: start;
    column-gap: 1.25em;
    padding-block: 0.3em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .legend .partner {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .labels .swatch {
    margin-inline-end: 0.35em;
  }
  .swatch {
    display: inline-block;
    flex: none;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 50%;
    background: var(--_c);
    border: 1px solid var(--_text);
  }

  /* Year groups: the browser skips layout and paint of those far from the viewport. */
  /* --_count (the group's number of events) sizes a group the browser has not laid out yet. */
  .year {
    content-visibility: auto;
    /* No intrinsic width: a width remembered from a wider container must not hold a narrow one open. */
    contain-intrinsic-size: none auto calc(var(--_count, 4) * 7.25em + 3em);
    display: grid;
    gap: var(--_gap);
    padding-block-end: var(--_space);
  }
  /* A year group not rendered yet holds about its size, so the scroll bar and position stay right. */
  .year.pending .events {
    block-size: calc(var(--_count, 1) * 7.25em);
  }
  /* Markers on the line (a year, today): opaque, and positioned, so they are painted over the line. */
  .year-heading,
  .today {
    justify-self: start;
    position: relative;
    border: 2px solid var(--_line);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
  }
  .year-heading {
    padding-block: 0.1em;
    padding-inline: 0.7em;
    font-size: 1.125em;
    line-height: 1.4;
  }

  /* Events */
  .event {
    display: block;
    position: relative;
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 5px solid var(--_c, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Nothing runs out of its card: a long address or word breaks where it must. */
    overflow-wrap: anywhere;
  }
  .event.side-joint {
    border-inline-start-color: var(--_p0);
    border-inline-end: 5px solid var(--_p1);
  }
  /* Context (no partner): a band across the line, open at its ends, on a tint of its own. */
  .event.side-context {
    border: 1px dashed var(--_line);
    border-inline-width: 0;
    border-radius: 0;
    background: var(--_band);
  }
  .event:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Inline formatting, not flex: thousands of events lay out faster. */
  .date {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .flag {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
  }
  .upcoming-flag {
    color: var(--_warn);
    font-weight: 600;
  }
  .uncertain-flag {
    color: var(--_warn);
    border-style: dashed;
  }
  .event.uncertain .date time::before {
    content: '≈ ';
  }
  .event.upcoming {
    border-block-style: dashed;
    border-inline-end-style: dashed;
  }
  .title {
    margin-block: 0.3em;
    font-size: 1em;
    line-height: 1.4;
  }
  /* Arabic needs room above and below its letters' dots and marks. */
  .title:lang(ar) {
    line-height: 1.65;
  }
  /* 0.3 of the widget's em, at each one's own text size. */
  .summary {
    margin-block-end: calc(0.3em / 0.95);
    font-size: 0.95em;
  }
  /* WCAG 2.5.8: padding makes the link's box 24 px tall whatever the font's own height (Firefox drew 19 px for Arabic); lines keep their height. */
  .title a {
    padding-block: 0.25em;
    color: inherit;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.25em;
    text-decoration-skip-ink: auto;
  }
  /* Below the dots under Arabic letters, not through them. */
  .title a:lang(ar) {
    text-underline-offset: 0.45em;
  }
  .title a:hover {
    color: var(--_accent);
    text-decoration-thickness: 2px;
  }
  .labels {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .labels > span {
    margin-inline-end: 0.9em;
  }
  .labels .icon {
    margin-inline-end: 0.3em;
  }
  .labels .context-label {
    margin-inline-start: 0;
  }
  /* The label, then the links: each link an item, so they wrap between, never run together. */
  .sources {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    margin-block-start: calc(0.3em / 0.8);
    color: var(--_muted);
    font-size: 0.8em;
  }
  .source-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    min-inline-size: 0;
  }
  /* WCAG 2.5.8: a source link is a 24 px target; wrapped rows of bare 15 px lines were too close to tell apart by touch. */
  .sources a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: inherit;
  }
  .today {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border-color: var(--_warn);
    font-weight: 600;
    font-size: 0.9em;
  }
  .empty,
  .notice {
    justify-self: start;
    padding-block: 0.6em;
    padding-inline: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty {
    color: var(--_muted);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    border-inline-start: 4px solid var(--_accent);
  }
  .show-all {
    justify-self: start;
  }

  /* The row's paging: previous, where the view stands in the row, next. */
  .row-controls {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .row-controls[hidden] {
    display: none;
  }
  .page-button {
    display: inline-grid;
    flex: none;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 1px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .page-button[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
  /* The chevron points to the inline end: turned for "previous", and for "next" in rtl. */
  .previous .chevron,
  [dir='rtl'] .next .chevron {
    transform: scaleX(-1);
  }
  [dir='rtl'] .previous .chevron {
    transform: none;
  }
  .row-position {
    position: relative;
    flex: 1;
    block-size: 0.375em;
    border-radius: 999px;
    background: var(--_border);
    overflow: hidden;
  }
  .row-thumb {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_thumb-start, 0) * 100%);
    inline-size: calc(var(--_thumb-size, 1) * 100%);
    border-radius: inherit;
    background: var(--_accent);
  }
`;
