import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/geopark-map/define.js';
import { pasteInSnippet } from './snippet.js';

/**
 * The stories use no network beyond the default tile server (OpenStreetMap),
 * and that only after "Show the street map" (or in "Consent granted"):
 * "Regions only" draws the region shapes that ship with the library, and
 * "Dead tiles" points at a path this Storybook does not serve. The answer to
 * the question is remembered in this browser (`localStorage`,
 * `jiha-tiles-consent`): "Hide the street map" asks again.
 */
interface GeoparkMapArgs {
  regions?: string;
  selected?: string;
  tiles?: string;
  attribution?: string;
  center?: string;
  zoom?: number;
  list: boolean;
  tilesConsent?: 'granted';
  gestureHandling?: 'off';
  src?: string;
  data?: unknown;
  lang?: string;
  dir?: string;
}

/** A custom collection: a point, a polygon and a multipolygon (made-up shapes, for the demo). */
const customGeoJson = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-4.0, 34.1] },
      properties: {
        id: 'example-point',
        name: {
          en: 'Example national geopark',
          fr: 'Géoparc national (exemple)',
          ar: 'جيوبارك وطني (مثال)',
          zgh: 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵏⴰⵎⵓⵔ (ⴰⵎⴷⵢⴰ)',
        },
        status: 'national',
        region: 'fes-meknes',
      },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-5.6, 33.2],
            [-4.9, 33.2],
            [-4.9, 33.7],
            [-5.6, 33.7],
            [-5.6, 33.2],
          ],
        ],
      },
      properties: {
        id: 'example-area',
        name: {
          en: 'Example aspiring area',
          fr: 'Zone candidate (exemple)',
          ar: 'منطقة مرشحة (مثال)',
          zgh: 'ⵜⴰⵎⵏⴰⴹⵜ ⵉⵙⵓⵜⵔⵏ (ⴰⵎⴷⵢⴰ)',
        },
        status: 'aspiring',
        areaKm2: 3000,
        region: 'MA-03',
      },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [-7.2, 31.0],
              [-6.8, 31.0],
              [-6.8, 31.3],
              [-7.2, 31.0],
            ],
          ],
          [
            [
              [-6.6, 30.7],
              [-6.2, 30.7],
              [-6.2, 31.0],
              [-6.6, 30.7],
            ],
          ],
        ],
      },
      properties: {
        id: 'example-multi',
        name: 'Example two-part site',
        status: 'site',
        summary: 'Two separate areas of one site.',
      },
    },
  ],
};

const meta: Meta<GeoparkMapArgs> = {
  title: 'Elements/Geopark map',
  component: 'jiha-geopark-map',
  tags: ['autodocs'],
  args: { list: false },
  argTypes: {
    regions: { control: 'text', description: 'Region ids or ISO codes (MA-01 … MA-12), space-separated' },
    selected: { control: 'select', options: [undefined, 'mgoun', 'chefchaouen', 'ouzoud', 'imi-n-ifri'] },
    tiles: { control: 'text', description: 'Tile URL template, or `none`' },
    attribution: { control: 'text' },
    center: { control: 'text', description: '`lat,lng`' },
    zoom: { control: { type: 'number', min: 3, max: 18 } },
    list: { control: 'boolean' },
    tilesConsent: {
      control: 'select',
      options: [undefined, 'granted'],
      description: '`granted`: the site already asked (no question before tiles from another host)',
    },
    gestureHandling: {
      control: 'select',
      options: [undefined, 'off'],
      description: '`off`: the wheel zooms and one finger pans (Leaflet’s own)',
    },
    src: { control: 'text' },
    data: { control: 'object' },
    lang: { control: 'select', options: [undefined, 'ar', 'fr', 'en', 'zgh'] },
    dir: { control: 'select', options: [undefined, 'rtl', 'ltr'] },
  },
  render: (args) => html`<jiha-geopark-map
    lang=${args.lang ?? nothing}
    dir=${args.dir ?? nothing}
    regions=${args.regions ?? nothing}
    selected=${args.selected ?? nothing}
    tiles=${args.tiles ?? nothing}
    attribution=${args.attribution ?? nothing}
    center=${args.center ?? nothing}
    zoom=${args.zoom ?? nothing}
    src=${args.src ?? nothing}
    tiles-consent=${args.tilesConsent ?? nothing}
    gesture-handling=${args.gestureHandling ?? nothing}
    ?list=${args.list}
    .data=${args.data}
  ></jiha-geopark-map>`,
  parameters: {
    docs: {
      source: {
        language: 'html',
        // "Show code" gives the HTML to paste into a page or a CMS: the `data` property becomes inline GeoJSON.
        transform: (_code: string, { args, globals }: { args: GeoparkMapArgs; globals: Record<string, unknown> }) =>
          pasteInSnippet({
            entry: 'geopark-map.js',
            tag: 'jiha-geopark-map',
            attributes: {
              lang: args.lang ?? (typeof globals.lang === 'string' ? globals.lang : undefined),
              dir: args.dir,
              regions: args.regions,
              selected: args.selected,
              tiles: args.tiles,
              attribution: args.attribution,
              center: args.center,
              zoom: args.zoom,
              list: args.list,
              'tiles-consent': args.tilesConsent,
              'gesture-handling': args.gestureHandling,
              src: args.src,
            },
            data: args.src ? undefined : args.data,
          }),
      },
    },
  },
};
export default meta;

