/** The test page's viewport size, in every engine (test/server/viewport-plugin.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('jiha-viewport', viewport);
  if (innerWidth !== viewport.width || innerHeight !== viewport.height)
    throw new Error(`the viewport is ${innerWidth}×${innerHeight}, not ${viewport.width}×${viewport.height}`);
}
