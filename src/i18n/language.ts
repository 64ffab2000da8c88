/** The UI languages the library ships strings for. */
export type UiLanguage = 'ar' | 'fr' | 'en' | 'zgh';

export const UI_LANGUAGES: readonly UiLanguage[] = ['ar', 'fr', 'en', 'zgh'];

/** Tamazight tags that browsers and CMSs use for what the library calls `zgh`. */
const TAMAZIGHT = /^(zgh|tzm|ber|shi|rif)$/;

/** The UI language a BCP 47 tag names (`ar-MA` → `ar`, `tzm` → `zgh`), if it names one. */
export function knownUiLanguage(tag: string | null | undefined): UiLanguage | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar' || primary === 'fr' || primary === 'en') return primary;
  if (TAMAZIGHT.test(primary)) return 'zgh';
  return undefined;
}

/** Maps any BCP 47 tag to a UI language; anything unknown → `en`. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage {
  return knownUiLanguage(tag) ?? 'en';
}

/**
 * The closest value of `attribute` on `element` or an ancestor, crossing
 * shadow roots (the `<html>` element is the last ancestor), with how many
 * steps up it was found.
 */
export function closestAttribute(element: Element, attribute: string): { value: string; depth: number } | null {
  let depth = 0;
  // Up through parents, and from a shadow root to its host.
  for (
    let node: Node | null = element;
    node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode, depth += 1
  ) {
    const value = node instanceof Element && node.getAttribute(attribute)?.trim();
    if (value) return { value, depth };
  }
  return null;
}

/** What an element needs to know about its language. */
export interface LanguageContext {
  /** The full tag as written (`ar-EG`, `fr`), `en` when none is found. */
  tag: string;
  /** The UI language the strings come in. */
  ui: UiLanguage;
  /** The direction: an explicit `dir` wins, else `rtl` for Arabic. */
  dir: 'ltr' | 'rtl';
}

/**
 * The language from the closest `lang`; the direction from a `dir` on the
 * same element as that `lang` or nearer, else from the language. A `dir`
 * further up than the `lang` speaks for another language: an Arabic card
 * on a page whose `<html dir="ltr">` is still right to left.
 */
export function resolveLanguage(element: Element): LanguageContext {
  const lang = closestAttribute(element, 'lang');
  const tag = lang?.value ?? 'en';
  const ui = toUiLanguage(tag);
  const dir = closestAttribute(element, 'dir');
  const explicit = dir && (!lang || dir.depth <= lang.depth) ? dir.value.toLowerCase() : undefined;
  return { tag, ui, dir: explicit === 'rtl' || explicit === 'ltr' ? explicit : ui === 'ar' ? 'rtl' : 'ltr' };
}

/**
 * The roots (document or shadow roots) above an element, nearest first.
 * A `lang` or `dir` change in any of them can change the element's language.
 */
export function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  for (;;) {
    roots.push(root);
    if (root instanceof ShadowRoot) root = root.host.getRootNode();
    else break;
  }
  return roots;
}

type Listener = () => void;
const listenersByRoot = new Map<Node, { observer: MutationObserver; listeners: Set<Listener> }>();

/**
 * Calls `listener` whenever a `lang` or `dir` attribute changes anywhere in
 * the roots above `element`. One MutationObserver serves every element of a
 * root. Returns the function that stops listening.
 */
export function observeLanguage(element: Element, listener: Listener): () => void {
  const roots = rootsAbove(element);
  for (const root of roots) {
    let entry = listenersByRoot.get(root);
    if (!entry) {
      const listeners = new Set<Listener>();
      const observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
      // The root itself: `<html>` and everything below, even a replaced `<html>`.
      observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      entry = { observer, listeners };
      listenersByRoot.set(root, entry);
    }
    entry.listeners.add(listener);
  }
  return () => {
    for (const root of roots) {
      const entry = listenersByRoot.get(root);
      if (!entry) continue;
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) {
        entry.observer.disconnect();
        listenersByRoot.delete(root);
      }
    }
  };
}

/** The direction of text in `tag`, or `auto` when the language is unknown. */
export function textDirection(tag: string | undefined): 'ltr' | 'rtl' | 'auto' {
  if (!tag) return 'auto';
  return /^(ar|he|fa|ur|ps|syr|dv|yi|ckb)([-_]|$)/i.test(tag) ? 'rtl' : 'ltr';
}
