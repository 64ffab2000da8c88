/**
 * Geometry for the WCAG 2.2 checks axe cannot make (issue 23), shared by
 * test/a11y/{reflow,text-spacing,text-size,target-size,focus-visible,reduced-motion}.test.ts:
 * every element and text node of a widget in the flat tree (nested shadow
 * roots included), text cut by a clipping ancestor or overlapping other
 * text or a control (1.4.4, 1.4.10, 1.4.12), parts drawn beyond the
 * widget's box (1.4.10: the page would scroll sideways), targets under
 * 24 × 24 px and the exception that allows each (2.5.8), and animations
 * still running (2.3.3). Measured from layout boxes, never from pixels.
 */

/** The WCAG 1.4.12 text spacing, as a bookmarklet applies it: `!important` on every element. */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

/** Half a pixel of rounding, and a little more where engines round line boxes differently. */
const SLACK = 1;

/** The parent in the flat tree: across a shadow root to its host (in this document or a same-origin frame's). */
export function flatParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The computed style of `element` from its own window (a same-origin frame's for an embed). */
const styleOf = (element: Element): CSSStyleDeclaration =>
  (element.ownerDocument.defaultView ?? window).getComputedStyle(element);

/** `host`, its shadow root's elements, and theirs, depth first (light DOM children of hosts too: slotted ones are drawn). */
export function deepElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    found.push(element);
    if (element.shadowRoot) for (const child of element.shadowRoot.children) visit(child);
    for (const child of element.children) visit(child);
  };
  visit(host);
  return found;
}

/** Every shadow root under `host`, `host`'s own first. */
export function deepShadowRoots(host: Element): ShadowRoot[] {
  return deepElements(host).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
}

/** Adds the 1.4.12 spacing inside every shadow root under `host` and to the page (what a user style sheet reaches). Returns the undo. */
export function applyTextSpacingEverywhere(host: Element): () => void {
  // A sheet of the host's own window: a frame's document adopts no other.
  const page = host.ownerDocument;
  const sheet = new (page.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING_CSS);
  const roots: Array<Document | ShadowRoot> = [page, ...deepShadowRoots(host)];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((each) => each !== sheet);
  };
}

/**
 * Lays out every `content-visibility: auto` part under `host` as it is once
 * scrolled into view (its containment kept, so that it still clips), so
 * that parts off the screen are measured too. Idempotent.
 */
export function renderOffscreenParts(host: Element): void {
  for (const element of deepElements(host)) {
    if (!('style' in element) || styleOf(element).contentVisibility !== 'auto') continue;
    (element as HTMLElement).style.setProperty('content-visibility', 'visible');
    (element as HTMLElement).style.setProperty('contain', 'layout style paint');
  }
}

/** The open popover (top layer) `node` is in, if any: drawn over the page, not inside its widget's box. */
export function topLayerOf(node: Node): Element | null {
  for (let element = flatParent(node); element; element = flatParent(element))
    if (element.matches(':popover-open')) return element;
  return null;
}

/** What an open popover must fit on the inline axis: the viewport it is placed against (anchor positioning, `vw` sizes). */
export function viewportBox(page: Document = document): { left: number; right: number } {
  return { left: 0, right: page.documentElement.clientWidth };
}

/** Whether `element` or an ancestor hides it: not displayed, invisible, or the visually hidden pattern (1 px clipped). */
function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = flatParent(node)) {
    // The content of a closed <details> is not drawn, though its text still reports boxes; its summary is.
    const parent = flatParent(node);
    if (parent instanceof HTMLDetailsElement && !parent.open && node !== parent.querySelector(':scope > summary'))
      return true;
    const style = styleOf(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    if (style.clipPath === 'inset(50%)' || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.clip)) return true;
    const rect = node.getBoundingClientRect();
    if ((rect.width <= 1 || rect.height <= 1) && style.overflow !== 'visible' && style.display !== 'contents')
      return true;
  }
  return false;
}

/** One drawn line of text: the node, its line box, and its font size. */
export interface TextLine {
  node: Text;
  rect: DOMRect;
  fontSize: number;
  /** The part of the line drawn now: its box within every ancestor that clips or scrolls, or null when none is. */
  shown: Box | null;
}

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether `style` scrolls on either axis: what lies beyond its box is reachable inside it. */
function scrolls(style: CSSStyleDeclaration): boolean {
  return /auto|scroll/.test(style.overflowX) || /auto|scroll/.test(style.overflowY);
}

