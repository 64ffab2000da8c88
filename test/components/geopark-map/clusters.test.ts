/**
 * <jiha-geopark-map> marker targets (WCAG 2.2, 2.5.8): every marker at least
 * 24×24 px, none overlapping another at any zoom; markers too close are one
 * cluster marker, which lists its places by keyboard and pointer.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { endMediaEmulation, reduceMotion } from '../../support/media-emulation.js';
import fc from 'fast-check';
import { groupTargets, targetsTooClose } from '../../../src/components/geopark-map/view/clusters.js';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { loadAxe } from '../../a11y/helpers.js';
import { mount, nextEvent, settled, unmountAll, until } from '../../support/helpers.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';
const ALL_IDS = [
  'ait-bouguemez',
  'azilal-museum',
  'bin-el-ouidane',
  'chefchaouen',
  'chefchaouen-town',
  'ighil-mgoun',
  'imi-n-ifri',
  'imsfrane-cathedral',
  'iouaridene',
  'mgoun',
  'ouzoud',
  'zaouiat-ahansal',
];

const root = (map: Element) => map.shadowRoot!;
const markers = (map: Element) => [...root(map).querySelectorAll<HTMLElement>('.jiha-marker')];
const marker = (map: Element, id: string) => root(map).querySelector<HTMLElement>(`.jiha-marker[data-id="${id}"]`);
const membersOf = (element: HTMLElement) => (element.dataset.ids ?? '').split(' ').filter(Boolean);
const shownIds = (map: Element) => markers(map).flatMap(membersOf);
/** The marker showing a feature: its own, or the cluster holding it. */
const showing = (map: Element, id: string) => markers(map).find((element) => membersOf(element).includes(id));
const popup = (map: Element) => root(map).querySelector<HTMLElement>('.leaflet-popup .popup');
/** The open popup when it is a place's own (not a cluster's list). */
const placePopup = (map: Element) => root(map).querySelector<HTMLElement>('.leaflet-popup .popup:not(.cluster-popup)');

