import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import seed from '../data/seed-article.json';
import '../src/components/news-card/define.js';
import type { NewsCardVariant } from '../src/components/news-card/define.js';
import { pasteInSnippet } from './snippet.js';
import { attributeControls } from './controls.js';

/**
 * The seed article (data/seed-article.json, bundled at build time) in the
 * card's own JSON shape, with the headline and summary in Arabic, French and
 * English, and a drawn picture so that the variants differ.
 */
const seedArticle = {
  headline: { ar: seed.headline, fr: seed.headline_fr, en: seed.headline_en },
  summary: { ar: seed.summary, fr: seed.summary_fr, en: seed.summary_en },
  url: seed.url,
  image: { src: 'assets/partnership.svg', alt: '' },
  source: seed.source,
  dateline: seed.dateline,
  author: seed.author,
  published: seed.published,
  views: seed.views,
  lang: seed.lang,
  tags: [{ ar: 'الحكامة', fr: 'Gouvernance', en: 'Governance', zgh: 'ⵜⴰⵏⴱⴰⴹⵜ' }, 'ISO 9001'],
};

/** The stories' args: the element's attributes by their attribute names, and the `data` property. */
interface NewsCardArgs {
  headline?: string;
  summary?: string;
  href?: string;
  image?: string;
  'image-alt'?: string;
  source?: string;
  dateline?: string;
  author?: string;
  published?: string;
  views?: number;
  variant: NewsCardVariant;
  'heading-level': number;
  'time-zone'?: string;
  'structured-data': boolean;
  src?: string;
  timeout: number;
  data?: unknown;
}

/** The attributes a story sets, in the order a person would write them. */
function attributesOf(args: NewsCardArgs, lang: string | undefined) {
  return {
    lang,
    variant: args.variant === 'full' ? undefined : args.variant,
    'heading-level': args['heading-level'] === 3 ? undefined : args['heading-level'],
    'time-zone': args['time-zone'],
    'structured-data': args['structured-data'],
    headline: args.headline,
    summary: args.summary,
    href: args.href,
    image: args.image,
    'image-alt': args['image-alt'],
    source: args.source,
    dateline: args.dateline,
    author: args.author,
    published: args.published,
    views: args.views,
    src: args.src,
    timeout: args.timeout === 10000 ? undefined : args.timeout,
  };
}

/** The manifest also lists these properties under their camelCase names; the attribute rows document them. */
const hiddenManifestRows: Record<string, { table: { disable: true } }> = Object.fromEntries(
  ['imageAlt', 'headingLevel', 'structuredData', 'timeZone', 'jihaVersion'].map((name) => [
    name,
    { table: { disable: true } },
  ]),
);

const CONTENT = 'content (attributes; `data`, inline JSON and `src` win over them)';
const LOOK = 'presentation';
const SOURCE = 'data source';

const meta = {
  title: 'Elements/News card',
  component: 'jiha-news-card',
  tags: ['autodocs'],
  render: (args) => html`<jiha-news-card
    variant=${args.variant}
    heading-level=${args['heading-level']}
    time-zone=${args['time-zone'] || nothing}
    ?structured-data=${args['structured-data']}
    headline=${args.headline || nothing}
    summary=${args.summary || nothing}
    href=${args.href || nothing}
    image=${args.image || nothing}
    image-alt=${args['image-alt'] ?? nothing}
    source=${args.source || nothing}
    dateline=${args.dateline || nothing}
    author=${args.author || nothing}
    published=${args.published || nothing}
    views=${args.views ?? nothing}
    src=${args.src || nothing}
    timeout=${args.timeout}
    .data=${args.data}
  ></jiha-news-card>`,
  args: {
    variant: 'full',
    'heading-level': 3,
    'time-zone': 'Africa/Casablanca',
    'structured-data': false,
    timeout: 10000,
    data: seedArticle,
  },
  argTypes: {
    ...attributeControls(
      'jiha-news-card',
      {
        [LOOK]: ['variant', 'heading-level', 'time-zone', 'structured-data'],
        [CONTENT]: [
          'headline',
          'summary',
          'href',
          'image',
          'image-alt',
          'source',
          'dateline',
          'author',
          'published',
          'views',
        ],
        [SOURCE]: ['src', 'timeout'],
      },
      {
        'time-zone': { description: 'IANA time zone for the time shown; default the viewer’s own.' },
        published: { description: 'ISO 8601, e.g. 2026-01-17T20:22:00+01:00.' },
        timeout: { control: { type: 'number', min: 1, step: 1000 } },
      },
    ),
    data: {
      control: 'object',
      description: 'The article as an object (property only); wins over inline JSON, `src` and attributes.',
      table: { category: SOURCE },
    },
    ...hiddenManifestRows,
  },
  parameters: {
    docs: {
      source: {
        language: 'html',
        // "Show code" gives the HTML to paste into a page or a CMS, not the story's Lit template.
        transform: (_code: string, { args, globals }: { args: NewsCardArgs; globals: Record<string, unknown> }) =>
          pasteInSnippet({
            entry: 'news-card.js',
            tag: 'jiha-news-card',
            attributes: attributesOf(args, typeof globals.lang === 'string' ? globals.lang : undefined),
            data: args.data,
          }),
      },
    },
  },
} satisfies Meta<NewsCardArgs>;

