import { css } from 'lit';
import { scriptTypographyStyles } from '../../core/script-typography.styles.js';

export const newsCardStyles = css`
  ${scriptTypographyStyles}
  /* The container is .frame, not the host: a page's "* { all: revert }" reverts :host rules. */
  .frame {
    container-type: inline-size;
  }
  .card {
    display: grid;
    grid-template-columns: 1fr;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    block-size: 100%;
  }
  /*
   * The image box has its shape before the image arrives, and keeps it when
   * the image fails: the quiet placeholder fills the same frame.
   */
  .media {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }
  .media > * {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* The credit under the image: the figure takes the image box's place in the card's grid. */
  .figure {
    display: flex;
    flex-direction: column;
    margin: 0;
  }
  .figure .media {
    flex: 1 1 auto;
  }
  .credit {
    padding: calc(var(--_space) / 4) var(--_space);
    border-block-end: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  /* Quiet: a third of the border colour on the surface (forced colours give it the page's Canvas). */
  .placeholder {
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_border) 30%, var(--_surface));
    color: var(--_muted);
  }
  .placeholder svg {
    inline-size: 20%;
    max-inline-size: 3em;
    block-size: auto;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    padding: var(--_space);
    min-inline-size: 0;
    /* inherited: long words and URLs in the headline and summary break */
    overflow-wrap: anywhere;
  }
  .body > * {
    margin: 0;
  }
  /*
   * The headline is the card's link. Semi-bold rather than bold, with a thin
   * underline that stays (touch screens have no hover to reveal one) in the
   * quiet colour, below the letters: offset, skipping the ink of any glyph
   * that still reaches it (the initial text-decoration-skip-ink, which
   * .frame's "all: initial" restores), and under the descenders in Arabic, whose dots
   * and tails sit where a Latin underline goes. Hover and focus make it the
   * accent colour, thicker.
   */
  .headline {
    font-size: 1.2em;
    font-weight: 600;
    line-height: 1.35;
    text-wrap: pretty;
  }
  .headline:lang(ar) {
    line-height: 1.6;
  }
  .headline a {
    color: inherit;
    text-decoration-thickness: max(1px, 0.05em);
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.22em;
  }
  .headline a:lang(ar) {
    text-underline-position: under;
    text-underline-offset: 0.08em;
  }
  .headline a:hover,
  .headline a:focus-visible {
    color: var(--_accent);
    text-decoration-color: currentColor;
    text-decoration-thickness: max(2px, 0.1em);
  }
  /*
   * The meta line wraps between items. A separator sits in the gap before
   * its item, and the list clips what leaves its box sideways: the
   * separator of an item that starts a line falls outside and is not
   * drawn, so no line starts or ends with one, in either direction.
   */
  .meta,
  .tags {
    display: flex;
    flex-wrap: wrap;
    padding: 0;
    list-style: none;
  }
  .meta {
    --_separator: 1.2em;
    gap: 0.1em var(--_separator);
    overflow-x: clip;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta li {
    position: relative;
  }
  .separator {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 100%;
    inline-size: var(--_separator);
    text-align: center;
  }
  .separator::before {
    content: '·';
  }
  .tags {
    gap: 0.4em;
  }
  .tags li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
  }
  .horizontal {
    grid-template-columns: minmax(6em, min(35%, 18em)) 1fr;
  }
  /*
   * Beside the text, the image box is as tall as the card, and at least 4:3
   * (three quarters of its column's width, which container units give: a
   * ratio would widen the box past its column when the text is taller).
   */
  .horizontal .media {
    aspect-ratio: auto;
    min-block-size: calc(min(35cqi, 18em) * 3 / 4);
    border-block-end: 0;
    border-inline-end: 1px solid var(--_border);
  }
  .horizontal .figure .media {
    border-block-end: 1px solid var(--_border);
  }
  .horizontal .credit {
    border-block-end: 0;
    border-inline-end: 1px solid var(--_border);
  }
  .compact .headline {
    font-size: 1em;
  }
  @container (max-width: 24em) {
    .horizontal {
      grid-template-columns: 1fr;
    }
    .horizontal .media {
      aspect-ratio: 16 / 9;
      min-block-size: 0;
      border-block-end: 1px solid var(--_border);
      border-inline-end: 0;
    }
    .horizontal .credit {
      border-block-end: 1px solid var(--_border);
      border-inline-end: 0;
    }
  }
`;
