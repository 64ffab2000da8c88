/**
 * The elements and variants the WCAG geometry checks measure (issue 23),
 * mounted in a language and direction: the news card's three variants, the
 * news list with "more", the badge's three variants and its open details,
 * the map asking before tiles with a popup open, and the timeline vertical
 * and horizontal. Each state names what its parts are allowed by their
 * nature (`ignore`): a map's markers and tiles run off the map as it pans.
 */
import type { JihaGeoparkMap } from '../../src/index.js';
import { CONSENT_KEY, setConsent } from '../../src/components/geopark-map/tiles/tile-consent.js';
import {
  cooperationTimeline,
  geoparkMap,
  isoBadge,
  mapPopup,
  newsCard,
  openSealDetails,
  referenceTimeline,
} from './fixtures.js';
import { mountList } from '../components/news-list/helpers.js';
import { settled, until } from '../support/helpers.js';
import { engine } from '../support/engine.js';
import { setViewport } from '../support/viewport.js';

export type ElementName = 'news-card' | 'news-list' | 'iso-badge' | 'geopark-map' | 'cooperation-timeline';

/** One state of one element: what it is, the element, and the parts the text checks leave out. */
export interface WcagState {
  what: string;
  element: Element;
  ignore?: string;
}

/** What a map draws in panes that move under its viewport: whole by panning, not by reflow. */
export const MAP_MOVING_PANES = '.leaflet-map-pane > :not(.leaflet-popup-pane)';

/** The languages and directions each element is measured in: Arabic and French always, English and Tamazight where cheap. */
export const SIDES: Record<ElementName, ReadonlyArray<readonly [string, string]>> = {
  'news-card': [
    ['ar', 'rtl'],
    ['fr', 'ltr'],
    ['zgh', 'ltr'],
    ['en', 'ltr'],
  ],
  'news-list': [
    ['ar', 'rtl'],
    ['fr', 'ltr'],
  ],
  'iso-badge': [
    ['ar', 'rtl'],
    ['fr', 'ltr'],
    ['zgh', 'ltr'],
  ],
  'geopark-map': [
    ['ar', 'rtl'],
    ['fr', 'ltr'],
  ],
  'cooperation-timeline': [
    ['ar', 'rtl'],
    ['fr', 'ltr'],
    ['zgh', 'ltr'],
  ],
};

/** A map as a first visit shows it: the question before the default tiles from another host, and a place's popup open from its list entry. */
export async function mapWithConsentAndPopup(lang: string, dir: string): Promise<JihaGeoparkMap> {
  localStorage.removeItem(CONSENT_KEY);
  setConsent('tile.openstreetmap.org', false);
  const map = await geoparkMap(lang, dir, 'tiles="" list');
  await until(() => map.shadowRoot!.querySelector('[part="consent-button"]'), 15000, 'the consent question');
  map.shadowRoot!.querySelector<HTMLButtonElement>('.list li[data-id="mgoun"] button')!.click();
  await until(() => mapPopup(map), 5000, 'the popup');
  await settled(map);
  return map;
}

/** Every state of `name` in `lang` and `dir`. */
export async function wcagStates(name: ElementName, lang: string, dir: string): Promise<WcagState[]> {
  switch (name) {
    case 'news-card': {
      const states: WcagState[] = [];
      for (const variant of ['full', 'compact', 'horizontal'])
        states.push({ what: `card ${variant}`, element: await newsCard(lang, dir, variant) });
      return states;
    }
    case 'news-list': {
      const { list } = await mountList(
        `lang="${lang}" dir="${dir}" src="/fixture/feed/council.rss" heading="News" limit="3" more`,
      );
      await until(() => list.shadowRoot!.querySelector('button[part~="more"]'), 5000, '"more"');
      for (const card of list.shadowRoot!.querySelectorAll('jiha-news-card')) await settled(card);
      return [{ what: 'list with "more"', element: list }];
    }
    case 'iso-badge': {
      const states: WcagState[] = [];
      for (const variant of ['inline', 'card'])
        states.push({ what: `badge ${variant}`, element: await isoBadge(lang, dir, variant, 'expiring') });
      const open = await isoBadge(lang, dir, 'seal', 'valid');
      await openSealDetails(open);
      states.push({ what: 'badge seal, details open', element: open });
      return states;
    }
    case 'geopark-map':
      return [
        {
          what: 'map asking before tiles, a popup open',
          element: await mapWithConsentAndPopup(lang, dir),
          ignore: MAP_MOVING_PANES,
        },
      ];
    case 'cooperation-timeline':
      return [
        {
          what: 'timeline vertical (reference data)',
          element: await cooperationTimeline(lang, dir, 'filterable', await referenceTimeline()),
        },
        { what: 'timeline horizontal', element: await cooperationTimeline(lang, dir, 'layout="horizontal"') },
      ];
  }
}

export const ELEMENTS: ElementName[] = ['news-card', 'news-list', 'iso-badge', 'geopark-map', 'cooperation-timeline'];

/**
 * A page `width` CSS px wide, 640 tall: the viewport itself, except in
 * WebKitGTK under 447 px (its window gets no narrower): there a wider
 * window whose body is as wide as that page's would be (8 px margins).
 */
export async function pageOfWidth(width: number): Promise<void> {
  const narrow = engine === 'webkit' && width < 447;
  await setViewport({ width: narrow ? 800 : width, height: 640 });
  document.body.style.inlineSize = narrow ? `${width - 16}px` : '';
}

/** Back to the page's own width. */
export function endPageWidth(): void {
  document.body.style.inlineSize = '';
}
