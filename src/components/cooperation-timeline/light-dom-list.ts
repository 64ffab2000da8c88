/**
 * Where the page's own event list is and whether a change touches it: the
 * little the element needs on every page. Reading the list is in
 * light-dom.ts, loaded only when there is one.
 */

/** The list the element reads, if any: its first `<ol>` child. */
export function eventList(host: Element): HTMLOListElement | null {
  return host.querySelector(':scope > ol');
}

/** True when a mutation touches the list or the partner legend. */
export function touchesLightDomData(host: Element, node: Node | null): boolean {
  for (let current = node; current && current !== host; current = current.parentNode) {
    if (current.parentNode === host && current instanceof Element) {
      return current.localName === 'ol' || (current.localName === 'ul' && current.hasAttribute('data-partners'));
    }
  }
  return false;
}
