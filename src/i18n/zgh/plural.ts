/**
 * Tamazight (Standard Moroccan Tamazight, Tifinagh script) plural rule.
 * Browsers ship no `zgh` locale data (Chromium formats `zgh` as en-US), so
 * the library carries it; the calendar names are in zgh-calendar.ts, loaded
 * with the Tamazight strings.
 */

/**
 * CLDR's rule for Central Atlas Tamazight (`tzm`), the closest language with
 * a published rule: `one` for 0, 1 and 11–99, `other` for the rest.
 */
export function zghPluralCategory(n: number): Intl.LDMLPluralRule {
  const integer = Number.isInteger(n);
  return integer && (n === 0 || n === 1 || (n >= 11 && n <= 99)) ? 'one' : 'other';
}
