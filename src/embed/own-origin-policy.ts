/**
 * The embed page's policy for what it may load, with its own origin written
 * out. Under the snippet's sandbox the page's origin is opaque, and WebKit
 * (Safari) matches `'self'` against that opaque origin, so nothing: not
 * embed.js, not embed.css, not data on the page's own server. embed.html's
 * own policy therefore names schemes where the contract's line says
 * `'self'` (the file itself loads nothing else), and this, before anything
 * else runs, adds the contract's policy with the page's origin (the origin
 * of its address, which `location` keeps under the sandbox; images over
 * https too, for the map's tiles). A page obeys
 * every policy it has, so it ends as strict as the contract's line.
 * embed.ts calls it before it builds anything.
 */
export function enforceOwnOriginPolicy(): void {
  const own = `'self' ${location.origin}`;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `default-src ${own}; img-src ${own} data: https:; style-src ${own}; script-src ${own}`;
  document.head.prepend(meta);
}
