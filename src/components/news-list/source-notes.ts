/**
 * The quiet lines beside a list of several sources: a source that could
 * not be read (with "Try again", and in an editor's view what went wrong),
 * and a source shown from the council's server's last good copy (with that
 * copy's date). Their strings (`sources.*`) load only when a line shows.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { renderEditorDetail } from '../../core/error-state.js';
import type { JihaError } from '../../core/errors.js';
import type { LanguageContext } from '../../i18n/language.js';
import { formatDateTime } from '../../i18n/format.js';
import { isLanguageLoaded, loadLanguage, msg, str } from '../../i18n/localize.js';
import { sourcesStrings } from '../../locales/sources.js';

/** What a line says about one source. */
export interface SourceNote {
  label: string;
  /** Why it could not be read (no line when it was). */
  error?: JihaError;
  /** When the copy shown was taken, for a stale copy. */
  staleSince?: Date;
  /** Reads it again. */
  retry(): void;
}

/** One line per source that failed or is stale; nothing when every source is fresh. Call during render. */
export function renderSourceNotes(
  host: LitElement,
  notes: readonly SourceNote[],
  language: LanguageContext,
  timeZone: string | null,
): TemplateResult | typeof nothing {
  if (!notes.some((note) => note.error || note.staleSince)) return nothing;
  if (!isLanguageLoaded(language.ui, [sourcesStrings])) {
    loadLanguage(language.ui, [sourcesStrings]).then(
      () => host.requestUpdate(),
      () => undefined, // the lines stay away; the cards show, and jiha-error still names the source
    );
    return nothing;
  }
  const lines = notes.map((note, index) => {
    if (note.error) {
      const label = note.label;
      return html`<div class="source-note" part="source-note">
        <p id="source-note-${index}">${msg(str`News from ${label} could not be read.`, { id: 'sources.failed' })}</p>
        <button type="button" part="more" class="more secondary-button" aria-describedby="source-note-${index}" @click=${() => note.retry()}>
          ${msg('Try again', { id: 'news.list.retry' })}
        </button>
        ${renderEditorDetail(host, note.error, language.ui)}
      </div>`;
    }
    if (note.staleSince) {
      const label = note.label;
      const date = formatDateTime(note.staleSince, language, timeZone);
      return html`<p class="source-note" part="source-note">
        ${msg(str`News from ${label} as of ${date}.`, { id: 'sources.stale' })}
      </p>`;
    }
    return nothing;
  });
  return lines.some((line) => line !== nothing)
    ? html`<div class="source-notes" data-no-print>${lines}</div>`
    : nothing;
}
