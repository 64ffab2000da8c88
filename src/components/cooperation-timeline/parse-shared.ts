/**
 * The shape of the project's shared data file (`data/timeline.json`):
 * `events[].date`, `precision`, `certainty` (`sourced` | `inferred`),
 * `region` (ISO 3166-2 codes, `|`-separated for joint events; `MA` and
 * `INT` are national and international context), `category` (the file's own
 * codes), `title_<lang>`, `sources`. Its editors' fields (`note`,
 * `editorNote`: research notes, sources of a derived date) are not read.
 * A separate chunk, loaded only when such data comes (timeline-format.ts
 * recognises it).
 */
import { JihaError } from '../../core/errors.js';
import { describe, isObject, readText, type Json } from '../../data/fields.js';
import type { LocalizedText } from '../../i18n/localized-text.js';
import { atEvent, readCategory, readEventDate, readSources, readUncertain } from './event-fields.js';
import type { Timeline, TimelineEvent, TimelinePartner } from './model.js';

/** Region names as in data/morocco-regions-12.geojson (OpenStreetMap via morocco-map). */
const REGION_NAMES: Record<string, LocalizedText> = {
  'MA-01': {
    fr: 'Tanger-Tétouan-Al Hoceïma',
    en: 'Tanger-Tétouan-Al Hoceïma',
    ar: 'طنجة تطوان الحسيمة',
    zgh: 'ⵟⴰⵏⵊ-ⵟⵉⵜⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ',
  },
  'MA-05': { fr: 'Béni Mellal-Khénifra', en: 'Béni Mellal-Khénifra', ar: 'بني ملال-خنيفرة', zgh: 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵕⴰ' },
};

/** A region code names a partner when it is a subdivision (`MA-05`), not a country (`MA`) or `INT`. */
const SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/i;

/** The file's own category codes that are none of the contract's names. */
const CODES: Record<string, string> = { press: 'other', administration: 'other' };

/** `title_en`, `title_ar`, … as one localised text (a plain `title` wins). */
function titles(event: Json, field: string): LocalizedText | undefined {
  if (event.title !== undefined) return readText(event.title, `${field}.title`);
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(event)) {
    const match = /^title_([a-z]{2,3})$/i.exec(key);
    if (match && typeof value === 'string' && value.trim()) texts[match[1].toLowerCase()] = value;
  }
  return Object.keys(texts).length ? texts : undefined;
}

function regions(value: unknown, field: string): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string')
    throw new JihaError('invalid-data', `${field} must be region codes such as "MA-01|MA-05", not ${describe(value)}`);
  return [
    ...new Set(
      value
        .split(/[|,\s]+/)
        .map((code) => code.trim().toUpperCase())
        .filter((code) => SUBDIVISION.test(code)),
    ),
  ];
}

function readEvent(input: unknown, index: number): TimelineEvent {
  const field = `events[${index}]`;
  if (!isObject(input)) throw new JihaError('invalid-data', `${field} must be an object, not ${describe(input)}`);
  const start = readEventDate(input.date, input.precision, `${field}.date`);
  if (!start) throw new JihaError('invalid-data', `${field}.date is missing`);
  const title = titles(input, field);
  if (!title) throw new JihaError('invalid-data', `${field}.title_en (or another title_<language>) is missing`);
  const category =
    typeof input.category === 'string'
      ? (CODES[input.category.trim().toLowerCase()] ?? input.category)
      : input.category;
  const sources = readSources(input.sources, `${field}.sources`);
  return {
    index,
    id: typeof input.id === 'string' ? input.id : undefined,
    start,
    end: readEventDate(input.end, undefined, `${field}.end`),
    title,
    summary: readText(input.summary, `${field}.summary`),
    ...readCategory(category, `${field}.category`, false),
    partners: regions(input.region, `${field}.region`),
    url: sources[0],
    sources: sources.slice(1),
    uncertain: readUncertain(input.certainty, `${field}.certainty`),
  };
}

export function parseSharedTimeline(input: Json): Timeline {
  const events = (input.events as unknown[]).map((event, index) => atEvent(index, () => readEvent(event, index)));
  const partners: TimelinePartner[] = [];
  for (const event of events) {
    for (const id of event.partners) {
      if (!partners.some((partner) => partner.id === id)) partners.push({ id, name: REGION_NAMES[id] ?? id });
    }
  }
  return { partners, events };
}
