/** base64url (RFC 4648 §5, padding optional) of UTF-8 text, for JSON data in a URL. */
export function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The UTF-8 text of base64url; throws on anything else. */
export function decodeBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded)) throw new Error('not base64url (A–Z a–z 0–9 - _)');
  const binary = atob(
    encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '') +
      '='.repeat((4 - (encoded.replace(/=+$/, '').length % 4)) % 4),
  );
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
