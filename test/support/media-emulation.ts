/**
 * Reduced motion for the test page in every engine, through the
 * `emulate-media-features` server command (test/server/media-features-plugin.mjs);
 * the built-in `emulateMedia` of @web/test-runner-commands works in Chromium only.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export async function reduceMotion(): Promise<void> {
  await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  if (!matchMedia('(prefers-reduced-motion: reduce)').matches)
    throw new Error('the page does not see prefers-reduced-motion: reduce');
}

/** Ends every emulated media feature. */
export async function endMediaEmulation(): Promise<void> {
  await executeServerCommand('emulate-media-features', []);
}
