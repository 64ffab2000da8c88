/**
 * How the builder asks a widget's attributes, as a council editor thinks of
 * them: what to show, where it comes from, how it looks; the few a widget
 * needs first, the rest folded under "More options".
 */
import type { WidgetName } from '../embed/widgets.js';

export type FieldGroup = 'show' | 'source' | 'look';

export const FIELD_GROUPS: readonly FieldGroup[] = ['show', 'source', 'look'];

const SOURCE_FIELDS = new Set(['src', 'timeout', 'tiles', 'attribution', 'tiles-consent']);
const LOOK_FIELDS = new Set([
  'variant',
  'heading-level',
  'structured-data',
  'time-zone',
  'layout',
  'filterable',
  'order',
  'list',
  'center',
  'zoom',
  'gesture-handling',
]);

/** The group an attribute is asked in; anything not about the source or the look is what the widget shows. */
export function groupOf(name: string): FieldGroup {
  return SOURCE_FIELDS.has(name) ? 'source' : LOOK_FIELDS.has(name) ? 'look' : 'show';
}

/** The attributes asked first, unfolded: what an editor fills for a usual widget. */
const FIRST_FIELDS: Record<WidgetName, readonly string[]> = {
  'news-card': ['headline', 'href', 'published', 'source', 'summary', 'image', 'image-alt'],
  'iso-badge': ['standard', 'edition', 'holder', 'issued', 'expires'],
  'geopark-map': ['list'],
  'cooperation-timeline': ['order'],
  'news-list': ['src', 'heading', 'limit'],
};

/** The attributes a widget cannot do without: marked required, and an empty one is a problem. */
const REQUIRED_FIELDS: Record<WidgetName, readonly string[]> = {
  'news-card': ['headline'],
  'iso-badge': ['standard'],
  'geopark-map': [],
  'cooperation-timeline': [],
  'news-list': [],
};

export const isFirstField = (widget: WidgetName, name: string): boolean => FIRST_FIELDS[widget].includes(name);

export const isRequiredField = (widget: WidgetName, name: string): boolean => REQUIRED_FIELDS[widget].includes(name);
