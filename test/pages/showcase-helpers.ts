/**
 * For test/pages/showcase.test.ts: the built showcase (dist/showcase/, made by
 * scripts/build-showcase.mjs) opened in a same-origin frame of a given size,
 * served with the contract's CSP (test/server/contract-csp.mjs), and what a
 * test reads from it: its widgets (nested ones too), when they are all ready,
 * the language each one shows, and what went wrong while it was watched.
 */
import { lookUp, type PageLanguage, type PageTables } from '../../demo/page-translation.mjs';
import { until } from '../support/helpers.js';

export const SHOWCASE = '/dist/showcase/';

export interface OpenedPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** securitypolicyviolation events, uncaught errors and console.error calls since the page loaded. */
  problems: string[];
}

let tables: Promise<PageTables> | undefined;
/** demo/showcase.strings.json, the page texts by language. */
export function pageTables(): Promise<PageTables> {
  tables ??= fetch('/demo/showcase.strings.json').then((response) => response.json() as Promise<PageTables>);
  return tables;
}

/** Opens `page` of the showcase in a frame `width` × `height` CSS pixels and watches it for problems. */
export async function openShowcase(page: string, width: number, height = 800): Promise<OpenedPage> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  frame.style.border = '0';
  frame.src = `${SHOWCASE}${page}`;
  const loaded = new Promise((resolve, reject) => {
    frame.addEventListener('load', resolve, { once: true });
    setTimeout(() => reject(new Error(`${page} did not load within 30 s`)), 30000);
  });
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const problems: string[] = [];
  // Capture on the window: violations inside shadow roots are composed events.
  win.addEventListener(
    'securitypolicyviolation',
    (event) => problems.push(`CSP ${event.violatedDirective} ${event.blockedURI}`),
    true,
  );
  win.addEventListener('error', (event) => problems.push(`error ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled ${String(event.reason)}`));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    problems.push(`console.error ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  return { frame, doc: frame.contentDocument!, win, problems };
}

/** Every `jiha-*` element of the page, those inside other widgets' shadow roots included (the list's cards). */
export function allWidgets(root: Document | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.localName.startsWith('jiha-')) found.push(element);
    if (element.shadowRoot) found.push(...allWidgets(element.shadowRoot));
  }
  return found;
}

/** The language and direction a widget renders in (its frame's: docs/reference/language-and-direction.md). */
export function shownLanguage(widget: HTMLElement): { lang: string | null; dir: string | null } {
  const frame = widget.shadowRoot?.querySelector('.frame');
  return { lang: frame?.getAttribute('lang') ?? null, dir: frame?.getAttribute('dir') ?? null };
}

const shadow = (doc: Document, selector: string) => doc.querySelector(selector)?.shadowRoot ?? null;

/**
 * Waits until every widget of the home page shows its data: three news
 * cards with headlines, the timeline's six newest events, the map built
 * with its markers (scrolled into view: Leaflet loads near the viewport),
 * the three badges "valid" as of the page's day; and none shows an error.
 */
export async function homeReady({ doc }: OpenedPage, ms = 20000): Promise<HTMLElement[]> {
  const list = await until(() => shadow(doc, 'jiha-news-list'), ms, 'the news list');
  await until(
    () => {
      const cards = [...list.querySelectorAll('jiha-news-card')];
      return cards.length === 3 && cards.every((card) => card.shadowRoot?.querySelector('[part=headline]'));
    },
    ms,
    'three news cards with their headlines',
  );
  const timeline = await until(() => shadow(doc, 'jiha-cooperation-timeline'), ms, 'the timeline');
  await until(() => timeline.querySelectorAll('li.event').length === 6, ms, 'the six newest events');
  doc.querySelector('jiha-geopark-map')!.scrollIntoView();
  const map = await until(() => shadow(doc, 'jiha-geopark-map'), ms, 'the map');
  await until(
    () => map.querySelector('.leaflet-container') && map.querySelectorAll('.jiha-marker').length > 0,
    ms,
    'the map and its markers',
  );
  const badges = [...doc.querySelectorAll<HTMLElement>('jiha-iso-badge')];
  await until(
    () => badges.length === 3 && badges.every((badge) => badge.shadowRoot?.querySelector('[part=seal]')),
    ms,
    'three seals',
  );
  doc.documentElement.scrollTop = 0;
  const widgets = allWidgets(doc);
  const failed = widgets.filter((widget) => widget.shadowRoot?.querySelector('[part=error]'));
  if (failed.length) throw new Error(`in error: ${failed.map((widget) => widget.localName).join(', ')}`);
  return widgets;
}

/** Waits until every widget renders in `language` (and its direction). */
export async function widgetsIn(doc: Document, language: PageLanguage, ms = 15000): Promise<HTMLElement[]> {
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  let widgets: HTMLElement[] = [];
  await until(
    () => {
      widgets = allWidgets(doc);
      return widgets.every((widget) => {
        const shown = shownLanguage(widget);
        return shown.lang === language && shown.dir === dir;
      });
    },
    ms,
    `every widget in ${language}`,
  ).catch((error: Error) => {
    const others = widgets
      .map((widget) => `${widget.localName} ${JSON.stringify(shownLanguage(widget))}`)
      .filter((line) => !line.includes(`"lang":"${language}"`));
    throw new Error(`${error.message}; still: ${others.join(', ')}`);
  });
  return widgets;
}

/** Page texts (`data-t`) that differ from the tables in `language`, as "key: shown ≠ expected". */
export function wrongTexts(doc: Document, language: PageLanguage, pageTexts: PageTables): string[] {
  const wrong: string[] = [];
  for (const element of doc.querySelectorAll<HTMLElement>('[data-t]')) {
    const { text, lang } = lookUp(pageTexts, language, element.dataset.t!);
    const shown = element.textContent!.replace(/\s+/g, ' ').trim();
    if (shown !== text || (element.getAttribute('lang') ?? undefined) !== lang)
      wrong.push(`${element.dataset.t}: ${shown} ≠ ${text}${lang ? ` (lang ${lang})` : ''}`);
  }
  return wrong;
}

/** True when the page scrolls sideways (its content is wider than its viewport). */
export function scrollsSideways(doc: Document): boolean {
  return doc.documentElement.scrollWidth > doc.documentElement.clientWidth;
}

/** Addresses the page fetched (scripts, styles, data, pictures) that are not on its own origin. */
export function foreignResources(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /^https?:/.test(url) && new URL(url).origin !== win.location.origin);
}
