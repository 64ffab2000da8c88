/**
 * CSV as it arrives (an inline `<script type="text/csv">` or a `src`
 * answering `text/csv`), before an element's CSV reader (loaded only then)
 * reads it. Tiny and in the core: elements tell it apart from JSON with
 * `instanceof`.
 */
export class CsvText {
  constructor(
    readonly text: string,
    /** Where it came from, for error messages (`inline <script>`, the URL). */
    readonly origin: string,
  ) {}
}

/** The inline script type, and the content type, of CSV. */
export const CSV_TYPE = 'text/csv';
