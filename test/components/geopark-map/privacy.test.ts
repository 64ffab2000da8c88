/**
 * Issue 14, tiles and the visitor's privacy (docs/elements/geopark-map.md), with every
 * request the page makes recorded by the browser (DevTools Network events):
 * a default map asks nothing of another host before the visitor agrees;
 * after "Show the street map", tile requests carry a Referer with the page's
 * origin, also from the iframe embed whose document says `no-referrer`; the
 * choice survives a reload; `tiles-consent="granted"` and tiles on the
 * page's own origin load at once; refused storage does not break the map.
 *
 * No request leaves the machine. The "other host" is this test server under
 * another name (127.0.0.1 while the page is on localhost), and
 * OpenStreetMap's address, for the default map, is blocked by the browser
 * before it is sent (still recorded, with the headers it would carry).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { CONSENT_KEY, setConsent } from '../../../src/components/geopark-map/tiles/tile-consent.js';
import { OSM_TILES } from '../../../src/components/geopark-map/tiles/tiles.js';
import {
  embeddedWidget,
  MAP_SANDBOX,
  openFrame,
  removeFrames,
  SANDBOX,
  settledMessage,
} from '../../embed/embed-frames.js';
import { mount, settled, unmountAll, until } from '../../support/helpers.js';
import { describeIn } from '../../support/engine.js';

interface Recorded {
  url: string;
  referer: string | null;
  blocked: boolean;
}

const OSM_PATTERN = '*tile.openstreetmap.org*';
/** This test server under another name: another origin, as a tile server elsewhere would be. */
const otherOrigin = () =>
  `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const otherTiles = () => `${otherOrigin()}/fixture/tile/{z}/{x}/{y}.png`;
const OWN_TILES = '/fixture/tile/{z}/{x}/{y}.png';

const root = (map: Element) => map.shadowRoot!;
const consentButton = (map: Element) => root(map).querySelector<HTMLButtonElement>('[part="consent-button"]');

async function startLog(): Promise<void> {
  await executeServerCommand('network-log', { action: 'start', block: [OSM_PATTERN] });
}
const requests = () =>
  executeServerCommand<Recorded[], unknown>('network-log', { action: 'read' }) as Promise<Recorded[]>;
/** Requests to anywhere but the page's origin (data: and blob: addresses never leave the page). */
const offOrigin = (recorded: Recorded[]) =>
  recorded.filter(({ url }) => /^https?:/.test(url) && new URL(url).origin !== location.origin);
const tileRequests = (recorded: Recorded[], host: string) =>
  recorded.filter(({ url }) => /^https?:/.test(url) && new URL(url).host === host);

/** A map built and drawing (its markers are there). */
async function mountMap(attributes: string, container?: HTMLElement): Promise<JihaGeoparkMap> {
  const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" ${attributes}></jiha-geopark-map>`, container);
  await until(() => map.leafletMap && root(map).querySelector('.jiha-marker'), 15000, 'the map with its markers');
  await settled(map);
  return map;
}

/** `until` for an asynchronous check (a server command's answer). */
async function untilAsync<T>(check: () => Promise<T>, ms: number, what: string): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits long enough for tiles a map would ask for to have been asked for. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 1500));

