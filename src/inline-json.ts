import { JihaError } from './errors.js';

/** JSON.parse with the contract's `invalid-json` code and where the text came from. */
export function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JihaError('invalid-json', `${origin}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The text of the first `<script type="…json">` child of `host` whose type
 * is one of `types`, or undefined when there is none.
 */
export function inlineJsonText(host: Element, types: readonly string[]): string | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName !== 'script') continue;
    const type = (child.getAttribute('type') ?? '').trim().toLowerCase();
    if (types.includes(type)) return child.textContent ?? '';
  }
  return undefined;
}
