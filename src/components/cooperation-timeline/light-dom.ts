/**
 * Reads the progressive-enhancement markup: a plain `<ol>` of `<li>`, each
 * with a `<time datetime>` (a second one is the end), a heading or `<strong>`
 * as the title, paragraphs as the summary, the first link as the URL, and
 * `data-category`, `data-partners` (space-separated ids), `data-certainty`.
 * An optional `<ul data-partners>` of `<li data-id data-color>Name</li>`
 * names the partners. The markup stays in the light DOM untouched: it is
 * what crawlers and pages without JavaScript read. A separate chunk, loaded
 * only by elements that have such a list.
 */
import { JihaError } from '../../core/errors.js';
import { eventList } from './light-dom-list.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function readItem(item: HTMLLIElement, index: number): Record<string, unknown> {
  const times = [...item.querySelectorAll('time[datetime]')];
  if (times.length === 0)
    throw new JihaError('invalid-data', `events[${index}] (list item ${index + 1}) has no <time datetime="…">`);
  const heading = item.querySelector('h1, h2, h3, h4, h5, h6, [data-title], strong, b');
  const link = item.querySelector('a[href]');
  const paragraphs = [...item.querySelectorAll('p')].filter((p) => !p.contains(heading) && !p.contains(times[0]));
  let title = text(heading) || text(link);
  if (!title) {
    // No marked title: the item's own text without its dates.
    const clone = item.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('time, p').forEach((node) => node.remove());
    title = text(clone).replace(/^[\s:–—-]+|[\s:–—-]+$/g, '');
  }
  const data = item.dataset;
  return {
    id: item.id || data.id,
    date: times[0].getAttribute('datetime'),
    end: times[1]?.getAttribute('datetime') ?? undefined,
    title: title || undefined,
    summary: paragraphs.map(text).filter(Boolean).join(' ') || undefined,
    url: link?.getAttribute('href') ?? undefined,
    category: data.category,
    partners: data.partners,
    certainty: data.certainty,
  };
}

/** The list as the library's own JSON format, or undefined when the element has no `<ol>`. */
export function readLightDomTimeline(host: Element): { partners: unknown[]; events: unknown[] } | undefined {
  const list = eventList(host);
  if (!list) return undefined;
  const items = [...list.children].filter((child): child is HTMLLIElement => child instanceof HTMLLIElement);
  const legend = host.querySelector(':scope > ul[data-partners]');
  const partners = legend
    ? [...legend.children]
        .filter((child): child is HTMLElement => child instanceof HTMLElement && !!child.dataset.id)
        .map((child) => ({ id: child.dataset.id, name: text(child), color: child.dataset.color }))
    : [];
  return { partners, events: items.map(readItem) };
}
