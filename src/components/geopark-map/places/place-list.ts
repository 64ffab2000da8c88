/**
 * The list of geoparks: text before (and wherever) the map cannot show
 * them, or buttons that select them with `list`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LanguageContext } from '../../../i18n/language.js';
import { msg } from '../../../i18n/localize.js';
import { pickLocalized } from '../../../i18n/localized-text.js';
import { statusLabel } from '../geopark-map.strings.js';
import type { GeoparkFeature } from './geopark-model.js';
import { regionName } from '../view/map-popups.js';

/** Geoparks for the list: the geoparks themselves, or every feature when the data has only sites. */
export function listedFeatures(features: GeoparkFeature[]): GeoparkFeature[] {
  const geoparks = features.filter((feature) => feature.status !== 'site');
  return geoparks.length > 0 ? geoparks : features;
}

export interface PlaceListOptions {
  language: LanguageContext;
  /** Buttons that `choose` a place (pressed: the `selected` one), else text. */
  asButtons: boolean;
  selected: string | null;
  choose(id: string): void;
}

export function renderPlaceList(
  features: GeoparkFeature[],
  { language, asButtons, selected, choose }: PlaceListOptions,
): TemplateResult {
  return html`<ul class="list ${asButtons ? 'buttons' : 'text'}" part="list" aria-label=${msg('Geoparks', { id: 'geopark.list-label' })}>
    ${features.map((feature) => {
      const name = pickLocalized(feature.name, language.ui);
      const region = regionName(feature, language);
      const content = html`<span class="item-name" lang=${name?.lang ?? nothing}>${name?.text ?? feature.id}</span>
        <span class="item-status status-${feature.status}">${statusLabel(feature.status)}</span>
        ${region ? html`<span class="item-region">${region}</span>` : nothing}`;
      return html`<li data-id=${feature.id}>
        ${
          asButtons
            ? html`<button type="button" aria-pressed=${selected === feature.id ? 'true' : 'false'} @click=${() => choose(feature.id)}>${content}</button>`
            : content
        }
      </li>`;
    })}
  </ul>`;
}
