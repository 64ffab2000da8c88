/**
 * Keyboard only, with real key presses: Tab reaches every control of each
 * interactive element in a sensible order and leaves it (no trap), in ltr
 * and rtl; Enter, Space, Escape, arrows, Home and End do what the contract
 * says; every focused control shows a focus indicator (≥ 2 px, ≥ 3:1) that
 * nothing covers.
 */
import { expect } from '@open-wc/testing';
import type { LatLng } from 'leaflet';
import type { JihaCooperationTimeline, JihaGeoparkMap, JihaIsoBadge, JihaNewsCard } from '../../src/index.js';
import { describeNode, endEmulation, emulate, styleHostPage } from './helpers.js';
import { BADGE_STATES, BADGE_TODAY, mapMarkers, mapPopup, newsArticle, TILES } from './fixtures.js';
import {
  deepActive,
  focusedProblems,
  isObscured,
  keyTally,
  mountBetweenButtons,
  nextFrame,
  press,
  tabWalk,
} from './keyboard-helpers.js';
import { cooperation } from '../components/cooperation-timeline/helpers.js';
import { nextEvent, settled, unmountAll, until } from '../support/helpers.js';
import { FakeClock } from '../components/iso-badge/helpers.js';

const SIDES = [
  ['en', 'ltr'],
  ['ar', 'rtl'],
] as const;

const shadow = (element: Element) => element.shadowRoot!;

/**
 * Element comparisons as booleans with a readable message: a failed chai
 * comparison of DOM nodes would serialise them (Leaflet's nodes hold cycles
 * and huge graphs) and can take the test page down with it.
 */
function expectSameElements(actual: Element[], expected: Element[]): void {
  const same = actual.length === expected.length && actual.every((node, index) => node === expected[index]);
  expect(same, `${actual.map(describeNode).join(' → ')}  ≠  ${expected.map(describeNode).join(' → ')}`).to.equal(true);
}

function expectFocusOn(expected: Element): void {
  const active = deepActive();
  expect(
    active === expected,
    `focus on ${active ? describeNode(active) : 'nothing'}, expected ${describeNode(expected)}`,
  ).to.equal(true);
}

const byDocumentOrder = (a: Node, b: Node) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/** Repeated kinds folded into one: ['a', 'a', 'b'] → ['a', 'b']. */
const runs = (kinds: string[]) => kinds.filter((kind, index) => kind !== kinds[index - 1]);

before(async () => {
  styleHostPage();
  await emulate('light');
});
after(async () => {
  await endEmulation();
  console.log(
    `[a11y] keyboard: ${keyTally.walks} Tab walks, ${keyTally.presses} key presses, ${keyTally.focusChecks} focus indicators checked`,
  );
});
afterEach(unmountAll);

describe('keyboard: <jiha-news-card>', () => {
  for (const [lang, dir] of SIDES) {
    it(`${dir}: Tab reaches the headline link and leaves, Shift+Tab comes back, Enter follows the link`, async () => {
      const { element, before, after } = mountBetweenButtons<JihaNewsCard>(
        `<jiha-news-card lang="${lang}" dir="${dir}"></jiha-news-card>`,
      );
      element.data = await newsArticle();
      await until(() => shadow(element).querySelector('[part=headline] a'), 5000, 'the headline link');
      await settled(element);
      const link = shadow(element).querySelector<HTMLAnchorElement>('[part=headline] a')!;
      const walk = await tabWalk(before, after);
      expectSameElements(walk.visited, [link]);
      expect(walk.focusProblems).to.deep.equal([]);
      const back = await tabWalk(after, before, { backwards: true });
      expectSameElements(back.visited, [link]);
      // Enter on the focused link follows it (the test keeps the page: the click is cancelled once seen).
      const followed: string[] = [];
      element.addEventListener('click', (event) => {
        followed.push((event.composedPath()[0] as HTMLAnchorElement).href);
        event.preventDefault();
      });
      await tabWalk(before, link);
      await press('Enter');
      expect(followed).to.deep.equal(['https://sadaalmaghrib.com/?p=40130']);
    });
  }
});

