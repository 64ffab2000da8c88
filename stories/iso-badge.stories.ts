import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import facts from '../data/iso-standards.json';
import '../src/components/iso-badge/define.js';
import type { IsoBadgeVariant } from '../src/components/iso-badge/define.js';
import { pasteInSnippet, pasteInSnippets, type AttributeValue } from './snippet.js';

/** The stories' args: the element's attributes by their attribute names. */
interface IsoBadgeArgs {
  variant: IsoBadgeVariant;
  standard: string;
  edition?: string;
  holder?: string;
  certificate?: string;
  issuer?: string;
  accreditation?: string;
  issued?: string;
  expires?: string;
  scope?: string;
  status?: '' | 'suspended' | 'withdrawn';
  disclaimer?: '' | 'auto' | 'shown' | 'hidden';
  'verify-url'?: string;
  'time-zone'?: string;
  'structured-data': boolean;
}

const DAY = 86_400_000;
/** Today plus `offset` days, YYYY-MM-DD: each state story stays in its state whatever the day it is viewed. */
const fromToday = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

const tanger = facts.fixture_tta;

/** The attributes a story sets, in the order a person would write them (defaults left out). */
function attributesOf(args: IsoBadgeArgs, lang: unknown): Record<string, AttributeValue> {
  return {
    lang: typeof lang === 'string' ? lang : undefined,
    variant: args.variant === 'seal' ? undefined : args.variant,
    standard: args.standard,
    edition: args.edition,
    holder: args.holder,
    certificate: args.certificate,
    issuer: args.issuer,
    accreditation: args.accreditation,
    issued: args.issued,
    expires: args.expires,
    scope: args.scope,
    status: args.status,
    disclaimer: args.disclaimer === 'auto' ? undefined : args.disclaimer,
    'verify-url': args['verify-url'],
    'time-zone': args['time-zone'],
    'structured-data': args['structured-data'],
  };
}

/** The six states as seals (dates from today): the same list renders the story and writes its snippet. */
const sealStates = (): Record<string, string>[] => [
  { standard: 'ISO 9001:2015', expires: fromToday(400) },
  { standard: 'ISO 9001:2015', expires: fromToday(45) },
  { standard: 'ISO 9001:2015', expires: fromToday(-10) },
  { standard: 'ISO 9001:2015', issued: fromToday(20), expires: fromToday(1115) },
  { standard: 'ISO 9001:2015', expires: fromToday(400), status: 'suspended' },
  { standard: 'ISO 9001:2015', expires: fromToday(400), status: 'withdrawn' },
];

/** The council's three certifications, as its footer shows them. */
const footerBadges = () =>
  tanger.standards.map((standard) => ({
    standard,
    holder: tanger.holder,
    issuer: 'Bureau Veritas Maroc',
    issued: '2023-12-28',
    expires: '2026-12-27',
  }));

/** The snippet of stories that render several badges with their own template. */
const severalBadges = (badges: Record<string, string>[]) =>
  pasteInSnippets(
    'iso-badge.js',
    badges.map((attributes) => ({ tag: 'jiha-iso-badge', attributes })),
  );

const meta: Meta<IsoBadgeArgs> = {
  title: 'Elements/ISO badge',
  component: 'jiha-iso-badge',
  tags: ['autodocs'],
  args: {
    variant: 'seal',
    standard: 'ISO 9001:2015',
    holder: tanger.holder,
    issuer: 'Bureau Veritas Maroc',
    issued: fromToday(-300),
    expires: fromToday(400),
    scope: 'Services administratifs du Conseil',
    'verify-url': 'https://www.iafcertsearch.org',
    'time-zone': 'Africa/Casablanca',
    'structured-data': false,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['seal', 'inline', 'card'] },
    status: { control: 'inline-radio', options: ['', 'suspended', 'withdrawn'] },
    disclaimer: {
      control: 'inline-radio',
      options: ['auto', 'shown', 'hidden'],
      description:
        'Cards only: where the IAF note goes. `auto`: once per group of cards that are consecutive siblings, under the last one.',
    },
  },
  render: (args) => html`<jiha-iso-badge
    variant=${args.variant}
    standard=${args.standard}
    edition=${ifDefined(args.edition)}
    holder=${ifDefined(args.holder)}
    certificate=${ifDefined(args.certificate)}
    issuer=${ifDefined(args.issuer)}
    accreditation=${ifDefined(args.accreditation)}
    issued=${ifDefined(args.issued)}
    expires=${ifDefined(args.expires)}
    scope=${ifDefined(args.scope)}
    status=${args.status || nothing}
    disclaimer=${args.disclaimer || nothing}
    verify-url=${ifDefined(args['verify-url'])}
    time-zone=${ifDefined(args['time-zone'])}
    ?structured-data=${args['structured-data']}
  ></jiha-iso-badge>`,
  parameters: {
    docs: {
      source: {
        language: 'html',
        // "Show code" gives the HTML to paste into a page or a CMS, not the story's Lit template;
        // a story with its own template names its snippet in `parameters.pasteIn`.
        transform: (
          _code: string,
          {
            args,
            globals,
            parameters,
          }: { args: IsoBadgeArgs; globals: Record<string, unknown>; parameters: Record<string, unknown> },
        ) =>
          typeof parameters.pasteIn === 'function'
            ? (parameters.pasteIn as () => string)()
            : pasteInSnippet({
                entry: 'iso-badge.js',
                tag: 'jiha-iso-badge',
                attributes: attributesOf(args, globals.lang),
              }),
      },
    },
  },
};
export default meta;

