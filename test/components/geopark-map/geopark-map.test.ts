import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { endMediaEmulation, reduceMotion } from '../../support/media-emulation.js';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { mount, nextEvent, settled, shadowText, unmountAll, until } from '../../support/helpers.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';
const DEAD_TILES = '/fixture/dead-tile/{z}/{x}/{y}.png';

const root = (map: Element) => map.shadowRoot!;
/** The marker elements: single features and clusters. */
const markers = (map: Element) => [...root(map).querySelectorAll<HTMLElement>('.jiha-marker')];
/** The marker led by `id` (its own, or a cluster it leads). */
const marker = (map: Element, id: string) => root(map).querySelector<HTMLElement>(`.jiha-marker[data-id="${id}"]`)!;
/** The ids of the features the markers show, each marker's members (a cluster has several). */
const shownIds = (map: Element) =>
  markers(map).flatMap((element) => (element.dataset.ids ?? '').split(' ').filter(Boolean));
const popup = (map: Element) => root(map).querySelector<HTMLElement>('.leaflet-popup .popup');
/** Close enough to both geoparks that every marker stands alone but M'Goun's, which shares its place with its museum. */
const ZOOMED_IN = 'center="33.5,-6" zoom="10"';

/** Mounts a map and waits until its markers show `count` features (in clusters or not). */
async function mountMap(attributes = '', count = 12, content = ''): Promise<JihaGeoparkMap> {
  const lang = /\blang=/.test(attributes) ? '' : 'lang="en"';
  const map = mount<JihaGeoparkMap>(
    `<jiha-geopark-map ${lang} tiles="${TILES}" ${attributes}>${content}</jiha-geopark-map>`,
  );
  await until(() => shownIds(map).length === count, 15000, `${count} features on markers`);
  await settled(map);
  return map;
}