describe('keyboard: <jiha-iso-badge>', () => {
  async function mountBadge(lang: string, dir: string, variant: string) {
    const mounted = mountBetweenButtons<JihaIsoBadge>(
      `<jiha-iso-badge lang="${lang}" dir="${dir}" variant="${variant}" time-zone="UTC"></jiha-iso-badge>`,
    );
    mounted.element.clock = new FakeClock(BADGE_TODAY);
    mounted.element.data = BADGE_STATES.valid;
    await until(() => shadow(mounted.element).querySelector(`[part~=${variant}]`), 5000, `the ${variant}`);
    await settled(mounted.element);
    return mounted;
  }
  const isOpen = (element: JihaIsoBadge) => shadow(element).querySelector('[part=details]')!.matches(':popover-open');

  for (const [lang, dir] of SIDES) {
    it(`seal, ${dir}: closed, Tab passes the seal only; Enter opens the details, Tab goes through them and out; Escape closes and focus returns`, async () => {
      const { element, before, after } = await mountBadge(lang, dir, 'seal');
      const seal = shadow(element).querySelector<HTMLButtonElement>('[part=seal]')!;
      const closed = await tabWalk(before, after);
      expectSameElements(closed.visited, [seal]);
      expect(closed.focusProblems).to.deep.equal([]);

      await tabWalk(before, seal);
      await press('Enter');
      await until(() => isOpen(element), 3000, 'the details to open');
      await settled(element);
      expect(seal.getAttribute('aria-expanded')).to.equal('true');
      // Open: the details follow the seal in Tab order (links, then Close), then focus leaves the badge.
      const open = await tabWalk(before, after);
      const details = shadow(element).querySelector('[part=details]')!;
      expectSameElements([open.visited[0]], [seal]);
      const inside = open.visited.slice(1);
      expect(inside.map((node) => details.contains(node))).to.deep.equal(inside.map(() => true));
      expect(inside.map((node) => node.localName)).to.deep.equal(['a', 'a', 'button']);
      expect(inside[2].classList.contains('close')).to.equal(true);
      expect(open.focusProblems).to.deep.equal([]);

      // Escape from inside the details closes them; focus goes back to the seal.
      (inside[0] as HTMLElement).focus();
      await press('Escape');
      await until(() => !isOpen(element), 3000, 'the details to close');
      await settled(element);
      expectFocusOn(seal);
      expect(seal.getAttribute('aria-expanded')).to.equal('false');
      // Space opens them too; Escape on the seal closes them.
      await press('Space');
      await until(() => isOpen(element), 3000, 'the details to open with Space');
      await press('Escape');
      await until(() => !isOpen(element), 3000, 'the details to close');
      expectFocusOn(seal);
      expect(focusedProblems()).to.deep.equal([]);
    });
  }

  it('seal: when its open details cover it (a short viewport), Escape uncovers it with focus staying on the seal (2.4.11)', async () => {
    // The details (about 580 px tall) cannot fit above or below a seal in this 600 px window: they overlap it.
    const { element, before } = await mountBadge('fr', 'ltr', 'seal');
    const seal = shadow(element).querySelector<HTMLButtonElement>('[part=seal]')!;
    await tabWalk(before, seal);
    await press('Enter');
    await until(() => isOpen(element), 3000, 'the details to open');
    await nextFrame();
    const covered = isObscured(seal);
    await press('Escape');
    await until(() => !isOpen(element), 3000, 'the details to close');
    await nextFrame();
    expectFocusOn(seal);
    expect(isObscured(seal), 'the seal in view after Escape').to.equal(false);
    console.log(`[a11y] seal covered by its own details before Escape: ${covered}`);
  });

  for (const [variant, links] of [
    ['inline', 1],
    ['card', 2],
  ] as const) {
    it(`${variant}, ltr and rtl: Tab reaches its ${links} link(s) and leaves; Shift+Tab the reverse`, async () => {
      for (const [lang, dir] of SIDES) {
        const { element, before, after } = await mountBadge(lang, dir, variant);
        const walk = await tabWalk(before, after);
        expect(walk.visited.map((node) => node.localName)).to.deep.equal(Array(links).fill('a'));
        expect(
          walk.visited.every((node) => element.shadowRoot!.contains(node)),
          'the links are the badge’s',
        ).to.equal(true);
        expect(walk.visited[0].getAttribute('part')).to.equal('verify');
        expect(walk.focusProblems).to.deep.equal([]);
        const back = await tabWalk(after, before, { backwards: true });
        expect(back.visited).to.deep.equal([...walk.visited].reverse());
      }
    });
  }
});