/** `rect` within every ancestor of `node` that clips or scrolls (up to an open popover or `host`), or null when nothing of it is. */
function shownPart(node: Node, rect: Box, host: Element): Box | null {
  let shown: Box = { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
  for (let element = flatParent(node); element; element = flatParent(element)) {
    const style = styleOf(element);
    const clip = clips(style);
    if (clip.x || clip.y || scrolls(style)) {
      const box = element.getBoundingClientRect();
      shown = {
        left: Math.max(shown.left, box.left),
        right: Math.min(shown.right, box.right),
        top: Math.max(shown.top, box.top),
        bottom: Math.min(shown.bottom, box.bottom),
      };
      if (shown.right - shown.left < 1 || shown.bottom - shown.top < 1) return null;
    }
    if (element === host || element.matches(':popover-open')) break;
  }
  return shown;
}

const describeText = (node: Node) => `"${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** Whether `node` lies inside an element matching `ignore` (in its own tree or a host's). */
function ignored(node: Node, ignore?: string): boolean {
  if (!ignore) return false;
  for (let element = flatParent(node); element; element = flatParent(element)) if (element.matches(ignore)) return true;
  return false;
}

/** The drawn lines of every text node under `host` (shadow roots included), except hidden ones and those under `ignore`. */
export function textLines(host: Element, ignore?: string): TextLine[] {
  renderOffscreenParts(host);
  const lines: TextLine[] = [];
  const visit = (root: Node) => {
    const walker = host.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.textContent?.trim()) continue;
      const parent = flatParent(node);
      if (!parent || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName) || parent.closest('template')) continue;
      if (ignored(node, ignore) || isHidden(parent)) continue;
      const range = host.ownerDocument.createRange();
      range.selectNodeContents(node);
      const fontSize = parseFloat(styleOf(parent).fontSize);
      for (const rect of range.getClientRects())
        if (rect.width > 0.5 && rect.height > 0.5)
          lines.push({ node, rect, fontSize, shown: shownPart(node, rect, host) });
    }
  };
  for (const element of deepElements(host)) if (element.shadowRoot) visit(element.shadowRoot);
  return lines;
}

/** Whether `style` clips what overflows its box: overflow hidden or clip, paint containment, or content-visibility. */
function clips(style: CSSStyleDeclaration): { x: boolean; y: boolean } {
  const contained = /paint|strict|content/.test(style.contain) || style.contentVisibility === 'auto';
  const cut = (value: string) => value === 'hidden' || value === 'clip';
  return { x: contained || cut(style.overflowX), y: contained || cut(style.overflowY) };
}

/**
 * Text that is cut: a line box running out of an ancestor that clips
 * (overflow hidden or clip, paint containment, content-visibility; a
 * scrolling ancestor keeps it reachable), or an ellipsis or line clamp that
 * hides part of it. `ignore`: parts whose clipping is their nature (a map's
 * markers run off the map as it pans).
 */
export function clippedTextProblems(host: Element, ignore?: string): string[] {
  const problems = new Set<string>();
  for (const { node, rect } of textLines(host, ignore)) {
    for (let element = flatParent(node); element; element = flatParent(element)) {
      const style = styleOf(element);
      // What runs out of a scrolling box is reachable by scrolling it.
      if (scrolls(style)) break;
      const clip = clips(style);
      if (clip.x || clip.y) {
        const box = element.getBoundingClientRect();
        const outX = Math.max(box.left - rect.left, rect.right - box.right);
        const outY = Math.max(box.top - rect.top, rect.bottom - box.bottom);
        // A line box is taller than its glyphs: a quarter of its height may lie out of a clipping box unseen.
        if ((clip.x && outX > SLACK) || (clip.y && outY > Math.max(SLACK, rect.height / 4)))
          problems.add(
            `${describeText(node)} cut by ${element.localName}.${element.getAttribute('class') ?? ''} (${Math.round(Math.max(outX, outY))} px out)`,
          );
      }
      // Nothing clips a popover in the top layer but itself.
      if (element === host || element.matches(':popover-open')) break;
    }
    const parent = flatParent(node)!;
    const style = styleOf(parent);
    if (style.textOverflow === 'ellipsis' && parent.scrollWidth > parent.clientWidth + SLACK)
      problems.add(`${describeText(node)} ends in an ellipsis`);
    const clamp = style.getPropertyValue('-webkit-line-clamp');
    if (clamp && clamp !== 'none' && parent.scrollHeight > parent.clientHeight + SLACK)
      problems.add(`${describeText(node)} clamped to ${clamp} lines`);
  }
  return [...problems];
}

/** The em box of a line, centred in its line box: what two lines must not share (line boxes of tall scripts may touch). */
function emBox({ rect, fontSize, shown }: TextLine): Box | null {
  if (!shown) return null;
  const middle = rect.top + rect.height / 2;
  const half = Math.min(rect.height, fontSize) / 2;
  const box = {
    left: Math.max(rect.left, shown.left) + SLACK,
    right: Math.min(rect.right, shown.right) - SLACK,
    top: Math.max(middle - half, shown.top) + SLACK,
    bottom: Math.min(middle + half, shown.bottom) - SLACK,
  };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

const meet = (a: Box | null, b: Box | null) =>
  a !== null && b !== null && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The controls under `host` that can be clicked or focused (the targets of 2.5.8). */
export function targets(host: Element, ignore?: string): HTMLElement[] {
  const selector =
    'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
  return deepElements(host).filter(
    (element): element is HTMLElement =>
      'focus' in element &&
      element.matches(selector) &&
      !(element as HTMLButtonElement).disabled &&
      !ignored(element, ignore) &&
      !isHidden(element),
  );
}

/**
 * Text drawn over other text (the em boxes of lines of different text
 * nodes meet) or under a control it does not belong to (a button over a
 * popup's words).
 */
export function overlapProblems(host: Element, ignore?: string): string[] {
  const lines = textLines(host, ignore);
  const layers = lines.map(({ node }) => topLayerOf(node));
  const problems = new Set<string>();
  for (let i = 0; i < lines.length; i += 1) {
    const a = emBox(lines[i]);
    for (let j = i + 1; j < lines.length; j += 1) {
      if (lines[i].node === lines[j].node) continue;
      // An open popover is drawn over the page on purpose (Escape or its close button dismisses it).
      if (layers[i] !== layers[j]) continue;
      if (meet(a, emBox(lines[j])))
        problems.add(`${describeText(lines[i].node)} overlaps ${describeText(lines[j].node)}`);
    }
  }
  const all = targets(host, ignore);
  // Controls that hold other controls (a focusable map holding its markers) are surfaces, not things drawn over text.
  const controls = all
    .filter((control) => !all.some((other) => other !== control && control.contains(other)))
    .map((control) => ({ control, rect: control.getBoundingClientRect(), layer: topLayerOf(control) }));
  lines.forEach((line, index) => {
    const box = emBox(line);
    for (const { control, rect, layer } of controls) {
      if (layer !== layers[index]) continue;
      if (control.contains(line.node) || control.shadowRoot?.contains(line.node)) continue;
      // A control inside the text's own element (a link in a sentence) is part of it.
      if (flatParent(line.node)!.contains(control)) continue;
      if (meet(box, rect))
        problems.add(`${describeText(line.node)} under ${control.localName}.${control.getAttribute('class') ?? ''}`);
    }
  });
  return [...problems];
}

/** Whether `element` scrolls (its overflow auto or scroll on the inline axis): what lies beyond its box is reachable inside it. */
function scrollsInline(element: Element): boolean {
  const style = styleOf(element);
  return style.overflowX === 'auto' || style.overflowX === 'scroll';
}

/**
 * Parts drawn beyond the widget's box on the inline axis, which would make
 * a 320 px page scroll sideways (1.4.10), except inside a container that
 * scrolls or clips them (`clippedTextProblems` says whether text is cut).
 */
export function beyondBoxProblems(host: Element, ignore?: string): string[] {
  renderOffscreenParts(host);
  const page = viewportBox(host.ownerDocument);
  const problems: string[] = [];
  for (const element of deepElements(host)) {
    if (element === host || ignored(element, ignore)) continue;
    // An open popover is placed in the page, not in its widget: it must fit the page.
    const box = topLayerOf(element) || element.matches(':popover-open') ? page : host.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    if (rect.left >= box.left - SLACK && rect.right <= box.right + SLACK) continue;
    let contained = false;
    for (let parent = flatParent(element); parent && parent !== host; parent = flatParent(parent)) {
      if (scrollsInline(parent) || clips(styleOf(parent)).x) {
        contained = true;
        break;
      }
    }
    if (!contained && !isHidden(element))
      problems.push(
        `${element.localName}.${element.getAttribute('class') ?? ''} drawn ${Math.round(rect.left)}–${Math.round(rect.right)}, beyond ${box === page ? 'the viewport' : 'the widget'} ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
  }
  return problems;
}

