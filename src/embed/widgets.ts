/**
 * The widgets as the embed page and the snippet builder see them. Their
 * attributes are written from the elements themselves (npm run generate);
 * this file adds what is not an attribute.
 */
import { WIDGETS, type WidgetName } from './widgets.generated.js';
import type { WidgetSpec as AnyWidgetSpec } from './widget-spec.js';

export { WIDGETS, type WidgetName };
export type { FieldKind, FieldSpec } from './widget-spec.js';
export type WidgetSpec = AnyWidgetSpec & { readonly name: WidgetName };

export function widgetByName(name: string | null): WidgetSpec | undefined {
  return WIDGETS.find((widget) => widget.name === name || widget.tag === name);
}

/** The twelve regions' ids (their ISO 3166-2 codes are accepted too). */
export const REGION_IDS = [
  'tanger-tetouan-al-hoceima',
  'oriental',
  'fes-meknes',
  'rabat-sale-kenitra',
  'beni-mellal-khenifra',
  'casablanca-settat',
  'marrakech-safi',
  'draa-tafilalet',
  'souss-massa',
  'guelmim-oued-noun',
  'laayoune-sakia-el-hamra',
  'dakhla-oued-ed-dahab',
];
