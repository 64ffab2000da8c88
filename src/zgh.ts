/**
 * Tamazight (Standard Moroccan Tamazight, Tifinagh script) calendar names and
 * plural rule. Browsers ship no `zgh` locale data (Chromium formats `zgh` as
 * en-US), so the library carries them. Names are CLDR's `zgh` data (as ICU
 * 78 prints them in Node 20), January first, Sunday first.
 */
export const ZGH_MONTHS = [
  'ⵉⵏⵏⴰⵢⵔ', 'ⴱⵕⴰⵢⵕ', 'ⵎⴰⵕⵚ', 'ⵉⴱⵔⵉⵔ', 'ⵎⴰⵢⵢⵓ', 'ⵢⵓⵏⵢⵓ',
  'ⵢⵓⵍⵢⵓⵣ', 'ⵖⵓⵛⵜ', 'ⵛⵓⵜⴰⵏⴱⵉⵔ', 'ⴽⵜⵓⴱⵔ', 'ⵏⵓⵡⴰⵏⴱⵉⵔ', 'ⴷⵓⵊⴰⵏⴱⵉⵔ',
] as const;

export const ZGH_WEEKDAYS = ['ⴰⵙⴰⵎⴰⵙ', 'ⴰⵢⵏⴰⵙ', 'ⴰⵙⵉⵏⴰⵙ', 'ⴰⴽⵕⴰⵙ', 'ⴰⴽⵡⴰⵙ', 'ⴰⵙⵉⵎⵡⴰⵙ', 'ⴰⵙⵉⴹⵢⴰⵙ'] as const;

/**
 * CLDR's rule for Central Atlas Tamazight (`tzm`), the closest language with
 * a published rule: `one` for 0, 1 and 11–99, `other` for the rest.
 */
export function zghPluralCategory(n: number): Intl.LDMLPluralRule {
  const integer = Number.isInteger(n);
  return integer && (n === 0 || n === 1 || (n >= 11 && n <= 99)) ? 'one' : 'other';
}
