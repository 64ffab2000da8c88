/**
 * The visual regression harness: each element's key states drawn as a page
 * would show them and compared with committed references
 * (test/server/visual-references.mjs), per engine.
 *
 * A look is a language (ar, rtl; fr, ltr), a viewport width (360: a phone,
 * the widget across the page; 1280: a desktop, the widget in the slot a
 * page gives it) and a page scheme (light: a white page without
 * `color-scheme`; dark: `color-scheme: dark` on a dark page). Each state is
 * drawn in a frame (test/visual/frame.html) as wide as the look's viewport,
 * so that media queries and viewport units see a phone or a desktop (WebKit's
 * window cannot be made 360 px narrow). The shot is the widget with the
 * page's 16 px margin around it.
 *
 * Rendering is made deterministic: reduced motion (no animation, no
 * transition), the pointer parked outside the frames, fonts and images
 * loaded, dates fixed by each state (the badge's clock, the timeline's
 * `today`), data from the test server, no map tiles, and the shot taken
 * once two shots a moment apart are the same.
 *
 * `npm run test:visual:update` rewrites the references of the engines it
 * runs. A whole page is added by URL, in a file of its own:
 *
 *   visualPages('showcase', [
 *     { name: 'home', url: (look) => `/dist/showcase/…?scheme=${look.scheme}`, height: 900, looks: MAIN_LOOKS },
 *   ]);
 *
 * (the shot is the page's first `height` px in a frame as wide as the look).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';
import { settled, until } from '../support/helpers.js';
import { setViewport } from '../support/viewport.js';

export type Lang = 'ar' | 'fr';
export type Scheme = 'light' | 'dark';
export type Width = 360 | 1280;
export interface Look {
  lang: Lang;
  width: Width;
  scheme: Scheme;
}

/**
 * Four looks in which every pair of values meets (each language at each
 * width, in each scheme; each width in each scheme): for each element's
 * main state. Every one of the eight combinations would double the
 * references for little more (a difference that needs three of them at
 * once is rare).
 */
export const MAIN_LOOKS: Look[] = [
  { lang: 'ar', width: 360, scheme: 'light' },
  { lang: 'ar', width: 1280, scheme: 'dark' },
  { lang: 'fr', width: 360, scheme: 'dark' },
  { lang: 'fr', width: 1280, scheme: 'light' },
];

/** Two looks that differ in everything: for the other states (the references stay small). */
export const TWO_LOOKS: Look[] = [
  { lang: 'ar', width: 360, scheme: 'light' },
  { lang: 'fr', width: 1280, scheme: 'dark' },
];

export interface VisualState {
  /** The state's name in its reference files (`card-expiring`). */
  name: string;
  looks: Look[];
  /**
   * The element, made in `doc` (the frame's document: an element made in
   * another document keeps that realm's prototypes, and the library's
   * `instanceof` checks fail on it), not yet in the page.
   */
  create(look: Look, doc: Document): HTMLElement | Promise<HTMLElement>;
  /** What the element must reach before the shot: `jiha-ready` (default), `jiha-error`, or the loading skeleton. */
  reach?: 'ready' | 'error' | 'loading';
  /** The slot's width at 1280 px, margins included (default: the whole width). */
  desktopSlot?: number;
  /** An editor's view (`data-jiha-editor`). */
  editor?: boolean;
  /** What else to wait for once the state is reached (the map's shapes). */
  drawn?(element: HTMLElement): Promise<unknown>;
}

/** A page of its own (the showcase), opened by URL in a frame the size of the viewport. */
export interface VisualPage {
  name: string;
  /** The page's address on the test server for a look. */
  url(look: Look): string;
  looks: Look[];
  /** The frame's height (the shot's), at most the viewport's. */
  height: number;
}

/** The test page's viewport: wide enough for the widest frame, tall enough for every state (the WebKit window stays on Xvfb's screen). */
const VIEWPORT = { width: 1300, height: 1700 };
const FRAME_HEIGHT = VIEWPORT.height - 20;
const MARGIN = 16;
/** Share of a shot's pixels that may differ beyond pixelmatch's colour threshold (anti-aliasing not counted). */
const TOLERANCE = 0.0005;

const PAGE_STYLE: Record<Scheme, string> = {
  light: ':root { background: #ffffff; color: #1a1d21; } body { margin: 0; }',
  dark: ':root { color-scheme: dark; background: #121417; color: #eceff3; } body { margin: 0; }',
};

/** A badge's clock stopped at `time` (its status and "expires in" never move), by default 15 June 2026 at noon. */
export const stoppedClock = (time = Date.UTC(2026, 5, 15, 11)) => ({
  now: () => time,
  setTimeout: () => 0,
  clearTimeout: () => undefined,
});
/** The timeline's today, the same day. */
export const FIXED_TODAY = '2026-06-15';

