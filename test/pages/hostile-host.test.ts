/**
 * Hostile host page: each widget looks the same on a page with Bootstrap's
 * RTL stylesheet and aggressive global CSS as on a blank page. For each
 * widget, the shadow root's top box (`.frame`, which holds every state) is
 * screenshotted on both pages at the same place and width and compared with
 * pixelmatch (test/server/screenshot-plugin.mjs).
 *
 * What "the same" means, per the contract: the page reaches a widget only
 * through the `--jiha-*` tokens (theming), CSS `color-scheme` (light or dark,
 * test/core/color-scheme.test.ts), `lang` and `dir`. Widgets do not
 * inherit the page's font family (`--jiha-font-family` with its own default),
 * text size, colours, spacing or box model, so none of these differ here.
 * The host element's own box is the page's business (`* { all: revert }`
 * makes it `display: inline`); its content must not change.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setViewport } from '../support/viewport.js';
import { engine } from '../support/engine.js';
import '../../src/index.js';
import { settled, unmountAll, until } from '../support/helpers.js';
import { WIDGETS, createWidget, loadRealData, type RealData, type Widget } from '../support/real-data.js';

/**
 * Fixed widths: the map and the timeline wide enough for their side list and
 * row. The seal badge is as wide as its seal and words (a fractional width):
 * its container shrinks to it, so that it sits at x = 0 whichever direction the
 * page gives it, and a sub-pixel offset does not count as a difference.
 */
const WIDTH: Record<Widget, string> = {
  'news-card': '420px',
  'iso-badge': 'fit-content',
  'geopark-map': '760px',
  'cooperation-timeline': '760px',
};
/** At most this share of a widget's pixels may differ (anti-aliasing already ignored by pixelmatch). */
const TOLERANCE = 0.001;

const HOSTILE_CSS = (bodyDirection: 'ltr' | 'rtl') => `
  * { all: revert; }
  html { font-size: 40px; }
  body { direction: ${bodyDirection}; font: italic 700 1.2rem/3 Georgia, serif; color: #333; text-transform: uppercase; letter-spacing: 2px;
    word-spacing: 12px; text-align: justify; text-indent: 3em; white-space: pre; text-shadow: 1px 1px #f0f; font-variant: small-caps; }
  *, *::before, *::after { box-sizing: content-box; }
  img { display: none; }
  [hidden] { display: block !important; }
  h1, h2, h3, h4, h5, h6 { color: red; font-size: 5em; margin: 2em; }
  a { color: magenta; text-decoration: overline; }
  button { all: unset; }
  p, li, ul, ol, div, span, section, article, time { margin: 1em; padding: 1em; line-height: 4; list-style: square; }
  svg, path { fill: lime; stroke: red; }
  :root { --bs-body-font-size: 2rem; }
`;

interface Page {
  name: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  bodyDirection: 'ltr' | 'rtl';
}
const PAGES: Page[] = [
  { name: 'an Arabic page (rtl) whose body says ltr', lang: 'ar', dir: 'rtl', bodyDirection: 'ltr' },
  { name: 'a French page (ltr) whose body says rtl', lang: 'fr', dir: 'ltr', bodyDirection: 'rtl' },
];

/** Adds Bootstrap's RTL sheet and the hostile rules; returns their remover. */
async function makeHostile(page: Page): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/node_modules/bootstrap/dist/css/bootstrap.rtl.min.css';
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error('bootstrap.rtl.min.css did not load')), { once: true });
  });
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS(page.bodyDirection);
  document.head.append(link, style);
  await loaded;
  return () => {
    link.remove();
    style.remove();
  };
}

/** Two animation frames: style, layout and paint have caught up. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Mounts the widget at the top left corner at its fixed width and waits until it is fully drawn. */
async function render(widget: Widget, data: RealData): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.setAttribute('data-test-host', '');
  // Inline style: above any page rule, so both pages place the widget identically
  // (where the page puts a widget, e.g. after its body's text-indent, is the page's business).
  container.style.cssText = `position: absolute; top: 0; left: 0; width: ${WIDTH[widget]}; margin: 0; padding: 0; border: 0; text-indent: 0;`;
  const element = createWidget(widget, data);
  const ready = new Promise<void>((resolve, reject) => {
    element.addEventListener('jiha-ready', () => resolve(), { once: true });
    element.addEventListener(
      'jiha-error',
      (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))),
      { once: true },
    );
  });
  container.append(element);
  document.body.append(container);
  await ready;
  await settled(element);
  const root = element.shadowRoot!;
  if (widget === 'geopark-map') {
    await until(
      () => root.querySelector('.leaflet-container') && root.querySelectorAll('.jiha-marker').length > 0,
      10000,
      'the map',
    );
    // The region shapes (the basemap with tiles="none") come in a chunk of their own.
    await until(() => root.querySelectorAll('path.jiha-region-highlight').length === 2, 10000, 'the region outlines');
  }
  await until(() => [...root.querySelectorAll('img')].every((image) => image.complete), 8000, 'images');
  await document.fonts.ready;
  await painted();
  await painted();
  return element;
}

/** The widget's top box in viewport pixels. */
function box(element: HTMLElement): DOMRect {
  return element.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
}

interface Comparison {
  width: number;
  height: number;
  sameSize: boolean;
  mismatched: number;
}

/** Renders, shoots and removes the widget; returns its box. */
async function shoot(widget: Widget, data: RealData, name: string): Promise<DOMRect> {
  const element = await render(widget, data);
  const rect = box(element);
  await executeServerCommand('screenshot-clip', {
    name,
    x: rect.left,
    y: rect.top,
    width: rect.width,
    height: rect.height,
  });
  unmountAll();
  return rect;
}

describe('hostile host page: Bootstrap RTL and aggressive global CSS', function () {
  this.timeout(60000);
  let data: RealData;
  const html = document.documentElement;
  const original = { lang: html.lang, dir: html.dir };

  before(async () => {
    await setViewport({ width: 1000, height: 1400 });
    data = await loadRealData();
  });
  afterEach(() => {
    unmountAll();
    html.lang = original.lang;
    html.dir = original.dir;
  });

  for (const page of PAGES) {
    for (const widget of WIDGETS) {
      it(`<jiha-${widget}> looks the same on ${page.name} as on a blank one`, async () => {
        html.lang = page.lang;
        html.dir = page.dir;
        const blank = await shoot(widget, data, 'blank');
        const removeHostile = await makeHostile(page);
        let hostile: DOMRect;
        try {
          hostile = await shoot(widget, data, 'hostile');
        } finally {
          removeHostile();
        }
        const size = (rect: DOMRect) => `${Math.round(rect.width)}×${Math.round(rect.height)}`;
        expect(size(hostile), 'size on the hostile page').to.equal(size(blank));
        const diff = `/tmp/jiha-hostile-host/${engine}/${page.lang}-${widget}.png`;
        const result = await executeServerCommand<Comparison, unknown>('screenshot-compare', {
          a: 'blank',
          b: 'hostile',
          diff,
        });
        const share = result.mismatched / (result.width * result.height);
        console.log(
          `hostile-host ${page.lang} ${widget}: ${result.width}×${result.height}, ${result.mismatched} pixels differ (${(share * 100).toFixed(3)} %)`,
        );
        expect(result.sameSize).to.equal(true);
        expect(
          share,
          `${result.mismatched} of ${result.width * result.height} pixels differ (diff image: ${diff})`,
        ).to.be.at.most(TOLERANCE);
      });
    }
  }
});
