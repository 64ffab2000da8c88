/**
 * The page's own list as the news list's items and fallback: a light-DOM
 * `<ul>` or `<ol>` of `<li>` each holding an `<a href>` (its text the
 * headline) and an optional `<time datetime>`. Read only when there is no
 * other data, so that a page can write its latest links as HTML (seen
 * without JavaScript) and point `src` at the live feed.
 */
import { parseIsoDate } from '../../i18n/dates.js';
import { safeUrl } from '../../security/safe-url.js';
import type { Article } from '../news-card/article-model.js';
import { MAX_FEED_ITEMS } from './feed-model.js';

/** The host's first `<ul>`/`<ol>` child, if any. */
export function lightDomList(host: Element): HTMLElement | undefined {
  return Array.from(host.children).find((child): child is HTMLElement => child.localName === 'ul' || child.localName === 'ol');
}

/** True when a light-DOM change touches that list (what the host reads). */
export function touchesLightDomList(host: Element, node: Node): boolean {
  const list = lightDomList(host);
  return (node.parentNode === host && node instanceof Element && (node.localName === 'ul' || node.localName === 'ol')) || (!!list && (node === list || list.contains(node)));
}

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
