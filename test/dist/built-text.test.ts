/**
 * What the build ships says what the sources say: each widget with the
 * reference data, drawn once by dist/jiha.js and once by the sources, in two
 * frames of the same width, shows the same rendered text (`innerText`, white
 * space runs counted as one). The build minifies the templates' HTML; a
 * space it drops between words or around a separator ("Leaflet|Régions")
 * shows here and nowhere else, since the other suites run the sources.
 */
import { expect } from '@open-wc/testing';
import { settled, until } from '../support/helpers.js';
import { setViewport } from '../support/viewport.js';
import { WIDGETS, createWidget, loadRealData, type Widget } from '../support/real-data.js';

const WIDTH = 640;

/** A frame loading `script`, at `left` px in the viewport (both frames in view: the map loads Leaflet only there). */
async function frameLoading(script: string, left: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, {
    position: 'absolute',
    top: '0',
    left: `${left}px`,
    inlineSize: `${WIDTH}px`,
    blockSize: '900px',
    border: '0',
  });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body style="margin:0"></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The widget's text as drawn: each top-level part's `innerText`, with nested widgets' (the list's cards). */
function drawnText(element: Element): string {
  const parts = [...element.shadowRoot!.children].filter((child) => child.localName !== 'style');
  const own = parts.map((part) => (part as HTMLElement).innerText).join('\n');
  const nested = [...element.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.shadowRoot && node.localName.startsWith('jiha-'))
    .map(drawnText);
  return [own, ...nested].join('\n').replace(/\s+/g, ' ').trim();
}

async function drawIn(frame: HTMLIFrameElement, widget: Widget, lang: string): Promise<string> {
  const doc = frame.contentDocument!;
  await frame.contentWindow!.customElements.whenDefined(`jiha-${widget}`);
  const element = createWidget(widget, await loadRealData(), { lang, doc });
  const ready = new Promise((resolve, reject) => {
    element.addEventListener('jiha-ready', resolve, { once: true });
    element.addEventListener('jiha-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))));
  });
  doc.body.replaceChildren(element);
  await ready;
  await settled(element);
  if (widget === 'geopark-map')
    await until(() => element.shadowRoot!.querySelector('.leaflet-container .jiha-marker'), 10000, 'the map');
  // The same text three times 100 ms apart: parts drawn after jiha-ready (the timeline's years) are in.
  let last = '';
  let same = 0;
  for (let tries = 0; tries < 100 && same < 3; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const text = drawnText(element);
    same = text === last ? same + 1 : 0;
    last = text;
  }
  return last;
}

describe('the build draws the same text as the sources', function () {
  this.timeout(60000);
  let built: HTMLIFrameElement;
  let sources: HTMLIFrameElement;
  before(async () => {
    await setViewport({ width: 2 * WIDTH + 20, height: 1000 });
    [built, sources] = await Promise.all([frameLoading('/dist/jiha.js', 0), frameLoading('/src/index.ts', WIDTH + 10)]);
  });
  after(async () => {
    [built, sources].forEach((frame) => frame.remove());
    await setViewport({ width: 800, height: 600 });
  });

  for (const widget of WIDGETS)
    for (const lang of ['ar', 'fr'])
      it(`${widget}, ${lang}`, async () => {
        const fromBuild = await drawIn(built, widget, lang);
        const fromSources = await drawIn(sources, widget, lang);
        expect(fromSources.length, 'text drawn').to.be.above(20);
        expect(fromBuild).to.equal(fromSources);
      });
});
