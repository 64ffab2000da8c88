/** One item of the card's meta line: a labelled text, a date with its machine-readable form, or a plain text. */
export type MetaItem = { text: string; label?: string; datetime?: string };

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

/**
 * The card's meta line, `<ul part="meta" class="meta">` with one `<li>` per
 * item: `<span class="visually-hidden">label </span><bdi>text</bdi>` for a
 * labelled text, `<time datetime>` for a date. Every item after the first
 * starts with an empty `<span class="separator" aria-hidden="true">`: the
 * styles draw the "·" in it, in the gap before the item, and hide it where
 * the item starts a line (news-card.styles.ts). Built as DOM rather than as a
 * Lit template per item: a portal's news list shows hundreds of cards, and
 * each small template instance (a clone, a tree walk, its parts) cost more
 * than the item it holds (`npm run bench`, 1,000 cards). Texts go in as
 * text, never as HTML.
 */
export function metaList(items: readonly MetaItem[]): HTMLUListElement | undefined {
  if (!items.length) return undefined;
  const list = element('ul');
  list.setAttribute('part', 'meta');
  list.className = 'meta';
  for (const { text, label, datetime } of items) {
    const item = element('li');
    if (list.firstChild) {
      const separator = element('span');
      separator.className = 'separator';
      separator.setAttribute('aria-hidden', 'true');
      item.append(separator);
    }
    if (label !== undefined) {
      const hiddenLabel = element('span', `${label} `);
      hiddenLabel.className = 'visually-hidden';
      item.append(hiddenLabel, element('bdi', text));
    } else if (datetime !== undefined) {
      const time = element('time', text);
      time.setAttribute('datetime', datetime);
      item.append(time);
    } else {
      item.append(text);
    }
    list.append(item);
  }
  return list;
}
