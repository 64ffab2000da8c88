import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import shared from '../data/timeline.json';
import '../src/components/cooperation-timeline/define.js';
import type { TimelineLayout } from '../src/components/cooperation-timeline/define.js';
import { pasteInSnippet } from './snippet.js';

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
      title: { en: event.title_en, ar: event.title_ar },
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
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal'], table: { category: LOOK } },
    filterable: { control: 'boolean', table: { category: LOOK } },
    order: { control: 'inline-radio', options: ['oldest', 'newest'], table: { category: LOOK } },
    limit: {
      control: { type: 'number', min: 0 },
      description: 'Show the newest N events, with a "show all" button.',
      table: { category: LOOK },
    },
    'time-zone': {
      control: 'text',
      description: 'IANA time zone for date-times; default the viewer’s own.',
      table: { category: LOOK },
    },
    'structured-data': { control: 'boolean', table: { category: LOOK } },
    today: {
      control: 'text',
      description: 'The day that splits past from upcoming events (ISO date); default today.',
      table: { category: LOOK },
    },
    src: { control: 'text', table: { category: SOURCE } },
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
  parameters: {
    docs: {
      description: {
        story:
          'The 26 sourced milestones of data/timeline.json: Béni Mellal-Khénifra on the inline-start side, Tanger-Tétouan-Al Hoceïma on the other, the January 2026 visit in the middle, national and UNESCO context on the line. Inferred dates are marked. Narrow the canvas to see one column with partner labels.',
      },
    },
  },
};

export const OnePartner: Story = {
  name: 'One partner',
  args: { data: ttaOnly },
};

export const Horizontal: Story = {
  args: { layout: 'horizontal' },
  parameters: {
    docs: {
      description: {
        story: 'A scrollable row with scroll snap. Tab into it, then arrow keys (mirrored in rtl), Home and End.',
      },
    },
  },
};

export const Filterable: Story = {
  args: { filterable: true },
  parameters: {
    docs: { description: { story: 'A toggle button per category; a screen reader hears how many events are shown.' } },
  },
};

export const Limit: Story = {
  args: { limit: 5, order: 'newest' },
  parameters: {
    docs: {
      description: {
        story: 'The newest five events; "show all" reveals the rest and moves focus to the first revealed event.',
      },
    },
  },
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
  parameters: {
    docs: {
      description: {
        story:
          'A plain `<ol>` the page already has: readable before and without JavaScript; the element reads it and keeps it in the light DOM.',
      },
    },
  },
};

export const TimelineJsImport: Story = {
  name: 'TimelineJS import',
  args: { data: timelineJs },
  parameters: {
    docs: {
      description: {
        story:
          'TimelineJS JSON: `start_date` objects at their precision, `text.text` HTML shown as plain text, `group` as the category.',
      },
    },
  },
};

export const FiveThousandEvents: Story = {
  name: '5,000 events',
  args: { data: manyEvents(5000), filterable: true },
  parameters: {
    docs: {
      description: {
        story:
          'The first screen renders at once; the other year groups follow between frames and are laid out only near the viewport (`content-visibility: auto`).',
      },
    },
  },
};
