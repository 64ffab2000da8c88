import { css } from 'lit';
import { scriptTypographyStyles } from '../../core/script-typography.styles.js';

/** The list's own styles, after the Arabic and Tifinagh typography it shares with the cards. */
export const newsListStyles = css`
  ${scriptTypographyStyles}
  .frame {
    container-type: inline-size;
  }
  /* The space under the heading is the list's (the heading's em is larger): one spacing between heading, cards and button. */
  .heading {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.3;
    text-wrap: balance;
  }
  .heading:lang(ar) {
    line-height: 1.5;
  }
  .heading + :is(.list, .empty) {
    margin-block-start: var(--_space);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list.compact,
  .list.horizontal {
    grid-template-columns: 1fr;
  }
  .list > li:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* A source that could not be read, or shows an older copy: one quiet line each, between the heading and the list. */
  .source-notes {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .heading + .source-notes {
    margin-block-start: var(--_space);
  }
  .source-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0;
    color: var(--_muted);
  }
  .source-note p {
    margin: 0;
  }
  .source-note > :not(p, button) {
    flex-basis: 100%;
  }
  .empty,
  .more-error {
    margin: 0;
    color: var(--_muted);
  }
  .more-error {
    color: var(--_text);
  }
  /*
   * "More news" under the list: a full-width button on a phone, easy to
   * reach with a thumb (44 px tall at the default text size); under a wider
   * list, at its start like the heading (centring it under a row the items
   * do not fill would set it apart from them). "Try again" the same.
   */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin-block-start: var(--_space);
  }
  .more {
    min-block-size: 2.75em;
    min-inline-size: min(100%, 16em);
  }
  @container (max-width: 30em) {
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
  }
  .more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
