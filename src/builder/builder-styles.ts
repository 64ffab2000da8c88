import { css } from 'lit';

/**
 * The builder's layout, logical properties only: on a phone the questions,
 * then the preview right after them; on a wide screen the preview beside the
 * questions, staying in view (sticky) while the editor scrolls through them.
 * Nothing is wider than the screen at 360 px: long snippets wrap in their
 * boxes, and grid tracks may shrink (minmax(0, 1fr)).
 */
export const builderStyles = css`
  .builder { display: grid; gap: var(--_space); grid-template-columns: minmax(0, 1fr); }
  @media (min-width: 960px) {
    .builder { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
    .outputs { position: sticky; inset-block-start: 0; max-block-size: 100vh; overflow-y: auto; }
  }
  form, .outputs { min-inline-size: 0; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 var(--_space); padding: calc(var(--_space) / 2) var(--_space); min-inline-size: 0; }
  legend { font-weight: 600; padding-inline: 0.25em; }
  .field { margin-block: 0.6em; }
  .field label { display: block; font-weight: 500; }
  .field.check label { display: inline; }
  .hint { margin: 0.1em 0 0.25em; font-size: 0.9em; color: var(--_muted, inherit); overflow-wrap: anywhere; }
  input:not([type='checkbox']), select, textarea { box-sizing: border-box; inline-size: 100%; max-inline-size: 100%; font: inherit; color: var(--_text); background: var(--_surface); border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); padding: 0.35em 0.5em; }
  textarea { font-family: ui-monospace, monospace; font-size: 0.85em; white-space: pre-wrap; overflow-wrap: anywhere; }
  [aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  .problem { color: var(--_danger); margin: 0.2em 0 0; font-size: 0.9em; font-weight: 600; }
  .problem::before { content: '⚠ '; }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  /* A date control's focus is on its inner fields: the ring goes on the control. */
  input:is([type='date'], [type='datetime-local']):focus-within { outline: 3px solid var(--_accent); outline-offset: 2px; }
  summary { cursor: pointer; font-weight: 600; padding-block: 0.4em; }
  .more { margin-block-end: var(--_space); }
  .preview { border: 1px dashed var(--_border); border-radius: var(--_radius); padding: var(--_space); min-block-size: 8rem; overflow-x: auto; color-scheme: light; background: Canvas; color: CanvasText; }
  .preview.dark { color-scheme: dark; }
  .snippet { margin-block-start: var(--_space); }
  .snippet textarea { min-block-size: 7em; }
  .note { margin: 0.3em 0 0; font-size: 0.9em; }
  button { font: inherit; padding: 0.35em 1em; border-radius: calc(var(--_radius) / 2); border: 1px solid var(--_accent); background: var(--_accent); color: var(--_surface); cursor: pointer; margin-block-start: 0.4em; }
  .status { min-block-size: 1.5em; }
  .guide h3 { font-size: 1em; margin-block: 0.8em 0.2em; }
  .rows table { inline-size: 100%; table-layout: fixed; border-collapse: collapse; }
  .rows caption { text-align: start; font-weight: 600; }
  .rows th, .rows td { padding: 0.15em; text-align: start; vertical-align: middle; }
  .rows th[scope='row'], .rows thead th:first-child { inline-size: 1.8em; }
  .rows thead th:last-child { inline-size: 7.6em; }
  .rows th { font-size: 0.85em; font-weight: 600; overflow-wrap: anywhere; }
  .rows td input { min-inline-size: 0; padding-inline: 0.25em; }
  .row-actions { white-space: nowrap; }
  .row-actions button { min-inline-size: 24px; min-block-size: 24px; padding: 0.1em 0.45em; margin: 0; }
  .row-actions button:disabled { opacity: 0.45; cursor: default; }
  code { direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; }
`;
