/**
 * A list's `src`: one address, or several separated by white space (an
 * address has no raw space). Pure: no DOM.
 */
export function feedAddresses(src: string): string[] {
  return src.split(/\s+/).filter(Boolean);
}
