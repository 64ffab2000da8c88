import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { JihaElement } from '../core/jiha-element.js';
import { msg } from '../i18n/localize.js';
import { UI_LANGUAGES } from '../i18n/language.js';
import { checkCsv, checkData, checkField, type Problem } from '../embed/validate.js';
import { WIDGETS, widgetByName, type FieldSpec, type WidgetName, type WidgetSpec } from '../embed/widgets.js';
import { builderStyles } from './builder-styles.js';
import { DEFAULT_DATA, DEFAULT_VALUES } from './defaults.js';
import { choiceLabel, fieldLabel } from './field-labels.strings.js';
import { iframeSnippet, scriptSnippet, type SnippetInput } from './snippets.js';
import { snippetFallback } from './snippet-fallback.js';
import { problemText, widgetLabel } from './builder.strings.js';
import { builderStrings } from '../locales/builder.js';
import { CsvText } from '../data/csv-text.js';

type FieldProblem = Problem | 'base';

const LANGUAGE_NAMES: Record<string, string> = { ar: 'العربية', fr: 'Français', en: 'English', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' };

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
  protected copied = '';
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
      const problem = checkField(field, this.values[field.name] ?? '');
      if (problem) found.set(field.name, problem);
    }
    const dataProblem = this.csv
      ? checkCsv(this.dataText)
      : checkData(this.dataText, this.widget.name === 'geopark-map');
    if (dataProblem) found.set('data', dataProblem);
    if (!this.base) found.set('library-base', 'base');
    return found;
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
  }

  private setValue(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
  }

  protected override renderContent(): unknown {
    const problems = this.problems();
    const input = this.snippetInput();
    return html`<div class="builder">
      <form @submit=${(event: Event) => event.preventDefault()} novalidate>
        <fieldset>
          <legend>${msg('Widget and language', { id: 'builder.legend.widget' })}</legend>
          <div class="field">
            <label for="ui-lang">${msg('Language of this page', { id: 'builder.ui-language' })}</label>
            <select id="ui-lang" @change=${(event: Event) => (this.lang = (event.target as HTMLSelectElement).value)}>
              ${UI_LANGUAGES.map((tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === this.language.ui}>${LANGUAGE_NAMES[tag]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="widget">${msg('Widget', { id: 'builder.widget' })}</label>
            <select id="widget" name="widget" @change=${(event: Event) => this.chooseWidget((event.target as HTMLSelectElement).value)}>
              ${WIDGETS.map((widget) => html`<option value=${widget.name} ?selected=${widget === this.widget}>${widgetLabel(widget.name)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="widget-lang">${msg('Language of the widget', { id: 'builder.widget-language' })}</label>
            <select id="widget-lang" name="lang" @change=${(event: Event) => (this.widgetLang = (event.target as HTMLSelectElement).value)}>
              ${UI_LANGUAGES.map((tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === this.widgetLang}>${LANGUAGE_NAMES[tag]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="widget-dir">${msg('Direction', { id: 'builder.direction' })}</label>
            <select id="widget-dir" name="dir" @change=${(event: Event) => (this.widgetDir = (event.target as HTMLSelectElement).value as '' | 'ltr' | 'rtl')}>
              <option value="" ?selected=${this.widgetDir === ''}>${msg('From the language', { id: 'builder.direction.auto' })}</option>
              <option value="rtl" ?selected=${this.widgetDir === 'rtl'}>${msg('Right to left', { id: 'builder.direction.rtl' })}</option>
              <option value="ltr" ?selected=${this.widgetDir === 'ltr'}>${msg('Left to right', { id: 'builder.direction.ltr' })}</option>
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>${msg('Attributes (leave empty what you do not need)', { id: 'builder.legend.attributes' })}</legend>
          ${this.fields.map((field) => this.renderField(field, problems.get(field.name)))}
        </fieldset>
        <fieldset>
          <legend>${this.widget.name === 'geopark-map' ? msg('Data: GeoJSON (optional)', { id: 'builder.legend.geojson' }) : msg('Data: JSON (optional)', { id: 'builder.legend.data' })}</legend>
          ${this.widget.csv ? this.renderDataFormat() : nothing}
          ${this.renderText('data', this.csv ? msg('CSV (a spreadsheet exported as CSV, first line naming the columns)', { id: 'builder.data.csv' }) : this.widget.name === 'geopark-map' ? msg('GeoJSON FeatureCollection', { id: 'builder.data.geojson' }) : msg('JSON data', { id: 'builder.data.json' }), this.dataText, problems.get('data'), (value) => (this.dataText = value), true)}
        </fieldset>
        <fieldset>
          <legend>${msg('Where the library is hosted', { id: 'builder.legend.hosting' })}</legend>
          ${this.renderText('library-base', msg('Address of the folder holding jiha.js and embed.html', { id: 'builder.library-base' }), this.libraryBase, problems.get('library-base'), (value) => (this.libraryBase = value))}
          ${this.renderText('frame-title', msg('Title of the iframe (read by screen readers)', { id: 'builder.frame-title' }), this.frameTitle || this.defaultTitle(), undefined, (value) => (this.frameTitle = value))}
        </fieldset>
      </form>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">${msg('Preview', { id: 'builder.preview' })}</h2>
        <!-- An editor's view (data-jiha-editor): a failing preview says what is wrong and what to fix. -->
        <div class="preview" id="preview" data-jiha-editor></div>
        ${input ? this.renderSnippets(input) : html`<p class="problem" role="status">${msg('Correct the marked fields to get the snippets.', { id: 'builder.fix-fields' })}</p>`}
        <p class="status" role="status" aria-live="polite">${this.copied}</p>
      </section>
    </div>`;
  }

  /** JSON or pasted CSV, for the widgets that read CSV. */
  private renderDataFormat(): unknown {
    return html`<div class="field">
      <label for="data-format">${msg('Format of the data', { id: 'builder.data-format' })}</label>
      <select id="data-format" name="data-format" @change=${(event: Event) => (this.dataFormat = (event.target as HTMLSelectElement).value === 'csv' ? 'csv' : 'json')}>
        <option value="json" ?selected=${!this.csv}>JSON</option>
        <option value="csv" ?selected=${this.csv}>${msg('CSV (paste from a spreadsheet)', { id: 'builder.data-format.csv' })}</option>
      </select>
    </div>`;
  }

  /** The pasted data is CSV (only for widgets that read it). */
  private get csv(): boolean {
    return this.dataFormat === 'csv' && this.widget.csv === true;
  }

  private renderField(field: FieldSpec, problem: FieldProblem | undefined): unknown {
    const value = this.values[field.name] ?? '';
    const id = `field-${field.name}`;
    if (field.kind === 'boolean') {
      return html`<div class="field check">
        <input type="checkbox" id=${id} name=${field.name} .checked=${value === 'true'} @change=${(event: Event) => this.setValue(field.name, (event.target as HTMLInputElement).checked ? 'true' : '')} />
        <label for=${id}>${this.labelOf(field)}</label>
      </div>`;
    }
    if (field.kind === 'choice') {
      return html`<div class="field">
        <label for=${id}>${this.labelOf(field)}</label>
        <select id=${id} name=${field.name} @change=${(event: Event) => this.setValue(field.name, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${value === ''}>${msg('(default)', { id: 'builder.default' })}</option>
          ${field.choices?.map((choice) => html`<option value=${choice} ?selected=${choice === value}>${choiceLabel(choice)}</option>`)}
        </select>
      </div>`;
    }
    return this.renderText(
      field.name,
      this.labelOf(field),
      value,
      problem,
      (next) => this.setValue(field.name, next),
      false,
      field,
    );
  }

  /** The field's words in the builder's language, then the attribute name itself, which web teams look for. */
  private labelOf(field: FieldSpec): unknown {
    const words = fieldLabel(field.name, this.widget.name);
    return words ? html`${words} <code>${field.name}</code>` : html`<code>${field.name}</code>`;
  }

  private renderText(
    name: string,
    label: unknown,
    value: string,
    problem: FieldProblem | undefined,
    set: (value: string) => void,
    multiline = false,
    field?: FieldSpec,
  ): unknown {
    const id = `field-${name}`;
    const problemId = `problem-${name}`;
    const onInput = (event: Event) => set((event.target as HTMLInputElement | HTMLTextAreaElement).value);
    const inputMode =
      field?.kind === 'number' ? 'decimal' : field?.kind === 'url' || field?.kind === 'image' ? 'url' : 'text';
    const placeholder = field?.kind === 'date' ? 'YYYY-MM-DD' : '';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${
        multiline
          ? html`<textarea id=${id} name=${name} rows="8" dir="ltr" spellcheck="false" aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? problemId : ''} .value=${value} @input=${onInput}></textarea>`
          : html`<input id=${id} name=${name} dir="auto" inputmode=${inputMode} placeholder=${placeholder} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? problemId : ''} .value=${value} @input=${onInput} />`
      }
      ${problem ? html`<p class="problem" id=${problemId}>${problemText(problem)}</p>` : null}
    </div>`;
  }

  private renderSnippets(input: SnippetInput): unknown {
    const forms = [
      {
        id: 'script',
        label: msg('Snippet 1: script and element (for pages that keep scripts)', { id: 'builder.snippet.script' }),
        text: scriptSnippet(input, this.fallback.key === settingsKey(input) ? this.fallback.html : ''),
      },
      {
        id: 'iframe',
        label: msg('Snippet 2: iframe (for editors that remove scripts)', { id: 'builder.snippet.iframe' }),
        text: iframeSnippet(input),
      },
    ];
    return forms.map(
      (form) => html`<div class="snippet">
        <label for=${`snippet-${form.id}`}>${form.label}</label>
        <textarea id=${`snippet-${form.id}`} readonly dir="ltr" rows="8" aria-describedby=${form.id === 'script' ? 'fallback-note' : nothing} .value=${form.text}></textarea>
        ${
          form.id === 'script'
            ? html`<p class="note" id="fallback-note">
              ${msg('This snippet carries a copy of the content as plain text, for visitors whose browser does not run the script, for search engines and for printing. If you change the attributes or the data later, build the snippet again here, so that the copy says the same.', { id: 'builder.fallback-note' })}
            </p>`
            : null
        }
        <button type="button" data-copy=${form.id} @click=${() => this.copy(form.text)}>${msg('Copy', { id: 'builder.copy' })}</button>
      </div>`,
    );
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = msg('Copied. Paste it into your page.', { id: 'builder.copied' });
    } catch {
      this.copied = msg('Copying was refused: select the text and copy it with Ctrl+C.', { id: 'builder.copy-failed' });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.updatePreview();
    this.updateFallback();
  }

  /** Writes snippet 1's fallback for the current settings (asynchronously: the widget's strings may have to load). */
  private updateFallback(): void {
    const input = this.snippetInput();
    if (!input) return;
    const key = settingsKey(input);
    if (key === this.pendingFallback || key === this.fallback.key) return;
    this.pendingFallback = key;
    void snippetFallback(input).then((markup) => {
      if (this.pendingFallback === key) this.fallback = { key, html: markup };
    });
  }

  private pendingFallback = '';

  /** The preview is the real element, rebuilt when a valid setting changes (a half-typed value keeps the last good one). */
  private updatePreview(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('#preview');
    const input = this.snippetInput();
    if (!host || !input) return;
    const key = settingsKey(input);
    if (key === this.previewKey && host.firstElementChild) return;
    this.previewKey = key;
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
