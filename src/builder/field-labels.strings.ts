/**
 * The words CMS editors read beside each attribute field of the builder (ids
 * `builder.field.<attribute>`). One id per attribute name: the names shared by
 * several widgets (`variant`, `time-zone`, `structured-data`, `src`,
 * `timeout`) mean the same on each. A widget whose attribute meant something
 * else would get its own id, `builder.field.<widget>.<attribute>`.
 * Functions, not strings: msg() answers in the language active when called
 * (the builder's, while rendering), and the extractor needs literal calls.
 */
import { msg } from '../i18n/localize.js';

const FIELD_LABELS: Readonly<Record<string, () => string>> = {
  // news-card
  headline: () => msg('Headline', { id: 'builder.field.headline' }),
  summary: () => msg('Summary', { id: 'builder.field.summary' }),
  href: () => msg('Link to the article', { id: 'builder.field.href' }),
  image: () => msg('Image address', { id: 'builder.field.image' }),
  'image-alt': () => msg('Image description (read by screen readers)', { id: 'builder.field.image-alt' }),
  'image-credit': () => msg('Image credit (photographer or agency)', { id: 'builder.field.image-credit' }),
  source: () => msg('Source (publisher)', { id: 'builder.field.source' }),
  dateline: () => msg('Place of the news (dateline)', { id: 'builder.field.dateline' }),
  author: () => msg('Author', { id: 'builder.field.author' }),
  published: () => msg('Publication date', { id: 'builder.field.published' }),
  views: () => msg('Number of views', { id: 'builder.field.views' }),
  'heading-level': () => msg('Heading level (2–6)', { id: 'builder.field.heading-level' }),
  // news-card and iso-badge
  variant: () => msg('Display style', { id: 'builder.field.variant' }),
  'structured-data': () => msg('Data for search engines (schema.org)', { id: 'builder.field.structured-data' }),
  // news-card and cooperation-timeline
  'time-zone': () => msg('Time zone', { id: 'builder.field.time-zone' }),
  // iso-badge
  standard: () => msg('ISO standard', { id: 'builder.field.standard' }),
  edition: () => msg('Edition of the standard (year)', { id: 'builder.field.edition' }),
  holder: () => msg('Certificate holder', { id: 'builder.field.holder' }),
  certificate: () => msg('Certificate number', { id: 'builder.field.certificate' }),
  issuer: () => msg('Certification body', { id: 'builder.field.issuer' }),
  accreditation: () => msg('Accreditation body', { id: 'builder.field.accreditation' }),
  issued: () => msg('Date of issue', { id: 'builder.field.issued' }),
  expires: () => msg('Expiry date', { id: 'builder.field.expires' }),
  scope: () => msg('Scope of the certification', { id: 'builder.field.scope' }),
  status: () => msg('Status override (suspended or withdrawn)', { id: 'builder.field.status' }),
  'verify-url': () => msg('Verification link (the certification body’s register)', { id: 'builder.field.verify-url' }),
  // geopark-map
  regions: () => msg('Regions to highlight', { id: 'builder.field.regions' }),
  selected: () => msg('Selected geopark (its id)', { id: 'builder.field.selected' }),
  tiles: () => msg('Map tiles (address template, or none)', { id: 'builder.field.tiles' }),
  attribution: () => msg('Map credits (attribution)', { id: 'builder.field.attribution' }),
  center: () => msg('Centre of the map (latitude,longitude)', { id: 'builder.field.center' }),
  zoom: () => msg('Zoom level (0–19)', { id: 'builder.field.zoom' }),
  list: () => msg('Show the list of geoparks beside the map', { id: 'builder.field.list' }),
  'tiles-consent': () =>
    msg('Visitors already agreed to the tile server (in the site’s cookie banner)', {
      id: 'builder.field.tiles-consent',
    }),
  'gesture-handling': () =>
    msg('Mouse wheel and one finger (default: they scroll the page)', { id: 'builder.field.gesture-handling' }),
  // cooperation-timeline
  layout: () => msg('Orientation of the timeline', { id: 'builder.field.layout' }),
  filterable: () => msg('Filter buttons by category', { id: 'builder.field.filterable' }),
  order: () => msg('Order of the events', { id: 'builder.field.order' }),
  limit: () => msg('Events shown at first (the newest)', { id: 'builder.field.limit' }),
  // news-list
  'news-list.src': () =>
    msg('Feed addresses (WordPress, RSS, Atom or JSON Feed)', { id: 'builder.field.news-list.src' }),
  'source-labels': () => msg('Names of the sources, separated by |', { id: 'builder.field.source-labels' }),
  'hide-images': () =>
    msg('Hide the images (a partner’s site then sees no visitor)', { id: 'builder.field.hide-images' }),
  'news-list.limit': () => msg('News per page (1–50)', { id: 'builder.field.news-list.limit' }),
  more: () => msg('A “More news” button', { id: 'builder.field.more' }),
  heading: () => msg('Heading above the list', { id: 'builder.field.heading' }),
  label: () => msg('Name of the list for screen readers (when it has no heading)', { id: 'builder.field.label' }),
  // every widget
  src: () => msg('Address of the data file', { id: 'builder.field.src' }),
  timeout: () => msg('Longest wait for the data (milliseconds)', { id: 'builder.field.timeout' }),
};

/** The localised label of an attribute field (the widget's own first), or undefined for an attribute without one. */
export function fieldLabel(name: string, widget?: string): string | undefined {
  const key = [`${widget}.${name}`, name].find((candidate) => Object.hasOwn(FIELD_LABELS, candidate));
  return key ? FIELD_LABELS[key]() : undefined;
}

/** The words for each value of a choice field (ids `builder.choice.<value>`): a value means the same wherever it appears. */
const CHOICE_LABELS: Readonly<Record<string, () => string>> = {
  full: () => msg('Full', { id: 'builder.choice.full' }),
  compact: () => msg('Compact', { id: 'builder.choice.compact' }),
  horizontal: () => msg('Horizontal', { id: 'builder.choice.horizontal' }),
  vertical: () => msg('Vertical', { id: 'builder.choice.vertical' }),
  seal: () => msg('Seal', { id: 'builder.choice.seal' }),
  inline: () => msg('In a line of text', { id: 'builder.choice.inline' }),
  card: () => msg('Card', { id: 'builder.choice.card' }),
  suspended: () => msg('Suspended', { id: 'builder.choice.suspended' }),
  withdrawn: () => msg('Withdrawn', { id: 'builder.choice.withdrawn' }),
  oldest: () => msg('Oldest first', { id: 'builder.choice.oldest' }),
  newest: () => msg('Newest first', { id: 'builder.choice.newest' }),
  granted: () => msg('Yes: load the tiles without asking', { id: 'builder.choice.granted' }),
  off: () => msg('Off: they move and zoom the map (a full-page map)', { id: 'builder.choice.off' }),
};

/** A choice as an editor reads it: its words in the builder's language, then the value pasted into the snippet. */
export function choiceLabel(value: string): string {
  return Object.hasOwn(CHOICE_LABELS, value) ? `${CHOICE_LABELS[value]()} (${value})` : value;
}
