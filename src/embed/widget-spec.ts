/**
 * The shape of a widget as the embed page and the snippet builder see it
 * (src/embed/widgets.generated.ts, written from the elements): the content
 * attributes it accepts with the kind of value, so that the builder can
 * validate as the editor types and the embed page can refuse an attribute
 * the element does not have (a typo in a CMS).
 */
export type FieldKind =
  | 'text'
  | 'url'
  /** One address or several separated by white space (a news list's feeds). */
  | 'urls'
  | 'image'
  | 'date'
  | 'number'
  | 'standard'
  | 'choice'
  | 'boolean'
  | 'regions'
  | 'center'
  | 'tiles';

export interface FieldSpec {
  /** The attribute name (also the query parameter of embed.html). */
  readonly name: string;
  /** The element's property for it (`image-alt` → `imageAlt`). */
  readonly property: string;
  readonly kind: FieldKind;
  /** The allowed values of a `choice`. */
  readonly choices?: readonly string[];
  /** Bounds of a `number`. */
  readonly min?: number;
  readonly max?: number;
}

export interface WidgetSpec {
  /** The name used in `?widget=` and in the file `dist/<name>.js`. */
  readonly name: string;
  readonly tag: string;
  /** Every attribute the builder offers and the embed page accepts, `src` and `timeout` included. */
  readonly fields: readonly FieldSpec[];
  /** A height (px) for the iframe when the host runs no resizer script. */
  readonly fallbackHeight: number;
  /** Reads pasted CSV too (`<script type="text/csv">`, the embed's `csv` parameter). */
  readonly csv?: boolean;
}