type Story = StoryObj<GeoparkMapArgs>;

/**
 * Morocco's two geoparks and their sites, both regions outlined, on OpenStreetMap tiles once the
 * visitor presses "Show the street map" (until then, the region shapes are the basemap).
 * Country-wide, sites too close to stand apart are one cluster marker with their count:
 * Enter or a click lists its places; choosing one zooms to where it stands alone.
 */
export const Default: Story = { args: { regions: 'tanger-tetouan-al-hoceima beni-mellal-khenifra' } };

/** No tiles: the 12 regions shipped with the library are the basemap; two are highlighted. */
export const RegionsOnly: Story = { args: { tiles: 'none', regions: 'MA-01 MA-05' } };

/** A custom FeatureCollection from the `data` property: a point, a polygon and a multipolygon. */
export const CustomGeoJson: Story = { args: { data: customGeoJson, tiles: 'none', regions: 'fes-meknes' } };

/** Arabic, right to left: the zoom buttons on the right (inline-start), the list on the left. */
export const Rtl: Story = { args: { lang: 'ar', dir: 'rtl', list: true, regions: 'MA-01 MA-05' } };

/** Tiles that cannot load: a one-line notice, and the map keeps working on the region shapes. */
export const DeadTiles: Story = { args: { tiles: '/no-tiles-here/{z}/{x}/{y}.png', list: true } };

/** The list beside the map: each button flies to its geopark and opens the popup. */
export const List: Story = { args: { list: true, selected: 'chefchaouen', tiles: 'none', regions: 'MA-01 MA-05' } };

/**
 * Before tiles from another host: the region shapes as the basemap, and a bar under the map (never
 * over it) with a sentence naming the tile host and one button. Pressing it loads the tiles,
 * remembers the answer for that host, and moves focus to "Hide the street map", beside the credits,
 * which goes back (and asks again next time). Both are announced.
 */
export const ConsentQuestion: Story = { args: { lang: 'fr' } };

/** A phone's width (a 320 px page): the question's sentence wraps and its button goes under it, in the bar under the map. */
const onAPhone: Story['render'] = (args, context) =>
  html`<div style="inline-size: 304px">${meta.render!(args, context)}</div>`;

/** The question on a 320 px phone, in Arabic: a bar under the drawing area, M'Goun and every marker in view above it. */
export const ConsentBarOnAPhone: Story = { args: { lang: 'ar' }, render: onAPhone };

/**
 * A popup on a 320 px phone: as wide as the map less its edges, below the zoom buttons, its close
 * button in view; what does not fit scrolls inside it (and takes focus, so the keyboard scrolls it).
 */
export const PopupOnAPhone: Story = { args: { lang: 'fr', selected: 'chefchaouen', tiles: 'none' }, render: onAPhone };

/**
 * `selected` from the start: the map starts at the place within its region (the whole region fits the
 * view), its popup open. Here a site of M'Goun, in Béni Mellal-Khénifra; it may stand in a cluster,
 * which its popup points at.
 */
export const PreSelected: Story = { args: { lang: 'fr', selected: 'ouzoud', tiles: 'none' } };

/** The key under the map: each status of the data by its sign (shape and fill, not colour alone) and a group of places. */
export const Legend: Story = {
  args: {
    tiles: 'none',
    data: {
      ...customGeoJson,
      features: [
        ...customGeoJson.features,
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-6.5694, 31.9669] },
          properties: { id: 'example-unesco', name: 'Example UNESCO Global Geopark', status: 'unesco-global-geopark' },
        },
      ],
    },
  },
};

/** `tiles-consent="granted"`: the site already asked its visitors (in its cookie banner): tiles at once, no question. */
export const ConsentGranted: Story = { args: { tilesConsent: 'granted', regions: 'MA-05' } };

/** Where a plain wheel over the map goes: a page scrolls on, and the hint says Ctrl (⌘) + scroll zooms. */
const wheelOverMap = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const element = canvasElement.querySelector('jiha-geopark-map')!;
  for (let tries = 0; tries < 100 && !element.shadowRoot?.querySelector('.leaflet-container'); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
  element.shadowRoot
    ?.querySelector('.map')
    ?.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true }));
};

/**
 * The page keeps scrolling: a plain wheel over the map scrolls the page and shows a short hint
 * (Ctrl or ⌘ + wheel zooms); on touch, one finger scrolls the page and two fingers move the map.
 * The story shows the wheel hint once on load; scroll over the map to see it again.
 */
export const GestureHints: Story = {
  args: { lang: 'ar', dir: 'rtl', tiles: 'none' },
  render: (args, context) =>
    html`<p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p>${meta.render!(args, context)}<p>${'Lorem ipsum dolor sit amet. '.repeat(80)}</p>`,
  play: wheelOverMap,
};

/** `gesture-handling="off"`: Leaflet's own behaviour, for a map that fills the page (the wheel zooms, one finger pans). */
export const GestureHandlingOff: Story = { args: { gestureHandling: 'off', tiles: 'none' } };
