import { css } from 'lit';

export const newsListStyles = css`
  .frame {
    container-type: inline-size;
  }
  .heading {
    margin-block: 0 var(--_space);
    font-size: 1.4em;
    line-height: 1.3;
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
  .empty,
  .more-error {
    margin: 0;
    color: var(--_muted);
  }
  .more-error {
    color: var(--_text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin-block-start: var(--_space);
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
