/** Shared by the news list's suites: mounting a list and reading its cards. */
import type { JihaNewsCard } from '../../../src/components/news-card/define.js';
import type { JihaNewsList } from '../../../src/components/news-list/define.js';
import { mount, settled, until } from '../../support/helpers.js';

export const FEED = {
  rss: '/fixture/feed/council.rss',
  rdf: '/fixture/feed/council.rdf',
  atom: '/fixture/feed/council.atom',
  jsonFeed: '/fixture/feed/jsonfeed-1.json',
  wordPress: '/fixture/wp-json/wp/v2/posts',
  empty: '/fixture/feed/empty.rss',
};

/** Mounts `<jiha-news-list>` with `attributes` and waits for its final state (`jiha-ready` or `jiha-error`). */
export async function mountList(
  attributes: string,
  inner = '',
): Promise<{ list: JihaNewsList; state: string; detail: unknown; readyEvents: () => number }> {
  const host = document.createElement('div');
  host.setAttribute('data-test-host', '');
  document.body.append(host);
  let readyEvents = 0;
  let settle: (value: { state: string; detail: unknown }) => void;
  const done = new Promise<{ state: string; detail: unknown }>((resolve) => (settle = resolve));
  host.addEventListener('jiha-ready', (event) => {
    readyEvents += 1;
    settle({ state: 'ready', detail: (event as CustomEvent).detail });
  });
  host.addEventListener('jiha-error', (event) =>
    settle({
      state: `error:${(event as CustomEvent<{ code: string }>).detail.code}`,
      detail: (event as CustomEvent).detail,
    }),
  );
  const list = mount<JihaNewsList>(`<jiha-news-list ${attributes}>${inner}</jiha-news-list>`, host);
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no jiha-ready or jiha-error from <jiha-news-list ${attributes}>`)), 15000),
  );
  const { state, detail } = await Promise.race([done, timeout]);
  await settled(list);
  return { list, state, detail, readyEvents: () => readyEvents };
}

export function cards(list: JihaNewsList): JihaNewsCard[] {
  return [...list.shadowRoot!.querySelectorAll<JihaNewsCard>('li > jiha-news-card')];
}

/** Waits until every card has rendered its article, and returns their shadow roots. */
export async function renderedCards(list: JihaNewsList): Promise<ShadowRoot[]> {
  const all = cards(list);
  await until(
    () => all.every((card) => card.shadowRoot?.querySelector('article, [part="error"]')),
    8000,
    'every card rendered',
  );
  for (const card of all) await settled(card);
  return all.map((card) => card.shadowRoot!);
}

export const headlines = async (list: JihaNewsList) =>
  (await renderedCards(list)).map((root) => root.querySelector('.headline')!.textContent!.trim());
export const moreButton = (list: JihaNewsList) =>
  list.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="more"]');