describe('<jiha-geopark-map>', () => {
  afterEach(async () => {
    unmountAll();
    await endMediaEmulation();
  });

  describe('default data', () => {
    it('shows both geoparks and their sites, each once, the geoparks leading their clusters with their own signs', async () => {
      const map = await mountMap();
      expect(shownIds(map).sort()).to.deep.equal([
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
      ]);
      // Country-wide, M'Goun's sites are too close to stand apart: one cluster, led by the geopark.
      const mgoun = marker(map, 'mgoun');
      expect(mgoun.classList.contains('jiha-cluster')).to.equal(true);
      expect(mgoun.dataset.ids!.split(' ')).to.include('ouzoud').and.include('azilal-museum');
      expect(mgoun.getAttribute('aria-label')).to.match(
        /^\d+ places: M'Goun UNESCO Global Geopark \(UNESCO Global Geopark\); .*Ouzoud falls/,
      );
      expect(mgoun.classList.contains('jiha-marker-unesco-global-geopark')).to.equal(true);
      expect(marker(map, 'chefchaouen').classList.contains('jiha-marker-aspiring')).to.equal(true);
      // Status by shape, not colour alone, in a cluster too: the aspiring marker is hollow and dashed.
      expect(marker(map, 'chefchaouen').querySelector('.shape.hollow')).to.not.equal(null);
      expect(mgoun.querySelector('.hollow')).to.equal(null);
      // Both geoparks in view.
      const bounds = map.leafletMap!.getBounds();
      expect(bounds.contains([31.9669, -6.5694])).to.equal(true);
      expect(bounds.contains([35.2, -5.15])).to.equal(true);
    });

    it('closer in, shows each site on its own marker, smaller than a geopark', async () => {
      const map = await mountMap(ZOOMED_IN);
      const labels = markers(map).map((element) => element.getAttribute('aria-label'));
      expect(labels).to.include('Chefchaouen Geopark (Aspiring UNESCO Global Geopark (not designated))');
      expect(labels.filter((label) => label!.endsWith('(Geosite)'))).to.have.length(9);
      // The museum stands where the geopark's point is: they share a cluster at any zoom.
      expect(marker(map, 'mgoun').dataset.ids).to.equal('mgoun azilal-museum');
      expect(marker(map, 'ouzoud').dataset.ids).to.equal('ouzoud');
      expect(marker(map, 'ouzoud').getBoundingClientRect().width).to.be.lessThan(
        marker(map, 'chefchaouen').getBoundingClientRect().width,
      );
    });

    it('names the geoparks in Arabic, French and Tamazight', async () => {
      for (const [lang, mgoun, aspiring] of [
        ['ar', 'جيوبارك مكون العالمي لليونسكو', 'جيوبارك شفشاون'],
        ['fr', "Géoparc mondial UNESCO du M'Goun", 'Géoparc de Chefchaouen'],
        ['zgh', 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ ⵏ ⵎⴳⵓⵏ', 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⵏ ⵛⴼⵛⴰⵡⵏ'],
      ]) {
        const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="${lang}" list tiles="${TILES}"></jiha-geopark-map>`);
        await until(() => root(map).querySelectorAll('.list li').length === 12, 3000, 'the list');
        await settled(map);
        const text = shadowText(map, '.list');
        expect(text, lang).to.contain(mgoun).and.contain(aspiring);
        expect(text, lang).to.not.contain('UNESCO Global Geopark (not');
        unmountAll();
      }
    });
  });

  describe('keyboard', () => {
    it('reaches every marker and cluster with Tab, geoparks first; each has a name', async () => {
      for (const attributes of ['', ZOOMED_IN]) {
        const map = await mountMap(attributes);
        const container = root(map).querySelector<HTMLElement>('.map')!;
        expect(container.tabIndex).to.equal(0);
        expect(container.getAttribute('aria-label')).to.contain('Arrow keys');
        container.focus();
        const reached: string[] = [];
        for (let i = 0; i < markers(map).length + 1; i += 1) {
          await sendKeys({ press: 'Tab' });
          const active = root(map).activeElement as HTMLElement | null;
          if (active?.classList.contains('jiha-marker') && !reached.includes(active.dataset.id!))
            reached.push(active.dataset.id!);
        }
        expect(reached, attributes).to.have.length(markers(map).length);
        expect(reached.slice(0, 2), attributes).to.deep.equal(['mgoun', 'chefchaouen']);
        for (const element of markers(map)) {
          const name = element.getAttribute('aria-label')!;
          if (element.classList.contains('jiha-cluster')) expect(name).to.match(/^\d+ places: \S.*; \S/);
          else expect(name).to.match(/\S+ \(.+\)$/);
        }
        unmountAll();
      }
    });

    it('opens a popup with Enter (built as DOM), fires jiha-select, and Escape returns focus; the aspiring status and link', async () => {
      const map = await mountMap(ZOOMED_IN);
      const target = marker(map, 'chefchaouen');
      expect(target.dataset.ids).to.equal('chefchaouen');
      target.focus();
      const selected = nextEvent<{ id: string }>(map, 'jiha-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ id: 'chefchaouen' });
      const content = await until(() => popup(map), 3000, 'popup');
      const text = content.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Chefchaouen Geopark').and.contain('Tanger-Tétouan-Al Hoceïma').and.contain('1,940 km²');
      expect(content.textContent)
        .to.contain('Aspiring UNESCO Global Geopark (not designated)')
        .and.contain('not designated');
      expect(content.querySelector('a')!.getAttribute('href')).to.equal('https://geoparc-chefchaouen.ma/');
      expect(root(map).activeElement).to.equal(content);
      expect(map.getAttribute('selected')).to.equal('chefchaouen');
      await sendKeys({ press: 'Escape' });
      await until(() => !popup(map), 3000, 'popup closed');
      expect(root(map).activeElement).to.equal(target);
    });

    it("opens a site's popup, which names its geopark", async () => {
      const map = await mountMap(ZOOMED_IN);
      marker(map, 'ouzoud').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => popup(map)?.textContent?.includes('Ouzoud falls'), 3000, 'site popup');
      expect(popup(map)!.textContent).to.contain('Geosite').and.contain("M'Goun UNESCO Global Geopark");
    });

    it('opens a popup on a click, in the UI language, and fires jiha-select', async () => {
      const map = await mountMap('lang="fr" center="35.2,-5.15" zoom="10"');
      const target = marker(map, 'chefchaouen').getBoundingClientRect();
      const selected = nextEvent<{ id: string }>(map, 'jiha-select');
      await sendMouse({
        type: 'click',
        position: [Math.round(target.x + target.width / 2), Math.round(target.y + target.height / 2)],
      });
      await resetMouse();
      expect((await selected).detail).to.deep.equal({ id: 'chefchaouen' });
      const content = await until(() => popup(map), 3000, 'popup');
      const text = content.textContent!.replace(/\s+/g, ' ');
      expect(text)
        .to.contain('Géoparc de Chefchaouen')
        .and.contain('Région')
        .and.contain('Superficie')
        .and.contain('1 940 km²'); // white space folded above
      expect(content.querySelector('.popup-close')!.getAttribute('aria-label')).to.equal('Fermer');
      content.querySelector<HTMLButtonElement>('.popup-close')!.click();
      await until(() => !popup(map), 3000, 'popup closed');
    });

    it('pans with the arrow keys and zooms with plus and minus', async () => {
      await reduceMotion(); // no zoom animation to wait for between keys
      const map = await mountMap();
      const leaflet = map.leafletMap!;
      root(map).querySelector<HTMLElement>('.map')!.focus();
      const before = leaflet.getCenter();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => leaflet.getCenter().lng > before.lng + 0.01, 3000, 'pan east');
      const zoom = leaflet.getZoom();
      await sendKeys({ press: 'NumpadAdd' });
      await until(() => leaflet.getZoom() > zoom, 3000, 'zoom in');
      const zoomed = leaflet.getZoom();
      await sendKeys({ press: 'NumpadSubtract' });
      await until(() => leaflet.getZoom() < zoomed, 3000, 'zoom out');
    });

    it('zooms with its own localised controls', async () => {
      const map = await mountMap();
      const leaflet = map.leafletMap!;
      const zoom = leaflet.getZoom();
      const zoomIn = root(map).querySelector<HTMLButtonElement>('.controls .zoom-in')!;
      expect(zoomIn.title).to.equal('Zoom in');
      zoomIn.click();
      await until(() => leaflet.getZoom() > zoom, 3000, 'zoom in');
      // No Leaflet control writes HTML: none is on the map.
      expect(root(map).querySelector('.leaflet-control')).to.equal(null);
    });
  });

  describe('list', () => {
    it('selects a geopark: the map goes there at once under reduced motion, opens the popup, reflects selected', async () => {
      await reduceMotion();
      const map = await mountMap('list');
      // Country-wide, the Chefchaouen geopark shares a cluster with the town.
      expect(marker(map, 'chefchaouen').dataset.ids).to.equal('chefchaouen chefchaouen-town');
      // The geoparks first in the list; every site is in it too, under its geopark.
      expect(root(map).querySelectorAll('.list button')).to.have.length(12);
      const buttons = [...root(map).querySelectorAll<HTMLButtonElement>('.list > li > button')];
      expect(buttons.map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        "M'Goun UNESCO Global Geopark UNESCO Global Geopark Béni Mellal-Khénifra",
        'Chefchaouen Geopark Aspiring UNESCO Global Geopark (not designated) Tanger-Tétouan-Al Hoceïma',
      ]);
      const selected = nextEvent<{ id: string }>(map, 'jiha-select');
      buttons[1].focus();
      buttons[1].click();
      expect((await selected).detail).to.deep.equal({ id: 'chefchaouen' });
      // At once: no animation frame has passed since the click.
      const leaflet = map.leafletMap!;
      expect(leaflet.getZoom()).to.be.at.least(9);
      expect(leaflet.getBounds().contains([35.2, -5.15])).to.equal(true);
      expect(popup(map)?.textContent).to.contain('Chefchaouen Geopark');
      expect(root(map).activeElement).to.equal(popup(map));
      // Close enough that its marker stands alone, in view.
      expect(marker(map, 'chefchaouen').dataset.ids).to.equal('chefchaouen');
      expect(marker(map, 'chefchaouen-town').dataset.ids).to.equal('chefchaouen-town');
      await settled(map);
      expect(map.getAttribute('selected')).to.equal('chefchaouen');
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
      expect(buttons[0].getAttribute('aria-pressed')).to.equal('false');
      await sendKeys({ press: 'Escape' });
      await until(() => !popup(map), 3000, 'popup closed');
      expect(root(map).activeElement).to.equal(buttons[1]);
    });

    it('flies there when motion is allowed, then opens the popup', async () => {
      const map = await mountMap('list');
      root(map).querySelector<HTMLButtonElement>('.list > li[data-id="mgoun"] > button')!.click();
      await until(() => popup(map)?.textContent?.includes("M'Goun"), 4000, 'popup after the flight');
      expect(map.leafletMap!.getBounds().contains([31.9669, -6.5694])).to.equal(true);
      expect(map.leafletMap!.getZoom()).to.be.at.least(9);
    });

    it('follows the selected attribute set by the page', async () => {
      await reduceMotion();
      const map = await mountMap();
      expect(marker(map, 'ouzoud'), 'Ouzoud in a cluster at first').to.equal(null);
      map.setAttribute('selected', 'ouzoud');
      await until(() => popup(map)?.textContent?.includes('Ouzoud falls'), 3000, 'popup');
      expect(map.leafletMap!.getBounds().contains([32.015, -6.719])).to.equal(true);
      expect(map.leafletMap!.getZoom()).to.be.at.least(9);
      expect(marker(map, 'ouzoud').dataset.ids).to.equal('ouzoud');
    });

    it('opens the popup of a feature selected before the map was built', async () => {
      await reduceMotion();
      const map = await mountMap('selected="chefchaouen"');
      await until(() => popup(map)?.textContent?.includes('Chefchaouen'), 3000, 'popup');
    });
  });

  describe('regions', () => {
    it('outlines and highlights the regions named by id or ISO code', async () => {
      const map = await mountMap('regions="beni-mellal-khenifra MA-01"');
      await until(() => root(map).querySelectorAll('path.jiha-region-highlight').length === 2, 15000, 'two outlines');
      expect(root(map).querySelectorAll('path.jiha-region').length).to.equal(2);
      await settled(map);
      expect(shadowText(map, '.attribution')).to.contain('ODbL').and.contain('OpenStreetMap');
    });

    it('draws all 12 regions as the basemap with tiles="none", no tiles requested', async () => {
      const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="none" regions="MA-05"></jiha-geopark-map>`);
      await until(() => root(map).querySelectorAll('path.jiha-region').length === 12, 15000, '12 regions');
      expect(root(map).querySelectorAll('path.jiha-region-highlight').length).to.equal(1);
      expect(root(map).querySelector('.leaflet-tile')).to.equal(null);
    });

    it('warns about an unknown region and outlines the others', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(String(message));
      try {
        const map = await mountMap('regions="atlantis MA-12"');
        await until(() => root(map).querySelectorAll('path.jiha-region-highlight').length === 1, 15000, 'one outline');
        expect(warnings.filter((message) => message.includes('atlantis'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('tiles', () => {
    it('loads tiles from the template and credits the attribution as text', async () => {
      const map = await mountMap('attribution="<b>Tiles</b> © test"');
      await until(() => root(map).querySelector('.leaflet-tile-loaded'), 15000, 'a tile');
      expect(shadowText(map, '.attribution')).to.contain('<b>Tiles</b> © test');
      expect(root(map).querySelector('.attribution b')).to.equal(null);
    });

    it('says so in one line when tiles fail, and keeps working on the region shapes', async () => {
      const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="${DEAD_TILES}"></jiha-geopark-map>`);
      const notice = await until(() => root(map).querySelector<HTMLElement>('.notice'), 15000, 'notice');
      expect(notice.textContent).to.contain('tiles could not be loaded');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.getBoundingClientRect().height).to.be.lessThan(40);
      await until(() => root(map).querySelectorAll('path.jiha-region').length === 12, 15000, 'region basemap');
      marker(map, 'mgoun').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => popup(map), 3000, 'popup');
    });
  });

  describe('lifecycle', () => {
    it('frees the map when removed and builds it again when put back', async () => {
      const map = await mountMap();
      const parent = map.parentElement!;
      const leaflet = map.leafletMap!;
      map.remove();
      expect(map.leafletMap === undefined, 'map freed').to.equal(true);
      expect(root(map).querySelector('.leaflet-pane')).to.equal(null);
      const container = root(map).querySelector('.map')!;
      expect(container.classList.contains('leaflet-container'), 'Leaflet let go of its container').to.equal(false);
      expect(container.childElementCount).to.equal(0);
      parent.append(map);
      await until(() => shownIds(map).length === 12, 15000, 'markers again');
      expect(map.leafletMap !== undefined && map.leafletMap !== leaflet, 'a new map').to.equal(true);
    });

    it('creating and removing 100 maps leaves no map behind', async function () {
      // About 0.6 s a map in WebKit on a 2-core machine under a load of 26 (measured, on main too): 60 s is not enough.
      this.timeout(240000);
      const built: JihaGeoparkMap[] = [];
      for (let i = 0; i < 100; i += 1) {
        const map = await mountMap();
        built.push(map);
        unmountAll();
      }
      expect(
        built.every((map) => map.leafletMap === undefined && !map.shadowRoot!.querySelector('.leaflet-pane')),
      ).to.equal(true);
    });

    it('builds the map when a closed <details> opens, at the right size', async () => {
      const details = mount<HTMLDetailsElement>(
        `<details><summary>Map</summary><jiha-geopark-map lang="en" tiles="${TILES}"></jiha-geopark-map></details>`,
      );
      const map = details.querySelector<JihaGeoparkMap>('jiha-geopark-map')!;
      await settled(map);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(map.leafletMap === undefined, 'no map while closed').to.equal(true);
      details.open = true;
      await until(() => shownIds(map).length === 12, 15000, 'markers');
      const width = root(map).querySelector<HTMLElement>('.map')!.clientWidth;
      expect(width).to.be.greaterThan(0);
      expect(map.leafletMap!.getSize().x).to.equal(width);
    });

    it('follows its container when hidden and shown at another size', async () => {
      const map = await mountMap();
      const box = map.parentElement!;
      box.style.inlineSize = '300px';
      await until(
        () => map.leafletMap!.getSize().x === root(map).querySelector<HTMLElement>('.map')!.clientWidth,
        3000,
        'resize to 300',
      );
      box.style.display = 'none';
      await new Promise((resolve) => setTimeout(resolve, 100));
      box.style.display = '';
      box.style.inlineSize = '500px';
      await until(
        () => map.leafletMap!.getSize().x === root(map).querySelector<HTMLElement>('.map')!.clientWidth,
        3000,
        'resize to 500',
      );
      expect(map.leafletMap!.getSize().x).to.equal(498); // 500 minus the 1px borders
    });

    it('starts with zero size, then fits the geoparks once it has a size', async () => {
      const box = document.createElement('div');
      box.setAttribute('data-test-host', '');
      box.style.inlineSize = '0';
      box.style.overflow = 'hidden';
      document.body.append(box);
      const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="${TILES}"></jiha-geopark-map>`, box);
      await until(() => shownIds(map).length === 12, 15000, 'markers');
      box.style.inlineSize = '600px';
      await until(() => map.leafletMap!.getSize().x > 500, 3000, 'a size');
      await until(
        () =>
          map.leafletMap!.getBounds().contains([35.2, -5.15]) &&
          map.leafletMap!.getBounds().contains([31.9669, -6.5694]),
        3000,
        'both geoparks in view',
      );
    });
  });

  describe('data sources', () => {
    const custom = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p',
          geometry: { type: 'Point', coordinates: [-7, 33] },
          properties: { name: { en: 'Point park', ar: 'منتزه' }, status: 'national', region: 'MA-06' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-6, 32],
                [-5, 32],
                [-5, 33],
                [-6, 33],
                [-6, 32],
              ],
            ],
          },
          properties: { id: 'poly', name: 'Polygon park', status: 'aspiring', areaKm2: 12 },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [-9, 30],
                  [-8, 30],
                  [-8, 31],
                  [-9, 30],
                ],
              ],
              [
                [
                  [-9, 29],
                  [-8, 29],
                  [-8, 29.5],
                  [-9, 29],
                ],
              ],
            ],
          },
          properties: { id: 'multi', name: 'Multi park', status: 'unesco-global-geopark', designated: 2020 },
        },
      ],
    };

    it('reads the data property: points, polygons and multipolygons', async () => {
      const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="${TILES}" list></jiha-geopark-map>`);
      map.data = custom;
      await until(() => shownIds(map).length === 3, 15000, 'three markers');
      expect(root(map).querySelectorAll('path.jiha-area')).to.have.length(3);
      expect(root(map).querySelectorAll('path.jiha-area-aspiring')).to.have.length(1);
      expect(shadowText(map, '.list'))
        .to.contain('Point park')
        .and.contain('National geopark')
        .and.contain('Casablanca-Settat');
      expect(marker(map, 'poly').getAttribute('aria-label')).to.equal(
        'Polygon park (Aspiring UNESCO Global Geopark (not designated))',
      );
    });

    it('reads inline application/geo+json', async () => {
      const map = await mountMap('', 3, `<script type="application/geo+json">${JSON.stringify(custom)}</script>`);
      expect(marker(map, 'multi').getAttribute('aria-label')).to.contain('Multi park');
    });

    it('reads src: the reference file data/geoparks.geojson', async () => {
      const map = await mountMap('src="/data/geoparks.geojson" list');
      expect(marker(map, 'mgoun').classList.contains('jiha-marker-unesco-global-geopark')).to.equal(true);
      expect(marker(map, 'chefchaouen').classList.contains('jiha-marker-aspiring')).to.equal(true);
      // Every feature of the file in the list (its sites too), each once.
      const listed = [...root(map).querySelectorAll<HTMLElement>('.list li[data-id]')].map((item) => item.dataset.id);
      expect(listed).to.have.length(shownIds(map).length);
      expect([...listed].sort()).to.deep.equal([...shownIds(map)].sort());
    });

    for (const [lang, otherScripts] of [
      ['fr', /[\u0600-\u06ff\u2d30-\u2d7f]/],
      ['ar', /[\u2d30-\u2d7f]/],
      ['zgh', /[\u0600-\u06ff]/],
    ] as const) {
      it(`${lang}: the reference file's places are named in the page's language, not another script`, async () => {
        const map = await mountMap(`src="/data/geoparks.geojson" list lang="${lang}"`);
        const names = [...root(map).querySelectorAll('.list li[data-id] .item-name')].map((name) =>
          name.textContent!.trim(),
        );
        expect(names.length, 'names in the list').to.be.at.least(12);
        expect(names.filter((name) => otherScripts.test(name))).to.deep.equal([]);
      });
    }

    for (const [what, data, field] of [
      [
        'a longitude out of range',
        {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', geometry: { type: 'Point', coordinates: [500, 30] }, properties: { name: 'x' } },
          ],
        },
        'features[0].geometry.coordinates[0]',
      ],
      [
        'a LineString',
        {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: {
                type: 'LineString',
                coordinates: [
                  [0, 0],
                  [1, 1],
                ],
              },
              properties: { name: 'x' },
            },
          ],
        },
        'features[0].geometry.type',
      ],
      [
        'an unknown status',
        {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [-6, 31] },
              properties: { name: 'x', status: 'famous' },
            },
          ],
        },
        'features[0].properties.status',
      ],
      ['no features list', { type: 'FeatureCollection', features: 'none' }, 'features'],
      ['not GeoJSON', { type: 'Topology' }, 'type'],
    ] as const) {
      it(`reports invalid-data for ${what}`, async () => {
        const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="${TILES}"></jiha-geopark-map>`);
        const failed = nextEvent<{ code: string; detail: string }>(map, 'jiha-error');
        map.data = data;
        const event = await failed;
        expect(event.detail.code).to.equal('invalid-data');
        expect(event.detail.detail).to.contain(field);
        await until(() => root(map).querySelector('[role="alert"]'), 3000, 'the error box'); // its texts load on demand
        expect(root(map).querySelector('.jiha-marker')).to.equal(null);
      });
    }

    it('reports invalid-json for broken inline GeoJSON', async () => {
      const map = mount<JihaGeoparkMap>(
        `<jiha-geopark-map lang="en" tiles="${TILES}"><script type="application/geo+json">{"type": "FeatureCollection",</script></jiha-geopark-map>`,
      );
      const event = await nextEvent<{ code: string }>(map, 'jiha-error');
      expect(event.detail.code).to.equal('invalid-json');
    });
  });

  describe('rtl', () => {
    it('puts its localised zoom controls on the inline-start side (right in Arabic)', async () => {
      const map = await mountMap('list');
      map.setAttribute('lang', 'ar');
      await until(
        () => root(map).querySelector('.controls .zoom-in')?.getAttribute('title') !== 'Zoom in',
        3000,
        'Arabic titles',
      );
      await settled(map);
      const wrap = root(map).querySelector('.map-wrap')!.getBoundingClientRect();
      const controls = root(map).querySelector('.controls')!.getBoundingClientRect();
      expect(controls.right).to.be.closeTo(wrap.right, 20);
      expect(controls.left).to.be.greaterThan(wrap.left + wrap.width / 2);
      const zoomIn = root(map).querySelector<HTMLButtonElement>('.controls .zoom-in')!;
      expect(zoomIn.title).to.match(/[\u0600-\u06ff]/);
      expect(zoomIn.getAttribute('aria-label')).to.equal(zoomIn.title);
      // The list sits on the inline-end side: left of the map.
      expect(root(map).querySelector('.list')!.getBoundingClientRect().right).to.be.lessThan(wrap.left + 1);
      expect(marker(map, 'mgoun').getAttribute('aria-label')).to.contain('جيوبارك مكون');
    });

    it('puts them on the left in French', async () => {
      const map = await mountMap();
      map.setAttribute('lang', 'fr');
      await until(
        () => root(map).querySelector('.controls .zoom-in')?.getAttribute('title') !== 'Zoom in',
        3000,
        'French titles',
      );
      const wrap = root(map).querySelector('.map-wrap')!.getBoundingClientRect();
      const controls = root(map).querySelector('.controls')!.getBoundingClientRect();
      expect(controls.left).to.be.closeTo(wrap.left, 20);
    });
  });
});
