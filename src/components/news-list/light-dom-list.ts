/**
 * The page's own list as the news list's items and fallback: a light-DOM
 * `<ul>` or `<ol>` of `<li>` each holding an `<a href>` (its text the
 * headline) and an optional `<time datetime>`. Read only when there is no
 * other data, so that a page can write its latest links as HTML (seen
 * without JavaScript) and point `src` at the live feed. The reader of the
 * items is light-dom-items.ts, loaded only for such pages.
 */

/** The host's first `<ul>`/`<ol>` child, if any. */
export function lightDomList(host: Element): HTMLElement | undefined {
  return Array.from(host.children).find(
    (child): child is HTMLElement => child.localName === 'ul' || child.localName === 'ol',
  );
}

/** True when a light-DOM change touches that list (what the host reads). */
export function touchesLightDomList(host: Element, node: Node): boolean {
  const list = lightDomList(host);
  return (
    (node.parentNode === host && node instanceof Element && (node.localName === 'ul' || node.localName === 'ol')) ||
    (!!list && (node === list || list.contains(node)))
  );
}
