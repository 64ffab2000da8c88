import { css } from 'lit';
import { scriptTypographyStyles } from '../../core/script-typography.styles.js';

/**
 * Seal, inline and card. Logical properties only, so rtl mirrors. The
 * state colour (`--_state`) always comes with the state's words and icon;
 * inactive badges (expired, withdrawn, suspended, not yet valid) are
 * greyed and faded (the seal's edge dashed) so that they cannot pass for a
 * current one.
 */
export const isoBadgeStyles = css`
  ${scriptTypographyStyles}
  :host {
    --_seal-size: var(--jiha-iso-seal-size, 5.5em);
    --_state: var(--_ok);
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  :host([variant='seal']),
  :host(:not([variant])) {
    display: inline-block;
  }
  :host([state='expiring']),
  :host([state='not-yet-valid']),
  :host([state='suspended']) {
    --_state: var(--_warn);
  }
  :host([state='expired']),
  :host([state='withdrawn']) {
    --_state: var(--_danger);
  }
  .frame {
    max-inline-size: 100%;
  }
  /* The seal's box is as wide as the seal, also when a page makes the host inline. */
  :host([variant='seal']) .frame,
  :host(:not([variant])) .frame {
    inline-size: fit-content;
  }

  /* The state line: icon and words, never colour alone. */
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .state-icon {
    flex: none;
    color: var(--_state);
  }

  /* Seal */
  .seal-wrap {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25em;
    max-inline-size: 100%;
    text-align: center;
  }
  .seal {
    display: block;
    /* The widget's em, not a button's own 13.33px: --_seal-size is in em. */
    font-size: inherit;
    inline-size: var(--_seal-size);
    max-inline-size: 100%;
    aspect-ratio: 1;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_accent);
    cursor: pointer;
    anchor-name: --jiha-iso-seal;
  }
  .seal-svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    direction: ltr;
    font-family: var(--_font);
  }
  .seal-edge {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .seal-ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .seal-ring-inner {
    fill: none;
    stroke: currentColor;
    stroke-width: 0.75;
    stroke-dasharray: 2 2;
  }
  .seal-svg text {
    fill: var(--_text);
  }
  .seal-prefix,
  .seal-edition {
    font-weight: 600;
    letter-spacing: 0.05em;
  }
  .seal-number {
    font-weight: 800;
  }
  .seal-wrap .state {
    font-size: 0.8em;
    justify-content: center;
  }
  .inactive .seal,
  .inactive .card-seal {
    filter: grayscale(1);
    /* Faded, yet the seal's small text keeps 4.5:1 (WCAG 1.4.3): 0.55 gave 3.8:1 on white. */
    opacity: 0.65;
  }
  .inactive .seal-edge {
    stroke-dasharray: 4 3;
  }

  /* Popover of the seal: next to the seal where anchor positioning exists, centred otherwise. */
  .details {
    inline-size: max-content;
    /* The viewport less its scroll bar, measured on opening (iso-badge.ts): 100vw runs under a scroll bar (1.4.10). */
    max-inline-size: min(22em, calc(var(--_viewport-inline-size, 100vw) - 1em));
    max-block-size: calc(100vh - 1em);
    overflow: auto;
    margin: auto;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    text-align: start;
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.2);
  }
  @supports (position-area: block-end) {
    .details {
      position-anchor: --jiha-iso-seal;
      position-area: block-end span-inline-end;
      position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
      inset: auto;
      margin: 0.25em;
    }
  }
  .close {
    margin-block-start: 0.5em;
    padding-block: 0.3em;
    padding-inline: 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  /* Inline */
  .inline {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15em 0.4em;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .inline .state {
    align-self: center;
  }
  .inline .reference {
    font-weight: 600;
    color: inherit;
  }
  .inline a.reference {
    color: var(--_accent);
  }
  .inline .phrase {
    color: var(--_muted);
  }
  .inline.inactive .reference {
    color: var(--_muted);
    text-decoration-style: dashed;
  }

  /*
   * Card: a head (the seal beside the reference, the standard's title and
   * the state), the facts as a summary list, the verify link. An inactive
   * card is greyed, and keeps the same solid border: a dashed or dotted one
   * would read as a focus ring.
   */
  .card {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_state);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .card.inactive {
    color: var(--_muted);
  }
  .card-head {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    align-items: start;
    gap: 0.75em;
  }
  .card-seal {
    color: var(--_accent);
  }
  .card-seal .seal-svg {
    block-size: auto;
    aspect-ratio: 1;
  }
  .card-summary,
  .body {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .card p,
  .body p {
    margin: 0;
  }
  .headline {
    font-weight: 700;
    font-size: 1.05em;
  }
  .title,
  .iaf {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status .state {
    font-weight: 600;
  }
  .superseded {
    /* 0.5 of the widget's em at this 0.9em text. */
    padding-inline-start: calc(0.5em / 0.9);
    border-inline-start: 3px solid var(--_warn);
    font-size: 0.9em;
  }
  /*
   * The facts as a summary list: every label in one column and every value
   * in the other (the label column is a share of the list's width up to
   * 13em, the same in each row), a line between rows; labels above their
   * values in a narrow card, and on paper in the seal's details (two
   * columns of a 22em box wrap the values, which then read interleaved
   * with their labels in a PDF's text).
   */
  .facts {
    display: grid;
    margin: 0;
    border-block-start: 1px solid var(--_border);
  }
  .facts > div {
    display: grid;
    grid-template-columns: min(35%, 13em) minmax(0, 1fr);
    align-items: baseline;
    gap: 0.1em 0.75em;
    padding-block: 0.4em;
    border-block-end: 1px solid var(--_border);
  }
  /* The seal's details are a small box over the page: the same columns, without the rows' lines and room. */
  .details .facts,
  .details .facts > div {
    padding-block: 0.1em;
    border: 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  a {
    color: var(--_accent);
  }
  .iaf a {
    white-space: nowrap;
  }
  /* The group's IAF note, under its last card (card-group.ts), in line with the cards' text. */
  .card + .iaf {
    margin: 0.5em 0 0;
    padding-inline: calc(var(--_space) + 6px) var(--_space);
  }
  @container (max-width: 24em) {
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The container is .frame, not the host: a page's "* { all: revert }" reverts :host rules. */
  :host([variant='card']) .frame {
    container-type: inline-size;
  }
  /* Paper: the seal's details (holder, dates, verify link) print under it, as if opened; no close button. */
  @media print {
    .details:not(:popover-open) {
      display: block;
      position: static;
      inset: auto;
      inline-size: auto;
      max-inline-size: 22em;
      max-block-size: none;
      margin: 0.5em 0 0;
      overflow: visible;
    }
    .close {
      display: none;
    }
    .details .facts > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .inactive .seal,
    .inactive .card-seal {
      opacity: 1;
    }
    .seal-edge {
      fill: Canvas;
    }
  }
`;
