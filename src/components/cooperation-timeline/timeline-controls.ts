/**
 * The timeline's controls, as rendered in its shadow root: the category
 * filters, the partners' legend, what shows when every category is off, and
 * the previous/next buttons of the horizontal row. Call during render,
 * inside the element's language.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LanguageContext } from '../../i18n/language.js';
import { msg } from '../../i18n/localize.js';
import { categoryIcon, categoryName } from './categories.strings.js';
import type { Category, TimelinePartner } from './model.js';
import { localText } from './year-group.js';

/** A box, ticked when the filter is on: the state is told by a shape, not by colour or a struck-through name. */
function checkBox(on: boolean): TemplateResult {
  return html`<svg class="check" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
    <rect x="3.5" y="3.5" width="17" height="17" rx="3"></rect>${on ? svg`<path class="tick" d="m7.5 12.5 3 3 6-7"></path>` : nothing}
  </svg>`;
}

export function renderFilters(
  categories: readonly Category[],
  hidden: ReadonlySet<Category>,
  toggle: (category: Category) => void,
): TemplateResult {
  return html`<div part="filters" class="filters" data-no-print role="group" aria-label=${msg('Show events by category', { id: 'timeline.filters' })}>
    ${categories.map((category) => {
      const on = !hidden.has(category);
      return html`<button type="button" part="filter" class="filter" data-category=${category} aria-pressed=${on ? 'true' : 'false'} @click=${() => toggle(category)}>
        ${checkBox(on)}${categoryIcon(category)}<span>${categoryName(category)}</span>
      </button>`;
    })}
  </div>`;
}

export function renderLegend(
  partners: readonly TimelinePartner[],
  colorSlots: number,
  language: LanguageContext,
): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${msg('Partners', { id: 'timeline.partners' })}>
    ${partners.map((partner, slot) => html`<li class="partner p${Math.min(slot, colorSlots - 1)}"><span class="swatch" aria-hidden="true"></span>${localText(partner.name, language)}</li>`)}
  </ul>`;
}

/** Every category switched off: say so, and offer them all back. */
export function renderNoneSelected(showAll: () => void): TemplateResult {
  return html`<div part="notice" class="notice">
    <p>${msg('No category is selected, so no event is shown.', { id: 'timeline.none-selected' })}</p>
    <button type="button" part="show-all-categories" class="show-categories secondary-button" data-no-print @click=${showAll}>
      ${msg('Show all categories', { id: 'timeline.show-all-categories' })}
    </button>
  </div>`;
}

/** A chevron towards the inline end; the styles turn it in rtl and for "previous". */
const chevron = html`<svg class="chevron" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="m9 5 7 7-7 7"></path></svg>`;

/**
 * Previous and next, either side of a bar that shows which part of the row
 * is in view. `aria-disabled` rather than `disabled` at the ends: a button
 * that reaches its end keeps focus, where a disabled one would drop it.
 */
export function renderScrollControls(
  rowId: string,
  state: { atStart: boolean; atEnd: boolean },
  page: (step: 1 | -1) => void,
): TemplateResult {
  return html`<div class="row-controls" data-no-print ?hidden=${state.atStart && state.atEnd}>
    <button type="button" part="previous" class="page-button previous" aria-controls=${rowId} aria-disabled=${state.atStart ? 'true' : 'false'} aria-label=${msg('Previous events', { id: 'timeline.previous' })} @click=${() => page(-1)}>${chevron}</button>
    <div class="row-position" aria-hidden="true"><span class="row-thumb"></span></div>
    <button type="button" part="next" class="page-button next" aria-controls=${rowId} aria-disabled=${state.atEnd ? 'true' : 'false'} aria-label=${msg('Next events', { id: 'timeline.next' })} @click=${() => page(1)}>${chevron}</button>
  </div>`;
}
