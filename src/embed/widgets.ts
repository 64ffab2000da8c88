/**
 * The four widgets as the embed page and the snippet builder see them: the
 * content attributes each accepts (from the contract), with the kind of value
 * so that the builder can validate as the editor types and the embed page can
 * refuse an attribute the element does not have (a typo in a CMS).
 */
export type FieldKind =
  'text' | 'url' | 'image' | 'date' | 'number' | 'standard' | 'choice' | 'boolean' | 'regions' | 'center' | 'tiles';

export interface FieldSpec {
  /** The attribute name (also the query parameter of embed.html). */
  readonly name: string;
  readonly kind: FieldKind;
  /** The allowed values of a `choice`. */
  readonly choices?: readonly string[];
  /** Bounds of a `number`. */
  readonly min?: number;
  readonly max?: number;
}

export interface WidgetSpec {
  /** The name used in `?widget=` and in the file `dist/<name>.js`. */
  readonly name: WidgetName;
  readonly tag: string;
  readonly fields: readonly FieldSpec[];
  /** A height (px) for the iframe when the host runs no resizer script. */
  readonly fallbackHeight: number;
  /** Reads pasted CSV too (`<script type="text/csv">`, the embed's `csv` parameter). */
  readonly csv?: boolean;
}

export type WidgetName = 'news-card' | 'iso-badge' | 'geopark-map' | 'cooperation-timeline' | 'news-list';

const text = (name: string): FieldSpec => ({ name, kind: 'text' });
const url = (name: string): FieldSpec => ({ name, kind: 'url' });
const date = (name: string): FieldSpec => ({ name, kind: 'date' });

export const WIDGETS: readonly WidgetSpec[] = [
  {
    name: 'news-card',
    tag: 'jiha-news-card',
    fallbackHeight: 460,
    fields: [
      text('headline'),
      text('summary'),
      url('href'),
      { name: 'image', kind: 'image' },
      text('image-alt'),
      text('source'),
      text('dateline'),
      text('author'),
      date('published'),
      { name: 'views', kind: 'number', min: 0 },
      text('time-zone'),
      { name: 'variant', kind: 'choice', choices: ['full', 'compact', 'horizontal'] },
      { name: 'heading-level', kind: 'number', min: 2, max: 6 },
      { name: 'structured-data', kind: 'boolean' },
    ],
  },
  {
    name: 'iso-badge',
    tag: 'jiha-iso-badge',
    fallbackHeight: 320,
    fields: [
      { name: 'standard', kind: 'standard' },
      { name: 'edition', kind: 'number', min: 1947, max: 2100 },
      text('holder'),
      text('certificate'),
      text('issuer'),
      text('accreditation'),
      date('issued'),
      date('expires'),
      text('scope'),
      { name: 'status', kind: 'choice', choices: ['suspended', 'withdrawn'] },
      url('verify-url'),
      { name: 'variant', kind: 'choice', choices: ['seal', 'inline', 'card'] },
      { name: 'structured-data', kind: 'boolean' },
    ],
  },
  {
    name: 'geopark-map',
    tag: 'jiha-geopark-map',
    fallbackHeight: 520,
    csv: true,
    fields: [
      { name: 'regions', kind: 'regions' },
      text('selected'),
      { name: 'tiles', kind: 'tiles' },
      text('attribution'),
      { name: 'center', kind: 'center' },
      { name: 'zoom', kind: 'number', min: 0, max: 19 },
      { name: 'list', kind: 'boolean' },
      { name: 'tiles-consent', kind: 'choice', choices: ['granted'] },
      { name: 'gesture-handling', kind: 'choice', choices: ['off'] },
    ],
  },
  {
    name: 'cooperation-timeline',
    tag: 'jiha-cooperation-timeline',
    fallbackHeight: 640,
    csv: true,
    fields: [
      { name: 'layout', kind: 'choice', choices: ['vertical', 'horizontal'] },
      { name: 'filterable', kind: 'boolean' },
      { name: 'order', kind: 'choice', choices: ['oldest', 'newest'] },
      { name: 'limit', kind: 'number', min: 1 },
      text('time-zone'),
    ],
  },
  {
    name: 'news-list',
    tag: 'jiha-news-list',
    fallbackHeight: 900,
    fields: [
      { name: 'limit', kind: 'number', min: 1, max: 50 },
      { name: 'more', kind: 'boolean' },
      { name: 'variant', kind: 'choice', choices: ['full', 'compact', 'horizontal'] },
      text('heading'),
      text('label'),
      { name: 'heading-level', kind: 'number', min: 2, max: 6 },
      text('time-zone'),
    ],
  },
];

/** Attributes every widget takes besides its own. */
export const COMMON_FIELDS: readonly FieldSpec[] = [url('src'), { name: 'timeout', kind: 'number', min: 1 }];

export function widgetByName(name: string | null): WidgetSpec | undefined {
  return WIDGETS.find((widget) => widget.name === name || widget.tag === name);
}

/** The region ids of the contract (and their ISO 3166-2 codes, accepted too). */
export const REGION_IDS = [
  'tanger-tetouan-al-hoceima',
  'oriental',
  'fes-meknes',
  'rabat-sale-kenitra',
  'beni-mellal-khenifra',
  'casablanca-settat',
  'marrakech-safi',
  'draa-tafilalet',
  'souss-massa',
  'guelmim-oued-noun',
  'laayoune-sakia-el-hamra',
  'dakhla-oued-ed-dahab',
];
