import { css } from 'lit';

/** The builder's layout: form beside preview on wide screens, stacked on narrow ones; logical properties only. */
export const builderStyles = css`
  .builder { display: grid; gap: var(--_space); grid-template-columns: minmax(0, 1fr); }
  @media (min-width: 960px) { .builder { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 var(--_space); padding: calc(var(--_space) / 2) var(--_space); }
  legend { font-weight: 600; padding-inline: 0.25em; }
  .field { margin-block: 0.6em; }
  .field label { display: block; font-weight: 500; }
  .field.check label { display: inline; }
  input:not([type='checkbox']), select, textarea { inline-size: 100%; font: inherit; color: var(--_text); background: var(--_surface); border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); padding: 0.35em 0.5em; }
  textarea { font-family: ui-monospace, monospace; font-size: 0.85em; }
  [aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  .problem { color: var(--_danger); margin: 0.2em 0 0; font-size: 0.9em; }
  .problem::before { content: '⚠ '; }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .preview { border: 1px dashed var(--_border); border-radius: var(--_radius); padding: var(--_space); min-block-size: 8rem; }
  .snippet { margin-block-start: var(--_space); }
  .snippet textarea { min-block-size: 9em; }
  .note { margin: 0.3em 0 0; font-size: 0.9em; }
  button { font: inherit; padding: 0.35em 1em; border-radius: calc(var(--_radius) / 2); border: 1px solid var(--_accent); background: var(--_accent); color: var(--_surface); cursor: pointer; margin-block-start: 0.4em; }
  .status { min-block-size: 1.5em; }
  code { direction: ltr; unicode-bidi: isolate; }
`;
