/**
 * Issue 7, hostile input: every XSS payload and naughty string in every
 * text and URL field of <jiha-geopark-map>: GeoJSON `name`, `summary`,
 * `region`, `url` through `data`, inline JSON (application/json and
 * application/geo+json) and `src`, shown in the list, the markers' names,
 * the feature and cluster popups; and the attributes `attribution`, `tiles`,
 * `selected`, `regions`, `center`. Nothing runs, nothing throws, text is text.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import type { GeoparkFeature } from '../../../src/components/geopark-map/places/geopark-model.js';
import { clusterContent, popupContent } from '../../../src/components/geopark-map/view/map-popups.js';
import type { LanguageContext } from '../../../src/i18n/language.js';
import { settled, until } from '../../support/helpers.js';
import {
  allowedUrl,
  appendInlineJson,
  auditTree,
  auditWidget,
  buildDocument,
  describeHostileInput,
  documentUrl,
  expectNothingCaught,
  fold,
  pause,
  timesShown,
  useSrc,
  type DocumentShape,
  type PathCase,
  type Payload,
} from '../../support/hostile-input-helpers.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';
const FEATURES = 100;

const geoJson: DocumentShape = (fill) => ({
  type: 'FeatureCollection',
  features: fill.each((p, i) => ({
    type: 'Feature',
    id: `f${i}`,
    geometry: { type: 'Point', coordinates: [-6.5, 31.5] },
    properties: { name: p, summary: p, region: p, url: p, status: 'national' },
  })),
});

/** What the element renders in popups, called as Leaflet calls it (private members, reached for the test). */
interface MapInternals {
  model?: { features: GeoparkFeature[] };
  language: LanguageContext;
}

function map(container: HTMLElement, setup: (element: JihaGeoparkMap) => void): JihaGeoparkMap {
  const element = document.createElement('jiha-geopark-map') as JihaGeoparkMap;
  element.lang = 'fr';
  element.setAttribute('tiles', TILES);
  element.toggleAttribute('list', true);
  element.style.setProperty('height', '180px');
  element.style.setProperty('display', 'block');
  setup(element);
  container.append(element);
  return element;
}

const markers = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.jiha-marker')];

async function check(element: Element, payloads: Payload[]): Promise<void> {
  const root = element.shadowRoot!;
  // The list: each name and region as text.
  for (const { text } of payloads)
    if (fold(text) !== '')
      expect(
        timesShown(root.querySelector('[part=list]')!, text),
        `${JSON.stringify(text)} in the list`,
      ).to.be.at.least(2);
  // The markers (Leaflet loaded): every feature on one, named by an aria-label.
  await until(() => markers(element).length > 0, 15000, 'markers');
  const onMarkers = new Set(markers(element).flatMap((marker) => (marker.dataset.ids ?? '').split(' ')));
  expect(onMarkers.size, 'every feature on a marker').to.equal(payloads.length);
  // Popups: a feature's (name, region, summary, link) and a cluster's (names).
  const internals = element as unknown as MapInternals;
  const features = internals.model!.features;
  const { language } = internals;
  const cluster = clusterContent(
    features,
    language,
    () => {},
    () => {},
  );
  expect(auditTree(cluster)).to.deep.equal([]);
  features.forEach((feature, index) => {
    const parent = features.find((candidate) => candidate.id === feature.parent);
    const popup = popupContent(feature, parent, language, () => {});
    const { text } = payloads[index];
    expect(auditTree(popup), text).to.deep.equal([]);
    if (fold(text) !== '') {
      expect(timesShown(popup, text), `${JSON.stringify(text)} in the popup`).to.be.at.least(3);
      expect(timesShown(cluster, text), `${JSON.stringify(text)} in the cluster popup`).to.be.at.least(1);
    }
    for (const link of popup.querySelectorAll('a'))
      expect(allowedUrl(link.getAttribute('href')!), link.getAttribute('href')!).to.equal(true);
  });
}

const dataPaths = (['data', 'inline application/json', 'inline application/geo+json', 'src'] as const).map(
  (path): PathCase => ({
    path,
    fields: 4, // name, summary, region, url
    perWidget: FEATURES,
    mount: (container, payloads) =>
      map(container, (element) => {
        if (path === 'data') element.data = buildDocument(geoJson, payloads);
        else if (path === 'src') useSrc(element, documentUrl(geoJson, payloads));
        else appendInlineJson(element, buildDocument(geoJson, payloads), path.slice('inline '.length));
      }),
    // An empty name is a missing name.
    expected: (payloads) => (payloads.some(({ text }) => text === '') ? 'error:invalid-data' : 'ready'),
    check,
  }),
);

describeHostileInput('geopark-map', dataPaths, {
  widgetsAtOnce: 3,
  titlePrefix: 'GeoJSON through ',
  pathCount: dataPaths.length + 2,
  testsAfter: (suite) => {
    it('real popups opened by `selected` show our own payloads as text', async () => {
      const own = suite.payloads.filter((payload) => payload.list === 'trap' || payload.index < 20);
      const container = document.createElement('div');
      container.setAttribute('data-test-host', '');
      document.body.append(container);
      const element = map(container, (map) => {
        map.data = {
          type: 'FeatureCollection',
          // Far apart: one marker each, no clusters.
          features: own.map(({ text }, index) => ({
            type: 'Feature',
            id: `f${index}`,
            geometry: { type: 'Point', coordinates: [-17 + (index % 10) * 3, 21 + Math.floor(index / 10) * 3] },
            properties: { name: text || 'empty', summary: text, url: text },
          })),
        };
      });
      await until(() => markers(element).length === own.length, 15000, 'one marker per feature');
      for (const [index, { text }] of own.entries()) {
        element.selected = `f${index}`;
        const name = () =>
          element.shadowRoot!.querySelector('.leaflet-popup .popup .popup-name')?.textContent ?? '(no popup)';
        await until(() => fold(name()) === fold(text || 'empty'), 5000, `the popup of ${JSON.stringify(text)}`).catch(
          () => {
            throw new Error(`the popup of ${JSON.stringify(text)} shows ${JSON.stringify(name())}`);
          },
        );
        expect(
          auditWidget(element, () => false),
          text,
        ).to.deep.equal([]);
      }
      await pause(50);
      container.remove();
      suite.tried += own.length * 3;
      expectNothingCaught(suite.traps.caught());
    });

    it('attributes: attribution, selected, regions, center, then tiles, one payload after another on one map', async () => {
      const container = document.createElement('div');
      container.setAttribute('data-test-host', '');
      document.body.append(container);
      const element = map(container, () => {});
      await until(() => markers(element).length > 0, 15000, 'the default geoparks');
      for (const { text } of suite.payloads) {
        for (const name of ['attribution', 'selected', 'regions', 'center']) element.setAttribute(name, text);
        await settled(element);
        expect(auditWidget(element), text).to.deep.equal([]);
        const credit = element.shadowRoot!.querySelector('[part=attribution]');
        if (fold(text) !== '') expect(timesShown(credit!, text), `${JSON.stringify(text)} as the credit`).to.equal(1);
      }
      for (const name of ['attribution', 'selected', 'regions', 'center']) element.removeAttribute(name);
      for (const [index, { text }] of suite.payloads.entries()) {
        element.setAttribute('tiles', text);
        await settled(element);
        // Tiles load as <img>: only allowed URLs; every 50, let them load and check them.
        if (index % 50 === 0) await pause(30);
        expect(auditWidget(element), text).to.deep.equal([]);
      }
      container.remove();
      suite.tried += suite.payloads.length * 5;
      await pause(50);
      expectNothingCaught(suite.traps.caught());
    });
  },
});
