/**
 * Where the browser has no touch events (Firefox on a desktop, also with a
 * touch screen), Leaflet reads touches from pointer events, and so does the
 * map's one-finger rule (gesture-handling.ts). Chromium and WebKit define
 * `TouchEvent` even on a desktop, so Leaflet reads touch events there
 * (geopark-map-gestures.test.ts drives those with real touch input); this
 * path is Firefox's. Synthetic pointer events reach the same listeners as a
 * finger's. A page of its own: Leaflet decides what to read when it loads.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { mount, settled, unmountAll, until } from '../../support/helpers.js';
import { itIn } from '../../support/engine.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';
const root = (map: Element) => map.shadowRoot!;
const hint = (map: Element) => root(map).querySelector('[part="gesture-hint"]')!.textContent!.trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const centre = (map: JihaGeoparkMap) => map.leafletMap!.getCenter();

/** A map on the page; a point on it away from the markers, in viewport pixels. */
async function pageWithMap(extra = ''): Promise<{ map: JihaGeoparkMap; x: number; y: number }> {
  const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="${TILES}" ${extra}></jiha-geopark-map>`);
  await until(() => map.leafletMap && root(map).querySelector('.jiha-marker'), 15000, 'the map with its markers');
  await settled(map);
  await pause(300);
  const box = root(map).querySelector('.map')!.getBoundingClientRect();
  return { map, x: Math.round(box.left + box.width * 0.2), y: Math.round(box.top + box.height * 0.5) };
}

describe('<jiha-geopark-map>: touch through pointer events', () => {
  afterEach(() => unmountAll());

  /** A one-finger drag by pointer events (pointerType touch) from the map's point (x, y), 100 px to the right and down. */
  async function fingerDrag(map: JihaGeoparkMap, x: number, y: number): Promise<void> {
    const target = root(map).querySelector<HTMLElement>('.map')!;
    const send = (type: string, dx: number) =>
      target.dispatchEvent(
        new PointerEvent(type, {
          pointerId: 41,
          pointerType: 'touch',
          isPrimary: true,
          clientX: x + dx,
          clientY: y + dx,
          buttons: type === 'pointerup' ? 0 : 1,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    send('pointerdown', 0);
    for (let step = 1; step <= 10; step += 1) {
      send('pointermove', step * 10);
      await pause(16);
    }
    send('pointerup', 100);
    await pause(300);
  }

  itIn(['firefox'], 'the engine without TouchEvent, where Leaflet reads pointer events')(
    'one finger leaves the map where it is and shows the touch hint; with gesture-handling="off" it pans the map',
    async () => {
      expect(typeof TouchEvent, 'a browser without touch events (pointer path)').to.equal('undefined');
      const { map, x, y } = await pageWithMap();
      const start = centre(map);
      await fingerDrag(map, x, y);
      await until(() => hint(map) === 'Use two fingers to move the map', 3000, 'the touch hint');
      expect(centre(map).equals(start), 'the map did not move').to.equal(true);
      unmountAll();
      // The control: the same drag reaches Leaflet when the map is not cooperative.
      const off = await pageWithMap('gesture-handling="off"');
      const before = centre(off.map);
      await fingerDrag(off.map, off.x, off.y);
      await until(() => !centre(off.map).equals(before), 3000, 'the map panned by one finger');
      expect(hint(off.map)).to.equal('');
    },
  );
});
