/** What the bench pages share: waiting for frames and starting each round from a clean page. */

/** Resolves at the next animation frame. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Removes the last round's container, collects garbage where gc() is exposed, and lets two frames pass. */
export async function clearRound(container) {
  container?.remove();
  globalThis.gc?.();
  await nextFrame();
  await nextFrame();
}
