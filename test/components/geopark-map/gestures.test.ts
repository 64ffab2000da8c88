/**
 * Issue 14, the page keeps scrolling (docs/elements/geopark-map.md), with real input
 * through the browser (DevTools Input events: the browser scrolls, applies
 * touch-action, and the map sees trusted events): a plain wheel over the
 * map scrolls the page, leaves the zoom alone and shows a hint; Ctrl + wheel
 * zooms; one finger scrolls the page with a hint, two fingers pan the map;
 * `gesture-handling="off"` is Leaflet's own behaviour. In ltr and rtl.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { mount, settled, unmountAll, until } from '../../support/helpers.js';
import { describeIn } from '../../support/engine.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';
const root = (map: Element) => map.shadowRoot!;
const hint = (map: Element) => root(map).querySelector('[part="gesture-hint"]')!.textContent!.trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A map between room above and a long page below, scrolled to the top; its centre in viewport pixels. */
async function pageWithMap(
  lang: string,
  dir: string,
  extra = '',
): Promise<{ map: JihaGeoparkMap; x: number; y: number }> {
  const page = mount(
    `<div class="long-page"><p>Above the map.</p><jiha-geopark-map lang="${lang}" dir="${dir}" tiles="${TILES}" ${extra}></jiha-geopark-map></div>`,
  );
  page.style.paddingBlock = '40px 3000px';
  page.style.inlineSize = '700px';
  scrollTo(0, 0);
  const map = page.querySelector<JihaGeoparkMap>('jiha-geopark-map')!;
  await until(() => map.leafletMap && root(map).querySelector('.jiha-marker'), 15000, 'the map with its markers');
  await settled(map);
  await pause(300);
  const box = root(map).querySelector('.map')!.getBoundingClientRect();
  // A point on the map away from the markers (Morocco's geoparks are in its north-east).
  return { map, x: Math.round(box.left + box.width * 0.2), y: Math.round(box.top + box.height * 0.75) };
}

const wheel = (x: number, y: number, deltaY: number, modifiers: { ctrl?: boolean; meta?: boolean } = {}) =>
  executeServerCommand('input-wheel', { x, y, deltaY, ...modifiers });
const touch = (from: [number, number][], by: [number, number]) =>
  executeServerCommand('input-touch', { from, by, steps: 12 });

const centre = (map: JihaGeoparkMap) => map.leafletMap!.getCenter();

describeIn(['chromium'], 'sends real wheel and touch input through the DevTools protocol')(
  '<jiha-geopark-map>: the page keeps scrolling',
  function () {
    this.timeout(40000);
    before(async () => {
      // Touch events as on a phone (before the Leaflet chunk loads: Leaflet reads what the browser has when it loads).
      await executeServerCommand('input-touch-emulation', { enabled: true });
    });
    after(() => executeServerCommand('input-touch-emulation', { enabled: false }));
    afterEach(() => {
      unmountAll();
      scrollTo(0, 0);
    });

    for (const [lang, dir, wheelHint, touchHint] of [
      ['en', 'ltr', 'Use Ctrl + scroll to zoom the map', 'Use two fingers to move the map'],
      ['ar', 'rtl', 'استخدم Ctrl + عجلة الفأرة لتكبير الخريطة وتصغيرها', 'استخدم إصبعين لتحريك الخريطة'],
    ]) {
      describe(`${lang} (${dir})`, () => {
        it('a plain wheel scrolls the page, keeps the zoom, and shows a hint that goes away', async () => {
          const { map, x, y } = await pageWithMap(lang, dir);
          const zoom = map.leafletMap!.getZoom();
          expect(hint(map)).to.equal('');
          await wheel(x, y, 240);
          await until(() => scrollY > 100, 5000, 'the page scrolled');
          await until(() => hint(map) === wheelHint, 3000, 'the wheel hint');
          await pause(600);
          expect(map.leafletMap!.getZoom(), 'zoom').to.equal(zoom);
          expect(root(map).querySelector('[part="gesture-hint"]')!.getAttribute('role')).to.equal('status');
          await until(() => hint(map) === '', 4000, 'the hint gone');
        });

        it('Ctrl + wheel zooms the map, and the page stays where it is', async () => {
          const { map, x, y } = await pageWithMap(lang, dir);
          const zoom = map.leafletMap!.getZoom();
          await wheel(x, y, -240, { ctrl: true });
          await until(() => map.leafletMap!.getZoom() > zoom, 5000, 'a closer zoom');
          expect(scrollY, 'page scroll').to.equal(0);
          expect(hint(map)).to.equal('');
        });

        it('one finger scrolls the page with a hint, and leaves the map where it is', async () => {
          expect(typeof TouchEvent, 'touch events, which Leaflet reads').to.equal('function');
          const { map, x, y } = await pageWithMap(lang, dir);
          const start = centre(map);
          await touch([[x, y]], [0, -200]);
          await until(() => scrollY > 50, 5000, 'the page scrolled by one finger');
          await until(() => hint(map) === touchHint, 3000, 'the touch hint');
          expect(centre(map).equals(start), 'the map did not move').to.equal(true);
        });

        it('two fingers pan the map, and the page stays where it is', async () => {
          const { map } = await pageWithMap(lang, dir);
          scrollTo(0, 30);
          await pause(300);
          const box = root(map).querySelector('.map')!.getBoundingClientRect();
          const [cx, cy] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
          const before = centre(map);
          // Upwards: were the page to take it, it would scroll down.
          await touch(
            [
              [cx - 40, cy],
              [cx + 40, cy],
            ],
            [90, -70],
          );
          await until(() => !centre(map).equals(before), 5000, 'the map panned by two fingers');
          await pause(500);
          expect(scrollY, 'page scroll').to.equal(30);
          expect(centre(map).lng, 'panned westwards (fingers moved right)').to.be.lessThan(before.lng);
          expect(hint(map)).to.equal('');
        });

        it('gesture-handling="off": the wheel zooms and one finger pans (Leaflet’s own)', async () => {
          const { map, x, y } = await pageWithMap(lang, dir, 'gesture-handling="off"');
          const zoom = map.leafletMap!.getZoom();
          await wheel(x, y, -240);
          await until(() => map.leafletMap!.getZoom() > zoom, 5000, 'a closer zoom by the plain wheel');
          expect(scrollY).to.equal(0);
          await pause(600);
          const before = centre(map);
          await touch([[x, y]], [60, -120]);
          await until(() => !centre(map).equals(before), 5000, 'the map panned by one finger');
          expect(scrollY).to.equal(0);
          expect(hint(map)).to.equal('');
        });
      });
    }
  },
);
