/**
 * The visitor's consent to a tile server on another host (docs/elements/geopark-map.md): a tile server sees each visitor's address, so tiles from another host
 * wait until the visitor agrees. The choice is remembered per tile host in
 * `localStorage` under one key where storage is allowed; where it is not
 * (private mode, a sandboxed iframe, a page that blocks it) it lasts as long
 * as the page, and the map works the same. Maps on the same page (and other
 * tabs, through the `storage` event) follow a choice made in one of them.
 */

/** The `localStorage` key: a JSON list of the tile hosts the visitor agreed to. */
export const CONSENT_KEY = 'jiha-tiles-consent';

/** Tile hosts agreed to on this page (kept even when storage refuses them). */
const agreed = new Set<string>();
/** Hosts the visitor went back from on this page (storage may still list them if it refuses writes). */
const withdrawn = new Set<string>();
const listeners = new Set<() => void>();
let listeningToStorage = false;

/** Where the tiles of `template` come from, as the visitor reads it (e.g. `tile.openstreetmap.org`); null on the page's own origin. */
export function foreignTileHost(template: string): string | null {
  // Placeholders become something a URL parser takes; `{s}` stays visible in the host, as the template says.
  const parsed = parseTemplate(template);
  if (!parsed || parsed.origin === ownOrigin()) return null;
  const literal = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(template.trim());
  return (literal ? literal[1] : parsed.host).toLowerCase();
}

function parseTemplate(template: string): URL | undefined {
  try {
    return new URL(
      template
        .trim()
        .replace(/\{ *s *\}/g, 'a')
        .replace(/\{[^}]*\}/g, '0'),
      document.baseURI,
    );
  } catch {
    return undefined;
  }
}

/** The page's origin, from its address (a sandboxed frame's opaque origin still has one). */
function ownOrigin(): string {
  return location.origin;
}

/** The hosts stored as agreed to; none where storage is refused or holds something else. */
function storedHosts(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(CONSENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : [];
  } catch {
    return [];
  }
}

function store(hosts: string[]): void {
  try {
    if (hosts.length > 0) localStorage.setItem(CONSENT_KEY, JSON.stringify(hosts));
    else localStorage.removeItem(CONSENT_KEY);
  } catch {
    // Storage refused (private mode, sandbox, quota): the choice lasts for this page only.
  }
}

/** Whether the visitor agreed to tiles from `host`, on this page or before. */
export function hasConsent(host: string): boolean {
  if (agreed.has(host)) return true;
  return !withdrawn.has(host) && storedHosts().includes(host);
}

/** The visitor agreed (`true`) to tiles from `host`, or went back to the map without them. */
export function setConsent(host: string, granted: boolean): void {
  (granted ? agreed : withdrawn).add(host);
  (granted ? withdrawn : agreed).delete(host);
  const others = storedHosts().filter((stored) => stored !== host);
  store(granted ? [...others, host] : others);
  notify();
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/** Another tab's choice replaces this page's own for the hosts it names. */
function onStorage(event: StorageEvent): void {
  if (event.key !== CONSENT_KEY && event.key !== null) return;
  agreed.clear();
  withdrawn.clear();
  notify();
}

/** Calls `listener` when a choice changes (on this page or in another tab); returns the unsubscriber. */
export function onConsentChange(listener: () => void): () => void {
  listeners.add(listener);
  // A module-level handler: one written here would share this call's scope, and the page's window would keep the first listener's map alive.
  if (!listeningToStorage) {
    listeningToStorage = true;
    addEventListener('storage', onStorage);
  }
  return () => listeners.delete(listener);
}
