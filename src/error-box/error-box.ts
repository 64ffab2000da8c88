/**
 * The error box: what it says, in the element's language, and how it looks.
 * Its own chunk: a page whose widgets all work never downloads it.
 */
import { adoptStyles, css, html, type LitElement, type TemplateResult } from 'lit';
import type { ErrorCode, JihaError } from '../core/errors.js';
import type { JihaErrorDetail } from '../core/events.js';
import type { CsvProblem } from '../data/csv.js';
import { msg, str } from '../i18n/localize.js';

const errorStyles = css`
  .error {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.75em;
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .error-icon {
    grid-row: span 3;
    color: var(--_danger);
    font-weight: 700;
  }
  .error-title {
    margin: 0;
    font-weight: 700;
  }
  .error-advice,
  .error-detail {
    margin: 0;
  }
  .error-detail {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;

const styled = new WeakSet<ShadowRoot>();

/**
 * The box for `error` in `host`'s shadow root, whose styles get the box's
 * rules the first time. Call inside `inLanguage()` (that is, during render).
 */
export function errorBox(host: LitElement, error: JihaError): TemplateResult {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, errorStyles]);
  }
  const { title, advice } = errorTexts(error.code);
  return html`<div class="error" role="alert" part="error">
    <span class="error-icon" aria-hidden="true">⚠</span>
    <p class="error-title">${title}</p>
    <p class="error-advice">${advice}</p>
    <p class="error-detail"><code>${error.code}</code> ${error.detail}</p>
  </div>`;
}

/**
 * What the error box says: what is wrong and what an editor should do.
 * Call inside `inLanguage()` (that is, during render).
 */
export function errorTexts(code: ErrorCode): { title: string; advice: string } {
  switch (code) {
    case 'invalid-json':
      return {
        title: msg('The data is not valid JSON.', { id: 'error.invalid-json.title' }),
        advice: msg('Check the pasted JSON for a missing comma, quote or bracket.', {
          id: 'error.invalid-json.advice',
        }),
      };
    case 'invalid-data':
      return {
        title: msg('The data does not have the expected fields.', { id: 'error.invalid-data.title' }),
        advice: msg('Compare the data with the format in the documentation and correct the field named below.', {
          id: 'error.invalid-data.advice',
        }),
      };
    case 'fetch-failed':
      return {
        title: msg('The data could not be downloaded.', { id: 'error.fetch-failed.title' }),
        advice: msg('Check the address in src and that the server allows this site to read it.', {
          id: 'error.fetch-failed.advice',
        }),
      };
    case 'http-status':
      return {
        title: msg('The server answered with an error.', { id: 'error.http-status.title' }),
        advice: msg('Check that the address in src is right and that the file is published.', {
          id: 'error.http-status.advice',
        }),
      };
    case 'timeout':
      return {
        title: msg('The server took too long to answer.', { id: 'error.timeout.title' }),
        advice: msg('Try again later, or raise the timeout attribute.', { id: 'error.timeout.advice' }),
      };
    case 'unsupported-format':
      return {
        title: msg('This data format is not supported.', { id: 'error.unsupported-format.title' }),
        advice: msg('Use one of the formats listed in the documentation.', {
          id: 'error.unsupported-format.advice',
        }),
      };
  }
}

/** "Some rows could not be read…: line 4, 9" (the first ten lines). Call inside `inLanguage()`. */
function skippedRowsText(problems: readonly CsvProblem[]): string {
  const lines =
    problems
      .slice(0, 10)
      .map(({ line }) => line)
      .join(', ') + (problems.length > 10 ? ', …' : '');
  return msg(str`Some rows could not be read and are not shown: line ${lines}.`, { id: 'error.rows-skipped' });
}

/** The one-line notice above data shown without some rows. Call inside `inLanguage()`. */
export function skippedRowsNotice(problems: readonly CsvProblem[]): TemplateResult {
  return html`<p class="notice" role="status" part="notice">${skippedRowsText(problems)}</p>`;
}

/** The `jiha-error` detail for those rows: `invalid-data`, the notice, and each line with why. Call inside `inLanguage()`. */
export function skippedRowsEvent(problems: readonly CsvProblem[]): JihaErrorDetail {
  const detail = problems
    .slice(0, 20)
    .map(({ line, detail: why }) => `line ${line}: ${why}`)
    .join('; ');
  return {
    code: 'invalid-data',
    message: skippedRowsText(problems),
    detail: problems.length > 20 ? `${detail}; and ${problems.length - 20} more` : detail,
  };
}
