/** The geopark map's localised labels; call during render (inside `inLanguage`). */
import { formatNumber, selectPlural } from '../../i18n/format.js';
import type { LanguageContext } from '../../i18n/language.js';
import { msg, str } from '../../i18n/localize.js';
import type { GeoparkStatus } from './places/parse-geoparks.js';

export function statusLabel(status: GeoparkStatus): string {
  switch (status) {
    case 'unesco-global-geopark':
      return msg('UNESCO Global Geopark', { id: 'geopark.status.unesco' });
    case 'aspiring':
      return msg('Aspiring UNESCO Global Geopark (not designated)', { id: 'geopark.status.aspiring' });
    case 'national':
      return msg('National geopark', { id: 'geopark.status.national' });
    case 'site':
      return msg('Geosite', { id: 'geopark.status.site' });
  }
}

/** "12 places" (a cluster's count, always 2 or more), in the language's plural form (Arabic: 2 مكانان, 3 أماكن, 11 مكانا). */
export function placesText(count: number, language: LanguageContext): string {
  const n = formatNumber(count, language);
  return selectPlural(count, language.ui, {
    '=2': () =>
      msg('2 places', {
        id: 'geopark.places.=2',
        desc: 'Exactly two (Arabic dual: مكانان). Keep the digit: the cluster shows it, and its name must contain what it shows (WCAG 2.5.3).',
      }),
    one: () => msg(str`${n} place`, { id: 'geopark.places.one', desc: 'CLDR "one" beyond 1 (Tamazight 11–99).' }),
    few: () => msg(str`${n} places`, { id: 'geopark.places.few', desc: 'CLDR "few" (Arabic 3–10).' }),
    many: () => msg(str`${n} places`, { id: 'geopark.places.many', desc: 'CLDR "many" (Arabic 11–99).' }),
    other: () => msg(str`${n} places`, { id: 'geopark.places.other' }),
  });
}