describe('keyboard: <jiha-geopark-map>', () => {
  async function mountMap(lang: string, dir: string) {
    const mounted = mountBetweenButtons<JihaGeoparkMap>(
      `<jiha-geopark-map lang="${lang}" dir="${dir}" list tiles="${TILES}"></jiha-geopark-map>`,
    );
    await until(() => mapMarkers(mounted.element).length >= 2 && mounted.element.leafletMap, 15000, 'map markers');
    await settled(mounted.element);
    return mounted;
  }
  /** Waits until the map has not moved for 300 ms (a pan or auto-pan has ended). */
  async function mapAtRest(map: JihaGeoparkMap): Promise<void> {
    const leaflet = map.leafletMap!;
    let last = '';
    let since = performance.now();
    await until(
      () => {
        const now = `${leaflet.getCenter().toString()} ${leaflet.getZoom()}`;
        if (now !== last) {
          last = now;
          since = performance.now();
        }
        return performance.now() - since > 300;
      },
      5000,
      'the map at rest',
    );
  }

  /** What a control of the map is, for the order check. */
  function kind(node: Element): string {
    if (node.classList.contains('map')) return 'map';
    if (node.classList.contains('jiha-marker')) return 'marker';
    if (node.closest('.controls')) return 'zoom';
    if (node.closest('[part=list]')) return 'list';
    if (node.closest('[part=attribution]')) return 'credits';
    return `other: ${describeNode(node)}`;
  }

  for (const [lang, dir] of SIDES) {
    it(`${dir}: Tab goes map, every marker, zoom buttons, credits (under the map), list, then out; Shift+Tab the reverse`, async () => {
      const { element, before, after } = await mountMap(lang, dir);
      const walk = await tabWalk(before, after);
      expect(runs(walk.visited.map((node) => kind(node)))).to.deep.equal(['map', 'marker', 'zoom', 'credits', 'list']);
      const markersVisited = walk.visited.filter((node) => node.classList.contains('jiha-marker'));
      expectSameElements([...markersVisited].sort(byDocumentOrder), [...mapMarkers(element)].sort(byDocumentOrder));
      expect(walk.visited.filter((node) => node.closest('[part=list]')).length).to.equal(
        shadow(element).querySelectorAll('[part=list] button').length,
      );
      expect(walk.focusProblems).to.deep.equal([]);
      const back = await tabWalk(after, before, { backwards: true });
      expect(back.visited).to.deep.equal([...walk.visited].reverse());
    });

    it(`${dir}: arrows pan the focused map, + and - zoom, the zoom buttons work with Enter`, async () => {
      const { element, before } = await mountMap(lang, dir);
      const leaflet = element.leafletMap!;
      const container = shadow(element).querySelector<HTMLElement>('.map')!;
      await tabWalk(before, container);
      expect(focusedProblems()).to.deep.equal([]);
      for (const [key, moved] of [
        ['ArrowRight', (a: LatLng, b: LatLng) => b.lng > a.lng],
        ['ArrowLeft', (a: LatLng, b: LatLng) => b.lng < a.lng],
        ['ArrowUp', (a: LatLng, b: LatLng) => b.lat > a.lat],
        ['ArrowDown', (a: LatLng, b: LatLng) => b.lat < a.lat],
      ] as const) {
        const centre = leaflet.getCenter();
        // Leaflet ignores a key while its previous pan still slides: wait for each move to end.
        const ended = new Promise((resolve) => leaflet.once('moveend', resolve));
        await press(key);
        await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 3000))]);
        expect(moved(centre, leaflet.getCenter()), `${key} pans the map`).to.equal(true);
      }
      let zoom = leaflet.getZoom();
      await press('+');
      await until(() => leaflet.getZoom() > zoom, 3000, '+ to zoom in');
      zoom = leaflet.getZoom();
      await press('-');
      await until(() => leaflet.getZoom() < zoom, 3000, '- to zoom out');
      const zoomIn = shadow(element).querySelector<HTMLButtonElement>('.controls .zoom-in')!;
      await tabWalk(before, zoomIn);
      zoom = leaflet.getZoom();
      await press('Enter');
      await until(() => leaflet.getZoom() > zoom, 3000, 'the zoom-in button');
    });

    it(`${dir}: Enter on a marker opens its popup with focus, Tab reaches its close button, Escape closes it and focus returns`, async () => {
      const { element, before } = await mountMap(lang, dir);
      // The first marker in Tab order: a single place (Enter selects it) or a cluster (Enter lists its places).
      const first = mapMarkers(element)[0];
      const cluster = first.classList.contains('jiha-cluster');
      await tabWalk(before, first);
      const selected = cluster ? undefined : nextEvent<{ id: string }>(element, 'jiha-select');
      await press('Enter');
      if (selected) expect((await selected).detail.id).to.equal(first.dataset.id);
      const popup = await until(() => mapPopup(element), 3000, 'the popup');
      await until(() => deepActive() === popup, 3000, 'focus on the popup');
      expect(popup.getAttribute('role')).to.equal('dialog');
      // The map pans the popup into view (Leaflet's auto-pan, a short slide): checked once it has stopped.
      await mapAtRest(element);
      expect(focusedProblems()).to.deep.equal([]);
      // Tab from the popup reaches its close button, with a visible focus.
      await press('Tab');
      expect(popup.contains(deepActive())).to.equal(true);
      expect(deepActive()!.classList.contains('popup-close')).to.equal(true);
      expect(focusedProblems()).to.deep.equal([]);
      await press('Escape');
      await until(() => !mapPopup(element), 3000, 'the popup to close');
      expectFocusOn(first);
    });

    it(`${dir}: with a popup open, Tab through the markers: one the popup covers comes out with Escape, focus staying on it (2.4.11)`, async () => {
      const { element, before } = await mountMap(lang, dir);
      const button = shadow(element).querySelector<HTMLButtonElement>('[part=list] li[data-id="mgoun"] button')!;
      await tabWalk(before, button);
      await press('Enter');
      await until(() => mapPopup(element), 5000, 'the popup');
      await mapAtRest(element);
      const container = shadow(element).querySelector<HTMLElement>('.map')!;
      await tabWalk(before, container);
      let covered = 0;
      for (let i = 0; i < 40; i += 1) {
        await press('Tab');
        const active = deepActive() as HTMLElement;
        if (!active.classList.contains('jiha-marker')) break;
        await nextFrame();
        if (!mapPopup(element) || !isObscured(active)) continue;
        covered += 1;
        await press('Escape');
        await until(() => !mapPopup(element), 3000, 'the popup to close');
        await nextFrame();
        expectFocusOn(active);
        expect(isObscured(active), 'the marker in view after Escape').to.equal(false);
        break;
      }
      console.log(`[a11y] map ${dir}: markers covered by the open popup and uncovered by Escape: ${covered}`);
    });

    it(`${dir}: a list button selects with Enter (pressed, popup open with focus); Escape returns to the button`, async () => {
      const { element, before } = await mountMap(lang, dir);
      const button = shadow(element).querySelector<HTMLButtonElement>('[part=list] li[data-id="chefchaouen"] button')!;
      await tabWalk(before, button);
      expect(focusedProblems()).to.deep.equal([]);
      const selected = nextEvent<{ id: string }>(element, 'jiha-select');
      await press('Enter');
      expect((await selected).detail).to.deep.equal({ id: 'chefchaouen' });
      const popup = await until(() => mapPopup(element), 5000, 'the popup');
      await until(() => deepActive() === popup, 3000, 'focus on the popup');
      await settled(element);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      await press('Escape');
      await until(() => !mapPopup(element), 3000, 'the popup to close');
      expectFocusOn(button);
    });
  }
});

