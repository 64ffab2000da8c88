/**
 * The list of places, the map's text alternative: text before (and
 * wherever) the map cannot show them, or buttons that select them with
 * `list`. It names every place the map draws, each once: the geoparks (and
 * other places) in the data's order, each geopark's sites under it, and
 * sites of no geopark in the data under their region.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LanguageContext } from '../../../i18n/language.js';
import { msg } from '../../../i18n/localize.js';
import { pickLocalized, type LocalizedText } from '../../../i18n/localized-text.js';
import { statusLabel } from '../geopark-map.strings.js';
import type { GeoparkFeature } from './geopark-model.js';
import { regionName } from '../view/map-popups.js';

/** One entry of the list: a place with the sites under it, or a region heading the sites of no geopark. */
export type PlaceEntry =
  { place: GeoparkFeature; sites: GeoparkFeature[] } | { region: LocalizedText; sites: GeoparkFeature[] };

/** Every feature, once, as the list shows them: sites under their geopark, or under their region. */
export function listedPlaces(features: readonly GeoparkFeature[]): PlaceEntry[] {
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  const entries: PlaceEntry[] = [];
  const underPlace = new Map<string, GeoparkFeature[]>();
  const underRegion = new Map<string, GeoparkFeature[]>();
  for (const feature of features) {
    const parent = feature.parent === undefined ? undefined : byId.get(feature.parent);
    if (feature.status === 'site' && parent && parent.status !== 'site') {
      underPlace.set(parent.id, [...(underPlace.get(parent.id) ?? []), feature]);
    } else if (feature.status === 'site' && feature.region) {
      // Keyed by the region's names, as the data gives them (a known region is one object).
      const key = JSON.stringify(feature.region.name);
      const sites = underRegion.get(key);
      if (sites) sites.push(feature);
      else {
        const grouped = [feature];
        underRegion.set(key, grouped);
        entries.push({ region: feature.region.name, sites: grouped });
      }
    } else {
      entries.push({ place: feature, sites: [] });
    }
  }
  for (const entry of entries) if ('place' in entry) entry.sites = underPlace.get(entry.place.id) ?? [];
  return entries;
}

export interface PlaceListOptions {
  language: LanguageContext;
  /** Buttons that `choose` a place (pressed: the `selected` one), else text. */
  asButtons: boolean;
  selected: string | null;
  choose(id: string): void;
}

export function renderPlaceList(entries: readonly PlaceEntry[], options: PlaceListOptions): TemplateResult {
  const { asButtons, language } = options;
  return html`<ul class="list ${asButtons ? 'buttons' : 'text'}" part="list" aria-label=${msg('Geoparks and their sites', { id: 'geopark.places-label' })}>
    ${entries.map((entry) =>
      'place' in entry
        ? html`<li data-id=${entry.place.id}>${renderPlace(entry.place, true, options)}${renderSites(entry.sites, options)}</li>`
        : html`<li class="region-group">${renderRegionName(entry.region, language)}${renderSites(entry.sites, options)}</li>`,
    )}
  </ul>`;
}

function renderRegionName(region: LocalizedText, language: LanguageContext): TemplateResult {
  const name = pickLocalized(region, language.ui);
  return html`<span class="group-name" lang=${name?.lang ?? nothing}>${name?.text ?? ''}</span>`;
}

function renderSites(sites: readonly GeoparkFeature[], options: PlaceListOptions): unknown {
  if (sites.length === 0) return nothing;
  return html`<ul class="sites">
    ${sites.map((site) => html`<li data-id=${site.id}>${renderPlace(site, false, options)}</li>`)}
  </ul>`;
}

/** A place's name and status, and its region when `withRegion` (a site's is its geopark's, or its group's). */
function renderPlace(feature: GeoparkFeature, withRegion: boolean, options: PlaceListOptions): TemplateResult {
  const { language, asButtons } = options;
  const name = pickLocalized(feature.name, language.ui);
  const region = withRegion ? regionName(feature, language) : undefined;
  const nameText = html`<span class="item-name" lang=${name?.lang ?? nothing}>${name?.text ?? feature.id}</span>`;
  if (!withRegion) {
    // A site's name and status share a line, with a separator drawn only between them (see the styles); the space
    // before the status keeps the two words apart in the button's accessible name.
    const separator = html`<span class="separator" aria-hidden="true"></span>`;
    const line = html`<span class="item-line"
      >${nameText}<span class="item-status status-${feature.status}">${separator} ${statusLabel(feature.status)}</span></span
    >`;
    return asButtons ? button(feature, line, options) : line;
  }
  const content = html`${nameText}
    <span class="item-status status-${feature.status}">${statusLabel(feature.status)}</span>
    ${region ? html`<span class="item-region">${region}</span>` : nothing}`;
  return asButtons ? button(feature, content, options) : content;
}

function button(
  feature: GeoparkFeature,
  content: TemplateResult,
  { selected, choose }: PlaceListOptions,
): TemplateResult {
  return html`<button type="button" aria-pressed=${selected === feature.id ? 'true' : 'false'} @click=${() => choose(feature.id)}>${content}</button>`;
}