type Story = StoryObj<IsoBadgeArgs>;

/* Variants */
export const Seal: Story = {};
export const Inline: Story = { args: { variant: 'inline' } };
export const Card: Story = { args: { variant: 'card', certificate: 'MA-QMS-2023-0042', accreditation: 'COFRAC' } };

/* States (dates computed from today), in the card so that every detail shows */
export const Valid: Story = { args: { variant: 'card' } };
export const Expiring: Story = { args: { variant: 'card', expires: fromToday(45) } };
export const Expired: Story = { args: { variant: 'card', issued: fromToday(-1200), expires: fromToday(-105) } };
export const NotYetValid: Story = { args: { variant: 'card', issued: fromToday(20), expires: fromToday(1115) } };
export const Suspended: Story = { args: { variant: 'card', status: 'suspended' } };
export const Withdrawn: Story = { args: { variant: 'card', status: 'withdrawn' } };

/* The same states as seals, side by side */
export const SealStates: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start">
    ${sealStates().map(
      (badge) =>
        html`<jiha-iso-badge standard=${badge.standard} issued=${ifDefined(badge.issued)} expires=${badge.expires} status=${ifDefined(badge.status)}></jiha-iso-badge>`,
    )}
  </div>`,
  parameters: { pasteIn: () => severalBadges(sealStates()) },
};

/* Superseded edition: 14001:2015 once 14001:2026 is published */
export const SupersededEdition: Story = { args: { variant: 'card', standard: 'ISO 14001:2015' } };

/* An unknown standard number: shown as ISO NNNNN, no title, no error */
export const UnknownStandard: Story = { args: { variant: 'card', standard: '39001' } };

/* The council's footer: three seals, from 120 to 600 px */
export const FooterRow: Story = {
  render: () =>
    html`${[120, 320, 600].map(
      (width) => html`<p style="margin: 1rem 0 0.25rem; font-size: 0.8rem">${width} px</p>
      <footer style="inline-size: ${width}px; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0.5rem; border: 1px dashed #c9ced6">
        ${footerBadges().map(
          (badge) =>
            html`<jiha-iso-badge standard=${badge.standard} holder=${badge.holder} issuer=${badge.issuer} issued=${badge.issued} expires=${badge.expires}></jiha-iso-badge>`,
        )}
      </footer>`,
    )}`,
  parameters: { pasteIn: () => severalBadges(footerBadges()) },
};

/* The council's three certificates as cards: one group, the IAF note once, under the last card */
export const CardGroup: Story = {
  render: () => html`<div style="max-inline-size: 40rem">
    ${footerBadges().map(
      (badge) =>
        html`<jiha-iso-badge variant="card" standard=${badge.standard} holder=${badge.holder} issuer=${badge.issuer} issued=${badge.issued} expires=${badge.expires}></jiha-iso-badge>`,
    )}
  </div>`,
  parameters: {
    pasteIn: () => severalBadges(footerBadges().map((badge) => ({ variant: 'card', ...badge }))),
    docs: {
      description: {
        story:
          'Card badges that are consecutive siblings form a group: the note on IAF CertSearch shows once, under the last card. `disclaimer="shown"` or `"hidden"` places it by hand (cards in separate list items, or a page that writes the note itself).',
      },
    },
  },
};

/* Cards in a grid of three columns: the holder's name and the facts at a column's width */
export const CardGrid: Story = {
  globals: { lang: 'ar' },
  render: () => html`<div
    style="display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; align-items: start"
  >
    ${footerBadges().map(
      (badge) =>
        html`<jiha-iso-badge variant="card" standard=${badge.standard} holder="مجلس جهة طنجة تطوان الحسيمة" issuer=${badge.issuer} issued=${badge.issued} expires=${badge.expires}></jiha-iso-badge>`,
    )}
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Narrow cards put each label above its value, so the holder’s name has the card’s width. Side by side, the cards are still consecutive siblings: the note is under the last one.',
      },
    },
  },
};

/* What an editor sees for bad dates */
export const InvalidDates: Story = { args: { variant: 'card', issued: '2027-01-01', expires: '2026-12-27' } };
