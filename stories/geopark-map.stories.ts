import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/geopark-map/define.js';
import { pasteInSnippet } from './snippet.js';

/**
 * The stories use no network beyond the default tile server (OpenStreetMap):
 * "Regions only" draws the region shapes that ship with the library, and
 * "Dead tiles" points at a path this Storybook does not serve.
 */
interface GeoparkMapArgs {
  regions?: string;
  selected?: string;
  tiles?: string;
  attribution?: string;
  center?: string;
  zoom?: number;
  list: boolean;
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
      properties: { id: 'example-point', name: { en: 'Example national geopark', fr: 'Géoparc national (exemple)', ar: 'جيوبارك وطني (مثال)', zgh: 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵏⴰⵎⵓⵔ (ⴰⵎⴷⵢⴰ)' }, status: 'national', region: 'fes-meknes' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[-5.6, 33.2], [-4.9, 33.2], [-4.9, 33.7], [-5.6, 33.7], [-5.6, 33.2]]] },
      properties: { id: 'example-area', name: { en: 'Example aspiring area', fr: 'Zone candidate (exemple)', ar: 'منطقة مرشحة (مثال)', zgh: 'ⵜⴰⵎⵏⴰⴹⵜ ⵉⵙⵓⵜⵔⵏ (ⴰⵎⴷⵢⴰ)' }, status: 'aspiring', areaKm2: 3000, region: 'MA-03' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[-7.2, 31.0], [-6.8, 31.0], [-6.8, 31.3], [-7.2, 31.0]]],
          [[[-6.6, 30.7], [-6.2, 30.7], [-6.2, 31.0], [-6.6, 30.7]]],
        ],
      },
      properties: { id: 'example-multi', name: 'Example two-part site', status: 'site', summary: 'Two separate areas of one site.' },
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
 * Morocco's two geoparks and their sites, on OpenStreetMap tiles, both regions outlined.
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
