import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import shared from '../data/timeline.json';
import '../src/components/cooperation-timeline/define.js';
import type { TimelineLayout } from '../src/components/cooperation-timeline/define.js';
import { pasteInSnippet } from './snippet.js';
import { attributeControls } from './controls.js';

/** The stories' args: the element's attributes by their attribute names, and the `data` property. */
interface TimelineArgs {
  layout: TimelineLayout;
  filterable: boolean;
  order: 'oldest' | 'newest';
  limit?: number;
  'time-zone'?: string;
  'structured-data': boolean;
  today?: string;
  src?: string;
  data?: unknown;
}

/** Tanger-Tétouan-Al Hoceïma's own events from the shared file, in the library's format, with one partner. */
const ttaOnly = {
  partners: [
    {
      id: 'MA-01',
      name: { fr: 'Tanger-Tétouan-Al Hoceïma', ar: 'طنجة تطوان الحسيمة', zgh: 'ⵟⴰⵏⵊ-ⵟⵉⵜⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ' },
      color: '#0b6e4f',
    },
  ],
  events: shared.events
    .filter((event) => event.region === 'MA-01')
    .map((event) => ({
      date: event.date,
      precision: event.precision,
      certainty: event.certainty,
      title: { en: event.title_en, fr: event.title_fr, ar: event.title_ar },
      category: { ogp: 'open-government', iso: 'certification' }[event.category] ?? event.category,
      partners: ['MA-01'],
      url: event.sources[0],
    })),
};

/** A TimelineJS file as Knight Lab's editor exports it: HTML in the texts, groups, dates as objects. */
const timelineJs = {
  title: { text: { headline: 'Béni Mellal-Khénifra × Tanger-Tétouan-Al Hoceïma' } },
  events: [
    {
      start_date: { year: 2020, month: 10 },
      text: {
        headline: 'TTA rejoint <em>OGP Local</em>',
        text: '<p>Première entité de la région MENA dans le programme.</p>',
      },
      group: 'open-government',
    },
    {
      start_date: { year: 2022, month: 5, day: 17 },
      text: { headline: 'Béni Mellal-Khénifra sélectionnée', text: '<p>28 nouveaux membres, 18 pays.</p>' },
      group: 'open-government',
    },
    {
      start_date: { year: 2023, month: 12, day: 28 },
      end_date: { year: 2024, month: 3, day: 7 },
      text: { headline: 'Certification ISO du conseil de TTA', text: 'ISO 9001, 14001 &amp; 45001' },
      group: 'Qualité',
    },
    {
      start_date: { year: 2026, month: 1, day: 17, hour: 20, minute: 22 },
      text: { headline: 'Article de <b>Sada Al Maghrib</b>' },
      group: 'digital',
    },
  ],
};

