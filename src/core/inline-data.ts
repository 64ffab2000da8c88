import { JihaError } from './errors.js';

/** JSON.parse with the contract's `invalid-json` code and where the text came from. */
export function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JihaError('invalid-json', `${origin}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** True when `node` is a `<script>` whose type is one of `types` (`application/json`). */
export function isDataScript(node: Node | null, types: readonly string[]): node is Element {
  return node instanceof Element && node.localName === 'script' && types.includes((node.getAttribute('type') ?? '').trim().toLowerCase());
}

/**
 * The text of the first `<script type="…json">` child of `host` whose type
 * is one of `types`, or undefined when there is none.
 */
export function inlineJsonText(host: Element, types: readonly string[]): string | undefined {
  const script = Array.from(host.children).find((child) => isDataScript(child, types));
  return script && (script.textContent ?? '');
}
