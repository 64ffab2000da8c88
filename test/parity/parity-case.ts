/** One shared case of the fallback parity suite (test/parity/cases.mjs). */
export interface ParityCase {
  /** What the case shows, for the report. */
  name: string;
  widget: string;
  lang: string;
  /** Attribute name → value; `true` is a boolean attribute that is on. */
  attributes: Record<string, string | true>;
  /** Inline data: JSON, or CSV when `csv` (between the shortcodes in WordPress). */
  content: string;
  csv: boolean;
}