export default meta;
type Story = StoryObj<NewsCardArgs>;

// Variants (Arabic, right to left)

export const Full: Story = {};

export const Compact: Story = {
  args: { variant: 'compact' },
  parameters: { docs: { description: { story: 'Headline and meta line only: no image, summary or tags.' } } },
};

export const Horizontal: Story = {
  args: { variant: 'horizontal' },
  parameters: {
    docs: {
      description: {
        story: 'The image beside the text, on the inline-start side; stacked when the card is narrower than 24em.',
      },
    },
  },
};

export const BrokenImage: Story = {
  name: 'Image that fails',
  args: { data: { ...seedArticle, image: { src: 'assets/no-such-picture.png', alt: '' } } },
  decorators: [(story) => html`<div style="display: grid; gap: 1rem; max-inline-size: 24rem">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        story:
          'The image box keeps its 16:9 frame, with a quiet drawing in it, when the picture cannot be loaded (a moved file, a blocked host); beside the text (variant `horizontal`) it keeps the height of the card.',
      },
    },
  },
};

export const MetaLineWrapping: Story = {
  name: 'Meta line at narrow widths',
  render: (args) =>
    html`${[200, 260, 320].map(
      (width) => html`<p style="margin: 1rem 0 0.25rem; font-size: 0.8rem">${width} px</p>
        <div style="inline-size: ${width}px">
          <jiha-news-card variant="compact" time-zone=${args['time-zone'] || nothing} .data=${args.data}></jiha-news-card>
        </div>`,
    )}`,
  parameters: {
    docs: {
      description: {
        story:
          'Source, place, date, author and views wrap between items; no line starts or ends with a “·”, in either direction.',
      },
    },
  },
};

// Languages: the page's language (toolbar) decides; the article's texts follow it when they exist in it.

export const Arabic: Story = { globals: { lang: 'ar' } };

export const French: Story = { globals: { lang: 'fr' } };

export const English: Story = { globals: { lang: 'en' } };

export const Tamazight: Story = {
  globals: { lang: 'zgh' },
  parameters: {
    docs: {
      description: {
        story:
          'UI strings, date and plural in Tamazight (Tifinagh); the article has no Tamazight headline, so the French one is shown, marked `lang="fr"`.',
      },
    },
  },
};

// States

export const Loading: Story = {
  args: { data: undefined, src: 'api/news/slow-article.json', timeout: 3_600_000 },
  decorators: [
    (story) => {
      holdRequests('/api/news/slow-article.json');
      return story();
    },
  ],
  parameters: {
    docs: {
      description: {
        story: 'The skeleton with `aria-busy="true"` while `src` loads (the story holds the request open).',
      },
    },
  },
};

export const InvalidData: Story = {
  name: 'Error: invalid data',
  globals: { lang: 'fr' },
  args: { data: { headline: 'Session ordinaire du conseil régional', published: 'hier soir', views: 12 } },
  parameters: {
    docs: {
      description: {
        story:
          'A field the card cannot read: the localised error box names it, and `jiha-error` is fired with `code: "invalid-data"`.',
      },
    },
  },
};

export const FromAttributes: Story = {
  name: 'From attributes only',
  globals: { lang: 'fr' },
  args: {
    data: undefined,
    headline: 'Le conseil régional adopte son programme de développement',
    href: 'https://example.org/actualites/pdr',
    source: 'Portail de la Région',
    dateline: 'Tanger',
    published: '2026-02-03',
    views: 1,
  },
};

// Theming (see the Theming page)

/**
 * A regional look set by the host page through the public tokens only: the
 * blues and greens of a Mediterranean coast, square corners, more room.
 * The story writes them on a wrapper; a portal writes them in its style sheet.
 */
export const RegionalTheme: Story = {
  name: 'Regional theme',
  decorators: [
    (story) => html`<div
      style="--jiha-color-accent: #0b6e4f; --jiha-color-text: #10243a; --jiha-color-muted: #3f5568; --jiha-color-surface: #f3f8fb; --jiha-color-border: #0b5d7a; --jiha-radius: 2px; --jiha-space: 1.25rem; max-inline-size: 40rem"
    >
      ${story()}
    </div>`,
  ],
  args: { variant: 'horizontal' },
};

/**
 * Leaves every request whose path ends with `path` pending until it is
 * aborted, so that a story can show the loading state for as long as one
 * looks at it. Installed once per preview frame.
 */
function holdRequests(path: string): void {
  const held = ((globalThis as { __jihaHeldPaths?: Set<string> }).__jihaHeldPaths ??= new Set());
  if (held.size === 0) {
    const fetchOriginal = globalThis.fetch.bind(globalThis);
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      if (![...held].some((suffix) => url.pathname.endsWith(suffix))) return fetchOriginal(input, init);
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      });
    };
  }
  held.add(path);
}
