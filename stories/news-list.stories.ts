import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import seed from '../data/seed-article.json';
import '../src/components/news-list/define.js';
import type { NewsCardVariant } from '../src/components/news-card/define.js';
import { serveStoryFeeds } from './news-list-feeds.js';
import { pasteInSnippet } from './snippet.js';
import { attributeControls } from './controls.js';

/** The stories' args: the element's attributes by their attribute names, and the `data` property. */
interface NewsListArgs {
  src?: string;
  limit: number;
  more: boolean;
  variant: NewsCardVariant;
  heading?: string;
  label?: string;
  'heading-level': number;
  'time-zone'?: string;
  timeout: number;
  data?: unknown;
}

const LOOK = 'presentation';
const SOURCE = 'data source';

const meta = {
  title: 'Elements/News list',
  component: 'jiha-news-list',
  tags: ['autodocs'],
  decorators: [
    (story) => {
      serveStoryFeeds();
      return story();
    },
  ],
  render: (args) => html`<jiha-news-list
    src=${args.src || nothing}
    limit=${args.limit}
    ?more=${args.more}
    variant=${args.variant}
    heading=${args.heading || nothing}
    label=${args.label || nothing}
    heading-level=${args['heading-level']}
    time-zone=${args['time-zone'] || nothing}
    timeout=${args.timeout}
    .data=${args.data}
  ></jiha-news-list>`,
  args: {
    src: '/story-feeds/council.rss',
    limit: 3,
    more: true,
    variant: 'full',
    heading: 'آخر الأخبار',
    'heading-level': 2,
    'time-zone': 'Africa/Casablanca',
    timeout: 10000,
  },
  argTypes: {
    ...attributeControls(
      'jiha-news-list',
      {
        [SOURCE]: ['src', 'timeout'],
        [LOOK]: ['limit', 'more', 'variant', 'heading', 'label', 'heading-level', 'time-zone'],
      },
      {
        src: {
          description: 'A WordPress posts endpoint, an RSS, Atom or JSON Feed address, or the library’s own JSON.',
        },
        limit: { description: 'Items per page (1–50).' },
        more: { description: 'A “More news” button while there is a next page.' },
        variant: { description: 'The cards’ variant.' },
        label: { description: 'The list’s name for assistive technology when it has no heading.' },
        'heading-level': { description: 'The cards’ headlines are one level below.' },
        timeout: { control: { type: 'number', min: 1, step: 1000 } },
      },
    ),
    data: {
      control: 'object',
      description: 'Articles as an array or `{"items": […]}` (property only); wins over `src`.',
      table: { category: SOURCE },
    },
    ...Object.fromEntries(
      ['headingLevel', 'timeZone', 'jihaVersion'].map((name) => [name, { table: { disable: true } }]),
    ),
  },
  parameters: {
    docs: {
      source: {
        language: 'html',
        transform: (_code: string, { args, globals }: { args: NewsListArgs; globals: Record<string, unknown> }) =>
          pasteInSnippet({
            entry: 'news-list.js',
            tag: 'jiha-news-list',
            attributes: {
              lang: typeof globals.lang === 'string' ? globals.lang : undefined,
              src: args.src,
              limit: args.limit === 6 ? undefined : args.limit,
              more: args.more,
              variant: args.variant === 'full' ? undefined : args.variant,
              heading: args.heading,
              label: args.label,
              'heading-level': args['heading-level'] === 2 ? undefined : args['heading-level'],
              'time-zone': args['time-zone'],
            },
            data: args.data,
          }),
      },
    },
  },
} satisfies Meta<NewsListArgs>;

export default meta;
type Story = StoryObj<NewsListArgs>;

// Formats

export const Rss: Story = {
  name: 'RSS 2.0 (Arabic feed), with “more”',
  globals: { lang: 'ar' },
  parameters: {
    docs: {
      description: {
        story: 'Seven items, three a page, paged in the browser; the channel’s `language` (ar) makes each card Arabic.',
      },
    },
  },
};

