/**
 * The "paste-in" HTML a docs page shows under a story: the script tag of the
 * element's file and the element with its attributes and, when the story
 * passes data, that data as the inline `<script type="application/json">`
 * a CMS editor pastes. Shared by the stories of every element.
 */

/** An attribute value: `false`, `null`, `undefined` and `''` leave the attribute out; `true` writes it bare. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface SnippetOptions {
  /** The entry file under dist/, e.g. `news-card.js`. */
  entry: string;
  tag: string;
  attributes: Record<string, AttributeValue>;
  /** Written as inline JSON when defined. */
  data?: unknown;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Inline JSON must not close its own script element. */
const escapeScriptText = (json: string) => json.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function pasteInSnippet({ entry, tag, attributes, data }: SnippetOptions): string {
  return pasteInSnippets(entry, [{ tag, attributes, data }]);
}

/** Several elements of one entry file (a row of badges): the script tag once, then each element. */
export function pasteInSnippets(entry: string, elements: Omit<SnippetOptions, 'entry'>[]): string {
  const lines = [
    `<!-- once per page: dist/${entry} copied to your site -->`,
    `<script type="module" src="/jiha-widgets/${entry}"></script>`,
    '',
  ];
  for (const { tag, attributes, data } of elements) {
    const attrs = Object.entries(attributes)
      .filter(([, value]) => value !== false && value !== null && value !== undefined && value !== '')
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
      .join('');
    if (data === undefined) {
      lines.push(`<${tag}${attrs}></${tag}>`);
    } else {
      const json = escapeScriptText(JSON.stringify(data, null, 2)).replace(/^/gm, '    ');
      lines.push(`<${tag}${attrs}>`, '  <script type="application/json">', json, '  </script>', `</${tag}>`);
    }
  }
  return lines.join('\n');
}
