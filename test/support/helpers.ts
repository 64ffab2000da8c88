/** Shared test helpers: mounting elements, waiting for their events, reading shadow text. */

/** Mounts `markup` in a fresh container in the document and returns the first element. */
export function mount<T extends Element = HTMLElement>(markup: string, container: HTMLElement = document.body): T {
  const host = document.createElement('div');
  host.setAttribute('data-test-host', '');
  // Test markup is the test's own; the library under test never gets HTML strings.
  host.innerHTML = markup;
  container.append(host);
  return host.firstElementChild as T;
}

/** Removes every mounted test container. */
export function unmountAll(): void {
  document.querySelectorAll('[data-test-host]').forEach((node) => node.remove());
}

/** Resolves with the next `type` event on `target`, or rejects after `ms`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string, ms = 10000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Waits until `check` returns a truthy value (polling), or fails after `ms`. */
export async function until<T>(check: () => T, ms = 8000, what = 'condition'): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    // Timers, not animation frames: a background test page gets no frames.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The shadow root's text with white space folded. */
export function shadowText(element: Element, selector?: string): string {
  const root = element.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Waits for a Lit element's pending updates (language loading included). */
export async function settled(element: Element): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    const done = await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    if (done) return;
  }
}

/** The seed article and other data files, served by the test server from the repository. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are the tests' own files; a caller names T where the shape matters
export async function loadJson<T = any>(path: string): Promise<T> {
  const response = await fetch(path);
  return response.json() as Promise<T>;
}
