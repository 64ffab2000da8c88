import { css } from 'lit';

/**
 * Where the timeline's parts stand. Vertical: one line near the inline-start
 * edge, unbroken from the first year to the last, with the year markers and
 * the "today" marker on it and every event hanging from it by a dot. With
 * two partners on a wide container, the first partner's events keep to the
 * inline start and the second's to the end, each card most of the width, so
 * that titles keep to a few lines; joint events span both; context events
 * cross the line as bands, the line drawn on through them. Horizontal: one
 * row whose cards fill the view exactly (1 to 4 by width) and snap, so that
 * none is cut at rest, with the line along its top through the year markers.
 */
export const timelineLayoutStyles = css`
  .track {
    position: relative;
  }

  /* ---------- vertical ---------- */
  .vertical .track {
    /* The line's centre, and where the events' lane begins, from the inline-start edge. */
    --_rail-x: 1em;
    --_gutter: 2.25em;
  }
  .vertical .rail {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_rail-x) - 1px);
    inline-size: 0;
    border-inline-start: 2px solid var(--_line);
  }
  .vertical .events {
    display: grid;
    gap: var(--_gap);
  }
  .vertical .event {
    /* --_start: where the card begins; --_edge-width: its inline-start border (the dot is measured from inside it). */
    --_start: var(--_gutter);
    --_edge-width: 5px;
    margin-inline-start: var(--_start);
  }
  /* The event's point on the line, and the stroke that joins it to its card. */
  .vertical .event::before,
  .vertical .event::after {
    content: '';
    position: absolute;
  }
  .vertical .event::before {
    inset-block-start: calc(1.3em - 1px);
    inset-inline-start: calc(var(--_rail-x) - var(--_start) - var(--_edge-width));
    inline-size: calc(var(--_start) - var(--_rail-x));
    border-block-start: 2px solid var(--_line);
  }
  .vertical .event::after {
    inset-block-start: 0.9em;
    inset-inline-start: calc(var(--_rail-x) - var(--_start) - var(--_edge-width) - 0.4em);
    inline-size: 0.8em;
    block-size: 0.8em;
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_c, var(--_line));
  }
  .vertical .event.side-joint::after {
    background: linear-gradient(90deg, var(--_p0) 50%, var(--_p1) 50%);
  }
  /* A context band crosses the line from edge to edge; its text starts where the cards' text does. */
  .vertical .event.side-context {
    --_start: 0px;
    --_edge-width: 0px;
    padding-inline-start: calc(var(--_gutter) + var(--_space) * 0.75);
  }
  .vertical .event.side-context::before {
    inset-block: 0;
    inset-inline-start: calc(var(--_rail-x) - 1px);
    inline-size: 0;
    border-block-start: 0;
    border-inline-start: 2px solid var(--_line);
  }
  .vertical .event.side-context::after {
    border-radius: 2px;
    rotate: 45deg;
    background: var(--_muted);
  }

  /* Two partners, room for two lanes: each partner's events keep to its side; the second partner's colour on its outer edge. */
  @container jiha-timeline (min-width: 40em) {
    .vertical.two-partners .event {
      --_offset: calc((100cqi - var(--_gutter)) * 0.22);
    }
    .vertical.two-partners .side-first {
      margin-inline-end: var(--_offset);
    }
    .vertical.two-partners .side-second {
      --_start: calc(var(--_gutter) + var(--_offset));
      --_edge-width: 1px;
      border-inline-start: 1px solid var(--_border);
      border-inline-end: 5px solid var(--_c);
    }
  }

  /* ---------- horizontal ---------- */
  .horizontal .track {
    display: grid;
    gap: 0.5em;
  }
  .horizontal .years {
    container: jiha-row / inline-size;
    /* Half a gap at each end of a year group: groups abut, and every two cards are a gap apart. */
    --_edge: calc(var(--_gap) / 2);
    --_n: 1;
    display: flex;
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scroll-padding-inline: var(--_edge);
    padding-block: 0.25em 0.375em;
    /* The buttons and the position bar below say that the row scrolls, in every engine. */
    scrollbar-width: none;
  }
  .horizontal .years::-webkit-scrollbar {
    display: none;
  }
  /* As many cards as fit at 20em or more, exactly filling the view. */
  @container jiha-row (min-width: 41.5em) {
    .horizontal .year {
      --_n: 2;
    }
  }
  @container jiha-row (min-width: 62.25em) {
    .horizontal .year {
      --_n: 3;
    }
  }
  @container jiha-row (min-width: 83em) {
    .horizontal .year {
      --_n: 4;
    }
  }
  .horizontal .year {
    --_slot: calc((100cqi - 2 * var(--_edge) - (var(--_n) - 1) * var(--_gap)) / var(--_n));
    flex: none;
    position: relative;
    /* Every card of the row as tall as the tallest: the year groups stretch, and their cards with them. */
    grid-template-rows: auto 1fr;
    padding-block: 0;
    padding-inline: var(--_edge);
    /*
     * A snap position of its own, the same as its first card's: Firefox snaps a fresh row while its
     * groups are not laid out yet (no card to snap to), and kept the second card in view, not the first.
     */
    scroll-snap-align: start;
    scroll-margin-inline-start: calc(-1 * var(--_edge));
    /* The content box of a group not laid out yet (padding comes on top): its cards and the gaps between them. */
    contain-intrinsic-size: auto calc(var(--_count, 4) * (var(--_slot) + var(--_gap)) - var(--_gap)) auto 14em;
  }
  /* The line along the row, through the year markers' middle. */
  .horizontal .year::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(0.9em + 1px);
    border-block-start: 2px solid var(--_line);
  }
  /* A year's marker stays at the row's start while its group is in view, so a page that begins mid-year still says which. */
  .horizontal .year-heading {
    position: sticky;
    inset-inline-start: var(--_edge);
  }
  .horizontal .events {
    display: flex;
    gap: var(--_gap);
    align-items: stretch;
  }
  .horizontal .event,
  .horizontal .today {
    flex: none;
    inline-size: var(--_slot);
    scroll-snap-align: start;
  }
  .horizontal .today {
    /* The widget's own text size: the slot's width is counted in its em. */
    font-size: 1em;
    justify-content: center;
    align-content: center;
    border-style: dashed;
    border-radius: var(--_radius);
  }
  .horizontal .year.pending .events {
    block-size: 10em;
    inline-size: calc(var(--_count, 1) * (var(--_slot) + var(--_gap)) - var(--_gap));
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
    .horizontal .event,
    .horizontal .today {
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
    .swatch,
    .row-thumb {
      forced-color-adjust: none;
    }
    .row-position {
      border: 1px solid CanvasText;
    }
    .row-thumb {
      background: CanvasText;
    }
    .filter[aria-pressed='true'] {
      outline: 2px solid ButtonText;
    }
    .page-button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