/** Whether the page scrolls sideways at its current width. */
export function pageScrollsSideways(page: Document = document): boolean {
  return page.documentElement.scrollWidth > page.documentElement.clientWidth + SLACK;
}

/** The 2.5.8 exception that lets an undersized target pass. */
export type TargetException = 'inline' | 'spacing';

/** One target's verdict: its size, and the exception that lets it pass if it is under 24 × 24 px. */
export interface TargetVerdict {
  what: string;
  width: number;
  height: number;
  exception?: TargetException;
  problem?: string;
}

/** Whether `target` sits in a line of text (a link in a sentence): its own box inline, with other text beside it in its block. */
function isInline(target: HTMLElement): boolean {
  if (!styleOf(target).display.startsWith('inline')) return false;
  let block = flatParent(target);
  while (block && styleOf(block).display.startsWith('inline')) block = flatParent(block);
  const own = (target.textContent ?? '').trim();
  const all = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return all.length > own.length + 1;
}

const distanceToRect = (x: number, y: number, rect: DOMRect) =>
  Math.hypot(Math.max(rect.left - x, 0, x - rect.right), Math.max(rect.top - y, 0, y - rect.bottom));

/**
 * 2.5.8 for every target under `host`: at least 24 × 24 CSS px, or in a line
 * of text (inline), or spaced: a 24 px circle on its centre meets no other
 * target and no other undersized target's circle.
 */
