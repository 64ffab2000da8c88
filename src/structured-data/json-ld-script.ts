import { STRUCTURED_DATA_MARKER, type StructuredDataSnapshot } from '../core/structured-data-controller.js';
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

/** What each element last wrote, by its dependencies. */
const written = new WeakMap<Element, readonly unknown[]>();

/**
 * Brings `host`'s JSON-LD in step with `snapshot`: written again only when
 * what it depends on changed (a timeline rendering its next year groups
 * must not re-serialise thousands of events), removed when there is none.
 */
export function syncStructuredData<M>(host: Element, module: M, snapshot: StructuredDataSnapshot<M> | undefined): void {
  if (!snapshot) {
    written.delete(host);
    writeStructuredData(host, undefined);
    return;
  }
  const before = written.get(host);
  if (
    before &&
    before.length === snapshot.deps.length &&
    before.every((value, index) => Object.is(value, snapshot.deps[index]))
  )
    return;
  written.set(host, snapshot.deps);
  snapshot.write(module);
}