const lookName = ({ lang, width, scheme }: Look) => `${lang}-${width}-${scheme}`;
const direction = (lang: Lang) => (lang === 'ar' ? 'rtl' : 'ltr');

/** Two animation frames of `view`: style, layout and paint have caught up. */
const painted = (view: Window) =>
  new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));

/** The test page without motion, the pointer in its far corner (outside every frame). */
async function preparePage(): Promise<void> {
  await setViewport(VIEWPORT);
  await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await sendMouse({ type: 'move', position: [VIEWPORT.width - 1, VIEWPORT.height - 1] });
}

/** A frame of `width` px at the page's top left, loading `src`. */
async function openFrame(width: number, src: string, height = FRAME_HEIGHT): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-visual-frame', '');
  frame.title = 'visual state';
  // Set through the CSSOM, not as a style string.
  Object.assign(frame.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    width: `${width}px`,
    height: `${height}px`,
    border: '0',
  });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The frame every state of one width is drawn in, with every element defined. */
async function stateFrame(width: Width): Promise<HTMLIFrameElement> {
  const frame = await openFrame(width, '/test/visual/frame.html');
  const registry = frame.contentWindow!.customElements;
  await Promise.all(
    ['jiha-news-card', 'jiha-news-list', 'jiha-iso-badge', 'jiha-geopark-map', 'jiha-cooperation-timeline'].map((tag) =>
      registry.whenDefined(tag),
    ),
  );
  return frame;
}

/** A `tag` element made in `doc` with `attributes`. */
export function make(doc: Document, tag: string, attributes: Record<string, string>): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The failed state of `tag` with `attributes` (a dead `src`, bad data), in two looks. */
export function failedState(tag: string, attributes: Record<string, string>, desktopSlot?: number): VisualState {
  return {
    name: 'error',
    looks: TWO_LOOKS,
    reach: 'error',
    desktopSlot,
    create: (_, doc) => make(doc, tag, attributes),
  };
}

