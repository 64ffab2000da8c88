/**
 * The geopark map's fallback markup: its places as a list, each name a
 * link where it has one, with its status and region. Uses the map's
 * strings (`geopark` group): call inside `inLanguage()` with them loaded.
 */
import { statusLabel } from '../components/geopark-map/geopark-map.strings.js';
import type { GeoparkFeature } from '../components/geopark-map/places/geopark-model.js';
import { listedFeatures } from '../components/geopark-map/places/place-list.js';
import type { LanguageContext } from '../i18n/language.js';
import { pickLocalized } from '../i18n/localized-text.js';
import { escapeAttribute, escapeText, langAttribute } from './escape.js';

export function geoparkMapFallback(features: GeoparkFeature[], language: LanguageContext): string {
  const items = listedFeatures(features).map((feature) => {
    const name = pickLocalized(feature.name, language.ui);
    const text = escapeText(name?.text ?? feature.id);
    const named = `<span${langAttribute(name?.lang)}>${feature.url ? `<a href="${escapeAttribute(feature.url)}">${text}</a>` : text}</span>`;
    const region = feature.region ? pickLocalized(feature.region.name, language.ui) : undefined;
    const parts = [
      named,
      escapeText(statusLabel(feature.status)),
      ...(region ? [`<span${langAttribute(region.lang)}>${escapeText(region.text)}</span>`] : []),
    ];
    return `  <li>${parts.join(' – ')}</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}
