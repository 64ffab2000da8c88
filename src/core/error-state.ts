import { html, nothing, type LitElement } from 'lit';
import type { UiLanguage } from '../i18n/language.js';
import { isLanguageLoaded, loadLanguage } from '../i18n/localize.js';
import { errorStrings } from '../locales/error.js';
import type { CsvProblem } from '../data/csv.js';
import type { JihaError } from './errors.js';
import type { JihaErrorDetail } from './events.js';
import { hasFallback } from './fallback.js';
import { lazyModule } from './lazy-module.js';

/** The error box's code and styles: its own chunk, which a page whose widgets all work never downloads. */
const errorBoxModule = lazyModule('error box', () => import('../error-box/error-box.js'));

/**
 * The page switch for an editor's view: `data-jiha-editor` on the element
 * or any ancestor (shadow roots crossed, `<html>` included). The builder's
 * preview and Storybook set it; a CMS can set it on its editing screens.
 */
export const EDITOR_ATTRIBUTE = 'data-jiha-editor';

/** Whether `element` is shown to an editor: what is wrong and what to fix appear beside the visitors' sentence. */
export function inEditorView(element: Element): boolean {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute(EDITOR_ATTRIBUTE)) return true;
  }
  return false;
}

/**
 * Elements that showed an error or a notice; they render again when
 * `<html data-jiha-editor>` is switched (from the browser's console, say),
 * so that an editor need not reload. Weak: an element removed from the page
 * is not kept alive.
 */
const shown = new Set<WeakRef<LitElement>>();
let editorSwitchObserver: MutationObserver | undefined;

function followEditorSwitch(host: LitElement): void {
  if (shown.size > 200) for (const ref of shown) if (!ref.deref()?.isConnected) shown.delete(ref);
  for (const ref of shown) if (ref.deref() === host) return;
  shown.add(new WeakRef(host));
  editorSwitchObserver ??= new MutationObserver(() => {
    for (const ref of shown) {
      const element = ref.deref();
      if (element) element.requestUpdate();
      else shown.delete(ref);
    }
  });
  editorSwitchObserver.observe(document.documentElement, { attributes: true, attributeFilter: [EDITOR_ATTRIBUTE] });
}

/** True when the box and its sentences in `language` are here, so that it can render. */
function boxReady(language: UiLanguage): boolean {
  return errorBoxModule.current !== undefined && isLanguageLoaded(language, [errorStrings]);
}

/**
 * The error box for `error`, or null while its chunk and sentences load
 * (`host` renders again when they arrive). If they cannot be loaded,
 * visitors see the page's own content alone (there is no sentence in their
 * language to show), editors the technical message.
 */
export function renderErrorBox(host: LitElement, error: JihaError, language: UiLanguage): unknown {
  followEditorSwitch(host);
  const editor = inEditorView(host);
  const box = errorBoxModule.current;
  if (box && boxReady(language)) return box.errorBox(host, error, { editor, withFallback: hasFallback(host) });
  loadBox(host, language);
  if (!fallbackShown.has(host) || !editor) return null;
  return html`<p class="error" role="alert" part="error" dir="ltr" lang="en">${error.message}</p>`;
}

/** Hosts whose box could not be loaded: they show the plain alert. */
const fallbackShown = new WeakSet<LitElement>();

/**
 * The `jiha-error` detail for `error` once the box is shown, undefined
 * before (the event waits for the box, so that a listener finds it in
 * place). Also written to the console.
 */
export function errorReport(error: JihaError, host: LitElement, language: UiLanguage): JihaErrorDetail | undefined {
  const box = errorBoxModule.current;
  const report =
    box && boxReady(language) ? box.errorReport(error) : fallbackShown.has(host) ? plainReport(error) : undefined;
  if (report) warn(host, report);
  return report;
}

function plainReport(error: JihaError): JihaErrorDetail {
  return { code: error.code, message: error.message, detail: error.detail };
}

function warn(host: Element, { code, message }: JihaErrorDetail): void {
  console.warn(`jiha-widgets: <${host.localName}> ${code}: ${message}`, host);
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
 * Data shown without some rows (a bad CSV line): in an editor's view, the
 * one-line notice naming them, from the error box's chunk (null while it
 * loads); visitors see the rows that could be read, and nothing else.
 */
export function renderSkippedRows(host: LitElement, problems: readonly CsvProblem[], language: UiLanguage): unknown {
  followEditorSwitch(host);
  if (!inEditorView(host)) return nothing;
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
  const box = errorBoxModule.current;
  if (!box) {
    errorBoxModule.load().then(
      () => host.requestUpdate(),
      () => undefined,
    );
    return undefined;
  }
  const report = box.skippedRowsReport(problems);
  warn(host, report);
  return report;
}
