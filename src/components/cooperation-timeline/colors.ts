/**
 * Partner colours come from data, and data is untrusted: only plain colour
 * values are kept (hex, rgb/hsl/oklch functions with numbers, named colours),
 * so nothing else can reach a style.
 */
const COLOR =
  /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\(\s*[-0-9.%\s,/a-z]*\)|[a-z]{3,20})$/i;

/** The colour when it is a plain CSS colour value, else undefined. */
export function safeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const color = value.trim();
  if (!COLOR.test(color) || /url|var|expression|calc|attr/i.test(color)) return undefined;
  return color;
}
