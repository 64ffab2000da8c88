import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { JihaElement } from '../core/jiha-element.js';
import { msg, str } from '../i18n/localize.js';
import { UI_LANGUAGES } from '../i18n/language.js';
import { checkCsv, checkData, checkField, type Problem } from '../embed/validate.js';
import { WIDGETS, widgetByName, type FieldSpec, type WidgetName, type WidgetSpec } from '../embed/widgets.js';
import { builderStyles } from './builder-styles.js';
import { DEFAULT_DATA, DEFAULT_VALUES } from './defaults.js';
import { choiceLabel, fieldLabel } from './field-labels.strings.js';
import type { SnippetInput } from './snippets.js';
import { renderOutputs, snippetOutputs } from './snippet-outputs.js';
import { renderFieldControl } from './field-control.js';
import { fieldHint } from './field-hints.strings.js';
import { FIELD_GROUPS, groupOf, isFirstField, isRequiredField } from './field-groups.js';
import { fromLocalInput, toLocalInput } from './zoned-date-time.js';
import { renderPasteGuide } from './paste-guide.js';
import { hasRows, rowsFromPaste, rowsToCsv, type Row } from './data-rows.js';
import { renderRowsTable } from './rows-table.js';
import { readSource, type SourceData } from './source-data.js';

/** How long after the last keystroke in a `src` the builder reads it. */
const SOURCE_DELAY_MS = 600;
import { snippetFallback } from './snippet-fallback.js';
import { groupLegend, problemText, widgetLabel } from './builder.strings.js';
import { builderStrings } from '../locales/builder.js';
import { CsvText } from '../data/csv-text.js';

type FieldProblem = Problem | 'base' | 'missing';