export function targetVerdicts(host: Element, ignore?: string): TargetVerdict[] {
  const all = targets(host, ignore).map((target) => ({ target, rect: target.getBoundingClientRect() }));
  const small = (rect: DOMRect) => rect.width < 24 - 0.01 || rect.height < 24 - 0.01;
  return all.map(({ target, rect }) => {
    const what = `${target.localName}.${target.getAttribute('class') ?? ''} ${describeText(target)}`;
    const verdict: TargetVerdict = { what, width: Math.round(rect.width), height: Math.round(rect.height) };
    if (!small(rect)) return verdict;
    if (isInline(target)) return { ...verdict, exception: 'inline' };
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const crowded = all.find(({ target: other, rect: otherRect }) => {
      if (other === target || other.contains(target) || target.contains(other)) return false;
      if (distanceToRect(x, y, otherRect) < 12 - 0.01) return true;
      if (!small(otherRect)) return false;
      const ox = otherRect.left + otherRect.width / 2;
      const oy = otherRect.top + otherRect.height / 2;
      return Math.hypot(x - ox, y - oy) < 24 - 0.01;
    });
    if (!crowded) return { ...verdict, exception: 'spacing' };
    return {
      ...verdict,
      problem: `${what}: ${verdict.width}×${verdict.height} px, and its 24 px circle meets ${crowded.target.localName}.${crowded.target.getAttribute('class') ?? ''}`,
    };
  });
}

/**
 * What still moves under reduced motion: running animations of any element
 * under `host`, and transitions or animations of position or size declared
 * with a duration (a state change would slide).
 */
export function motionProblems(host: Element, ignore?: string): string[] {
  const problems = new Set<string>();
  const moving =
    /^(all|transform|translate|scale|rotate|left|right|top|bottom|inset.*|margin.*|width|height|inline-size|block-size|max-height|max-width|grid-template.*|offset.*)$/;
  const seconds = (value: string) =>
    Math.max(...value.split(',').map((each) => parseFloat(each) * (/ms$/.test(each.trim()) ? 0.001 : 1)));
  for (const element of deepElements(host)) {
    if (ignored(element, ignore)) continue;
    const what = `${element.localName}.${element.getAttribute('class') ?? ''}`;
    for (const animation of element.getAnimations())
      if (animation.playState === 'running') problems.add(`${what}: ${animation.constructor.name} running`);
    const style = styleOf(element);
    if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01)
      problems.add(`${what}: animation ${style.animationName} ${style.animationDuration}`);
    if (seconds(style.transitionDuration) > 0.01) {
      const properties = style.transitionProperty.split(',').map((each) => each.trim());
      const durations = style.transitionDuration.split(',').map((each) => seconds(each));
      properties.forEach((property, index) => {
        if (moving.test(property) && durations[index % durations.length] > 0.01)
          problems.add(`${what}: transition of ${property} ${durations[index % durations.length]} s`);
      });
    }
  }
  return [...problems];
}
