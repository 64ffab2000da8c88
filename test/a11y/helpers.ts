/**
 * Shared by the accessibility suites (test/a11y/, test/components/<element>/a11y-axe*.test.ts): axe-core with
 * the WCAG 2.2 AA tags, media emulation (colour scheme, forced colours)
 * through the `emulate-media-features` server command
 * (test/server/media-features-plugin.mjs), the host page's canvas, and
 * colour arithmetic for contrast (WCAG 2.x relative luminance).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itIn } from '../support/engine.js';

export const LANGUAGES = ['ar', 'fr', 'en', 'zgh'] as const;
export const DIRECTIONS = ['rtl', 'ltr'] as const;
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeResult {
  violations: Array<{ id: string; impact?: string; nodes: AxeNode[] }>;
}
interface Axe {
  run(context: unknown, options: object): Promise<AxeResult>;
}

/** How many times axe ran in this file, and how many violations it reported (the suites expect 0). */
export const axeTally = { runs: 0, violations: 0 };

/** Loads axe-core into the test page once. */
export async function loadAxe(): Promise<void> {
  if ((window as unknown as { axe?: Axe }).axe) return;
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

/**
 * Runs axe on `context` (elements, shadow roots included) with the WCAG 2.2
 * AA tags, and returns one line per violated rule and node, empty when
 * there is none: `rule (impact) target: summary`.
 */
export async function axeViolations(context: Element | Element[]): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const include = (Array.isArray(context) ? context : [context]).map((element) => element);
  const result = await axe.run(
    { include },
    { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] },
  );
  axeTally.runs += 1;
  const lines: string[] = [];
  for (const violation of result.violations) {
    for (const node of violation.nodes) {
      lines.push(
        `${violation.id} (${violation.impact}) ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`,
      );
    }
  }
  axeTally.violations += lines.length;
  return lines;
}

/** Emulates the colour scheme and, optionally, forced colours (one call sets every feature). */
export async function emulate(scheme: Scheme, forcedColors = false): Promise<void> {
  await executeServerCommand('emulate-media-features', [
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'forced-colors', value: forcedColors ? 'active' : 'none' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  // The emulation must have taken, or every check after it proves nothing.
  if (!matchMedia(`(prefers-color-scheme: ${scheme})`).matches)
    throw new Error(`the page does not see prefers-color-scheme: ${scheme}`);
  if (matchMedia('(forced-colors: active)').matches !== forcedColors)
    throw new Error(`the page does not see forced-colors: ${forcedColors ? 'active' : 'none'}`);
}

/** Ends every emulation. */
export async function endEmulation(): Promise<void> {
  await executeServerCommand('emulate-media-features', []);
}

/**
 * The host page as a portal that follows the reader's scheme would be: its
 * canvas (`Canvas`, `CanvasText`) light or dark with the emulated scheme, so
 * that the widgets' transparent parts sit on a matching background.
 */
export function styleHostPage(): void {
  if (document.getElementById('a11y-host-page')) return;
  const style = document.createElement('style');
  style.id = 'a11y-host-page';
  style.textContent =
    ':root { color-scheme: light dark; background: Canvas; color: CanvasText; } body { margin: 8px; }';
  document.head.append(style);
}

// ---------- colour ----------

export type Rgba = [number, number, number, number];

const probe = (() => {
  let context: CanvasRenderingContext2D | undefined;
  return () => {
    if (!context) {
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      context = canvas.getContext('2d', { willReadFrequently: true })!;
    }
    return context;
  };
})();

/** Any CSS colour the browser computed (rgb(), color(srgb …), oklch(), system colours) as sRGB bytes and alpha 0–1. */
export function parseColor(value: string): Rgba {
  const plain = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value);
  if (plain) {
    const alpha =
      plain[4] === undefined ? 1 : plain[4].endsWith('%') ? parseFloat(plain[4]) / 100 : parseFloat(plain[4]);
    return [Number(plain[1]), Number(plain[2]), Number(plain[3]), alpha];
  }
  // Other syntaxes: let the canvas convert, drawn over nothing to read the alpha too.
  const context = probe();
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return a === 0
    ? [0, 0, 0, 0]
    : [Math.round((r * 255) / a), Math.round((g * 255) / a), Math.round((b * 255) / a), a / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3];
  return [0, 1, 2].map((i) => top[i] * alpha + bottom[i] * (1 - alpha)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** The parent in the flat tree the way paint sees it: across shadow roots to their host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The page's canvas colour (the root's background, else white). */
function canvasColour(): Rgba {
  const root = parseColor(getComputedStyle(document.documentElement).backgroundColor);
  return root[3] === 0 ? [255, 255, 255, 1] : over(root, [255, 255, 255, 1]);
}

/**
 * The opaque colour behind `element`: its own and its ancestors'
 * background colours composed up to the first opaque one, else over the
 * page canvas. (Backgrounds in the DOM's order, which is the paint order of
 * these widgets' text: positioned parts such as popups have their own.)
 */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  let result = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop()! : canvasColour();
  while (layers.length) result = over(layers.pop()!, result);
  return result;
}

/** The product of the opacities of `element` and its ancestors. */
export function opacityOf(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentOf(node))
    opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}

/** Whether `element` is drawn: it has a box, is not hidden, and is not clipped to nothing (the visually hidden pattern). */
export function isDrawn(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    if (style.clipPath === 'inset(50%)') return false;
  }
  return true;
}

/** Large text in WCAG's sense: at least 24 px, or 18.66 px and bold. */
export function isLargeText(style: CSSStyleDeclaration): boolean {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** Describes an element for a failure message: tag, classes and the start of its text. */
export function describeNode(element: Element): string {
  const classes = element.getAttribute('class')?.trim().replace(/\s+/g, '.');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${element.localName}${classes ? `.${classes}` : ''}${text ? ` "${text}"` : ''}`;
}

/** One state of one element, mounted: what it is, and the element. */
export type MountedState = [what: string, element: Element];

/**
 * The axe matrix of one element: for each scheme, language and direction, a
 * test mounts every variant and state (`mountStates`), runs axe on each one
 * separately, and expects no violation at all.
 */
export function axeMatrix(
  title: string,
  mountStates: (lang: string, dir: string) => Promise<MountedState[]>,
  cleanUp: () => void,
): void {
  describe(`${title}: axe (WCAG 2.2 AA and best practices), every variant and state`, () => {
    before(async () => {
      styleHostPage();
      await loadAxe();
    });
    afterEach(cleanUp);
    after(async () => {
      await endEmulation();
      // The figure the report quotes: runs and violations of this file.
      console.log(`[a11y] ${title}: ${axeTally.runs} axe runs, ${axeTally.violations} violations`);
    });
    for (const scheme of SCHEMES) {
      for (const lang of LANGUAGES) {
        for (const dir of DIRECTIONS) {
          // WebDriver cannot switch WebKit's colour scheme: it runs light (test/server/webkit-launcher.mjs).
          const itScheme = scheme === 'light' ? it : itIn(['chromium', 'firefox'], 'needs colour-scheme emulation');
          itScheme(`${lang}, ${dir}, ${scheme}: no violations`, async () => {
            await emulate(scheme);
            const states = await mountStates(lang, dir);
            const problems: string[] = [];
            for (const [what, element] of states) {
              for (const line of await axeViolations(element)) problems.push(`${what}: ${line}`);
            }
            expect(states.length, 'states checked').to.be.above(0);
            expect(problems).to.deep.equal([]);
          });
        }
      }
    }
  });
}
