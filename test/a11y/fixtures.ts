/**
 * Every variant and state of the four elements, mounted for the
 * accessibility suites (axe matrix, keyboard walks, contrast), in a given
 * language and direction. Data: the repository's reference files and the
 * other suites' fixtures.
 */
import '../../src/index.js';
import type { JihaCooperationTimeline, JihaGeoparkMap, JihaIsoBadge, JihaNewsCard } from '../../src/index.js';
import { JihaGeoparkMap as GeoparkMapClass } from '../../src/components/geopark-map/geopark-map.js';
import { CONSENT_KEY, setConsent } from '../../src/components/geopark-map/tiles/tile-consent.js';
import type { MountedState } from './helpers.js';
import { cooperation } from '../components/cooperation-timeline/helpers.js';
import { loadJson, mount, settled, until } from '../support/helpers.js';
import { FakeClock, tangerCertificate } from '../components/iso-badge/helpers.js';

/** A `src` that stays in flight for the whole test (the element shows its skeleton); removing the element aborts it. */
export const PENDING_SRC = '/fixture/slow?ms=20000&file=data/seed-article.json';
export const TILES = '/fixture/tile/{z}/{x}/{y}.png';

const attrs = (lang: string, dir: string) => `lang="${lang}" dir="${dir}"`;

async function ready<T extends Element>(element: T, check: (element: T) => unknown, what: string): Promise<T> {
  await until(() => check(element), 6000, what);
  await settled(element);
  return element;
}

const hasPart = (part: string) => (element: Element) => element.shadowRoot?.querySelector(`[part~="${part}"]`);

// ---------- news card ----------

let seed: Record<string, unknown> | undefined;

/** The seed article with its three headlines, an image and tags. */
export async function newsArticle(): Promise<Record<string, unknown>> {
  seed ??= await loadJson('/data/seed-article.json');
  const s = seed!;
  return {
    headline: { ar: s.headline, fr: s.headline_fr, en: s.headline_en },
    summary: { ar: s.summary, fr: s.summary_fr, en: s.summary_en },
    url: s.url,
    image: {
      src: '/test/fixtures/pixel.png',
      alt: {
        ar: 'وفد جهة بني ملال-خنيفرة في طنجة',
        fr: 'La délégation de Béni Mellal-Khénifra à Tanger',
        en: 'The Béni Mellal-Khénifra delegation in Tangier',
      },
    },
    source: s.source,
    dateline: s.dateline,
    author: s.author,
    published: s.published,
    views: s.views,
    tags: [{ ar: 'الحكامة', fr: 'Gouvernance', en: 'Governance' }, 'ISO 9001'],
    lang: 'ar',
  };
}

export async function newsCard(lang: string, dir: string, variant = 'full'): Promise<JihaNewsCard> {
  const element = mount<JihaNewsCard>(
    `<jiha-news-card ${attrs(lang, dir)} variant="${variant}" time-zone="Africa/Casablanca"></jiha-news-card>`,
  );
  element.data = await newsArticle();
  return ready(element, hasPart('card'), `news card ${variant}`);
}

export async function newsCardStates(lang: string, dir: string): Promise<MountedState[]> {
  const states: MountedState[] = [];
  for (const variant of ['full', 'compact', 'horizontal'])
    states.push([`news card ${variant}`, await newsCard(lang, dir, variant)]);
  states.push(['news card loading', await loadingState('jiha-news-card', lang, dir)]);
  states.push(['news card error', await errorState('jiha-news-card', lang, dir, { headline: 'x', views: 'many' })]);
  return states;
}

/** An element whose `src` is still in flight: the skeleton. */
export async function loadingState(tag: string, lang: string, dir: string): Promise<Element> {
  const element = mount(`<${tag} ${attrs(lang, dir)} src="${PENDING_SRC}"></${tag}>`);
  return ready(element, hasPart('skeleton'), `${tag} skeleton`);
}

/** An element given unusable data: the error box. */
export async function errorState(tag: string, lang: string, dir: string, data: unknown): Promise<Element> {
  const element = mount(`<${tag} ${attrs(lang, dir)}></${tag}>`) as Element & { data: unknown };
  element.data = data;
  return ready(element, hasPart('error'), `${tag} error box`);
}

// ---------- ISO badge ----------

/** 1 June 2026, noon UTC: the fixed "today" of the badge states below. */
export const BADGE_TODAY = Date.UTC(2026, 5, 1, 12);

/** The certificate in each state, as of BADGE_TODAY. */
export const BADGE_STATES: Record<string, Record<string, unknown>> = {
  valid: tangerCertificate('ISO 9001:2015'),
  expiring: { ...tangerCertificate('ISO 14001:2015'), expires: '2026-07-15' },
  expired: { ...tangerCertificate('ISO 45001:2018'), issued: '2023-04-01', expires: '2026-03-31' },
  'not-yet-valid': { ...tangerCertificate('ISO/IEC 27001:2022'), issued: '2026-09-01', expires: '2029-08-31' },
  suspended: {
    ...tangerCertificate('ISO 37001:2016'),
    status: 'suspended',
    certificate: 'BV-37001-118',
    accreditation: 'SEMAC',
  },
  withdrawn: { ...tangerCertificate('ISO 50001:2018'), status: 'withdrawn' },
};

