import { css } from 'lit';

/**
 * What every element shares: the `--jiha-*` tokens with their defaults
 * (light and dark), the host box and the loading skeleton (the error box's
 * own rules come with its sentences, error-texts.ts).
 * Private `--_*` properties carry the resolved values inside the shadow root,
 * so a page sets only the public tokens.
 */
export const baseStyles = css`
  :host {
    --_font: var(--jiha-font-family, system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh', sans-serif);
    --_text: var(--jiha-color-text, #1a1d21);
    --_muted: var(--jiha-color-muted, #565d66);
    --_surface: var(--jiha-color-surface, #ffffff);
    --_border: var(--jiha-color-border, #c9ced6);
    --_accent: var(--jiha-color-accent, #005a8d);
    --_ok: var(--jiha-color-ok, #1b6e3a);
    --_warn: var(--jiha-color-warn, #8a5a00);
    --_danger: var(--jiha-color-danger, #b3261e);
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
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--jiha-color-text, #eceff3);
      --_muted: var(--jiha-color-muted, #b2b9c3);
      --_surface: var(--jiha-color-surface, #16191d);
      --_border: var(--jiha-color-border, #48505a);
      --_accent: var(--jiha-color-accent, #7cc4f0);
      --_ok: var(--jiha-color-ok, #6fd08f);
      --_warn: var(--jiha-color-warn, #f0c060);
      --_danger: var(--jiha-color-danger, #ff8a80);
    }
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
    /* Scrollbars and controls follow the widget's own light and dark variants, not the page's color-scheme. */
    color-scheme: light dark;
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
