/**
 * The geopark map's fallback markup: every place the map draws, as the
 * list beside the map shows them (places/place-list.ts): each name a link
 * where it has one, with its status, and its region; each geopark's sites
 * in a list under it, sites of no geopark under their region. Uses the
 * map's strings (`geopark` group): call inside `inLanguage()` with them
 * loaded.
 */
import { statusLabel } from '../components/geopark-map/geopark-map.strings.js';
import type { GeoparkFeature } from '../components/geopark-map/places/geopark-model.js';
import { listedPlaces } from '../components/geopark-map/places/place-list.js';
import type { LanguageContext } from '../i18n/language.js';
import { pickLocalized, type LocalizedText } from '../i18n/localized-text.js';
import { escapeAttribute, escapeText, langAttribute } from './escape.js';

/** A localised text as a span in its own language. */
function textSpan(value: LocalizedText, language: LanguageContext): string | undefined {
  const picked = pickLocalized(value, language.ui);
  return picked ? `<span${langAttribute(picked.lang)}>${escapeText(picked.text)}</span>` : undefined;
}

/** A place's line: its name (a link where it has one), status and, with `withRegion`, region. */
function placeLine(feature: GeoparkFeature, language: LanguageContext, withRegion: boolean): string {
  const name = pickLocalized(feature.name, language.ui);
  const text = escapeText(name?.text ?? feature.id);
  const named = `<span${langAttribute(name?.lang)}>${feature.url ? `<a href="${escapeAttribute(feature.url)}">${text}</a>` : text}</span>`;
  const region = withRegion && feature.region ? textSpan(feature.region.name, language) : undefined;
  return [named, escapeText(statusLabel(feature.status)), ...(region ? [region] : [])].join(' – ');
}

function sitesList(sites: readonly GeoparkFeature[], language: LanguageContext, indent: string): string {
  if (sites.length === 0) return '';
  const items = sites.map((site) => `${indent}  <li>${placeLine(site, language, false)}</li>`);
  return `\n${indent}<ul>\n${items.join('\n')}\n${indent}</ul>\n${indent.slice(2)}`;
}

export function geoparkMapFallback(features: GeoparkFeature[], language: LanguageContext): string {
  const items = listedPlaces(features).map((entry) => {
    const head = 'place' in entry ? placeLine(entry.place, language, true) : (textSpan(entry.region, language) ?? '');
    return `  <li>${head}${sitesList(entry.sites, language, '    ')}</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}
