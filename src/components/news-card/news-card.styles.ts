import { css } from 'lit';

export const newsCardStyles = css`
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
  .media {
    aspect-ratio: 16 / 9;
    background: var(--_border);
    overflow: hidden;
  }
  .media > * {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    color: var(--_muted);
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
  .headline {
    font-size: 1.2em;
    line-height: 1.35;
  }
  .headline a {
    color: inherit;
    text-decoration: underline 1px;
    text-underline-offset: 0.2em;
  }
  .headline a:hover {
    color: var(--_accent);
    text-decoration-thickness: 2px;
  }
  .meta,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0;
    padding: 0;
    list-style: none;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta li + li::before {
    content: '·';
    padding-inline: 0.5em;
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
    grid-template-columns: minmax(6rem, 35%) 1fr;
  }
  .horizontal .media {
    aspect-ratio: auto;
  }
  .compact .headline {
    font-size: 1em;
  }
  @container (max-width: 24em) {
    .horizontal {
      grid-template-columns: 1fr;
    }
  }
`;
