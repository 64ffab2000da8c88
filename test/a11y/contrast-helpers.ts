/**
 * Contrast measured from computed colours, for the contrast suites: every
 * drawn text of an element (shadow roots, popovers and popups included)
 * against the background it sits on (WCAG 1.4.3: 4.5:1, large text 3:1),
 * the non-text parts that carry meaning (1.4.11: 3:1), and the focus ring
 * of every focusable control (2.4.7 / 2.4.13: 3:1).
 */
import {
  backgroundBehind,
  contrast,
  describeNode,
  isDrawn,
  isLargeText,
  opacityOf,
  over,
  parseColor,
  type Rgba,
} from './helpers.js';
import { focusIndicatorProblem } from './keyboard-helpers.js';
import { sendKeys } from '@web/test-runner-commands';

/** What the contrast suites measured, for the report. */
export const contrastTally = { texts: 0, graphics: 0, focusRings: 0 };

const rgb = (colour: Rgba) => `rgb(${colour.slice(0, 3).map(Math.round).join(',')})`;

/** Every element under `root` (an element's shadow root), nested shadow roots included. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Whether `element` holds text of its own (a non-blank text node child). */
function ownText(element: Element): boolean {
  return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''));
}

/** The text colour as painted: `fill` for SVG text, `color` otherwise; with the opacity of the element and its ancestors. */
function paintedText(element: Element, behind: Rgba): Rgba {
  const style = getComputedStyle(element);
  const colour = parseColor(element instanceof SVGElement ? style.fill : style.color);
  return over([colour[0], colour[1], colour[2], colour[3] * opacityOf(element)], behind);
}

/** Every drawn text of `host`'s shadow tree whose contrast is under WCAG AA: one line each, empty when all pass. */
export function textContrastProblems(host: Element): string[] {
  const problems: string[] = [];
  for (const element of allElements(host.shadowRoot!)) {
    if (!ownText(element) || !isDrawn(element)) continue;
    contrastTally.texts += 1;
    const style = getComputedStyle(element);
    const behind = backgroundBehind(element);
    const ratio = contrast(paintedText(element, behind), behind);
    const large = element instanceof SVGTextElement ? isLargeSvgText(element) : isLargeText(style);
    const needed = large ? 3 : 4.5;
    if (ratio < needed - 0.005)
      problems.push(
        `${describeNode(element)}: ${rgb(paintedText(element, behind))} on ${rgb(behind)} = ${ratio.toFixed(2)}:1 < ${needed}:1`,
      );
  }
  return problems;
}

/** SVG text is as large as it is drawn. */
function isLargeSvgText(element: SVGTextElement): boolean {
  const height = element.getBoundingClientRect().height;
  const weight = Number(getComputedStyle(element).fontWeight);
  // The box of a line is about 1.2 times its font size.
  const size = height / 1.2;
  return size >= 24 || (size >= 18.66 && weight >= 700);
}

/**
 * A non-text part that carries meaning (an icon, a marker, a pressed
 * state's border) against what it is drawn on: 3:1. `paint` picks the
 * colour that draws it; `on` the background (default: behind the part).
 */
export function graphicProblem(
  part: Element,
  what: string,
  paint: (style: CSSStyleDeclaration) => string,
  on?: Rgba,
): string | undefined {
  if (!isDrawn(part)) return `${what}: not drawn`;
  contrastTally.graphics += 1;
  const behind = on ?? backgroundBehind(part);
  const colour = parseColor(paint(getComputedStyle(part)));
  const painted = over([colour[0], colour[1], colour[2], colour[3] * opacityOf(part)], behind);
  const ratio = contrast(painted, behind);
  return ratio < 3
    ? `${what} ${describeNode(part)}: ${rgb(painted)} on ${rgb(behind)} = ${ratio.toFixed(2)}:1 < 3:1`
    : undefined;
}

/** The controls of `host`'s shadow tree that take focus from the keyboard. */
export function focusables(host: Element): HTMLElement[] {
  return allElements(host.shadowRoot!).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      element.tabIndex >= 0 &&
      isDrawn(element) &&
      !(element as HTMLButtonElement).disabled,
  );
}

/**
 * Focuses each control of `host` as a keyboard user would see it (after a
 * key press, programmatic focus shows :focus-visible) and checks its ring.
 */
export async function focusRingProblems(host: Element): Promise<string[]> {
  const problems: string[] = [];
  await sendKeys({ press: 'Shift' });
  for (const control of focusables(host)) {
    control.focus();
    contrastTally.focusRings += 1;
    // Only the ring here: whether something covers a focused control is the keyboard suite's walk (2.4.11).
    const problem = focusIndicatorProblem(control, { checkObscured: false });
    if (problem) problems.push(problem);
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return problems;
}