describeIn(['chromium'], 'records every request and its Referer through the DevTools protocol')(
  '<jiha-geopark-map>: tiles and the visitor’s privacy',
  function () {
    this.timeout(60000);
    /** Each test starts with no choice made: none stored, none in this page's memory. */
    const forget = () => {
      for (const host of ['tile.openstreetmap.org', new URL(otherOrigin()).host]) setConsent(host, false);
      localStorage.removeItem(CONSENT_KEY);
    };
    beforeEach(forget);
    afterEach(async () => {
      unmountAll();
      removeFrames();
      forget();
      await executeServerCommand('network-log', { action: 'stop' });
    });

    it('a default map asks nothing of another host before the button, shows region shapes and names the tile host', async () => {
      await startLog();
      const map = await mountMap('');
      await until(() => root(map).querySelector('.jiha-region'), 15000, 'the region shapes as the basemap');
      await aWhile();
      const before = await requests();
      expect(before.length, 'requests were recorded').to.be.greaterThan(0);
      expect(
        offOrigin(before).map(({ url }) => url),
        'requests off the page’s origin',
      ).to.deep.equal([]);
      expect(root(map).querySelector('.leaflet-tile'), 'no tile image').to.equal(null);
      // Twelve regions drawn as the basemap, and the question names the host.
      expect(root(map).querySelectorAll('.jiha-region').length).to.equal(12);
      const consent = root(map).querySelector('[part="consent"]')!;
      expect(consent.textContent).to.contain('tile.openstreetmap.org');
      expect(consentButton(map)!.textContent!.trim()).to.equal('Show the street map');

      consentButton(map)!.click();
      const tiles = await untilAsync(
        async () => {
          const found = tileRequests(await requests(), 'tile.openstreetmap.org');
          return found.length > 0 ? found : undefined;
        },
        10000,
        'tile requests after the button',
      );
      for (const tile of tiles) {
        expect(tile.url).to.match(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
        expect(tile.referer, tile.url).to.equal(`${location.origin}/`);
        expect(tile.blocked, 'blocked before it left the machine').to.equal(true);
      }
      // The choice is stored for this host; focus is on the way back.
      expect(JSON.parse(localStorage.getItem(CONSENT_KEY)!)).to.deep.equal(['tile.openstreetmap.org']);
      await until(() => root(map).activeElement?.matches('[part="tiles-off"]'), 5000, 'focus on the control back');
      expect(root(map).querySelector('[part="consent"]')).to.equal(null);
      expect(root(map).querySelector('[part="consent-status"]')!.textContent).to.contain('Street map shown');
    });

    it('after the button, tiles on another host carry a Referer with the page’s origin, and load', async () => {
      await startLog();
      const host = new URL(otherOrigin()).host;
      const map = await mountMap(`tiles="${otherTiles()}"`);
      await aWhile();
      expect(tileRequests(await requests(), host), 'before the button').to.deep.equal([]);
      expect(root(map).querySelector('[part="consent"]')!.textContent).to.contain(host);
      consentButton(map)!.click();
      const image = await until(
        () => root(map).querySelector<HTMLImageElement>('img.leaflet-tile-loaded'),
        10000,
        'a loaded tile',
      );
      expect(image.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      const tiles = tileRequests(await requests(), host);
      expect(tiles.length).to.be.greaterThan(0);
      for (const tile of tiles) expect(tile.referer, tile.url).to.equal(`${location.origin}/`);
    });

    it('remembers the choice per tile host for the maps built next, and the control goes back to shapes only', async () => {
      let map = await mountMap(`tiles="${otherTiles()}"`);
      consentButton(map)!.click();
      await until(() => root(map).querySelector('.leaflet-tile'), 10000, 'tiles after the button');
      unmountAll();
      expect(JSON.parse(localStorage.getItem(CONSENT_KEY)!)).to.deep.equal([new URL(otherOrigin()).host]);
      map = await mountMap(`tiles="${otherTiles()}"`);
      await until(() => root(map).querySelector('.leaflet-tile'), 10000, 'tiles at once in the next map');
      expect(consentButton(map)).to.equal(null);
      // Another host still asks.
      const other = await mountMap(`tiles="${OSM_TILES}"`);
      expect(consentButton(other), 'OpenStreetMap asks on its own').to.not.equal(null);
      other.remove();

      const off = root(map).querySelector<HTMLButtonElement>('[part="tiles-off"]')!;
      expect(off.textContent!.trim()).to.equal('Hide the street map');
      off.click();
      await until(() => consentButton(map), 5000, 'the question again');
      await until(() => root(map).querySelector('.jiha-region'), 10000, 'the shapes as basemap');
      expect(root(map).querySelector('.leaflet-tile')).to.equal(null);
      expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
      await until(() => root(map).activeElement === consentButton(map), 5000, 'focus on the question’s button');
      expect(root(map).querySelector('[part="consent-status"]')!.textContent).to.contain('Street map hidden');
    });

    it('the question is reached with Tab and answered with Enter; the way back with Tab and Space', async () => {
      const before = mount<HTMLButtonElement>('<button type="button">before the map</button>');
      const map = await mountMap(`tiles="${otherTiles()}"`);
      before.focus();
      const tabTo = async (part: string) => {
        for (let press = 0; press < 40 && !root(map).activeElement?.matches(`[part="${part}"]`); press += 1)
          await sendKeys({ press: 'Tab' });
        expect(root(map).activeElement?.getAttribute('part'), `focus reached ${part}`).to.equal(part);
      };
      await tabTo('consent-button');
      await sendKeys({ press: 'Enter' });
      await until(() => root(map).querySelector('.leaflet-tile-loaded'), 10000, 'tiles after Enter');
      await until(() => root(map).activeElement?.matches('[part="tiles-off"]'), 5000, 'focus on the way back');
      await sendKeys({ press: 'Space' });
      await until(
        () => consentButton(map) && root(map).activeElement === consentButton(map),
        5000,
        'the question again, focused',
      );
    });

    it('one map’s answer shows in the other maps of the page with the same tile host', async () => {
      const first = await mountMap(`tiles="${otherTiles()}"`);
      const second = await mountMap(`tiles="${otherTiles()}"`);
      consentButton(first)!.click();
      await until(() => root(second).querySelector('.leaflet-tile'), 10000, 'tiles in the second map');
      expect(consentButton(second)).to.equal(null);
    });

    it('tiles-consent="granted" and tiles on the page’s own origin load at once, without the question', async () => {
      await startLog();
      const box = mount('<div class="short-maps"></div>');
      box.style.setProperty('--jiha-geopark-map-height', '160px');
      const granted = await mountMap(`tiles="${otherTiles()}" tiles-consent="granted"`, box);
      const own = await mountMap(`tiles="${OWN_TILES}"`, box);
      await until(
        () => root(granted).querySelector('.leaflet-tile-loaded') && root(own).querySelector('.leaflet-tile-loaded'),
        10000,
        'tiles in both',
      );
      for (const map of [granted, own]) {
        expect(consentButton(map)).to.equal(null);
        expect(root(map).querySelector('[part="tiles-off"]'), 'nothing to go back from: the site decided').to.equal(
          null,
        );
      }
      const host = new URL(otherOrigin()).host;
      expect(tileRequests(await requests(), host).every((tile) => tile.referer === `${location.origin}/`)).to.equal(
        true,
      );
      expect(localStorage.getItem(CONSENT_KEY), 'nothing stored for the visitor').to.equal(null);
      // The default (OpenStreetMap) with granted: its requests go out at once.
      await mountMap('tiles-consent="granted"', box);
      await untilAsync(
        async () => tileRequests(await requests(), 'tile.openstreetmap.org').length > 0,
        10000,
        'OpenStreetMap tiles at once',
      );
    });

    it('storage that throws (private mode, a blocking page) does not break the map: the choice lasts for the page', async () => {
      const storage = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const map = await mountMap(`tiles="${otherTiles()}"`);
        expect(consentButton(map)).to.not.equal(null);
        consentButton(map)!.click();
        await until(() => root(map).querySelector('.leaflet-tile-loaded'), 10000, 'tiles after the button');
        const again = await mountMap(`tiles="${otherTiles()}"`);
        await until(() => root(again).querySelector('.leaflet-tile'), 10000, 'the page’s choice in a new map');
        root(again).querySelector<HTMLButtonElement>('[part="tiles-off"]')!.click();
        await until(() => consentButton(again) && consentButton(map), 5000, 'both back to the question');
      } finally {
        Object.defineProperty(window, 'localStorage', storage);
      }
    });

    it('stored garbage under the key is no consent, and does not break the map', async () => {
      localStorage.setItem(CONSENT_KEY, '{"tile.openstreetmap.org": true');
      const map = await mountMap('');
      expect(consentButton(map)).to.not.equal(null);
      localStorage.setItem(CONSENT_KEY, '{"tile.openstreetmap.org": true}');
      const second = await mountMap('');
      expect(consentButton(second)).to.not.equal(null);
    });

    describe('in the iframe embed (dist/embed.html, whose document says no-referrer)', () => {
      const EMBED = '/dist/embed.html?widget=geopark-map&id=map';

      it('under the map snippet’s sandbox: asks first, then tiles carry a Referer with the embed page’s origin; nothing else does', async () => {
        expect(MAP_SANDBOX).to.contain('allow-same-origin');
        await startLog();
        openFrame(`${EMBED}&lang=fr`, { sandbox: MAP_SANDBOX, height: 560 });
        const question = await untilAsync(() => frameButton(true), 20000, 'the question in the embed');
        expect(question).to.contain('Afficher le plan des rues');
        await aWhile();
        const before = await requests();
        expect(before.some(({ url }) => url.includes('/dist/embed.html'))).to.equal(true);
        expect(
          offOrigin(before).map(({ url }) => url),
          'requests off the page’s origin',
        ).to.deep.equal([]);
        await clickInFrame();
        const tiles = await untilAsync(
          async () => {
            const found = tileRequests(await requests(), 'tile.openstreetmap.org');
            return found.length > 0 ? found : undefined;
          },
          10000,
          'tile requests from the embed',
        );
        for (const tile of tiles) expect(tile.referer, tile.url).to.equal(`${location.origin}/`);
        // The embed page's own stance holds for everything else it asks for (its script, styles, chunks).
        const others = (await requests()).filter(
          ({ url }) =>
            /^http/.test(url) && !url.includes('tile.openstreetmap.org') && !url.includes('/dist/embed.html?'),
        );
        expect(others.length).to.be.greaterThan(0);
        expect(others.filter(({ referer }) => referer).map(({ url, referer }) => `${url} ← ${referer}`)).to.deep.equal(
          [],
        );
      });

      it('the visitor’s choice in the embed survives a reload of its page', async () => {
        await startLog();
        const { frame } = openFrame(`${EMBED}&lang=en`, { sandbox: false, height: 560 });
        const element = await embeddedWidget(frame);
        await until(() => element.shadowRoot!.querySelector('[part="consent-button"]'), 15000, 'the question');
        expect(tileRequests(await requests(), 'tile.openstreetmap.org')).to.deep.equal([]);
        expect(await clickInFrame()).to.contain('Show the street map');
        await untilAsync(
          async () => tileRequests(await requests(), 'tile.openstreetmap.org').length > 0,
          10000,
          'tiles after the button',
        );
        expect(JSON.parse(frame.contentWindow!.localStorage.getItem(CONSENT_KEY)!)).to.deep.equal([
          'tile.openstreetmap.org',
        ]);

        const before = (await requests()).length;
        const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.contentWindow!.location.reload();
        await reloaded;
        const again = await embeddedWidget(frame);
        const tiles = await untilAsync(
          async () => {
            const found = tileRequests((await requests()).slice(before), 'tile.openstreetmap.org');
            return found.length > 0 ? found : undefined;
          },
          15000,
          'tiles at once after the reload',
        );
        for (const tile of tiles) expect(tile.referer, tile.url).to.equal(`${location.origin}/`);
        await until(() => again.shadowRoot!.querySelector('[part="tiles-off"]'), 5000, 'the way back');
        expect(again.shadowRoot!.querySelector('[part="consent"]')).to.equal(null);
      });

      it('an embed with tiles-consent=granted (Arabic, rtl) asks for tiles at once, with the tiles’ Referer', async () => {
        await startLog();
        const { frame } = openFrame(`${EMBED}&lang=ar&dir=rtl&tiles-consent=granted`, {
          sandbox: MAP_SANDBOX,
          height: 560,
        });
        const tiles = await untilAsync(
          async () => {
            const found = tileRequests(await requests(), 'tile.openstreetmap.org');
            return found.length > 0 ? found : undefined;
          },
          20000,
          'tile requests',
        );
        for (const tile of tiles) expect(tile.referer).to.equal(`${location.origin}/`);
        expect(await frameButton(true), 'no question').to.equal('');
        expect(frame.getAttribute('sandbox')).to.equal(MAP_SANDBOX);
      });

      it('a frame with an opaque origin (no storage, no Referer) still shows the map and asks; why the map snippet keeps the origin', async () => {
        expect(SANDBOX).to.not.contain('allow-same-origin');
        await startLog();
        const { messages } = openFrame(`${EMBED}&lang=zgh`, { height: 560 });
        expect((await settledMessage(messages, 20000)).state).to.equal('ready');
        expect(await untilAsync(() => frameButton(true), 20000, 'the question')).to.not.equal('');
        expect(offOrigin(await requests()).map(({ url }) => url)).to.deep.equal([]);
        await clickInFrame();
        const tiles = await untilAsync(
          async () => {
            const found = tileRequests(await requests(), 'tile.openstreetmap.org');
            return found.length > 0 ? found : undefined;
          },
          10000,
          'tile requests after the button (storage refused: the choice lasts for the page)',
        );
        // Chromium sends no Referer from an opaque origin, whatever the image's policy: OpenStreetMap would refuse these.
        for (const tile of tiles) expect(tile.referer || null, tile.url).to.equal(null);
      });
    });
  },
);

/** The text of the map's consent button inside the embed frame (sandboxed: out of this page's reach), clicked with a real mouse unless `dryRun`. */
function frameButton(dryRun: boolean): Promise<string> {
  return executeServerCommand<string, unknown>('frame-click', {
    url: '/dist/embed.html',
    host: 'jiha-geopark-map',
    part: 'consent-button',
    dryRun,
  }) as Promise<string>;
}

/** Clicks the consent button in the embed frame once it is there; answers its text. */
function clickInFrame(): Promise<string> {
  return untilAsync(() => frameButton(false), 15000, 'the consent button in the frame');
}
