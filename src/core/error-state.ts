import { html, type LitElement } from 'lit';
import type { UiLanguage } from '../i18n/language.js';
import { inLanguage, isLanguageLoaded, loadLanguage } from '../i18n/localize.js';
import { errorStrings } from '../locales/error.js';
import type { CsvProblem } from '../data/csv.js';
import type { JihaError } from './errors.js';
import type { JihaErrorDetail } from './events.js';
import { lazyModule } from './lazy-module.js';

/** The error box's code and styles: its own chunk, which a page whose widgets all work never downloads. */
const errorBoxModule = lazyModule('error box', () => import('../error-box/error-box.js'));

/** True when the box and its sentences in `language` are here, so that it can render. */
function boxReady(language: UiLanguage): boolean {
  return errorBoxModule.current !== undefined && isLanguageLoaded(language, [errorStrings]);
}

/**
 * The error box for `error`, or null while its chunk and sentences load
 * (`host` renders again when they arrive). If they cannot be loaded, a
 * plain alert still names the problem.
 */
export function renderErrorBox(host: LitElement, error: JihaError, language: UiLanguage): unknown {
  const box = errorBoxModule.current;
  if (box && boxReady(language)) return box.errorBox(host, error);
  loadBox(host, language);
  return fallbackShown.has(host) ? html`<p class="error" role="alert" part="error">${error.message}</p>` : null;
}

/** Hosts whose box could not be loaded: they show the plain alert. */
const fallbackShown = new WeakSet<LitElement>();

/** The box's localised title for `error` once the box is shown; undefined before (the `jiha-error` event waits for it). */
export function errorTitle(error: JihaError, language: UiLanguage, host: LitElement): string | undefined {
  if (boxReady(language)) return inLanguage(language, () => errorBoxModule.current!.errorTexts(error.code).title);
  return fallbackShown.has(host) ? error.message : undefined;
}

/** Loads the box's chunk and sentences, then renders `host` again (with the plain fallback if they cannot be loaded). */
function loadBox(host: LitElement, language: UiLanguage): void {
  Promise.all([errorBoxModule.load(), loadLanguage(language, [errorStrings])]).then(
    () => host.requestUpdate(),
    () => {
      fallbackShown.add(host);
      host.requestUpdate();
    },
  );
}

/**
 * Data shown without some rows (a bad CSV line): the one-line notice naming
 * them, from the error box's chunk; null while it loads.
 */
export function renderSkippedRows(host: LitElement, problems: readonly CsvProblem[], language: UiLanguage): unknown {
  if (boxReady(language)) return errorBoxModule.current!.skippedRowsNotice(problems);
  loadBox(host, language);
  return null;
}

/** The `jiha-error` detail for those rows once the notice shows; undefined before. */
export function skippedRowsEvent(problems: readonly CsvProblem[], language: UiLanguage): JihaErrorDetail | undefined {
  return boxReady(language)
    ? inLanguage(language, () => errorBoxModule.current!.skippedRowsEvent(problems))
    : undefined;
}
