/** Shared by the news card's layout tests: the seed article in four languages, and reading what the browser laid out. */
import type { JihaNewsCard } from '../../../src/index.js';
import { mount, settled } from '../../support/helpers.js';
import { loadRealData } from '../../support/real-data.js';

export const LANGUAGES = ['ar', 'fr', 'en', 'zgh'] as const;

/** The seed article with every meta item and a picture (test/support/real-data.ts). */
export const seedArticle = async () => (await loadRealData()).article;

/** Mounts a card in a box `width` px wide (the box's width can change later; in `container`, else the body), gives it `data` if any, and waits for it. */
export async function cardInBox(
  attributes: string,
  data: unknown,
  width: number,
  container?: HTMLElement,
): Promise<JihaNewsCard> {
  const box = mount<HTMLDivElement>(`<div><jiha-news-card ${attributes}></jiha-news-card></div>`, container);
  box.style.inlineSize = `${width}px`;
  const card = box.querySelector<JihaNewsCard>('jiha-news-card')!;
  if (data !== undefined) card.data = data;
  await settled(card);
  return card;
}

/** The box a card was mounted in by `cardInBox`. */
export const boxOf = (card: JihaNewsCard) => card.parentElement as HTMLDivElement;

/** The drawn text of `root`'s text nodes, in order, without what is visually hidden or inside `except`. */
export function textRects(root: Node, except?: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!/\S/.test(node.textContent ?? '') || !parent || except?.contains(parent)) continue;
    if (parent.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0));
  }
  return rects;
}

/** Whether two boxes share a line: they overlap in the block direction by at least half the smaller one. */
export function sameLine(a: DOMRect, b: DOMRect): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap >= Math.min(a.height, b.height) / 2;
}

/** A box for a failure message. */
export const describeRect = (rect: DOMRect) =>
  `[${Math.round(rect.left)}–${Math.round(rect.right)} × ${Math.round(rect.top)}–${Math.round(rect.bottom)}]`;