export const Rss1: Story = {
  name: 'RSS 1.0 (RDF)',
  globals: { lang: 'fr' },
  args: { src: '/story-feeds/council.rdf', heading: 'Actualités', more: false },
};

export const Atom: Story = {
  name: 'Atom 1.0 (an entry per language)',
  globals: { lang: 'fr' },
  args: { src: '/story-feeds/council.atom', heading: 'Actualités', more: false },
  parameters: {
    docs: {
      description: {
        story: 'Each entry’s `xml:lang` (fr, ar, en) is its card’s language: its date and words follow it.',
      },
    },
  },
};

export const JsonFeed: Story = {
  name: 'JSON Feed 1.1 with next_url',
  globals: { lang: 'en' },
  args: { src: '/story-feeds/feed-1.json', heading: 'Latest news', limit: 2 },
  parameters: { docs: { description: { story: '“More news” follows `next_url`, two pages after the first.' } } },
};

export const WordPress: Story = {
  name: 'WordPress REST posts',
  globals: { lang: 'fr' },
  args: { src: '/story-feeds/wp-json/wp/v2/posts', heading: 'Actualités', limit: 3 },
  parameters: {
    docs: {
      description: { story: 'The list asks for `per_page=3&page=N&_embed`; `X-WP-TotalPages` says where it ends.' },
    },
  },
};

export const OwnArticles: Story = {
  name: 'The library’s own articles (data)',
  globals: { lang: 'ar' },
  args: {
    src: undefined,
    more: false,
    data: {
      items: [
        {
          headline: seed.headline,
          summary: seed.summary,
          url: seed.url,
          source: seed.source,
          dateline: seed.dateline,
          published: seed.published,
          views: seed.views,
          image: { src: 'assets/partnership.svg', alt: '' },
        },
        { headline: seed.headline_fr, url: seed.url, lang: 'fr', published: seed.published },
      ],
    },
  },
};

export const Compact: Story = {
  name: 'Compact cards',
  globals: { lang: 'ar' },
  args: { variant: 'compact', limit: 5 },
};

// States

export const Empty: Story = {
  name: 'Empty feed',
  globals: { lang: 'zgh' },
  args: { src: '/story-feeds/empty.rss', heading: 'ⵉⵏⵖⵎⵉⵙⵏ' },
  parameters: {
    docs: { description: { story: 'A feed without items says “No news yet” in the UI language: not an error.' } },
  },
};

export const NotAFeed: Story = {
  name: 'Error: an HTML page',
  globals: { lang: 'fr' },
  args: { src: '/story-feeds/login.html' },
  parameters: {
    docs: {
      description: {
        story: 'The address answers with a web page (a login page): `unsupported-format`, in the error box.',
      },
    },
  },
};

export const FailedNextPage: Story = {
  name: 'Next page fails',
  globals: { lang: 'fr' },
  args: { src: '/story-feeds/broken-next.json', heading: 'Actualités', limit: 1 },
  parameters: {
    docs: {
      description: {
        story:
          'Press “More news”: the next page answers 503; what is shown stays, a line says so, and “Try again” asks again.',
      },
    },
  },
};

export const PageList: Story = {
  name: 'The page’s own list (fallback)',
  globals: { lang: 'fr' },
  render: () => html`<jiha-news-list heading="Actualités">
    <ul>
      <li><a href="https://www.example.ma/a">Visite d’une délégation</a> <time datetime="2026-01-17">17 janvier 2026</time></li>
      <li><a href="https://www.example.ma/b">Session ordinaire du conseil</a> <time datetime="2026-01-05">5 janvier 2026</time></li>
    </ul>
  </jiha-news-list>`,
  parameters: {
    docs: {
      description: {
        story:
          'Without `src`, the light-DOM list is the data; with `src` it is what shows before the script runs and beside an error.',
      },
    },
  },
};

export const Phone: Story = {
  name: 'On a phone (360 px)',
  decorators: [(story) => html`<div style="inline-size: 360px">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        story:
          'The list in a phone-wide column: one spacing between heading, cards and button, and “More news” as wide as the list and 44 px tall, for a thumb. Under a wider list the button is centred.',
      },
    },
  },
};
