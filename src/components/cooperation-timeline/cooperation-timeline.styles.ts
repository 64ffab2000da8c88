import { css } from 'lit';

/**
 * Logical properties only, so rtl mirrors everything: grid columns and
 * flex rows follow the direction, so the first partner's side is the
 * inline-start side in both.
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
    --_line: var(--_border);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
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
  .icon {
    flex: none;
    vertical-align: -0.2em;
  }

  /* Filters and legend */
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
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .filter[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend .partner {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
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
    gap: calc(var(--_space) / 2);
    padding-block-end: var(--_space);
  }
  /* A year group not rendered yet holds about its size, so the scroll bar and position stay right. */
  .year.pending .events {
    block-size: calc(var(--_count, 1) * 7.25em);
  }
  .horizontal .year.pending .events {
    block-size: 10em;
    inline-size: calc(var(--_count, 1) * 18.75em);
  }
  .year-heading {
    font-size: 1.25em;
    line-height: 1.2;
  }

  /* Events */
  .event {
    display: block;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 5px solid var(--_c, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    position: relative;
    min-inline-size: 0;
  }
  .title,
  .summary,
  .note {
    overflow-wrap: anywhere;
  }
  .event.side-joint {
    border-inline-start-color: var(--_p0);
    border-inline-end: 5px solid var(--_p1);
  }
  .event.side-context {
    border-style: dashed;
    border-inline-start-width: 1px;
    /* Opaque: a context event sits on the line, which must not run through its text. */
    background: var(--_surface);
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
    line-height: 1.35;
  }
  /* 0.3 of the widget's em, at each one's own text size. */
  .summary {
    margin-block-end: calc(0.3em / 0.95);
  }
  .note,
  .sources {
    margin-block-end: calc(0.3em / 0.8);
  }
  .title a {
    color: inherit;
    text-underline-offset: 0.2em;
  }
  .title a:hover {
    color: var(--_accent);
  }
  .summary {
    font-size: 0.95em;
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
  .context-label {
    font-style: italic;
  }
  .note,
  .sources {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .sources a {
    color: inherit;
  }
  .today {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border: 2px solid var(--_warn);
    border-radius: 999px;
    color: var(--_text);
    background: var(--_surface);
    font-weight: 600;
    font-size: 0.9em;
    justify-self: start;
  }
  .empty {
    color: var(--_muted);
  }
  .show-all {
    justify-self: start;
  }

  /* Vertical, one column: the line runs along the inline-start edge. */
  .vertical .events {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) * 1.25);
    border-inline-start: 2px solid var(--_line);
  }

  /* Vertical, two partners: first partner | line | second partner; joint and context events on the line. */
  .vertical.two-partners .events {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    column-gap: calc(var(--_space) * 2.5);
    padding-inline-start: 0;
    border-inline-start: 0;
    position: relative;
  }
  .vertical.two-partners .events::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(50% - 1px);
    border-inline-start: 2px solid var(--_line);
  }
  .vertical.two-partners .side-first {
    grid-column: 1;
  }
  .vertical.two-partners .side-second {
    grid-column: 2;
  }
  .vertical.two-partners .side-joint,
  .vertical.two-partners .side-context,
  .vertical.two-partners .side-single,
  .vertical.two-partners .today {
    grid-column: 1 / -1;
    justify-self: center;
    inline-size: min(100%, 32em);
  }
  .vertical.two-partners .today {
    inline-size: auto;
  }

  /* Narrow containers: one column; each event's partner label says whose it is. */
  @container jiha-timeline (max-width: 40em) {
    .vertical.two-partners .events {
      grid-template-columns: minmax(0, 1fr);
      padding-inline-start: calc(var(--_space) * 1.25);
      border-inline-start: 2px solid var(--_line);
    }
    .vertical.two-partners .events::before {
      content: none;
    }
    .vertical.two-partners .event {
      grid-column: 1;
      justify-self: stretch;
      inline-size: auto;
    }
    .vertical.two-partners .today {
      grid-column: 1;
      justify-self: start;
    }
  }

  /* Horizontal: one scrollable row, snapping to events. */
  .horizontal .years {
    display: flex;
    gap: var(--_space);
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scroll-padding-inline: var(--_space);
    padding-block-end: var(--_space);
  }
  .horizontal .year {
    flex: none;
    /* The row's start is a snap position too: Firefox snaps a fresh row to the first event, cutting off its year. */
    scroll-snap-align: start;
    contain-intrinsic-size: auto calc(var(--_count, 4) * 19em) auto 14em;
    align-content: start;
    padding-block-end: 0;
    border-block-start: 2px solid var(--_line);
    padding-block-start: 0.5em;
  }
  .horizontal .events {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: stretch;
  }
  .horizontal .event {
    flex: none;
    inline-size: min(18em, 80cqi);
    scroll-snap-align: start;
  }
  .horizontal .today {
    flex: none;
    align-self: center;
    scroll-snap-align: start;
  }

  @media (prefers-reduced-motion: no-preference) {
    .horizontal .years {
      scroll-behavior: smooth;
    }
  }
  /* Paper: every year group laid out, the horizontal row wrapped into the page, partners told by their labels. */
  @media print {
    .timeline {
      --_p0: #000;
      --_p1: #000;
      --_p2: #000;
      --_p3: #000;
    }
    .year {
      content-visibility: visible;
      contain-intrinsic-size: none;
    }
    .year.pending .events,
    .horizontal .year.pending .events {
      block-size: auto;
      inline-size: auto;
    }
    .horizontal .years {
      display: grid;
      overflow: visible;
    }
    .horizontal .events {
      flex-wrap: wrap;
    }
    .horizontal .event {
      inline-size: min(18em, 100%);
    }
    .year-heading {
      break-after: avoid;
    }
    .event,
    .today {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
    .filter[aria-pressed='true'] {
      outline: 2px solid ButtonText;
    }
  }
`;
