/** Counted and fixed strings of the timeline (call during render, inside the element's language). */
import type { LanguageContext } from '../../i18n/language.js';
import { formatNumber, selectPlural } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';

/** "12 events shown", in the language's plural form (Arabic: لا أحداث, حدث واحد, حدثان, 3 أحداث, 11 حدثا). */
export function shownText(count: number, language: LanguageContext): string {
  const n = formatNumber(count, language);
  return selectPlural(count, language.ui, {
    '=0': () =>
      msg('No events shown', { id: 'timeline.shown.=0', desc: 'Exactly zero events visible after filtering.' }),
    '=1': () => msg('1 event shown', { id: 'timeline.shown.=1', desc: 'Exactly one (Arabic: حدث واحد).' }),
    '=2': () => msg('2 events shown', { id: 'timeline.shown.=2', desc: 'Exactly two (Arabic dual: حدثان).' }),
    one: () => msg(str`${n} event shown`, { id: 'timeline.shown.one', desc: 'CLDR "one" beyond 1 (Tamazight 11–99).' }),
    few: () => msg(str`${n} events shown`, { id: 'timeline.shown.few', desc: 'CLDR "few" (Arabic 3–10).' }),
    many: () => msg(str`${n} events shown`, { id: 'timeline.shown.many', desc: 'CLDR "many" (Arabic 11–99).' }),
    other: () => msg(str`${n} events shown`, { id: 'timeline.shown.other' }),
  });
}
