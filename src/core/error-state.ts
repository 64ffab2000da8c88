import type { LitElement } from 'lit';
import type { UiLanguage } from '../i18n/language.js';
import { isLanguageLoaded, loadLanguage } from '../i18n/localize.js';
import { errorStrings } from '../locales/error.js';
import type { CsvProblem } from '../data/csv.js';
import type { JihaError } from './errors.js';
import type { JihaErrorDetail } from './events.js';
import { hasFallback } from './fallback.js';
import { lazyModule } from './lazy-module.js';

/**
 * The error box's code and styles, its sentences, the editor's view
 * (`data-jiha-editor`, src/error-box/editor-view.ts) and the English
 * reports: its own chunk, which a page whose widgets all work never
 * downloads.
 */
const errorBoxModule = lazyModule('error box', () => import('../error-box/error-box.js'));

/** Hosts whose box could not be loaded: their report is the plain technical message. */
const boxFailed = new WeakSet<LitElement>();

/** True when the box and its sentences in `language` are here, so that it can render. */
function boxReady(language: UiLanguage): boolean {
  return errorBoxModule.current !== undefined && isLanguageLoaded(language, [errorStrings]);
}

/** Loads the box's chunk and sentences, then renders `host` again. */
function loadBox(host: LitElement, language: UiLanguage): void {
  Promise.all([errorBoxModule.load(), loadLanguage(language, [errorStrings])]).then(
    () => host.requestUpdate(),
    () => {
      boxFailed.add(host);
      host.requestUpdate();
    },
  );
}

/**
 * The error box for `error`, or null while its chunk and sentences load
 * (`host` renders again when they arrive). If they cannot be loaded, the
 * page's own content shows alone (there is no sentence to show), and the
 * console and the event still say what is wrong.
 */
export function renderErrorBox(host: LitElement, error: JihaError, language: UiLanguage): unknown {
  if (boxReady(language)) return errorBoxModule.current!.errorBox(host, error, hasFallback(host));
  loadBox(host, language);
  return null;
}

/**
 * In an editor's view, what is wrong with `error` and what to fix, without
 * the visitors' sentence (a widget that names the failure in its own
 * words: a news list's source it could not read); nothing for visitors,
 * null while the box's chunk loads.
 */
export function renderEditorDetail(host: LitElement, error: JihaError, language: UiLanguage): unknown {
  if (boxReady(language)) return errorBoxModule.current!.editorDetail(host, error);
  loadBox(host, language);
  return null;
}

/**
 * The `jiha-error` detail for `error` (also written to the console) once
 * the box is shown, undefined before: the event waits for the box, so that
 * a listener finds it in place.
 */
export function errorReport(error: JihaError, host: LitElement, language: UiLanguage): JihaErrorDetail | undefined {
  if (boxReady(language)) return errorBoxModule.current!.errorReport(error, host);
  if (!boxFailed.has(host)) return undefined;
  console.warn(`jiha-widgets: <${host.localName}> ${error.message}`, host);
  return { code: error.code, message: error.message, detail: error.detail };
}

/**
 * Data shown without some rows (a bad CSV line): in an editor's view, the
 * one-line notice naming them (visitors see the rows that could be read,
 * and nothing else); null while the box's chunk loads.
 */
export function renderSkippedRows(host: LitElement, problems: readonly CsvProblem[], language: UiLanguage): unknown {
  if (boxReady(language)) return errorBoxModule.current!.skippedRowsNotice(host, problems);
  loadBox(host, language);
  return null;
}

/**
 * The `jiha-error` detail for those rows (also written to the console), or
 * undefined while the box's chunk loads (`host` renders again when it
 * arrives; if it never does, the rows shown are all that is said).
 */
export function skippedRowsReport(problems: readonly CsvProblem[], host: LitElement): JihaErrorDetail | undefined {
  return errorBoxModule.current?.skippedRowsReport(problems, host);
}
