import { css } from 'lit';

export const newsCardStyles = css`
  .card {
    display: grid;
    grid-template-columns: 1fr;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    block-size: 100%;
  }
  .media {
    aspect-ratio: 16 / 9;
    background: var(--_border);
    overflow: hidden;
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .media .fallback {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    color: var(--_muted);
  }
  .body {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    padding: var(--_space);
    min-inline-size: 0;
  }
  .headline {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .headline a {
    color: inherit;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .headline a:hover {
    color: var(--_accent);
    text-decoration-thickness: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta li + li::before {
    content: '·';
    padding-inline: 0.5em;
  }
  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
  }
  .horizontal {
    grid-template-columns: minmax(6rem, 35%) 1fr;
  }
  .horizontal .media {
    aspect-ratio: auto;
    min-block-size: 100%;
  }
  .compact .headline {
    font-size: 1em;
  }
  @container (max-width: 24rem) {
    .horizontal {
      grid-template-columns: 1fr;
    }
  }
  :host {
    container-type: inline-size;
  }
`;