/** 5,000 generated events over 125 years, both partners, joint and context events. */
function manyEvents(count: number): unknown {
  const categories = ['visit', 'agreement', 'certification', 'open-government', 'digital', 'geopark', 'other'];
  const partners = [['bmk'], ['tta'], ['bmk', 'tta'], []];
  return {
    partners: [
      { id: 'bmk', name: { fr: 'Béni Mellal-Khénifra', ar: 'بني ملال-خنيفرة' } },
      { id: 'tta', name: { fr: 'Tanger-Tétouan-Al Hoceïma', ar: 'طنجة تطوان الحسيمة' } },
    ],
    events: Array.from({ length: count }, (_, i) => ({
      date: `${1902 + Math.floor(i / 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: { fr: `Événement n° ${i + 1}`, ar: `الحدث رقم ${i + 1}` },
      category: categories[i % categories.length],
      partners: partners[i % partners.length],
    })),
  };
}

/** The timeline's shadow root once its events show (a story's play function waits for it). */
async function timelineRoot(canvasElement: HTMLElement): Promise<ShadowRoot | null | undefined> {
  const element = canvasElement.querySelector('jiha-cooperation-timeline');
  for (let tries = 0; tries < 100 && !element?.shadowRoot?.querySelector('li.event'); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return element?.shadowRoot;
}

/** A story's description on its docs page. */
const described = (story: string) => ({ docs: { description: { story } } });

const LOOK = 'presentation';
const SOURCE = 'data source';

const meta = {
  title: 'Elements/Cooperation timeline',
  component: 'jiha-cooperation-timeline',
  tags: ['autodocs'],
  render: (args) => html`<jiha-cooperation-timeline
    layout=${args.layout}
    ?filterable=${args.filterable}
    order=${args.order}
    limit=${args.limit ?? nothing}
    time-zone=${args['time-zone'] || nothing}
    ?structured-data=${args['structured-data']}
    today=${args.today || nothing}
    src=${args.src || nothing}
    .data=${args.data}
  ></jiha-cooperation-timeline>`,
  args: {
    layout: 'vertical',
    filterable: false,
    order: 'oldest',
    'time-zone': 'Africa/Casablanca',
    'structured-data': false,
    data: shared,
  },
  argTypes: {
    ...attributeControls(
      'jiha-cooperation-timeline',
      {
        [LOOK]: ['layout', 'filterable', 'order', 'limit', 'time-zone', 'structured-data', 'today'],
        [SOURCE]: ['src'],
      },
      {
        limit: { description: 'Show the newest N events, with a "show all" button.' },
        'time-zone': { description: 'IANA time zone for date-times; default the viewer’s own.' },
        today: { description: 'The day that splits past from upcoming events (ISO date); default today.' },
      },
    ),
    data: {
      control: 'object',
      description: 'The timeline as an object (property only); wins over inline JSON, the light-DOM list and `src`.',
      table: { category: SOURCE },
    },
    ...Object.fromEntries(
      ['structuredData', 'timeZone', 'jihaVersion', 'timeout'].map((name) => [name, { table: { disable: true } }]),
    ),
  },
  parameters: {
    docs: {
      source: {
        language: 'html',
        transform: (_code: string, { args, globals }: { args: TimelineArgs; globals: Record<string, unknown> }) =>
          pasteInSnippet({
            entry: 'cooperation-timeline.js',
            tag: 'jiha-cooperation-timeline',
            attributes: {
              lang: typeof globals.lang === 'string' ? globals.lang : undefined,
              layout: args.layout === 'vertical' ? undefined : args.layout,
              filterable: args.filterable,
              order: args.order === 'oldest' ? undefined : args.order,
              limit: args.limit,
              'time-zone': args['time-zone'],
              'structured-data': args['structured-data'],
              src: args.src,
            },
            data: args.src ? undefined : args.data,
          }),
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

export const Cooperation: Story = {
  name: 'The cooperation (both partners)',
  parameters: described(
    'The 26 sourced milestones of data/timeline.json on one unbroken line that carries the year markers: Béni Mellal-Khénifra’s events keep to the inline start, Tanger-Tétouan-Al Hoceïma’s to the end, the January 2026 visit spans both, and national and UNESCO context crosses the line as bands. Inferred dates are marked. The file’s notes for editors (`editorNote`) are never shown. Narrow the canvas to see one column with partner labels.',
  ),
};

export const OnePartner: Story = {
  name: 'One partner',
  args: { data: ttaOnly },
};

export const Horizontal: Story = {
  args: { layout: 'horizontal' },
  parameters: described(
    'A row whose cards fill the view exactly (one to four, by width) and snap, so none is cut at rest. Previous and next buttons either side of a bar that shows where the view stands; they are named in the widget’s language, mirrored in rtl, and disabled at the ends. Tab into the row, then arrow keys (mirrored in rtl), Home and End.',
  ),
};

/** Pages the row to its end, as a visitor pressing "next" would: "next" is disabled there. */
const pageToTheEnd = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const root = await timelineRoot(canvasElement);
  const next = root?.querySelector<HTMLButtonElement>('[part=next]');
  for (let tries = 0; next && tries < 40 && next.getAttribute('aria-disabled') !== 'true'; tries += 1) {
    next.click();
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
};

export const HorizontalAtTheEnd: Story = {
  name: 'Horizontal, paged to the end',
  args: { layout: 'horizontal' },
  play: pageToTheEnd,
};

export const HorizontalOnAPhone: Story = {
  name: 'Horizontal on a phone (360 px)',
  args: { layout: 'horizontal', filterable: true },
  decorators: [(story) => html`<div style="max-inline-size: 328px">${story()}</div>`],
};

export const OnAPhone: Story = {
  name: 'On a phone (360 px)',
  decorators: [(story) => html`<div style="max-inline-size: 328px">${story()}</div>`],
  parameters: described(
    'One lane: every event beside the line, partners told by their labels; context bands still cross the line.',
  ),
};

export const Filterable: Story = {
  args: { filterable: true },
  parameters: described(
    'A toggle button per category: a ticked box when its events show, an empty one when they do not (never a struck-through name, which Arabic letters hide); a screen reader hears how many events are shown.',
  ),
};

/** Switches every category off, as a visitor clicking each filter would. */
const switchEveryCategoryOff = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const root = await timelineRoot(canvasElement);
  for (const filter of root?.querySelectorAll<HTMLButtonElement>('[part=filter][aria-pressed=true]') ?? [])
    filter.click();
};

export const EveryCategoryOff: Story = {
  name: 'Filterable, every category off',
  args: { filterable: true },
  play: switchEveryCategoryOff,
  parameters: described(
    'Nothing selected: a sentence says why no event shows, and one button brings every category back.',
  ),
};

/** A dark portal: the page declares `color-scheme: dark` and paints its own dark background. */
export const DarkPage: Story = {
  name: 'On a dark page',
  args: { filterable: true },
  decorators: [(story) => html`<div style="color-scheme: dark; background: #121417; padding: 1rem">${story()}</div>`],
};

/** A dark page that declares no color-scheme: the widget stays light, and every text keeps to its own surfaces. */
export const DarkPageWithoutColorScheme: Story = {
  name: 'On a dark page that declares no color-scheme',
  args: { layout: 'horizontal' },
  decorators: [(story) => html`<div style="color-scheme: light; background: #121417; padding: 1rem">${story()}</div>`],
};

export const Limit: Story = {
  args: { limit: 5, order: 'newest' },
  parameters: described(
    'The newest five events; "show all" reveals the rest and moves focus to the first revealed event.',
  ),
};

export const LightDomList: Story = {
  name: 'Light-DOM list',
  args: { data: undefined },
  render: () => html`<jiha-cooperation-timeline time-zone="Africa/Casablanca">
    <ul data-partners>
      <li data-id="bmk">Béni Mellal-Khénifra</li>
      <li data-id="tta">Tanger-Tétouan-Al Hoceïma</li>
    </ul>
    <ol>
      <li data-category="open-government" data-partners="tta"><time datetime="2020-10">octobre 2020</time> <strong>TTA rejoint OGP Local</strong></li>
      <li data-category="open-government" data-partners="bmk"><time datetime="2022-05-17">17 mai 2022</time> <strong>Béni Mellal-Khénifra sélectionnée pour OGP Local</strong></li>
      <li data-category="certification" data-partners="tta">
        <time datetime="2023-12-28">28 décembre 2023</time>
        <strong><a href="https://www.opengovpartnership.org/">Certification ISO 9001, 14001 et 45001</a></strong>
        <p>Première collectivité territoriale certifiée au Maroc.</p>
      </li>
      <li data-category="visit" data-partners="bmk tta" data-certainty="inferred"><time datetime="2026-01-16">16 janvier 2026</time> <strong>Visite de la délégation à Tanger</strong></li>
    </ol>
  </jiha-cooperation-timeline>`,
  parameters: described(
    'A plain `<ol>` the page already has: readable before and without JavaScript; the element reads it and keeps it in the light DOM.',
  ),
};

export const TimelineJsImport: Story = {
  name: 'TimelineJS import',
  args: { data: timelineJs },
  parameters: described(
    'TimelineJS JSON: `start_date` objects at their precision, `text.text` HTML shown as plain text, `group` as the category.',
  ),
};

export const FiveThousandEvents: Story = {
  name: '5,000 events',
  args: { data: manyEvents(5000), filterable: true },
  parameters: described(
    'The first screen renders at once; the other year groups follow between frames and are laid out only near the viewport (`content-visibility: auto`).',
  ),
};
