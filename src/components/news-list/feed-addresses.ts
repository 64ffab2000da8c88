/**
 * A list's `src`: one address, or several separated by white space (an
 * address has no raw space).
 */
export function feedAddresses(src: string): string[] {
  return src.split(/\s+/).filter(Boolean);
}

/** A source's site's host name, which names it when it has neither a label nor a feed title. */
export function hostName(address: string): string {
  try {
    return new URL(address, document.baseURI).hostname || address;
  } catch {
    return address;
  }
}
