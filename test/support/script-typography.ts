/**
 * Arabic and Tifinagh typography as computed, for the elements that show
 * running text: Arabic lines at least 1.7 times the text size (headings
 * 1.45), Arabic links underlined under the descenders (not through the
 * letters' dots), and no bold or italic faked by the browser for either
 * script (`font-synthesis` without `weight` and `style`).
 */

import { allElements } from '../a11y/contrast-helpers.js';

const ARABIC = /^ar\b/i;
const TIFINAGH = /^(zgh|tzm|ber)\b/i;

const ownText = (element: Element) =>
  [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''));

/** Whether the browser may fake a bold (`weight`) or an italic (`style`) for `element`. */
function synthesises(style: CSSStyleDeclaration, which: 'weight' | 'style'): boolean {
  const longhand = (style as unknown as Record<string, string | undefined>)[
    which === 'weight' ? 'fontSynthesisWeight' : 'fontSynthesisStyle'
  ];
  if (typeof longhand === 'string' && longhand !== '') return longhand !== 'none';
  return style.fontSynthesis.split(/\s+/).includes(which);
}

const isHeading = (element: Element) =>
  /^h[1-6]$/.test(element.localName) || Boolean(element.closest('h1, h2, h3, h4, h5, h6, .headline, .heading'));

/** One line per text of `host`'s shadow tree in Arabic or Tifinagh that breaks the rules above; empty when none does. */
export function scriptTypographyProblems(host: Element): string[] {
  const problems: string[] = [];
  for (const element of allElements(host.shadowRoot!)) {
    if (!ownText(element)) continue;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
    const arabic = ARABIC.test(lang);
    if (!arabic && !TIFINAGH.test(lang)) continue;
    const style = getComputedStyle(element);
    const what = `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} (${lang}) "${element.textContent!.trim().slice(0, 24)}"`;
    for (const which of ['weight', 'style'] as const)
      if (synthesises(style, which)) problems.push(`${what}: font-synthesis lets the browser fake the ${which}`);
    if (!arabic || element instanceof SVGElement) continue;
    if (element.closest('a') && !style.textUnderlinePosition.includes('under'))
      problems.push(`${what}: a link underlined at "${style.textUnderlinePosition}", through the letters`);
    const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    const least = isHeading(element) ? 1.45 : 1.7;
    if (!(ratio >= least - 0.01))
      problems.push(
        `${what}: line height ${style.lineHeight} is ${ratio.toFixed(2)} × ${style.fontSize}, under ${least}`,
      );
  }
  return problems;
}
