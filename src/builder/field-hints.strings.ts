/**
 * The hint under each builder field (ids `builder.hint.*`): what to write, in
 * words of the builder's language, then an example. The sentence depends on
 * the kind of value (and on a few attributes that need more words); the
 * example is the value itself as it goes into the snippet.
 */
import { msg, str } from '../i18n/localize.js';
import type { FieldSpec } from '../embed/widgets.js';

/** Example values, as they are written into the snippet (places and names of the councils' own news). */
const EXAMPLES: Readonly<Record<string, string>> = {
  headline: 'Tanger : signature d’une convention de partenariat',
  summary: 'Les deux régions s’engagent pour trois ans.',
  href: 'https://www.region-tanger.ma/actualites/convention',
  image: 'https://www.region-tanger.ma/images/convention.jpg',
  'image-alt': 'Les deux présidents signent la convention',
  'image-credit': 'Photo : Région TTA',
  source: 'صدى المغرب',
  dateline: 'Tanger',
  author: 'Service de communication',
  published: '2026-01-17 20:22',
  views: '120',
  'heading-level': '3',
  'time-zone': 'Africa/Casablanca',
  standard: 'ISO 14001',
  edition: '2015',
  holder: 'Conseil de la Région Tanger-Tétouan-Al Hoceïma',
  certificate: 'FR-2024-0117',
  issuer: 'Bureau Veritas',
  accreditation: 'COFRAC',
  issued: '2024-06-01',
  expires: '2027-05-31',
  scope: 'Accueil et orientation des usagers',
  'verify-url': 'https://www.example.org/registre/FR-2024-0117',
  regions: 'tanger-tetouan-al-hoceima beni-mellal-khenifra',
  selected: 'mgoun',
  tiles: 'none',
  attribution: '© OpenStreetMap',
  center: '31.6,-6.5',
  zoom: '6',
  limit: '5',
  heading: 'Actualités de la Région',
  label: 'Actualités de la Région',
  src: 'https://www.region-tanger.ma/feed/',
  'source-labels': 'Tanger-Tétouan-Al Hoceïma | Béni Mellal-Khénifra',
  timeout: '8000',
};

/** What to write in a field of this kind, in words. */
function kindHint(field: FieldSpec): string {
  if (field.kind === 'urls')
    return msg('One address, or several separated by spaces: their news make one list.', { id: 'builder.hint.urls' });
  if (field.name === 'src')
    return msg('The address of a file or feed that holds the content.', { id: 'builder.hint.src' });
  if (field.name === 'time-zone')
    return msg('The place whose clock the dates follow; leave it for Morocco.', { id: 'builder.hint.time-zone' });
  switch (field.kind) {
    case 'url':
    case 'image':
      return msg('A full address, starting with https://.', { id: 'builder.hint.url' });
    case 'date':
      return msg('Pick the day (and the time) on the calendar.', { id: 'builder.hint.date' });
    case 'number':
      return field.min !== undefined && field.max !== undefined
        ? msg(str`A whole number from ${field.min} to ${field.max}.`, { id: 'builder.hint.number-range' })
        : msg('A number, in digits 0–9.', { id: 'builder.hint.number' });
    case 'standard':
      return msg('The number of the ISO standard.', { id: 'builder.hint.standard' });
    case 'choice':
      return msg('Leave the default, or choose another.', { id: 'builder.hint.choice' });
    case 'boolean':
      return msg('Tick to turn it on.', { id: 'builder.hint.boolean' });
    case 'regions':
      return msg('Region names separated by spaces.', { id: 'builder.hint.regions' });
    case 'center':
      return msg('Latitude and longitude, separated by a comma.', { id: 'builder.hint.center' });
    case 'tiles':
      return msg('“none” for no street map, or the address of a tile server.', { id: 'builder.hint.tiles' });
    case 'text':
      return msg('Words as readers will see them.', { id: 'builder.hint.text' });
  }
}

/** The hint under a field: the sentence, then "Example: …" when there is one. */
export function fieldHint(field: FieldSpec): string {
  const example = EXAMPLES[field.name];
  const sentence = kindHint(field);
  return example ? `${sentence} ${msg(str`Example: ${example}`, { id: 'builder.hint.example' })}` : sentence;
}