/** Waits until `element` reached `reach`, or fails naming what it reached instead. */
function reached(element: HTMLElement, reach: VisualState['reach'] = 'ready'): Promise<void> {
  if (reach === 'loading')
    return until(
      () => element.hasAttribute('aria-busy') && element.shadowRoot?.querySelector('[part="skeleton"]'),
      10000,
      'the skeleton',
    ).then(() => undefined);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no jiha-${reach} within 15 s`)), 15000);
    const settle = (type: string) => (event: Event) => {
      clearTimeout(timer);
      if (type === `jiha-${reach}`) resolve();
      else reject(new Error(`${type} instead of jiha-${reach}: ${JSON.stringify((event as CustomEvent).detail)}`));
    };
    element.addEventListener('jiha-ready', settle('jiha-ready'), { once: true });
    element.addEventListener('jiha-error', settle('jiha-error'), { once: true });
  });
}

/**
 * How long the picture must stay the same before it is compared: WebKitGTK
 * flashes its overlay scrollbars when a scroller moves (the timeline's row
 * scrolls to its newest year) and fades them out a moment later.
 */
const STEADY_MS = engine === 'webkit' ? 1500 : 250;

/** Shoots `box` (the test page's viewport pixels) until two shots `STEADY_MS` apart are the same; keeps it as `visual`. */
async function steadyShot(box: { left: number; top: number; width: number; height: number }): Promise<void> {
  const clip = (name: string) =>
    executeServerCommand('screenshot-clip', { name, x: box.left, y: box.top, width: box.width, height: box.height });
  await clip('visual');
  for (let attempt = 0; attempt < 8; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, STEADY_MS));
    await clip('visual-again');
    const same = await executeServerCommand<{ sameSize: boolean; mismatched: number }, unknown>('screenshot-compare', {
      a: 'visual',
      b: 'visual-again',
      threshold: 0,
    });
    if (same.sameSize && same.mismatched === 0) return;
    await clip('visual');
  }
  throw new Error('the picture kept changing');
}

/** Shoots `box` once it is steady and compares it with the reference `name`; fails naming the files to look at. */
async function matchShot(
  box: { left: number; top: number; width: number; height: number },
  name: string,
): Promise<void> {
  await steadyShot(box);
  const result = await executeServerCommand<{ status: string; message: string }, unknown>('screenshot-match', {
    name: 'visual',
    reference: name,
    tolerance: TOLERANCE,
  });
  if (result.status !== 'pass' && result.status !== 'updated') expect.fail(`${name}: ${result.message}`);
}

/** Waits until the widget's images have loaded (or failed: a broken image is a look too), and the fonts. */
async function imagesAndFonts(element: HTMLElement): Promise<void> {
  const images = () => [...(element.shadowRoot?.querySelectorAll('img') ?? []), ...element.querySelectorAll('img')];
  await until(() => images().every((image) => image.complete), 8000, 'images');
  await element.ownerDocument.fonts.ready;
}

/**
 * Draws `state` in `look` in `frame`: the page's scheme and the editor's
 * switch on the frame's `<html>`, the widget in a slot at the top left.
 * Returns the slot's box in the test page's viewport.
 */
async function draw(frame: HTMLIFrameElement, state: VisualState, look: Look): Promise<DOMRect> {
  const inside = frame.contentDocument!;
  inside.getElementById('visual-page')!.textContent = PAGE_STYLE[look.scheme];
  inside.documentElement.toggleAttribute('data-jiha-editor', state.editor === true);
  inside.documentElement.lang = look.lang;
  inside.documentElement.dir = direction(look.lang);
  const slot = inside.createElement('div');
  Object.assign(slot.style, {
    width: look.width === 360 ? '100%' : `${state.desktopSlot ?? look.width}px`,
    padding: `${MARGIN}px`,
    boxSizing: 'border-box',
  });
  const element = await state.create(look, inside);
  element.lang = look.lang;
  const done = reached(element, state.reach);
  slot.append(element);
  inside.body.replaceChildren(slot);
  await done;
  await settled(element);
  await state.drawn?.(element);
  await imagesAndFonts(element);
  await painted(frame.contentWindow!);
  await painted(frame.contentWindow!);
  const box = slot.getBoundingClientRect();
  if (box.bottom > frame.clientHeight)
    throw new Error(`${state.name}: the shot is ${Math.round(box.height)} px tall; the frame ${frame.clientHeight}`);
  return box;
}

/**
 * The suite of one element: a test per state and look, in a frame of 360
 * px, then of 1280 px. The elements are defined in the frames only.
 */
export function visualSuite(title: string, states: VisualState[]): void {
  describe(`visual: ${title}`, function () {
    this.timeout(60000);
    before(preparePage);
    for (const width of [360, 1280] as const) {
      describe(`${width} px`, () => {
        let frame: HTMLIFrameElement;
        before(async () => (frame = await stateFrame(width)));
        after(() => frame.remove());
        afterEach(() => frame.contentDocument?.body.replaceChildren());
        for (const state of states)
          for (const look of state.looks.filter((candidate) => candidate.width === width)) {
            it(`${state.name}, ${look.lang}, page ${look.scheme}`, async () => {
              const box = await draw(frame, state, look);
              await matchShot(box, `${title}/${state.name}-${lookName(look)}`);
            });
          }
      });
    }
  });
}

/**
 * Pages by URL (the showcase): each look opens the page in a frame of the
 * look's width, waits until every Jiha element in it is drawn (ready or
 * failed; an undefined one shows its fallback), and compares the frame.
 */
export function visualPages(title: string, pages: VisualPage[]): void {
  describe(`visual: ${title}`, function () {
    this.timeout(90000);
    before(preparePage);
    afterEach(() => document.querySelectorAll('[data-visual-frame]').forEach((node) => node.remove()));
    for (const page of pages)
      for (const look of page.looks) {
        it(`${page.name}, ${look.lang}, ${look.width} px, page ${look.scheme}`, async () => {
          const frame = await openFrame(look.width, page.url(look), Math.min(page.height, FRAME_HEIGHT));
          const inside = frame.contentDocument!;
          // The page is longer than the shot: WebKitGTK flashes an overlay scroll bar for a moment after loading,
          // whatever the scroll-bar styles say, so the page does not scroll at all while it is shot. A constructed
          // sheet, which the page's CSP (style-src 'self') allows where a <style> would be refused.
          const noScrollBar = new (frame.contentWindow as Window & typeof globalThis).CSSStyleSheet();
          noScrollBar.replaceSync('html { overflow: hidden; scrollbar-width: none; }');
          inside.adoptedStyleSheets = [...inside.adoptedStyleSheets, noScrollBar];
          const registry = frame.contentWindow!.customElements;
          const widgets = () =>
            [...inside.querySelectorAll<HTMLElement>('*')].filter((node) => node.localName.startsWith('jiha-'));
          await until(
            () =>
              widgets().every(
                (node) =>
                  registry.get(node.localName) === undefined ||
                  (!node.hasAttribute('aria-busy') && node.shadowRoot?.firstElementChild),
              ),
            20000,
            'every widget of the page drawn',
          );
          await inside.fonts.ready;
          await painted(frame.contentWindow!);
          await painted(frame.contentWindow!);
          await matchShot(frame.getBoundingClientRect(), `${title}/${page.name}-${lookName(look)}`);
        });
      }
  });
}
