/** Shared by the leak tests: garbage collection in the page, and the browser's count of heap, nodes and listeners. */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Runs the page's garbage collector (Chrome is launched with
 * --js-flags=--expose-gc) a few times, after letting pending timers and
 * frames of removed elements run out.
 */
export async function collectGarbage(settleMs = 500): Promise<void> {
  const gc = (window as unknown as { gc?: (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void })
    .gc;
  if (!gc) throw new Error('window.gc is missing: launch Chrome with --js-flags=--expose-gc');
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  for (let i = 0; i < 5; i += 1) {
    // Asynchronous: the collection runs in a task of its own, with no script on the stack. A synchronous
    // gc() scans the stack conservatively for DOM objects, and a stale word there keeps a removed element alive.
    await gc({ type: 'major', execution: 'async' });
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** How many of `refs` still reach their object (call collectGarbage first). */
export function stillAlive(refs: Array<WeakRef<object>>): number {
  return refs.filter((ref) => ref.deref() !== undefined).length;
}

/**
 * How many of `refs` survive garbage collection. Objects still reachable
 * after a collection get more chances, a collection every second for up to
 * `patienceMs`: on a loaded machine (CI runs two test pages at once, one of
 * them rendering hundreds of widgets) a removed element's last task (a chunk
 * of rendering, a lazy chunk's `import()`, an observer's callback) may take
 * seconds to run, and holds the element until it does. A real leak keeps
 * every leaked object reachable however long we wait.
 */
export async function aliveAfterCollection(refs: Array<WeakRef<object>>, patienceMs = 10000): Promise<number> {
  await collectGarbage();
  const deadline = performance.now() + patienceMs;
  let alive = stillAlive(refs);
  while (alive > 0 && performance.now() < deadline) {
    await collectGarbage(1000);
    alive = stillAlive(refs);
  }
  return alive;
}

export interface PageMetrics {
  /** JS heap in use, bytes. */
  heap: number;
  /** DOM nodes alive, attached or detached. */
  nodes: number;
  /** JS event listeners registered. */
  listeners: number;
  documents: number;
}

/** The page's heap, node and listener counts after a full collection (test/server/page-metrics-plugin.mjs). */
export async function pageMetrics(): Promise<PageMetrics> {
  await collectGarbage();
  return executeServerCommand<PageMetrics, undefined>('page-metrics');
}
