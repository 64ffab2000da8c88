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
  return (
    node instanceof Element &&
    node.localName === 'script' &&
    types.includes((node.getAttribute('type') ?? '').trim().toLowerCase())
  );
}
