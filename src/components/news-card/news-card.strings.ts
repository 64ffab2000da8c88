import type { LanguageContext } from '../../i18n/language.js';
import { formatNumber, selectPlural } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';

/**
 * "2 views" in the language's plural form: Arabic has six (لا مشاهدات,
 * مشاهدة واحدة, مشاهدتان, 3 مشاهدات, 11 مشاهدة, 100 مشاهدة). Call during render.
 */
export function viewsText(views: number, language: LanguageContext): string {
  const n = formatNumber(views, language);
  return selectPlural(views, language.ui, {
    '=0': () => msg('0 views', { id: 'news.views.=0', desc: 'Exactly zero (Arabic: لا مشاهدات).' }),
    '=1': () => msg('1 view', { id: 'news.views.=1', desc: 'Exactly one (Arabic: مشاهدة واحدة).' }),
    '=2': () => msg('2 views', { id: 'news.views.=2', desc: 'Exactly two (Arabic dual: مشاهدتان).' }),
    one: () => msg(str`${n} view`, { id: 'news.views.one', desc: 'CLDR "one" beyond 1 (Tamazight 11–99).' }),
    few: () => msg(str`${n} views`, { id: 'news.views.few', desc: 'CLDR "few" (Arabic 3–10).' }),
    many: () => msg(str`${n} views`, { id: 'news.views.many', desc: 'CLDR "many" (Arabic 11–99, French millions).' }),
    other: () => msg(str`${n} views`, { id: 'news.views.other' }),
  });
}
