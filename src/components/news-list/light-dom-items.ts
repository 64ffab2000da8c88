/** The items of the page's own `<ul>`/`<ol>` (light-dom-list.ts) as articles. Loaded only for pages that have such a list. */
import { parseIsoDate } from '../../i18n/dates.js';
import { safeUrl } from '../../security/safe-url.js';
import type { Article } from '../news-card/article-model.js';
import { MAX_FEED_ITEMS } from './feed-model.js';

const fold = (text: string | null) => (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The list's items with a link, as articles. */
export function readLightDomList(list: Element): Article[] {
  const items: Article[] = [];
  for (const item of Array.from(list.children).slice(0, MAX_FEED_ITEMS)) {
    const link = item.localName === 'li' ? item.querySelector('a[href]') : null;
    const headline = fold(link?.textContent ?? null);
    if (!link || !headline) continue;
    const lang = (link.closest('[lang]') as HTMLElement | null)?.lang;
    items.push({
      headline,
      url: safeUrl(link.getAttribute('href'), 'link', 'list link'),
      published: parseIsoDate(item.querySelector('time[datetime]')?.getAttribute('datetime')),
      lang: lang && list.contains(link.closest('[lang]')) ? lang : undefined,
      tags: [],
    });
  }
  return items;
}
