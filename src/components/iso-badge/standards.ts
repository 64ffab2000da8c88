/**
 * The management-system standards the badge knows: reference prefix, titles
 * in the four UI languages and the editions with their publication dates.
 * Pure data and functions, no DOM: the element and its tests share them.
 *
 * Sources: /data/iso-standards.json (9001, 14001, 45001: titles, editions,
 * the 2024 climate amendment, 14001:2026 published April 2026) and ISO's
 * catalogue titles for the others. Arabic titles are common unofficial
 * translations (ISO publishes none); the Tamazight ones are ours.
 * ISO 9001:2026 is only projected (DIS 2025, publication expected
 * September 2026): it is not listed until its publication is confirmed, so
 * that no 9001:2015 certificate is ever called superseded on a guess.
 */
import type { UiLanguage } from '../../i18n/language.js';

/** One published edition: its year (as in `ISO 9001:2015`) and publication date (YYYY-MM-DD). */
export interface Edition {
  year: number;
  published: string;
}

export interface StandardInfo {
  number: string;
  /** `ISO` or `ISO/IEC`, as the reference is written. */
  prefix: string;
  titles: Record<UiLanguage, string>;
  /** Oldest first. */
  editions: readonly Edition[];
}

const registry: readonly StandardInfo[] = [
  {
    number: '9001',
    prefix: 'ISO',
    titles: {
      en: 'Quality management systems — Requirements',
      fr: 'Systèmes de management de la qualité — Exigences',
      ar: 'نظم إدارة الجودة — المتطلبات',
      zgh: 'ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵖⴰⵔⴰ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    },
    editions: [
      { year: 1987, published: '1987-03-15' },
      { year: 1994, published: '1994-07-01' },
      { year: 2000, published: '2000-12-15' },
      { year: 2008, published: '2008-11-15' },
      { year: 2015, published: '2015-09-15' },
    ],
  },
  {
    number: '14001',
    prefix: 'ISO',
    titles: {
      en: 'Environmental management systems — Requirements with guidance for use',
      fr: 'Systèmes de management environnemental — Exigences et lignes directrices pour son utilisation',
      ar: 'نظم الإدارة البيئية — المتطلبات مع إرشادات الاستخدام',
      zgh: 'ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵡⵏⴰⴹⵜ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⴷ ⵜⵉⵡⵍⵍⵉⵀⵉⵏ ⵏ ⵓⵙⵙⵎⵔⵙ',
    },
    editions: [
      { year: 1996, published: '1996-09-01' },
      { year: 2004, published: '2004-11-15' },
      { year: 2015, published: '2015-09-15' },
      // FDIS ballot closed 2026-03-02; published April 2026 (iso-standards.json).
      { year: 2026, published: '2026-04-01' },
    ],
  },
  {
    number: '45001',
    prefix: 'ISO',
    titles: {
      en: 'Occupational health and safety management systems — Requirements with guidance for use',
      fr: 'Systèmes de management de la santé et de la sécurité au travail — Exigences et lignes directrices pour leur utilisation',
      ar: 'نظم إدارة الصحة والسلامة المهنية — المتطلبات مع إرشادات الاستخدام',
      zgh: 'ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵜⴷⵓⵙⵉ ⴷ ⵜⵖⵍⵍⵉⵙⵜ ⴳ ⵜⵡⵓⵔⵉ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⴷ ⵜⵉⵡⵍⵍⵉⵀⵉⵏ ⵏ ⵓⵙⵙⵎⵔⵙ',
    },
    editions: [{ year: 2018, published: '2018-03-12' }],
  },
  {
    number: '27001',
    prefix: 'ISO/IEC',
    titles: {
      en: 'Information security, cybersecurity and privacy protection — Information security management systems — Requirements',
      fr: "Sécurité de l'information, cybersécurité et protection de la vie privée — Systèmes de management de la sécurité de l'information — Exigences",
      ar: 'أمن المعلومات والأمن السيبراني وحماية الخصوصية — نظم إدارة أمن المعلومات — المتطلبات',
      zgh: 'ⵜⴰⵖⵍⵍⵉⵙⵜ ⵏ ⵜⵉⵍⵖⵉⵡⵉⵏ — ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵖⵍⵍⵉⵙⵜ ⵏ ⵜⵉⵍⵖⵉⵡⵉⵏ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    },
    editions: [
      { year: 2005, published: '2005-10-15' },
      { year: 2013, published: '2013-10-01' },
      { year: 2022, published: '2022-10-25' },
    ],
  },
  {
    number: '37001',
    prefix: 'ISO',
    titles: {
      en: 'Anti-bribery management systems — Requirements with guidance for use',
      fr: 'Systèmes de management anti-corruption — Exigences et recommandations de mise en œuvre',
      ar: 'نظم إدارة مكافحة الرشوة — المتطلبات مع إرشادات الاستخدام',
      zgh: 'ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵓⵎⴳⴳⴰⵍ ⵏ ⵜⵔⵛⵡⴰ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⴷ ⵜⵉⵡⵍⵍⵉⵀⵉⵏ ⵏ ⵓⵙⵙⵎⵔⵙ',
    },
    editions: [
      { year: 2016, published: '2016-10-15' },
      // Second edition, 2025 (published in the first half of 2025).
      { year: 2025, published: '2025-02-01' },
    ],
  },
  {
    number: '50001',
    prefix: 'ISO',
    titles: {
      en: 'Energy management systems — Requirements with guidance for use',
      fr: "Systèmes de management de l'énergie — Exigences et recommandations de mise en œuvre",
      ar: 'نظم إدارة الطاقة — المتطلبات مع إرشادات الاستخدام',
      zgh: 'ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵣⵎⵔⵜ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⴷ ⵜⵉⵡⵍⵍⵉⵀⵉⵏ ⵏ ⵓⵙⵙⵎⵔⵙ',
    },
    editions: [
      { year: 2011, published: '2011-06-15' },
      { year: 2018, published: '2018-08-21' },
    ],
  },
  {
    number: '22301',
    prefix: 'ISO',
    titles: {
      en: 'Security and resilience — Business continuity management systems — Requirements',
      fr: "Sécurité et résilience — Systèmes de management de la continuité d'activité — Exigences",
      ar: 'الأمن والمرونة — نظم إدارة استمرارية الأعمال — المتطلبات',
      zgh: 'ⵜⴰⵖⵍⵍⵉⵙⵜ ⴷ ⵜⵓⵏⵖⵉⵍⵜ — ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵓⴽⵎⵎⵍ ⵏ ⵜⵉⴳⴳⵉ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    },
    editions: [
      { year: 2012, published: '2012-05-15' },
      { year: 2019, published: '2019-10-31' },
    ],
  },
];

const byNumber = new Map(registry.map((info) => [info.number, info]));

/** Every known standard number, in registry order. */
export const KNOWN_STANDARDS: readonly string[] = registry.map((info) => info.number);

/** The registry entry for a number (`9001`), or undefined for one the badge does not know. */
export function lookupStandard(number: string): StandardInfo | undefined {
  return byNumber.get(number);
}

/** A `standard` value read into its parts. */
export interface StandardRef {
  number: string;
  /** The edition year when the text gives one (`ISO 9001:2015` → 2015). */
  edition?: number;
}

/**
 * Accepted spellings: `9001`, `ISO 9001`, `ISO 9001:2015`, `iso9001`,
 * `ISO/IEC 27001:2022`, national adoptions such as `NM ISO 9001:2015` or
 * `EN ISO 14001:2015`, and parts (`ISO/IEC 20000-1:2018`). Anything else is
 * undefined (the caller reports it).
 */
const STANDARD =
  /^(?:(?:NM|EN|NF|BS|DIN|UNE)\s+(?:EN\s+)?)?(?:ISO(?:\s*\/\s*IEC)?\s*)?(\d{3,5}(?:-\d{1,2})?)(?:\s*:\s*(\d{4}))?$/i;

export function parseStandard(text: string): StandardRef | undefined {
  const match = STANDARD.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const [, number, year] = match;
  return year ? { number, edition: Number(year) } : { number };
}

/** `ISO 9001:2015`, `ISO/IEC 27001:2022`, `ISO 12345` (unknown numbers take `ISO`). */
export function standardReference(number: string, edition?: number): string {
  const prefix = lookupStandard(number)?.prefix ?? 'ISO';
  return `${prefix} ${number}${edition ? `:${edition}` : ''}`;
}

/** The calendar day of a date, as YYYY-MM-DD, for comparisons with publication dates. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The latest edition published on or before `today`, if the standard is known. */
export function currentEdition(number: string, today: Date): Edition | undefined {
  const info = lookupStandard(number);
  if (!info) return undefined;
  const day = dayOf(today);
  return [...info.editions].reverse().find((edition) => edition.published <= day);
}

/**
 * Whether `edition` of `number` is the current one on `today`:
 * `superseded` names the newer edition; `unknown` covers unknown standards,
 * editions not given, and years that are not an edition of the standard.
 */
export type EditionCheck = { kind: 'current' } | { kind: 'superseded'; by: Edition } | { kind: 'unknown' };

export function checkEdition(number: string, edition: number | undefined, today: Date): EditionCheck {
  const info = lookupStandard(number);
  if (!info || edition === undefined || !info.editions.some((known) => known.year === edition))
    return { kind: 'unknown' };
  const current = currentEdition(number, today);
  if (!current || current.year <= edition) return { kind: 'current' };
  return { kind: 'superseded', by: current };
}
