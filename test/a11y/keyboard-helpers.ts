/**
 * Keyboard walks for the accessibility suites: real key presses
 * (@web/test-runner-commands `sendKeys`, which the browser receives as
 * trusted input), the focused element across shadow roots, and the checks
 * made on every control that gets focus: a visible indicator (WCAG 2.4.7,
 * an outline or ring of at least 2 px with 3:1 against what is around it,
 * as 2.4.13 asks) that is not hidden under something else (2.4.11).
 */
import { sendKeys } from '@web/test-runner-commands';
import { backgroundBehind, contrast, describeNode, parseColor, type Rgba } from './helpers.js';
import { engine } from '../support/engine.js';
import { mount } from '../support/helpers.js';

/** The focused element, looking into open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What the keyboard suites did, for the report: walks, key presses, focus indicators checked. */
export const keyTally = { walks: 0, presses: 0, focusChecks: 0 };

/** Presses `key`; `Shift+Tab` holds Shift down around the Tab. */
export async function press(key: string): Promise<void> {
  keyTally.presses += 1;
  // WebDriver presses a chord in one action (test/server/webkit-launcher.mjs), it has no separate key down and up.
  if (key === 'Shift+Tab' && engine === 'webkit') {
    await sendKeys({ press: key });
    return;
  }
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    return;
  }
  // The space bar is ' ' in every engine's key table ('Space' is Chromium's name alone).
  await sendKeys({ press: key === 'Space' ? ' ' : key });
}

/**
 * Mounts `markup` between two page buttons ("before" and "after"), so that a
 * walk starts outside the widget and must come out of it.
 */
export function mountBetweenButtons<T extends Element>(
  markup: string,
): { element: T; before: HTMLButtonElement; after: HTMLButtonElement } {
  const host = mount<HTMLElement>(
    `<div><button type="button" class="walk-before">before</button>${markup}<button type="button" class="walk-after">after</button></div>`,
  );
  return {
    element: host.children[1] as T,
    before: host.querySelector<HTMLButtonElement>('.walk-before')!,
    after: host.querySelector<HTMLButtonElement>('.walk-after')!,
  };
}

/** A walk: the elements focused in order, and what is wrong with their focus indicators. */
export interface Walk {
  visited: Element[];
  focusProblems: string[];
}

/**
 * Presses Tab (or Shift+Tab) from `start` until focus reaches `stop`, and
 * returns every element focused on the way. Fails when `stop` is not reached
 * within `max` presses: a keyboard trap, or a control that takes no focus.
 */
export async function tabWalk(start: HTMLElement, stop: Element, { backwards = false, max = 60 } = {}): Promise<Walk> {
  start.focus();
  keyTally.walks += 1;
  const walk: Walk = { visited: [], focusProblems: [] };
  const visited = walk.visited;
  for (let i = 0; i < max; i += 1) {
    await press(backwards ? 'Shift+Tab' : 'Tab');
    const active = deepActive();
    if (active === stop) return walk;
    if (!active || active === document.body)
      throw new Error(`focus left the page after ${visited.map(describeNode).join(' → ')}`);
    visited.push(active);
    // Checked while it has focus: the indicator exists only now.
    const problem = focusIndicatorProblem(active);
    if (problem) walk.focusProblems.push(problem);
  }
  throw new Error(
    `Tab did not reach the control after the widget within ${max} presses (a trap?): ${visited.slice(-6).map(describeNode).join(' → ')}`,
  );
}

/** The parent in the flat tree. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What is wrong with the focus indicator of the focused `element`, or
 * undefined: it must match :focus-visible and draw an outline (or an
 * outset box-shadow ring) at least 2 px wide whose colour has 3:1 against
 * the background it is drawn on, and (`checkObscured`) the element must
 * not be entirely covered by something else.
 */
export function focusIndicatorProblem(element: Element, { checkObscured = true } = {}): string | undefined {
  keyTally.focusChecks += 1;
  const what = describeNode(element);
  // A date control's focus sits on its inner fields (Chromium): the control itself matches :focus-within, and draws its ring then.
  const focusedInside = element.matches("input:is([type='date'], [type='datetime-local']):focus-within");
  if (!element.matches(':focus-visible') && !focusedInside) return `${what}: not :focus-visible after a key press`;
  const style = getComputedStyle(element);
  let ring: { colour: Rgba; width: number; inside: boolean } | undefined;
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
    ring = {
      colour: parseColor(style.outlineColor),
      width: parseFloat(style.outlineWidth),
      inside: parseFloat(style.outlineOffset) < 0,
    };
  } else if (style.boxShadow !== 'none') {
    // "rgb(…) 0px 0px 0px 3px": a spread ring.
    const match = /^(rgba?\([^)]*\)|[a-z]+)\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px(\s+inset)?/.exec(
      style.boxShadow,
    );
    if (match) ring = { colour: parseColor(match[1]), width: parseFloat(match[5]), inside: Boolean(match[6]) };
  }
  if (!ring) return `${what}: no outline and no box-shadow ring when focused`;
  if (ring.width < 2) return `${what}: focus ring ${ring.width}px wide, under 2px`;
  // An outline outside the box is drawn on the parent's background; one inside (negative offset), on the element's own.
  const behind = ring.inside ? backgroundBehind(element) : backgroundBehind(parentOf(element) ?? element);
  const ratio = contrast(ring.colour, behind);
  if (ratio < 3)
    return `${what}: focus ring rgb(${ring.colour.slice(0, 3).join(',')}) on rgb(${behind.slice(0, 3).map(Math.round).join(',')}) has ${ratio.toFixed(2)}:1, under 3:1`;
  if (checkObscured && isObscured(element)) return `${what}: focused but entirely covered by another element`;
  return undefined;
}

/** Whether none of five points of the element (centre, four inset corners) shows the element itself, or it is out of the viewport. */
export function isObscured(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) return true;
  const root = element.getRootNode() as Document | ShadowRoot;
  const inset = Math.min(4, rect.width / 4, rect.height / 4);
  const points: Array<[number, number]> = [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
  ];
  return !points.some(([x, y]) => {
    const hit = root.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

/** The focus-indicator problem of the element focused now, as a list (empty when it is fine), for one assertion. */
export function focusedProblems(): string[] {
  const active = deepActive();
  const problem = active ? focusIndicatorProblem(active) : 'nothing focused';
  return problem ? [problem] : [];
}

/** Resolves after the next rendered frame (anchored popovers and scrolled content are placed then), or 200 ms. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
