/**
 * One builder question as a screen reader announces it: the label, the
 * hint with an example and, when the value is wrong, the sentence saying
 * why, both tied to the control (aria-describedby) and the control marked
 * (aria-invalid): never a red border alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type ControlKind = 'text' | 'number' | 'url' | 'date' | 'datetime' | 'textarea' | 'checkbox' | 'select';

export interface FieldControl {
  /** The control's name; its id is `field-<name>`, its hint `hint-<name>`, its problem `problem-<name>`. */
  name: string;
  kind: ControlKind;
  label: unknown;
  hint?: string;
  /** The sentence saying what is wrong, in the builder's language. */
  problem?: string;
  required?: boolean;
  /** What the builder found at the address (an `src` it read), said as it learns it. */
  found?: string;
  value: string;
  /** A select's options: value and words. */
  options?: readonly { value: string; label: string }[];
  /** The new value; `bad` when a native date control holds something it cannot read. */
  onValue: (value: string, bad: boolean) => void;
}

const INPUT_TYPES: Partial<Record<ControlKind, 'url' | 'date' | 'datetime-local'>> = {
  url: 'url',
  date: 'date',
  datetime: 'datetime-local',
};

export function renderFieldControl(field: FieldControl): TemplateResult {
  const id = `field-${field.name}`;
  const hintId = field.hint ? `hint-${field.name}` : '';
  const problemId = field.problem ? `problem-${field.name}` : '';
  const foundId = field.found !== undefined ? `found-${field.name}` : '';
  const describedBy = [hintId, problemId, field.found ? foundId : ''].filter(Boolean).join(' ') || undefined;
  const invalid = field.problem ? 'true' : 'false';
  const read = (event: Event) => {
    const control = event.target as HTMLInputElement;
    field.onValue(
      control.type === 'checkbox' ? (control.checked ? 'true' : '') : control.value,
      control.validity?.badInput === true,
    );
  };
  const hint = field.hint ? html`<p class="hint" id=${hintId}>${field.hint}</p>` : nothing;
  const problem = field.problem ? html`<p class="problem" id=${problemId}>${field.problem}</p>` : nothing;
  const found =
    field.found !== undefined ? html`<p class="note" id=${foundId} role="status">${field.found}</p>` : nothing;
  if (field.kind === 'checkbox')
    return html`<div class="field check">
      <input type="checkbox" id=${id} name=${field.name} aria-describedby=${ifDefined(describedBy)} .checked=${field.value === 'true'} @change=${read} />
      <label for=${id}>${field.label}</label>
      ${hint}
    </div>`;
  const control =
    field.kind === 'select'
      ? html`<select id=${id} name=${field.name} aria-describedby=${ifDefined(describedBy)} aria-invalid=${invalid} @change=${read}>
          ${field.options?.map((option) => html`<option value=${option.value} ?selected=${option.value === field.value}>${option.label}</option>`)}
        </select>`
      : field.kind === 'textarea'
        ? html`<textarea id=${id} name=${field.name} rows="8" dir="ltr" spellcheck="false" aria-describedby=${ifDefined(describedBy)} aria-invalid=${invalid} .value=${field.value} @input=${read}></textarea>`
        : html`<input
            id=${id}
            name=${field.name}
            type=${INPUT_TYPES[field.kind] ?? 'text'}
            dir=${field.kind === 'text' ? 'auto' : 'ltr'}
            inputmode=${ifDefined(field.kind === 'number' ? 'decimal' : undefined)}
            ?required=${field.required === true}
            aria-describedby=${ifDefined(describedBy)}
            aria-invalid=${invalid}
            .value=${field.value}
            @input=${read}
            @change=${read}
          />`;
  return html`<div class="field">
    <label for=${id}>${field.label}</label>
    ${hint} ${control} ${problem} ${found}
  </div>`;
}
