import { STRUCTURED_DATA_MARKER } from '../core/structured-data-controller.js';
import { jihaPolicy } from '../security/trusted-types.js';

const MARKER = STRUCTURED_DATA_MARKER;
const SELECTOR = `:scope > script[${MARKER}]`;

/**
 * Puts `value` as a schema.org JSON-LD script in `host`'s light DOM, where
 * crawlers read it, replacing the one written before; `undefined` removes it.
 * `<` is escaped so that no string in the data can close the script.
 */
export function writeStructuredData(host: Element, value: object | undefined): void {
  const existing = host.querySelector(SELECTOR);
  if (!value) {
    existing?.remove();
    return;
  }
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  if (existing?.textContent === json) return;
  const policy = jihaPolicy();
  const text = (policy ? policy.createScript(json) : json) as string;
  const script = existing ?? document.createElement('script');
  if (!existing) {
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute(MARKER, '');
  }
  // `text` (not textContent) is the property Trusted Types accept a TrustedScript for.
  (script as HTMLScriptElement).text = text;
  if (!existing) host.append(script);
}
