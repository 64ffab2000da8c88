/**
 * The showcase pages' two switches, live in the browser:
 * - the language links (`[data-language]`): each is a real link to the page
 *   written in that language (`index.fr.html`, see page-translation.mjs),
 *   which works without JavaScript; with it, the page switches in place:
 *   `lang` and `dir` on <html> (every widget follows them live), the page's
 *   own texts from demo/showcase.strings.json, and the address, so that a
 *   reload or a shared link shows the same page;
 * - the page's colour scheme (`.scheme-toggle`): `color-scheme: dark` on
 *   the root, which the widgets follow too (the visitor's OS setting alone
 *   never turns them dark). `?scheme=dark` in the address chooses it at
 *   load. The toggle is kept invisible (not removed, so nothing moves) until
 *   this script runs.
 */
import { lookUp, PAGE_LANGUAGES, type PageLanguage, type PageTables } from './page-translation.mjs';
import strings from './showcase.strings.json';

export type PageScheme = 'light' | 'dark';
export const PAGE_TABLES = strings as unknown as PageTables;

const isLanguage = (value: string | null | undefined): value is PageLanguage =>
  PAGE_LANGUAGES.includes(value as PageLanguage);

interface Translated {
  apply(language: PageLanguage): void;
}

/** An element's text, or one of its attributes, in each language. */
function collect(root: ParentNode): Translated[] {
  const parts: Translated[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = element.dataset.t!;
    parts.push({
      apply(language) {
        const { text, lang } = lookUp(PAGE_TABLES, language, key);
        element.textContent = text;
        if (lang) element.lang = lang;
        else element.removeAttribute('lang');
      },
    });
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-t-attr]'))
    for (const pair of element.dataset.tAttr!.trim().split(/\s+/)) {
      const [name, key] = pair.split(':');
      parts.push({ apply: (language) => element.setAttribute(name, lookUp(PAGE_TABLES, language, key).text) });
    }
  return parts;
}

export interface PageSwitches {
  readonly language: PageLanguage;
  readonly scheme: PageScheme;
  setLanguage(language: PageLanguage): void;
  setScheme(scheme: PageScheme): void;
}

/**
 * Sets the switches up on the page as it arrived (its language from
 * `<html lang>`); `onChange` runs after each switch.
 */
export function setUpPage(onChange?: (switches: PageSwitches) => void): PageSwitches {
  const root = document.documentElement;
  const parts = collect(document);
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language]')];
  const schemeToggle = document.querySelector<HTMLButtonElement>('.scheme-toggle');
  let language: PageLanguage = isLanguage(root.lang) ? root.lang : 'ar';
  let scheme: PageScheme = new URLSearchParams(location.search).get('scheme') === 'dark' ? 'dark' : 'light';

  /** The address of the page in `language`, with `?scheme=dark` when dark, and the same hash. */
  const address = (): URL => {
    const link = links.find((candidate) => candidate.dataset.language === language);
    const url = new URL(link?.href ?? location.href);
    if (scheme === 'dark') url.searchParams.set('scheme', 'dark');
    else url.searchParams.delete('scheme');
    url.hash = location.hash;
    return url;
  };

  const switches: PageSwitches = {
    get language() {
      return language;
    },
    get scheme() {
      return scheme;
    },
    setLanguage(next) {
      language = next;
      root.lang = next;
      root.dir = next === 'ar' ? 'rtl' : 'ltr';
      for (const part of parts) part.apply(next);
      for (const link of links) {
        if (link.dataset.language === next) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      history.replaceState(history.state, '', address());
      onChange?.(switches);
    },
    setScheme(next) {
      scheme = next;
      root.dataset.scheme = next;
      schemeToggle?.setAttribute('aria-pressed', String(next === 'dark'));
      history.replaceState(history.state, '', address());
      onChange?.(switches);
    },
  };

  for (const link of links)
    link.addEventListener('click', (event) => {
      const target = link.dataset.language;
      if (!isLanguage(target) || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      switches.setLanguage(target);
    });
  schemeToggle?.addEventListener('click', () => switches.setScheme(scheme === 'dark' ? 'light' : 'dark'));
  for (const element of document.querySelectorAll('[data-needs-script]')) element.removeAttribute('data-needs-script');
  if (scheme === 'dark') switches.setScheme(scheme);
  return switches;
}