describe('keyboard: <jiha-cooperation-timeline>', () => {
  async function mountTimeline(lang: string, dir: string, extra: string) {
    const mounted = mountBetweenButtons<JihaCooperationTimeline>(
      `<jiha-cooperation-timeline lang="${lang}" dir="${dir}" today="2026-01-16" time-zone="Africa/Casablanca" ${extra}></jiha-cooperation-timeline>`,
    );
    mounted.element.data = cooperation();
    await until(() => shadow(mounted.element).querySelector('li.event'), 5000, 'events');
    await settled(mounted.element);
    return mounted;
  }
  function kind(node: Element): string {
    if (node.matches('[part=filter]')) return 'filter';
    if (node.closest('li.event') && node.localName === 'a') return 'event link';
    if (node.matches('li.event')) return 'event';
    if (node.matches('[part=show-all]')) return 'show all';
    if (node.matches('[part=previous], [part=next]')) return 'page button';
    return `other: ${describeNode(node)}`;
  }

  for (const [lang, dir] of SIDES) {
    it(`vertical, ${dir}: Tab goes filters, event links, "show all", then out; Space and Enter toggle a filter, announced`, async () => {
      const { element, before, after } = await mountTimeline(lang, dir, 'filterable limit="4"');
      const walk = await tabWalk(before, after);
      expect(runs(walk.visited.map(kind))).to.deep.equal(['filter', 'event link', 'show all']);
      expect(walk.visited.filter((node) => kind(node) === 'filter').length).to.equal(
        shadow(element).querySelectorAll('[part=filter]').length,
      );
      expect(walk.focusProblems).to.deep.equal([]);
      const back = await tabWalk(after, before, { backwards: true });
      expect(back.visited).to.deep.equal([...walk.visited].reverse());

      const filter = shadow(element).querySelector<HTMLButtonElement>('[part=filter]')!;
      const status = shadow(element).querySelector('[role=status]')!;
      const shownTitles = () =>
        [...shadow(element).querySelectorAll('li.event .title')].map((node) => node.textContent!.trim()).join(' | ');
      const shown = shownTitles();
      await tabWalk(before, filter);
      await press('Space');
      await until(() => filter.getAttribute('aria-pressed') === 'false', 3000, 'Space to turn the filter off');
      await until(() => status.textContent!.trim(), 3000, 'the count announced');
      expect(shownTitles(), 'the events shown').to.not.equal(shown);
      expectFocusOn(filter);
      await press('Enter');
      await until(() => filter.getAttribute('aria-pressed') === 'true', 3000, 'Enter to turn it on again');
      expect(focusedProblems()).to.deep.equal([]);
    });

    it(`vertical, ${dir}: Enter on "show all" reveals every event and moves focus to the first revealed one, visibly`, async () => {
      const { element, before } = await mountTimeline(lang, dir, 'limit="2"');
      const showAll = shadow(element).querySelector<HTMLButtonElement>('[part=show-all]')!;
      await tabWalk(before, showAll);
      await press('Enter');
      await until(() => deepActive()?.matches('li.event'), 3000, 'focus on a revealed event');
      expect(shadow(element).querySelectorAll('li.event').length).to.equal(6);
      expect(focusedProblems()).to.deep.equal([]);
    });

    it(`horizontal, ${dir}: one event in the Tab order; arrows (mirrored in rtl), Home and End move between events; Tab leaves`, async () => {
      const { element, before, after } = await mountTimeline(lang, dir, 'layout="horizontal"');
      const events = () => [...shadow(element).querySelectorAll<HTMLElement>('li.event')];
      const walk = await tabWalk(before, after);
      // The row's one event, its links, then "previous" and "next" under the row.
      expect(runs(walk.visited.map(kind))).to.deep.equal(['event', 'event link', 'page button']);
      expect(walk.visited.filter((node) => kind(node) === 'page button').length).to.equal(2);
      expectSameElements(
        walk.visited.filter((node) => kind(node) === 'event'),
        [events()[0]],
      );
      expect(walk.focusProblems).to.deep.equal([]);

      // The event in the Tab order follows focus (here: the one whose link was focused last); Home goes to the first.
      const roving = events().filter((item) => item.tabIndex === 0);
      expect(roving.length).to.equal(1);
      await tabWalk(before, roving[0]);
      await press('Home');
      await until(() => deepActive() === events()[0], 3000, 'Home to the first event');
      const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      await press(forward);
      await until(() => deepActive() === events()[1], 3000, `${forward} to the second event`);
      expect(focusedProblems()).to.deep.equal([]);
      await press('End');
      await until(() => deepActive() === events().at(-1), 3000, 'End to the last event');
      expect(focusedProblems()).to.deep.equal([]);
      await press(backward);
      await until(() => deepActive() === events().at(-2), 3000, `${backward} back one event`);
      await press('Home');
      await until(() => deepActive() === events()[0], 3000, 'Home to the first event');
      // The roving event keeps its place: Tab from before the widget lands on the last event focused.
      await press(forward);
      await until(() => deepActive() === events()[1], 3000, 'the second event');
      const again = await tabWalk(before, after);
      expectSameElements([again.visited[0]], [events()[1]]);
    });
  }
});
