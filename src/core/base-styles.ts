import { css } from 'lit';

/**
 * What every element shares: the `--jiha-*` tokens with their defaults
 * (light, and dark only where the page's CSS `color-scheme` asks for it:
 * `light-dark()` follows the used scheme, which the OS preference changes
 * only on a page that declares `light dark`), the host box and the loading skeleton (the error box's
 * own rules come with its sentences, error-texts.ts).
 * Private `--_*` properties carry the resolved values inside the shadow root,
 * so a page sets only the public tokens.
 */
export const baseStyles = css`
  :host {
    --_font: var(--jiha-font-family, system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh', sans-serif);
    --_text: var(--jiha-color-text, light-dark(#1a1d21, #eceff3));
    --_muted: var(--jiha-color-muted, light-dark(#565d66, #b2b9c3));
    --_surface: var(--jiha-color-surface, light-dark(#ffffff, #16191d));
    --_border: var(--jiha-color-border, light-dark(#c9ced6, #48505a));
    --_accent: var(--jiha-color-accent, light-dark(#005a8d, #7cc4f0));
    --_ok: var(--jiha-color-ok, light-dark(#1b6e3a, #6fd08f));
    --_warn: var(--jiha-color-warn, light-dark(#8a5a00, #f0c060));
    --_danger: var(--jiha-color-danger, light-dark(#b3261e, #ff8a80));
    --_radius: var(--jiha-radius, 8px);
    --_space: var(--jiha-space, 1em);
    --_font-size: var(--jiha-font-size, medium);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_ok: CanvasText;
      --_warn: CanvasText;
      --_danger: CanvasText;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The widget's own text settings start at its top box (every state is
   * inside .frame), whatever the page lets flow into the host: body text
   * restyled (uppercase, italic, letter spacing, white-space: pre, a huge
   * root font size) or "* { all: revert }", which also reverts the :host
   * rules above. "all: initial" leaves custom properties (the --jiha-*
   * tokens) and direction (.frame carries "dir") alone: the page reaches a
   * widget through those, "lang" and the host's own box only. Text size is
   * the reader's default ("medium"), or --jiha-font-size; sizes inside are
   * in em, never rem (the page's root font size).
   */
  .frame {
    all: initial;
    display: block;
    box-sizing: border-box;
    visibility: inherit;
    /* "all: initial" resets color-scheme; the page's (or the host's) decides light or dark, never the OS alone. */
    color-scheme: inherit;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton span {
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    background: var(--_border);
    animation: jiha-pulse 0.7s ease-in-out infinite alternate;
  }
  .skeleton span:first-child {
    block-size: 1.4em;
    inline-size: 70%;
  }
  @keyframes jiha-pulse {
    to {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The page's own content, slotted back beside the error box (data-element.ts). */
  * + .page-content {
    margin-block-start: var(--_space);
  }
`;
