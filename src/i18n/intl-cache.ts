/**
 * Intl objects by kind and arguments, built once: building an Intl
 * formatter costs far more than using one.
 */

/** Intl objects and time-zone checks by kind and arguments. */
const made = new Map<string, unknown>();

/** `make()`'s value for `key`, computed once. */
export function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** A cached Intl.DateTimeFormat. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(`d${locale}|${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      // An invalid locale tag from the page: the UI language still formats.
      return new Intl.DateTimeFormat(locale.split('-')[0], options);
    }
  });
}
