/**
 * What the map's markers and popups say, built by the element (in its
 * language) and handed to the Leaflet view as DOM and strings: a place's
 * popup, a cluster's popup listing its places, and the markers' names.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { formatNumber } from '../../../i18n/format.js';
import type { LanguageContext } from '../../../i18n/language.js';
import { inLanguage, msg, str } from '../../../i18n/localize.js';
import { pickLocalized, pickText, type LocalizedText } from '../../../i18n/localized-text.js';
import { placesText, statusLabel } from '../geopark-map.strings.js';
import type { GeoparkFeature } from '../places/geopark-model.js';

/** A text in the element's language, or '' when there is none. */
export function localText(value: LocalizedText | undefined, language: LanguageContext): string {
  return value === undefined ? '' : (pickText(value, language.ui) ?? '');
}

/** The name of a feature's region, if it has one. */
export function regionName(feature: GeoparkFeature, language: LanguageContext): string | undefined {
  return feature.region ? localText(feature.region.name, language) || undefined : undefined;
}

/** A popup's dialog box (a place's or a cluster's), focusable, in the element's language and direction. */
function popupContainer(className: string, { ui, dir }: LanguageContext): HTMLElement {
  const container = document.createElement('div');
  container.className = className;
  container.setAttribute('part', 'popup');
  container.setAttribute('role', 'dialog');
  container.tabIndex = -1;
  container.lang = ui;
  container.dir = dir;
  return container;
}

/** A place's popup, as DOM in the element's language; `parent` is a site's geopark. */
export function popupContent(
  feature: GeoparkFeature,
  parent: GeoparkFeature | undefined,
  language: LanguageContext,
  close: () => void,
): HTMLElement {
  const container = popupContainer('popup', language);
  const template = inLanguage(language.ui, () => renderPopup(feature, parent, language, close));
  container.setAttribute('aria-label', localText(feature.name, language) || feature.id);
  render(template, container);
  return container;
}

function renderPopup(
  feature: GeoparkFeature,
  parent: GeoparkFeature | undefined,
  language: LanguageContext,
  close: () => void,
): TemplateResult {
  const name = pickLocalized(feature.name, language.ui);
  const summary = feature.summary ? pickLocalized(feature.summary, language.ui) : undefined;
  const region = regionName(feature, language);
  const rows: [string, string][] = [];
  if (parent) rows.push([msg('Geopark', { id: 'geopark.field.geopark' }), localText(parent.name, language)]);
  if (region) rows.push([msg('Region', { id: 'geopark.field.region' }), region]);
  if (feature.designated !== undefined)
    rows.push([msg('Designated', { id: 'geopark.field.designated' }), String(feature.designated)]);
  if (feature.areaKm2 !== undefined) {
    const area = formatNumber(feature.areaKm2, language);
    rows.push([msg('Area', { id: 'geopark.field.area' }), msg(str`${area} km²`, { id: 'geopark.area-km2' })]);
  }
  return html`${popupHead(html`<h3 class="popup-name" lang=${name?.lang ?? nothing}>${name?.text ?? feature.id}</h3>`, close)}
    <div class="popup-body">
      <p class="popup-status status-${feature.status}">${statusLabel(feature.status)}</p>
      ${rows.length > 0 ? html`<dl>${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>` : nothing}
      ${summary ? html`<p class="popup-summary" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
      ${feature.url ? html`<a class="popup-link" href=${feature.url} target="_blank" rel="noopener">${msg('Website', { id: 'geopark.field.website' })}</a>` : nothing}
    </div>`;
}

/**
 * A popup's first line: its title and the close button, outside the part
 * that scrolls (popup-body), so that the button stays in view and no
 * scroll bar lies over it.
 */
function popupHead(title: TemplateResult, close: () => void): TemplateResult {
  const closeLabel = msg('Close', { id: 'geopark.close' });
  return html`<div class="popup-head">
    ${title}
    <button type="button" class="popup-close" title=${closeLabel} aria-label=${closeLabel} @click=${close}><span aria-hidden="true">×</span></button>
  </div>`;
}

/** A marker's name: the place and its status. */
export function markerLabel(feature: GeoparkFeature, language: LanguageContext): string {
  return inLanguage(
    language.ui,
    () => `${localText(feature.name, language) || feature.id} (${statusLabel(feature.status)})`,
  );
}

/** A cluster's name: how many places, then each (a geopark with its status; sites by name, their status is in the popup). */
export function clusterLabel(features: readonly GeoparkFeature[], language: LanguageContext): string {
  const { ui } = language;
  return inLanguage(ui, () => {
    const places = placesText(features.length, language);
    // Semicolons: place names may hold commas ("M'Goun Geopark Museum, Azilal").
    const names = features
      .map((feature) =>
        feature.status === 'site' ? localText(feature.name, language) || feature.id : markerLabel(feature, language),
      )
      .join(ui === 'ar' ? '؛ ' : '; ');
    return msg(str`${places}: ${names}`, {
      id: 'geopark.cluster.label',
      desc: 'A cluster marker: the number of places, then their names.',
    });
  });
}

/** A cluster's popup: its places as buttons; each shows its place on the map and opens its popup. */
export function clusterContent(
  features: readonly GeoparkFeature[],
  language: LanguageContext,
  choose: (id: string) => void,
  close: () => void,
): HTMLElement {
  const { ui } = language;
  const container = popupContainer('popup cluster-popup', language);
  const template = inLanguage(ui, () => {
    const places = placesText(features.length, language);
    container.setAttribute('aria-label', places);
    return html`${popupHead(html`<h3 class="popup-name">${places}</h3>`, close)}
      <ul class="popup-body cluster-list">
        ${features.map((feature) => {
          const name = pickLocalized(feature.name, ui);
          return html`<li>
            <button type="button" data-id=${feature.id} @click=${(event: Event) => {
              // Choosing replaces this popup's content: Leaflet, seeing a click from a detached node, would take it for a click on the map and close the new popup.
              event.stopPropagation();
              choose(feature.id);
            }}>
              <span class="item-name" lang=${name?.lang ?? nothing}>${name?.text ?? feature.id}</span>
              <span class="item-status status-${feature.status}">${statusLabel(feature.status)}</span>
            </button>
          </li>`;
        })}
      </ul>`;
  });
  render(template, container);
  return container;
}
