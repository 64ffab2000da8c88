/**
 * <jiha-geopark-map> under `prefers-reduced-motion: reduce` (WCAG 2.3.3):
 * nothing slides, zooms or fades. Every animated move of Leaflet's marks
 * its panes while it runs (`leaflet-pan-anim` for a pan, `leaflet-zoom-anim`
 * for a zoom) and a flight fires `zoom` many times: a MutationObserver and
 * a counter record them, whatever the machine's speed. The arrow keys (the
 * map's keyboard pan), a popup opened far from the centre, the zoom buttons
 * and a list entry are each checked, and the same pan without the
 * preference is seen to slide (so that the check can see a slide).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { endMediaEmulation, reduceMotion } from '../../support/media-emulation.js';
import { unmountAll, until } from '../../support/helpers.js';
import { itIn } from '../../support/engine.js';
import { drawing, marker, mountMapAt, OWN_TILES, popup, root } from './helpers.js';

/** Records, until stopped, the animations Leaflet runs on `map`: classes its panes take, and zoom steps. */
function recordMotion(map: JihaGeoparkMap): () => string[] {
  const seen = new Set<string>();
  const container = drawing(map);
  const observer = new MutationObserver(() => {
    for (const element of [container, ...container.querySelectorAll('.leaflet-pane')]) {
      for (const name of element.classList) if (/-anim$/.test(name) && name !== 'leaflet-fade-anim') seen.add(name);
    }
  });
  observer.observe(container, { attributes: true, attributeFilter: ['class'], subtree: true });
  let zooms = 0;
  const onZoom = () => (zooms += 1);
  map.leafletMap!.on('zoom', onZoom);
  return () => {
    observer.disconnect();
    map.leafletMap!.off('zoom', onZoom);
    // One `zoom` event is a jump; a flight or an animated zoom fires one per frame.
    if (zooms > 2) seen.add(`${zooms} zoom steps`);
    return [...seen];
  };
}

/** Waits until Leaflet has no pan running (the map's own state, not a timer). */
const panDone = (map: JihaGeoparkMap) => {
  const internal = map.leafletMap as unknown as { _panAnim?: { _inProgress?: boolean } };
  return until(() => !internal._panAnim?._inProgress, 5000, 'the pan to end');
};

describe('<jiha-geopark-map> and reduced motion', () => {
  afterEach(async () => {
    unmountAll();
    await endMediaEmulation();
  });

  for (const [lang, dir] of [
    ['fr', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${dir}: the arrow keys move the map at once, without a slide`, async () => {
      await reduceMotion();
      const map = await mountMapAt(800, `lang="${lang}" tiles="${OWN_TILES}"`);
      const leaflet = map.leafletMap!;
      drawing(map).focus();
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        const stop = recordMotion(map);
        const before = leaflet.getCenter();
        await sendKeys({ press: key });
        // Moved already, as sendKeys returns: a slide would still be on its way, or not started.
        expect(leaflet.getCenter().equals(before), `${key} moved the map`).to.equal(false);
        expect(stop(), key).to.deep.equal([]);
      }
    });
  }

  // WebKit runs with reduced motion throughout (GTK's gtk-enable-animations, test/server/webkit-launcher.mjs).
  itIn(['chromium', 'firefox'], 'WebKit cannot leave reduced motion')(
    'without the preference, the same arrow key slides (what the check above would see)',
    async () => {
      const map = await mountMapAt(800, `lang="fr" tiles="${OWN_TILES}"`);
      drawing(map).focus();
      const stop = recordMotion(map);
      await sendKeys({ press: 'ArrowRight' });
      await panDone(map);
      expect(stop()).to.include('leaflet-pan-anim');
    },
  );

  it('a popup far from the centre opens in place at once, and the zoom buttons and + jump', async () => {
    await reduceMotion();
    const map = await mountMapAt(800, `lang="fr" tiles="${OWN_TILES}" list`);
    const leaflet = map.leafletMap!;
    // M'Goun's popup needs the map to move (it is low in the view, the popup tall).
    let stop = recordMotion(map);
    marker(map, 'mgoun')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => popup(map), 3000, 'the popup');
    expect(stop(), 'opening the popup').to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await until(() => !popup(map), 3000, 'the popup to close');

    stop = recordMotion(map);
    const zoom = leaflet.getZoom();
    root(map).querySelector<HTMLButtonElement>('.controls .zoom-in')!.click();
    expect(leaflet.getZoom(), 'zoomed at once').to.be.above(zoom);
    drawing(map).focus();
    await sendKeys({ press: 'NumpadSubtract' });
    expect(leaflet.getZoom(), '- zoomed out at once').to.equal(zoom);
    expect(stop(), 'zooming').to.deep.equal([]);

    stop = recordMotion(map);
    root(map).querySelector<HTMLButtonElement>('.list li[data-id="ouzoud"] > button')!.click();
    expect(popup(map)?.textContent, 'the popup at once').to.contain("Cascades d'Ouzoud");
    expect(stop(), 'a list entry').to.deep.equal([]);
  });
});