const LANGUAGE_NAMES: Record<string, string> = { ar: 'العربية', fr: 'Français', en: 'English', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' };

/** The languages offered, each named in itself. */
const LANGUAGE_OPTIONS = UI_LANGUAGES.map((tag) => ({ value: tag, label: LANGUAGE_NAMES[tag], lang: tag }));

/** What a date control holds when the browser cannot read what was typed: not a date, so the field says so. */
const BAD_DATE = 'not-a-date';

/**
 * The snippet builder for CMS editors: pick a widget, fill its attributes
 * (checked as they are typed) and data, choose language and direction, see
 * the real element, and copy one of two snippets. Not part of the library's
 * entry; built into dist/builder/ (scripts/build-embed.mjs).
 *
 * @tag jiha-snippet-builder
 */
export class JihaSnippetBuilder extends JihaElement {
  static override styles = [...JihaElement.styles, builderStyles];

  static override properties: PropertyDeclarations = {
    libraryBase: { attribute: 'library-base' },
    widget: { state: true },
    values: { state: true },
    dataText: { state: true },
    dataFormat: { state: true },
    widgetLang: { state: true },
    widgetDir: { state: true },
    frameTitle: { state: true },
    copied: { state: true },
    darkPreview: { state: true },
    rows: { state: true },
    source: { state: true },
    fallback: { state: true },
  };

  protected static override messageGroups = [builderStrings];

  /** The folder holding jiha.js and embed.html (relative to the page, or absolute). */
  libraryBase = '../';

  protected widget: WidgetSpec = WIDGETS[0];
  protected values: Record<string, string> = { ...DEFAULT_VALUES['news-card'] };
  protected dataText = DEFAULT_DATA['news-card'];
  /** What the data field holds: JSON, or CSV for the widgets that read it. */
  protected dataFormat: 'json' | 'csv' = 'json';
  protected widgetLang = 'ar';
  protected widgetDir: '' | 'ltr' | 'rtl' = '';
  protected frameTitle = '';
  /** The output last copied, and whether the browser let it be copied. */
  protected copied?: { what: string; done: boolean };
  /** The preview sits on a dark page (color-scheme: dark), as on a portal with a dark theme. */
  protected darkPreview = false;
  /** The map's places or the timeline's events as the rows table holds them. */
  protected rows: Row[] = [];
  /** The data read from the widget's `src`, for the fallback, or why it could not be read. */
  protected source?: SourceData;
  private pendingSource = '';
  private sourceTimer?: ReturnType<typeof setTimeout>;
  /** The control to focus once drawn: a moved row's button follows its row. */
  private pendingFocus = '';
  /** Snippet 1's fallback markup, for the settings `key` it was written from. */
  protected fallback = { key: '', html: '' };

  private previewKey = '';

  /** The absolute library folder, or undefined when the field cannot be one. */
  private get base(): string | undefined {
    try {
      const url = new URL(this.libraryBase.trim(), document.baseURI);
      return /^https?:$/.test(url.protocol) && url.pathname.endsWith('/') ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private get fields(): readonly FieldSpec[] {
    return this.widget.fields;
  }

  private problems(): Map<string, FieldProblem> {
    const found = new Map<string, FieldProblem>();
    for (const field of this.fields) {
      const value = this.values[field.name] ?? '';
      const problem = checkField(field, value);
      if (problem) found.set(field.name, problem);
      else if (!value.trim() && this.needs(field)) found.set(field.name, 'missing');
    }
    const dataProblem = this.csv
      ? checkCsv(this.dataText)
      : checkData(this.dataText, this.widget.name === 'geopark-map');
    if (dataProblem) found.set('data', dataProblem);
    if (!this.base) found.set('library-base', 'base');
    return found;
  }

  /** A required field is needed while the content comes from the fields (not from `src` or pasted data). */
  private needs(field: FieldSpec): boolean {
    return isRequiredField(this.widget.name, field.name) && !this.values.src?.trim() && !this.dataText.trim();
  }

  /** The snippet settings, when every field is valid. */
  snippetInput(): SnippetInput | undefined {
    const base = this.base;
    if (!base || this.problems().size > 0) return undefined;
    const attributes = this.fields.flatMap((field): [string, string][] => {
      const value = (this.values[field.name] ?? '').trim();
      if (field.kind === 'boolean') return value === 'true' ? [[field.name, '']] : [];
      return value ? [[field.name, value]] : [];
    });
    const title = this.frameTitle.trim() || this.defaultTitle();
    return {
      widget: this.widget,
      base,
      lang: this.widgetLang,
      dir: this.widgetDir,
      attributes,
      data: this.dataText,
      csv: this.csv,
      title,
      id: `${this.widget.name}-1`,
    };
  }

  private defaultTitle(): string {
    return (
      (this.values.headline ?? this.values.holder ?? this.values.heading ?? '').trim() || widgetLabel(this.widget.name)
    );
  }

  private chooseWidget(name: string): void {
    const widget = widgetByName(name);
    if (!widget) return;
    this.widget = widget;
    this.values = { ...DEFAULT_VALUES[widget.name as WidgetName] };
    this.dataText = DEFAULT_DATA[widget.name as WidgetName];
    this.dataFormat = 'json';
    this.rows = [];
  }

  /** New rows: the data becomes their CSV (none: the widget's own example data). */
  private setRows(rows: Row[], focus = ''): void {
    if (!hasRows(this.widget.name)) return;
    this.rows = rows;
    const csv = rowsToCsv(this.widget.name, rows);
    this.dataText = csv || DEFAULT_DATA[this.widget.name];
    this.dataFormat = csv ? 'csv' : 'json';
    this.pendingFocus = focus;
  }

  private setValue(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    // The example data would hide the editor's own source (inline data comes first): it goes when a src is given.
    if (name === 'src' && value.trim() && this.dataText === DEFAULT_DATA[this.widget.name]) this.dataText = '';
  }

  protected override renderContent(): unknown {
    const problems = this.problems();
    const input = this.snippetInput();
    const widgetName = this.widget.name;
    const first = this.fields.filter((field) => isFirstField(widgetName, field.name));
    const more = this.fields.filter((field) => !isFirstField(widgetName, field.name));
    return html`<div class="builder">
      <form @submit=${(event: Event) => event.preventDefault()} novalidate>
        <fieldset>
          <legend>${msg('Widget and language', { id: 'builder.legend.widget' })}</legend>
          ${this.renderSelect('ui-lang', msg('Language of this page', { id: 'builder.ui-language' }), this.language.ui, LANGUAGE_OPTIONS, (value) => (this.lang = value), msg('The language of these questions.', { id: 'builder.hint.ui-language' }))}
          ${this.renderSelect(
            'widget',
            msg('Widget', { id: 'builder.widget' }),
            widgetName,
            WIDGETS.map((widget) => ({ value: widget.name, label: widgetLabel(widget.name) })),
            (value) => this.chooseWidget(value),
            msg('What to put on your page: one news item, a list of news, a certificate, a map or a timeline.', {
              id: 'builder.hint.widget',
            }),
          )}
          ${this.renderSelect('widget-lang', msg('Language of the widget', { id: 'builder.widget-language' }), this.widgetLang, LANGUAGE_OPTIONS, (value) => (this.widgetLang = value), msg('The language visitors read the widget in: dates, buttons and messages.', { id: 'builder.hint.widget-language' }))}
        </fieldset>
        ${
          hasRows(widgetName)
            ? html`<fieldset>
              <legend>${groupLegend('show')}</legend>
              ${renderRowsTable({
                widget: widgetName,
                rows: this.rows,
                onRows: (rows, focus) => this.setRows(rows, focus),
                onPaste: (text) => this.setRows(rowsFromPaste(widgetName, text)),
              })}
            </fieldset>`
            : nothing
        }
        ${this.renderGroups(first, problems)}
        <details class="more">
          <summary>${msg('More options', { id: 'builder.more-options' })}</summary>
          ${this.renderGroups(more, problems)}
          <fieldset>
            <legend>${msg('How it looks', { id: 'builder.legend.look' })}: ${msg('Direction', { id: 'builder.direction' })}</legend>
            ${this.renderSelect(
              'widget-dir',
              msg('Direction', { id: 'builder.direction' }),
              this.widgetDir,
              [
                { value: '', label: msg('From the language', { id: 'builder.direction.auto' }) },
                { value: 'rtl', label: msg('Right to left', { id: 'builder.direction.rtl' }) },
                { value: 'ltr', label: msg('Left to right', { id: 'builder.direction.ltr' }) },
              ],
              (value) => (this.widgetDir = value as '' | 'ltr' | 'rtl'),
              msg('Arabic reads from right to left; leave “From the language” unless a page mixes languages.', {
                id: 'builder.hint.direction',
              }),
            )}
          </fieldset>
          <fieldset>
            <legend>${widgetName === 'geopark-map' ? msg('Data: GeoJSON (optional)', { id: 'builder.legend.geojson' }) : msg('Data: JSON (optional)', { id: 'builder.legend.data' })}</legend>
            ${
              this.widget.csv
                ? this.renderSelect(
                    'data-format',
                    msg('Format of the data', { id: 'builder.data-format' }),
                    this.csv ? 'csv' : 'json',
                    [
                      { value: 'json', label: 'JSON' },
                      { value: 'csv', label: msg('CSV (paste from a spreadsheet)', { id: 'builder.data-format.csv' }) },
                    ],
                    (value) => (this.dataFormat = value === 'csv' ? 'csv' : 'json'),
                    msg('CSV is what a spreadsheet saves with “Save as… CSV”.', { id: 'builder.hint.data-format' }),
                  )
                : nothing
            }
            ${renderFieldControl({
              name: 'data',
              kind: 'textarea',
              label: this.csv
                ? msg('CSV (a spreadsheet exported as CSV, first line naming the columns)', { id: 'builder.data.csv' })
                : widgetName === 'geopark-map'
                  ? msg('GeoJSON FeatureCollection', { id: 'builder.data.geojson' })
                  : msg('JSON data', { id: 'builder.data.json' }),
              hint: msg(
                'For web teams: the whole content as data, instead of the fields. Leave it empty if you do not need it.',
                { id: 'builder.hint.data' },
              ),
              problem: this.problemOf(problems, 'data'),
              value: this.dataText,
              onValue: (value) => (this.dataText = value),
            })}
          </fieldset>
          <fieldset>
            <legend>${msg('Where the library is hosted', { id: 'builder.legend.hosting' })}</legend>
            ${renderFieldControl({
              name: 'library-base',
              kind: 'url',
              label: msg('Address of the folder holding jiha.js and embed.html', { id: 'builder.library-base' }),
              hint: msg('Your web team gives it to you. Example: https://www.region-tanger.ma/jiha/', {
                id: 'builder.hint.library-base',
              }),
              problem: this.problemOf(problems, 'library-base'),
              value: this.libraryBase,
              onValue: (value) => (this.libraryBase = value),
            })}
            ${renderFieldControl({
              name: 'frame-title',
              kind: 'text',
              label: msg('Title of the iframe (read by screen readers)', { id: 'builder.frame-title' }),
              hint: msg('A few words saying what the frame shows. Example: Latest news of the Region', {
                id: 'builder.hint.frame-title',
              }),
              value: this.frameTitle || this.defaultTitle(),
              onValue: (value) => (this.frameTitle = value),
            })}
          </fieldset>
        </details>
      </form>
      <section class="outputs" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${msg('Preview', { id: 'builder.preview' })}</h2>
        <div class="field check">
          <input type="checkbox" id="preview-dark" .checked=${this.darkPreview} @change=${(event: Event) => (this.darkPreview = (event.target as HTMLInputElement).checked)} />
          <label for="preview-dark">${msg('Show on a dark page', { id: 'builder.preview-dark' })}</label>
        </div>
        <!-- An editor's view (data-jiha-editor): a failing preview says what is wrong and what to fix. -->
        <div class=${this.darkPreview ? 'preview dark' : 'preview'} id="preview" data-jiha-editor></div>
        ${input ? renderOutputs(snippetOutputs(input, this.fallback.key === this.fallbackKey(input) ? this.fallback.html : '', this.sourceNote(input)), (output) => void this.copy(output.text, output.label)) : html`<p class="problem" role="status">${msg('Correct the marked fields to get the snippets.', { id: 'builder.fix-fields' })}</p>`}
        <p class="status" role="status" aria-live="polite">${this.copiedText()}</p>
        ${renderPasteGuide()}
      </section>
    </div>`;
  }

  /** The fields of `fields`, in a fieldset per group (what to show, where it comes from, how it looks). */
  private renderGroups(fields: readonly FieldSpec[], problems: Map<string, FieldProblem>): unknown {
    return FIELD_GROUPS.map((group) => {
      const inGroup = fields.filter((field) => groupOf(field.name) === group);
      return inGroup.length === 0
        ? nothing
        : html`<fieldset>
            <legend>${groupLegend(group)}</legend>
            ${inGroup.map((field) => this.renderField(field, problems))}
          </fieldset>`;
    });
  }

  /** A select of the builder itself (not an attribute): its id is its name. */
  private renderSelect(
    name: string,
    label: string,
    value: string,
    options: readonly { value: string; label: string; lang?: string }[],
    set: (value: string) => void,
    hint?: string,
  ): unknown {
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id=${`hint-${name}`}>${hint}</p>` : nothing}
      <select id=${name} name=${name} aria-describedby=${hint ? `hint-${name}` : nothing} @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}>
        ${options.map((option) => html`<option value=${option.value} lang=${option.lang ?? nothing} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private problemOf(problems: Map<string, FieldProblem>, name: string): string | undefined {
    const problem = problems.get(name);
    return problem ? problemText(problem) : undefined;
  }

  private renderField(field: FieldSpec, problems: Map<string, FieldProblem>): unknown {
    const value = this.values[field.name] ?? '';
    const common = {
      name: field.name,
      label: this.labelOf(field),
      hint: fieldHint(field),
      problem: this.problemOf(problems, field.name),
      required: isRequiredField(this.widget.name, field.name),
    };
    if (field.kind === 'date' && field.name === 'published') {
      const zone = this.values['time-zone'];
      return renderFieldControl({
        ...common,
        kind: 'datetime',
        value: toLocalInput(value, zone),
        onValue: (local, bad) => this.setDate(field.name, bad ? BAD_DATE : fromLocalInput(local, zone)),
      });
    }
    if (field.kind === 'date')
      return renderFieldControl({
        ...common,
        kind: 'date',
        value: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '',
        onValue: (next, bad) => this.setDate(field.name, bad ? BAD_DATE : next),
      });
    if (field.kind === 'boolean')
      return renderFieldControl({
        ...common,
        kind: 'checkbox',
        value,
        onValue: (next) => this.setValue(field.name, next),
      });
    if (field.kind === 'choice')
      return renderFieldControl({
        ...common,
        kind: 'select',
        value,
        options: [
          { value: '', label: msg('(default)', { id: 'builder.default' }) },
          ...(field.choices ?? []).map((choice) => ({ value: choice, label: choiceLabel(choice) })),
        ],
        onValue: (next) => this.setValue(field.name, next),
      });
    const input = field.name === 'src' ? this.snippetInput() : undefined;
    return renderFieldControl({
      ...common,
      // Under the address, what the builder found there (a live region: it arrives after the typing).
      found: field.name === 'src' ? (input ? this.sourceNote(input) : '') : undefined,
      kind: field.kind === 'url' || field.kind === 'image' ? 'url' : field.kind === 'number' ? 'number' : 'text',
      value,
      onValue: (next) => this.setValue(field.name, next),
    });
  }

  /** The pasted data is CSV (only for widgets that read it). */
  private get csv(): boolean {
    return this.dataFormat === 'csv' && this.widget.csv === true;
  }

  /** A date as the native control gives it; one it cannot read is kept as such, to say so next to the field. */
  private setDate(name: string, value: string): void {
    this.setValue(name, value);
  }

  /** The field's words in the builder's language, then the attribute name itself, which web teams look for. */
  private labelOf(field: FieldSpec): unknown {
    const words = fieldLabel(field.name, this.widget.name);
    return words ? html`${words} <code>${field.name}</code>` : html`<code>${field.name}</code>`;
  }

  /** Copies an output; the live region says so, in words written while rendering (the builder's language). */
  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { what, done: true };
    } catch {
      this.copied = { what, done: false };
    }
  }

  /** What the builder found at the widget's `src`, in words, for the page snippet's note. */
  private sourceNote(input: SnippetInput): string {
    const src = this.sourceSrc(input);
    if (!src) return '';
    const source = this.sourceFor(input);
    if (!source) return msg(str`Reading ${src} to write the copy…`, { id: 'builder.source.reading' });
    if (source.ok)
      return msg(str`The copy was written from the data at ${src}, taken on ${source.takenOn}.`, {
        id: 'builder.source.taken',
      });
    if (source.why === 'status')
      return msg(
        str`${src} answered with the error ${source.status ?? ''}: the snippet carries no copy of the content.`,
        {
          id: 'builder.source.status',
        },
      );
    if (source.why === 'format')
      return msg(str`${src} holds no data this widget reads: the snippet carries no copy of the content.`, {
        id: 'builder.source.format',
      });
    return msg(
      str`${src} could not be read from this page (the server did not answer, or does not let other sites read it: CORS): the snippet carries no copy of the content.`,
      { id: 'builder.source.unreachable' },
    );
  }

  private copiedText(): string {
    if (!this.copied) return '';
    return this.copied.done
      ? msg(str`Copied: ${this.copied.what}. Paste it into your page.`, { id: 'builder.copied-output' })
      : msg('Copying was refused: select the text and copy it with Ctrl+C.', { id: 'builder.copy-failed' });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingFocus) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.pendingFocus}`)?.focus();
      this.pendingFocus = '';
    }
    this.updatePreview();
    this.updateSource();
    this.updateFallback();
  }

  /** Writes snippet 1's fallback for the current settings (asynchronously: the widget's strings may have to load). */
  private updateFallback(): void {
    const input = this.snippetInput();
    if (!input) return;
    const source = this.sourceFor(input);
    const key = this.fallbackKey(input);
    if (key === this.pendingFallback || key === this.fallback.key) return;
    this.pendingFallback = key;
    void snippetFallback(input, source?.ok ? source : undefined).then((markup) => {
      if (this.pendingFallback !== key) return;
      // Where the copy comes from and when it was taken, for whoever edits the page later.
      const taken =
        source?.ok && markup
          ? `<!-- ${`Copy of ${source.src} taken on ${source.takenOn}: build the snippet again when it changes.`.replace(/--/g, '- -')} -->\n`
          : '';
      this.fallback = { key, html: taken + markup };
    });
  }

  /** The settings and what was read from `src`: the fallback is written again when either changes. */
  private fallbackKey(input: SnippetInput): string {
    const source = this.sourceFor(input);
    return settingsKey(input) + JSON.stringify(source ? [source.ok, source.ok ? source.takenOn : source.why] : []);
  }

  /** The `src` whose data the fallback needs: the widget's, when it has no inline data. */
  private sourceSrc(input: SnippetInput): string {
    return input.data.trim() ? '' : (input.attributes.find(([name]) => name === 'src')?.[1] ?? '');
  }

  /** What was read from the `src` of `input`, once read. */
  private sourceFor(input: SnippetInput): SourceData | undefined {
    const src = this.sourceSrc(input);
    return src && this.source?.src === src ? this.source : undefined;
  }

  /** Reads the `src` once, a moment after the editor stops typing it (not one request a keystroke). */
  private updateSource(): void {
    const input = this.snippetInput();
    const src = input ? this.sourceSrc(input) : '';
    if (!input || !src || this.source?.src === src || this.pendingSource === src) return;
    this.pendingSource = src;
    clearTimeout(this.sourceTimer);
    const widget = input.widget.name;
    this.sourceTimer = setTimeout(() => {
      void readSource(widget, src).then((read) => {
        if (this.pendingSource === src) this.source = read;
      });
    }, SOURCE_DELAY_MS);
  }

  private pendingFallback = '';

  /**
   * The preview is the real element, rebuilt when a valid setting changes (a
   * half-typed value keeps the last good one); a new `src` waits until the
   * editor stops typing it, so that each keystroke is not a request.
   */
  private updatePreview(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('#preview');
    const input = this.snippetInput();
    if (!host || !input) return;
    const key = settingsKey(input);
    if (key === this.previewKey && host.firstElementChild) return;
    this.previewKey = key;
    clearTimeout(this.previewTimer);
    const src = input.attributes.find(([name]) => name === 'src')?.[1] ?? '';
    if (src && src !== this.previewSrc && host.firstElementChild) {
      this.previewTimer = setTimeout(() => this.showPreview(host, input, src), SOURCE_DELAY_MS);
      return;
    }
    this.showPreview(host, input, src);
  }

  private previewTimer?: ReturnType<typeof setTimeout>;
  private previewSrc = '';

  private showPreview(host: HTMLElement, input: SnippetInput, src: string): void {
    if (settingsKey(input) !== this.previewKey) return;
    this.previewSrc = src;
    const element = document.createElement(input.widget.tag) as HTMLElement & { data: unknown };
    element.lang = input.lang;
    if (input.dir) element.dir = input.dir;
    for (const [name, value] of input.attributes) element.setAttribute(name, value);
    // CSV as data, not a <script> child: script text is a Trusted Types sink.
    if (input.data.trim()) element.data = input.csv ? new CsvText(input.data, 'pasted CSV') : JSON.parse(input.data);
    host.replaceChildren(element);
  }

  /** The element shown in the preview. */
  get previewElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#preview > *');
  }
}

/** What the preview and the fallback are built from. */
const settingsKey = (input: SnippetInput): string =>
  JSON.stringify([input.widget.name, input.lang, input.dir, input.attributes, input.data, input.csv]);