export async function isoBadge(lang: string, dir: string, variant: string, state: string): Promise<JihaIsoBadge> {
  const element = mount<JihaIsoBadge>(
    `<jiha-iso-badge ${attrs(lang, dir)} variant="${variant}" time-zone="UTC"></jiha-iso-badge>`,
  );
  element.clock = new FakeClock(BADGE_TODAY);
  element.data = BADGE_STATES[state];
  return ready(
    element,
    (badge) => badge.getAttribute('state') === state && hasPart(variant)(badge),
    `badge ${variant} ${state}`,
  );
}

/** Opens a seal's details (as a click would) and waits until they show. */
export async function openSealDetails(element: JihaIsoBadge): Promise<HTMLElement> {
  const details = element.shadowRoot!.querySelector<HTMLElement>('[part=details]')!;
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part=seal]')!.click();
  await until(() => details.matches(':popover-open'), 3000, 'the details to open');
  await settled(element);
  return details;
}

export async function isoBadgeStates(
  lang: string,
  dir: string,
  variants = ['seal', 'inline', 'card'],
): Promise<MountedState[]> {
  const states: MountedState[] = [];
  for (const variant of variants) {
    for (const state of Object.keys(BADGE_STATES))
      states.push([`badge ${variant} ${state}`, await isoBadge(lang, dir, variant, state)]);
  }
  return states;
}

export async function isoBadgeOpenDetails(lang: string, dir: string): Promise<MountedState> {
  const open = await isoBadge(lang, dir, 'seal', 'valid');
  await openSealDetails(open);
  return ['badge seal, details open', open];
}

export async function isoBadgeLoading(lang: string, dir: string): Promise<MountedState> {
  return ['badge loading', await loadingState('jiha-iso-badge', lang, dir)];
}

export async function isoBadgeError(lang: string, dir: string): Promise<MountedState> {
  return [
    'badge error',
    await errorState('jiha-iso-badge', lang, dir, {
      standard: 'ISO 9001',
      issued: '2026-01-01',
      expires: '2020-01-01',
    }),
  ];
}

export async function isoBadgeOtherStates(lang: string, dir: string): Promise<MountedState[]> {
  return [await isoBadgeOpenDetails(lang, dir), await isoBadgeLoading(lang, dir), await isoBadgeError(lang, dir)];
}

// ---------- geopark map ----------

export const mapMarkers = (map: Element) => [...map.shadowRoot!.querySelectorAll<HTMLElement>('.jiha-marker')];
export const mapPopup = (map: Element) => map.shadowRoot!.querySelector<HTMLElement>('.leaflet-popup .popup');

/** The default geoparks on the test server's tiles; `extra` adds attributes (`list`, `regions`, `tiles`...). */
export async function geoparkMap(lang: string, dir: string, extra = ''): Promise<JihaGeoparkMap> {
  const tiles = /\btiles=/.test(extra) ? '' : `tiles="${TILES}"`;
  const map = mount<JihaGeoparkMap>(`<jiha-geopark-map ${attrs(lang, dir)} ${tiles} ${extra}></jiha-geopark-map>`);
  // Leaflet loads only near the viewport: bring each map there (several are mounted one under another).
  map.scrollIntoView();
  await until(() => mapMarkers(map).length >= 2 && map.leafletMap, 15000, 'map markers');
  return ready(map, () => true, 'map');
}

/** Leaflet cannot load: the list and a notice. */
class OfflineGeoparkMap extends GeoparkMapClass {
  protected static override loadMapModule(): Promise<never> {
    return Promise.reject(new Error('offline on purpose (accessibility suite)'));
  }
}

export async function offlineMap(lang: string, dir: string): Promise<Element> {
  if (!customElements.get('a11y-offline-geopark-map'))
    customElements.define('a11y-offline-geopark-map', OfflineGeoparkMap);
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const map = mount(`<a11y-offline-geopark-map ${attrs(lang, dir)} tiles="${TILES}"></a11y-offline-geopark-map>`);
    map.scrollIntoView();
    return await ready(
      map,
      (element) =>
        element.shadowRoot?.querySelector('.notice') && element.shadowRoot.querySelectorAll('.list li').length > 0,
      'offline list',
    );
  } finally {
    console.warn = warn;
  }
}

