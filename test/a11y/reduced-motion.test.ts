/**
 * WCAG 2.3.3 Animation from Interactions (AAA, asked by issue 23) and the
 * motion part of 2.2.2: under `prefers-reduced-motion: reduce`, nothing
 * under any element runs an animation or declares a transition of position
 * or size, in every state (open popup and details, the list's "more", both
 * timeline layouts) and while loading (the skeletons); the map's keyboard
 * pan (arrow keys) jumps without a slide. WebKit runs with the preference
 * always on (test/server/webkit-launcher.mjs), the others emulate it.
 */
import { expect } from '@open-wc/testing';
import type { JihaGeoparkMap } from '../../src/index.js';
import { unmountAll, until } from '../support/helpers.js';
import { endMediaEmulation, reduceMotion } from '../support/media-emulation.js';
import { motionProblems } from '../support/wcag-geometry.js';
import { styleHostPage } from './helpers.js';
import { loadingState } from './fixtures.js';
import { nextFrame, press } from './keyboard-helpers.js';
import { ELEMENTS, SIDES, mapWithConsentAndPopup, wcagStates } from './wcag-states.js';

describe('2.3.3 reduced motion: nothing left moving', function () {
  this.timeout(60000);
  before(async () => {
    styleHostPage();
    await reduceMotion();
  });
  after(endMediaEmulation);
  afterEach(unmountAll);

  for (const name of ELEMENTS) {
    for (const [lang, dir] of SIDES[name].slice(0, 2)) {
      it(`<jiha-${name}> ${lang} ${dir}: no animation running or declared, loading included`, async () => {
        const states = await wcagStates(name, lang, dir);
        states.push({ what: 'loading', element: await loadingState(`jiha-${name}`, lang, dir) });
        await nextFrame();
        const problems = states.flatMap(({ what, element }) =>
          motionProblems(element).map((line) => `${what}: ${line}`),
        );
        expect(problems).to.deep.equal([]);
      });
    }
  }

  for (const [lang, dir] of SIDES['geopark-map']) {
    it(`<jiha-geopark-map> ${lang} ${dir}: the arrow keys pan at once, without a slide, the popup open`, async () => {
      const map: JihaGeoparkMap = await mapWithConsentAndPopup(lang, dir);
      const container = map.shadowRoot!.querySelector<HTMLElement>('.map')!;
      const seen = new Set<string>();
      const observer = new MutationObserver(() => {
        for (const element of [container, ...container.querySelectorAll('.leaflet-pane')])
          for (const name of element.classList) if (/-anim$/.test(name) && name !== 'leaflet-fade-anim') seen.add(name);
      });
      observer.observe(container, { attributes: true, attributeFilter: ['class'], subtree: true });
      container.focus();
      const start = map.leafletMap!.getCenter();
      try {
        for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
          const before = map.leafletMap!.getCenter();
          await press(key);
          // The move is done once the key is handled: the centre has changed, with no pan running.
          await until(() => !map.leafletMap!.getCenter().equals(before), 2000, `${key} to move the map`);
          expect(motionProblems(map), key).to.deep.equal([]);
        }
      } finally {
        observer.disconnect();
      }
      expect([...seen]).to.deep.equal([]);
      expect(map.leafletMap!.getCenter().distanceTo(start), 'back where it started').to.be.below(1000);
    });
  }
});
