import { css } from 'lit';

/** The quiet button that asks for more of a list ("Show all events", "More news"), the same in every element that has one. */
export const secondaryButtonStyles = css`
  .secondary-button {
    padding-block: 0.4em;
    padding-inline: 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
`;