/** Mounts a map in a box `width` px wide and waits until its markers show `count` features. */
async function mountMap(attributes = '', width = 800, count = 12): Promise<JihaGeoparkMap> {
  const box = document.createElement('div');
  box.setAttribute('data-test-host', '');
  box.style.inlineSize = `${width}px`;
  document.body.append(box);
  const lang = /\blang=/.test(attributes) ? '' : 'lang="en"';
  const map = mount<JihaGeoparkMap>(
    `<jiha-geopark-map ${lang} tiles="${TILES}" ${attributes}></jiha-geopark-map>`,
    box,
  );
  await until(() => shownIds(map).length === count && map.leafletMap, 15000, `${count} features on markers`);
  await settled(map);
  return map;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Leaflet's pane transforms leave sizes like 23.99998 px after an animated zoom; axe allows 0.05 px too. */
const ROUNDING = 0.05;

/** Every target at least 24×24, no two overlapping, every feature on exactly one marker. */
function expectSeparateTargets(map: JihaGeoparkMap, what: string, ids = ALL_IDS): void {
  const targets = markers(map).map((element) => ({ ids: element.dataset.ids, rect: element.getBoundingClientRect() }));
  for (const { ids: members, rect } of targets) {
    expect(rect.width, `${what}: width of ${members}`).to.be.at.least(24 - ROUNDING);
    expect(rect.height, `${what}: height of ${members}`).to.be.at.least(24 - ROUNDING);
  }
  for (let i = 0; i < targets.length; i += 1) {
    for (let j = i + 1; j < targets.length; j += 1) {
      expect(
        overlap(targets[i].rect, targets[j].rect),
        `${what}: "${targets[i].ids}" overlaps "${targets[j].ids}"`,
      ).to.equal(false);
    }
  }
  expect([...shownIds(map)].sort(), `${what}: each feature on one marker`).to.deep.equal([...ids].sort());
}

describe('<jiha-geopark-map> marker targets and clusters', () => {
  afterEach(async () => {
    unmountAll();
    await endMediaEmulation();
  });

  describe('grouping (clusters.ts)', () => {
    it('leaves no two groups too close, puts every target in one group, led by its highest rank', () => {
      const target = fc.record({
        x: fc.integer({ min: 0, max: 400 }),
        y: fc.integer({ min: 0, max: 400 }),
        size: fc.constantFrom(24, 32),
        rank: fc.integer({ min: 0, max: 3 }),
      });
      fc.assert(
        fc.property(fc.array(target, { maxLength: 60 }), (drawn) => {
          const targets = drawn.map((item, index) => ({ ...item, id: `t${index}` }));
          const groups = groupTargets(targets, 36, 2);
          for (let i = 0; i < groups.length; i += 1) {
            for (let j = i + 1; j < groups.length; j += 1)
              expect(targetsTooClose(groups[i], groups[j], 2)).to.equal(false);
          }
          expect(groups.flatMap((group) => group.ids).sort()).to.deep.equal(targets.map((item) => item.id).sort());
          const byId = new Map(targets.map((item) => [item.id, item]));
          for (const group of groups) {
            const lead = byId.get(group.lead)!;
            expect(group.ids[0]).to.equal(group.lead);
            expect([group.x, group.y]).to.deep.equal([lead.x, lead.y]);
            expect(group.size).to.equal(group.ids.length === 1 ? lead.size : 36);
            for (const id of group.ids) expect(byId.get(id)!.rank).to.be.at.most(lead.rank);
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('target size', () => {
    for (const [dir, lang] of [
      ['ltr', 'en'],
      ['rtl', 'ar'],
    ]) {
      for (const width of [900, 320]) {
        it(`gives every marker a target of at least 24×24 px, none overlapping, at the initial view (${dir}, ${width} px)`, async () => {
          const map = await mountMap(`lang="${lang}" dir="${dir}" list`, width);
          expectSeparateTargets(map, `${dir} ${width}px`);
          // Country-wide, M'Goun's sites are grouped: the check above met clusters, not only single markers.
          expect(markers(map).filter((element) => element.classList.contains('jiha-cluster')).length).to.be.greaterThan(
            0,
          );
          // The map is in view, markers inside it.
          const box = root(map).querySelector('.map')!.getBoundingClientRect();
          const mgoun = marker(map, 'mgoun')!.getBoundingClientRect();
          expect(mgoun.left >= box.left && mgoun.right <= box.right, 'M’Goun in view').to.equal(true);
        });
      }
    }

    it('keeps targets apart after every zoom, in and out, and splits the clusters closer in', async () => {
      await reduceMotion();
      const map = await mountMap('', 700);
      const leaflet = map.leafletMap!;
      const initial = leaflet.getZoom();
      let most = 0;
      for (let zoom = Math.ceil(initial); zoom <= 13; zoom += 0.5) {
        leaflet.setZoom(zoom, { animate: false });
        await until(() => leaflet.getZoom() === zoom, 3000, `zoom ${zoom}`);
        expectSeparateTargets(map, `zoom ${zoom}`);
        most = Math.max(most, markers(map).length);
      }
      // Every feature on its own marker but the museum, which stands at the geopark's own point.
      expect(most).to.equal(11);
      expect(marker(map, 'mgoun')!.dataset.ids).to.equal('mgoun azilal-museum');
      for (const zoom of [8, 6, 4, 3]) {
        leaflet.setZoom(zoom, { animate: false });
        await until(() => leaflet.getZoom() === zoom, 3000, `zoom ${zoom}`);
        expectSeparateTargets(map, `zoom ${zoom}`);
      }
      // Continent-wide, the two geoparks' clusters merge, led by the designated one.
      expect(markers(map).map((element) => element.dataset.id)).to.deep.equal(['mgoun']);
      expect(marker(map, 'mgoun')!.getAttribute('aria-label')).to.match(/^12 places: /);
    });

    it('keeps targets apart with the zoom buttons while motion is allowed (animated zoom)', async () => {
      const map = await mountMap();
      const leaflet = map.leafletMap!;
      for (const button of ['zoom-in', 'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out']) {
        // Markers glide with the animation and regroup when it ends; Leaflet may end it (on a timer)
        // a few frames before the markers' CSS transitions finish: wait for those too.
        const ended = new Promise((resolve) => leaflet.once('zoomend', resolve));
        root(map).querySelector<HTMLButtonElement>(`.controls .${button}`)!.click();
        await ended;
        await until(
          () => markers(map).every((element) => element.getAnimations().length === 0),
          3000,
          'markers at rest',
        );
        expectSeparateTargets(map, `${button} to ${leaflet.getZoom()}`);
      }
    });
  });

  describe('cluster keyboard', () => {
    it('names a cluster by its count and places; Enter lists them in a dialog, Escape returns focus', async () => {
      await reduceMotion();
      const map = await mountMap();
      const cluster = marker(map, 'mgoun')!;
      const ids = membersOf(cluster);
      expect(ids.length).to.be.greaterThan(2);
      expect(ids).to.include('ouzoud');
      expect(cluster.getAttribute('role')).to.equal('button');
      expect(cluster.tabIndex).to.equal(0);
      expect(cluster.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(cluster.getAttribute('aria-label')).to.match(
        new RegExp(`^${ids.length} places: M'Goun UNESCO Global Geopark \\(UNESCO Global Geopark\\); .*Ouzoud falls`),
      );
      expect(cluster.querySelector('.count')!.textContent).to.equal(String(ids.length));
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      const list = await until(
        () => root(map).querySelector<HTMLElement>('.leaflet-popup .cluster-popup'),
        3000,
        'cluster popup',
      );
      expect(list.getAttribute('role')).to.equal('dialog');
      expect(list.getAttribute('aria-label')).to.equal(`${ids.length} places`);
      expect(root(map).activeElement).to.equal(list);
      const choices = [...list.querySelectorAll<HTMLButtonElement>('.cluster-list button')];
      expect(choices.map((button) => button.dataset.id)).to.deep.equal(ids);
      expect(choices[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        "M'Goun UNESCO Global Geopark UNESCO Global Geopark",
      );
      expect(map.hasAttribute('selected'), 'opening a cluster selects nothing').to.equal(false);
      await sendKeys({ press: 'Escape' });
      await until(() => !popup(map), 3000, 'popup closed');
      expect(root(map).activeElement).to.equal(cluster);
    });

    it('shows a place chosen in a cluster on its own marker, with its popup; Escape returns to that marker', async () => {
      await reduceMotion();
      const map = await mountMap();
      marker(map, 'mgoun')!.focus();
      await sendKeys({ press: 'Enter' });
      const choice = await until(
        () => root(map).querySelector<HTMLButtonElement>('.cluster-popup button[data-id="ouzoud"]'),
        3000,
        'cluster popup',
      );
      // Tab moves inside the dialog: the close button, then the places.
      await sendKeys({ press: 'Tab' });
      expect(root(map).activeElement!.classList.contains('popup-close')).to.equal(true);
      choice.focus();
      const selected = nextEvent<{ id: string }>(map, 'jiha-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ id: 'ouzoud' });
      const content = await until(() => placePopup(map), 3000, 'Ouzoud popup');
      expect(content.querySelector('.popup-name')!.textContent).to.equal('Ouzoud falls');
      expect(root(map).activeElement).to.equal(content);
      const own = marker(map, 'ouzoud')!;
      expect(own.dataset.ids).to.equal('ouzoud');
      expect(map.leafletMap!.getBounds().contains([32.015, -6.719])).to.equal(true);
      await settled(map);
      expect(map.getAttribute('selected')).to.equal('ouzoud');
      expectSeparateTargets(map, 'after choosing Ouzoud');
      await sendKeys({ press: 'Escape' });
      await until(() => !popup(map), 3000, 'popup closed');
      expect(root(map).activeElement).to.equal(own);
    });

    it('opens a place that never stands alone (the geopark and its museum share a point), with every field', async () => {
      await reduceMotion();
      const map = await mountMap();
      marker(map, 'mgoun')!.focus();
      await sendKeys({ press: 'Enter' });
      (
        await until(
          () => root(map).querySelector<HTMLButtonElement>('.cluster-popup button[data-id="mgoun"]'),
          3000,
          'cluster popup',
        )
      ).focus();
      const selected = nextEvent<{ id: string }>(map, 'jiha-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ id: 'mgoun' });
      const content = await until(() => placePopup(map), 3000, "M'Goun popup");
      const text = content.textContent!.replace(/\s+/g, ' ');
      expect(text)
        .to.contain("M'Goun UNESCO Global Geopark")
        .and.contain('Béni Mellal-Khénifra')
        .and.contain('2014')
        .and.contain('5,730 km²');
      expect(text).to.contain('Global Geoparks Network');
      expect(root(map).activeElement).to.equal(content);
      // The popup points at the marker showing the geopark: the two-place cluster.
      const shown = showing(map, 'mgoun')!;
      expect(shown.dataset.ids).to.equal('mgoun azilal-museum');
      const tip = root(map).querySelector('.leaflet-popup-tip')!.getBoundingClientRect();
      const target = shown.getBoundingClientRect();
      expect(tip.left + tip.width / 2).to.be.closeTo(target.left + target.width / 2, 2);
      expect(tip.bottom).to.be.at.most(target.top + 6);
      await sendKeys({ press: 'Escape' });
      await until(() => !popup(map), 3000, 'popup closed');
      expect(root(map).activeElement).to.equal(shown);
    });

    it('moves focus to the marker now showing a feature when a zoom regroups the focused one', async () => {
      await reduceMotion();
      const map = await mountMap('center="32,-6.6" zoom="10"');
      const own = marker(map, 'ouzoud')!;
      own.focus();
      map.leafletMap!.setZoom(6, { animate: false });
      await until(() => !own.isConnected, 3000, 'regrouped');
      const cluster = showing(map, 'ouzoud')!;
      expect(cluster.classList.contains('jiha-cluster')).to.equal(true);
      expect(root(map).activeElement).to.equal(cluster);
      // Tab order follows the groups: the geoparks' markers first.
      expect(
        markers(map)
          .map((element) => element.dataset.id)
          .slice(0, 2),
      ).to.deep.equal(['mgoun', 'chefchaouen']);
    });

    it('opens the list of places on a click, and a click on a place flies there', async () => {
      const map = await mountMap();
      const rect = marker(map, 'chefchaouen')!.getBoundingClientRect();
      expect(marker(map, 'chefchaouen')!.dataset.ids).to.equal('chefchaouen chefchaouen-town');
      await sendMouse({
        type: 'click',
        position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
      });
      await resetMouse();
      const list = await until(
        () => root(map).querySelector<HTMLElement>('.leaflet-popup .cluster-popup'),
        3000,
        'cluster popup',
      );
      expect(
        [...list.querySelectorAll<HTMLButtonElement>('button[data-id]')].map((button) => button.dataset.id),
      ).to.deep.equal(['chefchaouen', 'chefchaouen-town']);
      list.querySelector<HTMLButtonElement>('button[data-id="chefchaouen-town"]')!.click();
      await until(() => placePopup(map)?.textContent?.includes('Chefchaouen (town)'), 5000, 'popup after the flight');
      expect(marker(map, 'chefchaouen-town')!.dataset.ids).to.equal('chefchaouen-town');
      expect(map.leafletMap!.getBounds().contains([35.1688, -5.2636])).to.equal(true);
    });

    it('names clusters in Arabic, with Arabic plural forms', async () => {
      const map = await mountMap('lang="ar"');
      const pair = marker(map, 'chefchaouen')!;
      expect(membersOf(pair)).to.have.length(2);
      expect(pair.getAttribute('aria-label')).to.equal(
        '2 مكانان: جيوبارك شفشاون (مرشح لتسمية جيوبارك عالمي لليونسكو (غير مصنف))؛ مدينة شفشاون',
      );
    });
  });

  describe('axe', () => {
    it("finds no WCAG 2.2 AA violation with a cluster's popup open (Arabic, rtl)", async () => {
      await loadAxe();
      await reduceMotion();
      const map = await mountMap('lang="ar" dir="rtl" list');
      marker(map, 'mgoun')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => root(map).querySelector('.leaflet-popup .cluster-popup'), 3000, 'cluster popup');
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: object,
            ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
          };
        }
      ).axe;
      const result = await axe.run(
        { include: [map] },
        {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
          resultTypes: ['violations'],
        },
      );
      expect(
        result.violations.map(
          (violation) => `${violation.id} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
        ),
      ).to.deep.equal([]);
    });
  });

  describe('list', () => {
    /** Sites only (so the list shows each), three of them a few hundred metres apart. */
    const sites = {
      type: 'FeatureCollection',
      features: [
        ['spring', -6.0, 32.0],
        ['cave', -5.997, 32.001],
        ['arch', -5.994, 32.0],
        ['dunes', -5.0, 31.0],
      ].map(([id, lng, lat]) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lng, lat] },
        properties: { id, name: `The ${id}`, status: 'site' },
      })),
    };

    it('selects a clustered site: the map goes where it stands alone and opens its popup', async () => {
      await reduceMotion();
      const box = document.createElement('div');
      box.setAttribute('data-test-host', '');
      document.body.append(box);
      const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" list tiles="${TILES}"></jiha-geopark-map>`, box);
      map.data = sites;
      await until(() => shownIds(map).length === 4, 15000, 'markers');
      await settled(map);
      expect(showing(map, 'cave')!.dataset.ids).to.equal('spring cave arch');
      const button = root(map).querySelector<HTMLButtonElement>('.list li[data-id="cave"] button')!;
      button.focus();
      button.click();
      expect(popup(map)?.textContent).to.contain('The cave');
      expect(marker(map, 'cave')!.dataset.ids).to.equal('cave');
      expect(map.leafletMap!.getBounds().contains([32.001, -5.997])).to.equal(true);
      expectSeparateTargets(map, 'after the list chose the cave', ['spring', 'cave', 'arch', 'dunes']);
      await settled(map);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await until(() => !popup(map), 3000, 'popup closed');
      expect(root(map).activeElement).to.equal(button);
    });
  });
});
