/**
 * `until` polling on timers rather than animation frames: with two test
 * files running at once, a page in the background gets no frames.
 */
export async function until<T>(check: () => T, ms = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
