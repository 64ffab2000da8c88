/**
 * The error box: what visitors read when a widget fails (one quiet
 * sentence in the element's language), what editors also read (what is
 * wrong, what to fix, the technical cause), and the English report for the
 * console and the `jiha-error` event.
 * Its own chunk: a page whose widgets all work never downloads it.
 */
import { adoptStyles, css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { ErrorCode, JihaError } from '../core/errors.js';
import type { JihaErrorDetail } from '../core/events.js';
import type { CsvProblem } from '../data/csv.js';
import { inLanguage, msg, str } from '../i18n/localize.js';
import { followEditorSwitch, inEditorView } from './editor-view.js';

/*
 * Visitors: a plain sentence on the widget's own surface (its backdrop is
 * known, whatever the page's), muted text, no alarm colour. Editors: below
 * it, the explanation, marked by the danger colour on its edge only.
 */
const errorStyles = css`
  .error {
    display: grid;
    gap: 0.5em;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .error p {
    margin: 0;
  }
  .error-notice {
    color: var(--_muted);
  }
  .error-editor {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_danger);
  }
  .error-editor-label {
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 700;
  }
  .error-title {
    font-weight: 700;
  }
  .error-detail {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .notice {
    padding: 0.5em var(--_space);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
    color: var(--_text);
  }
`;

const styled = new WeakSet<ShadowRoot>();

/** Gives `host`'s shadow root the box's rules, once. */
function style(host: LitElement): void {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, errorStyles]);
  }
}

/**
 * The box for `error` in `host`: one alert, the visitors' sentence (for the
 * element, or for its fallback shown below it, `withFallback`), and in an
 * editor's view the explanation. Call inside `inLanguage()` (that is,
 * during render).
 */
export function errorBox(host: LitElement, error: JihaError, withFallback: boolean): TemplateResult {
  style(host);
  followEditorSwitch(host);
  const sentence = withFallback ? fallbackSentence() : unavailableSentence(host.localName);
  return html`<div class="error" role="alert" part="error">
    <p class="error-notice">${sentence}</p>
    ${inEditorView(host) ? editorPart(error) : nothing}
  </div>`;
}

/** In an editor's view, `editorPart` alone (the element says the visitors' part in its own words); nothing for visitors. */
export function editorDetail(host: LitElement, error: JihaError): TemplateResult | typeof nothing {
  followEditorSwitch(host);
  if (!inEditorView(host)) return nothing;
  style(host);
  return editorPart(error);
}

/** What an editor reads under the visitors' sentence; the technical cause in English, left to right. */
function editorPart(error: JihaError): TemplateResult {
  const { title, advice } = errorTexts(error.code);
  return html`<div class="error-editor" part="error-editor">
    <p class="error-editor-label">${msg('For editors (visitors see only the line above):', { id: 'error.editor-label' })}</p>
    <p class="error-title">${title}</p>
    <p class="error-advice">${advice}</p>
    <p class="error-detail" dir="ltr" lang="en"><code>${error.code}</code> ${error.detail}</p>
  </div>`;
}

/** The visitors' sentence when the page's own content is shown below it. */
function fallbackSentence(): string {
  return msg('The full view cannot be shown right now.', { id: 'error.visitor.with-fallback' });
}

/** The visitors' sentence for a failed element with nothing else to show. */
function unavailableSentence(tag: string): string {
  switch (tag) {
    case 'jiha-news-card':
      return msg('This news item cannot be shown right now.', { id: 'error.visitor.news-card' });
    case 'jiha-news-list':
      return msg('The news cannot be shown right now.', { id: 'error.visitor.news-list' });
    case 'jiha-iso-badge':
      return msg('This certificate cannot be shown right now.', { id: 'error.visitor.iso-badge' });
    case 'jiha-geopark-map':
      return msg('The map cannot be shown right now.', { id: 'error.visitor.geopark-map' });
    case 'jiha-cooperation-timeline':
      return msg('The timeline cannot be shown right now.', { id: 'error.visitor.cooperation-timeline' });
    default:
      return msg('This content cannot be shown right now.', { id: 'error.visitor.other' });
  }
}

/**
 * What is wrong and what an editor should do, for an error code.
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

/**
 * The `jiha-error` detail for `error` in `host`, in English whatever the
 * element's language (it is for the console and the page's scripts): what
 * is wrong, the technical cause, and what to fix. Also written to the
 * console.
 */
export function errorReport(error: JihaError, host: Element): JihaErrorDetail {
  const { title, advice } = inLanguage('en', () => errorTexts(error.code));
  const detail = error.detail.trim();
  const what = detail ? `${title.replace(/\.$/, ':')} ${detail}${/[.!?…]$/.test(detail) ? '' : '.'}` : title;
  return warned(host, { code: error.code, message: `${what} ${advice}`, detail: error.detail });
}

/** `report`, written to the console as `jiha-widgets: <tag> code: message` with the element. */
function warned(host: Element, report: JihaErrorDetail): JihaErrorDetail {
  console.warn(`jiha-widgets: <${host.localName}> ${report.code}: ${report.message}`, host);
  return report;
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

/**
 * In an editor's view, the one-line notice above data shown without some
 * rows; nothing for visitors. Call inside `inLanguage()`.
 */
export function skippedRowsNotice(host: LitElement, problems: readonly CsvProblem[]): TemplateResult | typeof nothing {
  followEditorSwitch(host);
  if (!inEditorView(host)) return nothing;
  style(host);
  return html`<p class="notice" role="status" part="notice">${skippedRowsText(problems)}</p>`;
}

/** The `jiha-error` detail for those rows in `host`, in English: `invalid-data`, the lines, and each line with why. Also written to the console. */
export function skippedRowsReport(problems: readonly CsvProblem[], host: Element): JihaErrorDetail {
  const detail = problems
    .slice(0, 20)
    .map(({ line, detail: why }) => `line ${line}: ${why}`)
    .join('; ');
  return warned(host, {
    code: 'invalid-data',
    message: inLanguage('en', () => skippedRowsText(problems)),
    detail: problems.length > 20 ? `${detail}; and ${problems.length - 20} more` : detail,
  });
}
