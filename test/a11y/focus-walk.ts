/**
 * A Tab walk through one widget for 2.4.7 and 2.4.11
 * (focus-visible.test.ts, builder-embed.test.ts): from a page button before
 * it to one after it, every stop must match :focus-visible with a ring of
 * at least 2 px and 3:1 (keyboard-helpers.ts) and must not be entirely
 * covered once the frame is drawn. One cover is allowed and named: content
 * the visitor opened (the badge's details, a map popup) that Escape closes
 * without moving focus, as 2.4.11's understanding document allows
 * (keyboard.test.ts presses that Escape).
 */
import { flatParent } from '../support/wcag-geometry.js';
import { describeNode } from './helpers.js';
import { deepActive, focusIndicatorProblem, nextFrame, press } from './keyboard-helpers.js';

/** Content a visitor opens and Escape closes, focus staying where it is: the badge's details, a map popup. */
const OPENED_BY_VISITOR = ':popover-open, .leaflet-popup';

/** What covers the centre and the four inset corners of `element`, or undefined when one of them shows it. */
export function coverOf(element: Element): Element | 'off the viewport' | undefined {
  const rect = element.getBoundingClientRect();
  if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth)
    return 'off the viewport';
  const root = element.getRootNode() as Document | ShadowRoot;
  const inset = Math.min(4, rect.width / 4, rect.height / 4);
  let cover: Element | undefined;
  for (const [x, y] of [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
  ]) {
    const hit = root.elementFromPoint(x, y);
    if (hit && (hit === element || element.contains(hit))) return undefined;
    cover ??= hit ?? undefined;
  }
  return cover;
}

/** The opened content `node` is in, if any. */
function openedContent(node: Element): Element | null {
  for (let element: Element | null = node; element; element = flatParent(element))
    if (element.matches(OPENED_BY_VISITOR)) return element;
  return null;
}

/** What a walk found: its stops, the problems, and the stops covered by opened content. */
export interface FocusWalk {
  stops: number;
  problems: string[];
  opened: string[];
}

/** Tabs through `element` between two page buttons put around it (and left there). */
export async function focusWalk(element: Element, what: string, max = 200): Promise<FocusWalk> {
  const before = document.createElement('button');
  const after = document.createElement('button');
  before.textContent = 'before';
  after.textContent = 'after';
  element.before(before);
  element.after(after);
  await nextFrame();
  before.focus();
  const walk: FocusWalk = { stops: 0, problems: [], opened: [] };
  for (let i = 0; ; i += 1) {
    if (i > max) throw new Error(`${what}: Tab did not leave the widget in ${max} presses`);
    await press('Tab');
    const active = deepActive();
    if (active === after) return walk;
    if (!active || active === document.body) throw new Error(`${what}: focus left the page`);
    walk.stops += 1;
    const problem = focusIndicatorProblem(active, { checkObscured: false });
    if (problem) walk.problems.push(`${what}: ${problem}`);
    // What is seen once drawn: focus may first scroll a box, then the widget puts things back.
    // WebKit under load may take several frames: up to five (a second at most) before the stop counts as covered.
    let cover = coverOf(active);
    for (let frame = 0; cover && frame < 5; frame += 1) {
      await nextFrame();
      cover = coverOf(active);
    }
    if (!cover) continue;
    const opened = cover === 'off the viewport' ? null : openedContent(cover);
    if (opened && !opened.contains(active) && !opened.shadowRoot?.contains(active))
      walk.opened.push(
        `${describeNode(active).slice(0, 40)} under ${opened.getAttribute('class') ?? opened.localName}`,
      );
    else
      walk.problems.push(
        `${what}: ${describeNode(active)} covered by ${cover === 'off the viewport' ? cover : describeNode(cover)}`,
      );
  }
}