export async function geoparkMapStates(lang: string, dir: string): Promise<MountedState[]> {
  const plain = await geoparkMap(lang, dir);
  const listed = await geoparkMap(lang, dir, 'list regions="beni-mellal-khenifra tanger-tetouan-al-hoceima"');
  await until(() => listed.shadowRoot!.querySelector('path.jiha-region-highlight'), 15000, 'region outlines');
  // A site selected from the list: the map moves there (no motion: the suites emulate reduced motion) and opens its popup.
  listed.shadowRoot!.querySelector<HTMLButtonElement>('.list li[data-id="mgoun"] button')!.click();
  await until(() => mapPopup(listed), 5000, 'popup');
  const shapes = await geoparkMap(lang, dir, 'tiles="none"');
  await until(() => shapes.shadowRoot!.querySelector('path.jiha-region'), 15000, 'region basemap');
  return [
    ...(await geoparkMapPrivacyStates(lang, dir)),
    ['map', plain],
    ['map with list, regions, a selected geopark and its popup', listed],
    ['map on region shapes (tiles="none")', shapes],
    ['map unavailable: list and notice', await offlineMap(lang, dir)],
    ['map loading', await loadingState('jiha-geopark-map', lang, dir)],
    [
      'map error',
      await errorState('jiha-geopark-map', lang, dir, {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 1] }, properties: {} }],
      }),
    ],
  ];
}

/** This test server under another name: tiles on another host, as the consent question sees them. */
const foreignTiles = () =>
  `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}${TILES}`;

/** The hint a gesture left to the page shows for 1.5 s, held here for the audit as the element shows it. */
function holdHint(map: JihaGeoparkMap, hint: 'wheel' | 'touch'): void {
  (map as unknown as { gestureHint: string | null }).gestureHint = hint;
}

/**
 * Issue 14: the question before tiles on another host (the default
 * OpenStreetMap tiles, never agreed to here), the map after "Show the street
 * map" with its control back, and both gesture hints over the map.
 */
async function geoparkMapPrivacyStates(lang: string, dir: string): Promise<MountedState[]> {
  localStorage.removeItem(CONSENT_KEY);
  setConsent('tile.openstreetmap.org', false);
  const question = await geoparkMap(lang, dir, 'tiles=""');
  await until(() => question.shadowRoot!.querySelector('[part="consent-button"]'), 15000, 'the consent question');
  const agreed = await geoparkMap(lang, dir, `tiles="${foreignTiles()}"`);
  // Asked once per page: in the next language the answer is already remembered.
  agreed.shadowRoot!.querySelector<HTMLButtonElement>('[part="consent-button"]')?.click();
  await until(
    () =>
      agreed.shadowRoot!.querySelector('[part="tiles-off"]') &&
      agreed.shadowRoot!.querySelector('.leaflet-tile-loaded'),
    15000,
    'tiles and the control back',
  );
  const wheelHint = await geoparkMap(lang, dir);
  holdHint(wheelHint, 'wheel');
  const touchHint = await geoparkMap(lang, dir);
  holdHint(touchHint, 'touch');
  await settled(wheelHint);
  await settled(touchHint);
  return [
    ['map asking before tiles from another host', question],
    ['map after “Show the street map”, with the control back', agreed],
    ['map with the wheel hint', wheelHint],
    ['map with the touch hint', touchHint],
  ];
}

// ---------- cooperation timeline ----------

let sharedTimeline: unknown;

/** The repository's own timeline (26 sourced and inferred events, notes, sources). */
export async function referenceTimeline(): Promise<unknown> {
  sharedTimeline ??= await loadJson('/data/timeline.json');
  return sharedTimeline;
}

export async function cooperationTimeline(
  lang: string,
  dir: string,
  extra = '',
  data?: unknown,
): Promise<JihaCooperationTimeline> {
  const element = mount<JihaCooperationTimeline>(
    `<jiha-cooperation-timeline ${attrs(lang, dir)} today="2026-01-16" time-zone="Africa/Casablanca" ${extra}></jiha-cooperation-timeline>`,
  );
  element.data = data ?? cooperation();
  return ready(element, (timeline) => timeline.shadowRoot?.querySelector('li.event'), 'timeline events');
}

/** Turns the first category filter off (by its button) and waits for the announcement. */
export async function filterTimeline(element: JihaCooperationTimeline): Promise<void> {
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part=filter]')!.click();
  await until(
    () => element.shadowRoot!.querySelector('[role=status]')?.textContent?.trim(),
    3000,
    'the count announced',
  );
  await settled(element);
}

export async function cooperationTimelineStates(lang: string, dir: string): Promise<MountedState[]> {
  const filtered = await cooperationTimeline(lang, dir, 'filterable limit="4"');
  await filterTimeline(filtered);
  return [
    ['timeline vertical, two partners', await cooperationTimeline(lang, dir)],
    ['timeline vertical, filterable, one category off, limit', filtered],
    ['timeline horizontal, newest first', await cooperationTimeline(lang, dir, 'layout="horizontal" order="newest"')],
    [
      'timeline of the reference data (notes, sources, uncertain dates)',
      await cooperationTimeline(lang, dir, 'filterable', await referenceTimeline()),
    ],
    ['timeline loading', await loadingState('jiha-cooperation-timeline', lang, dir)],
    ['timeline error', await errorState('jiha-cooperation-timeline', lang, dir, { events: [{ title: 'no date' }] })],
  ];
}
