/**
 * Server commands for comparing how a widget looks on two pages:
 *   'screenshot-clip' {name, x, y, width, height} → takes a PNG of that
 *      rectangle of the viewport (CSS pixels, from getBoundingClientRect of
 *      the test page) and keeps it under `name` for this test page;
 *   'screenshot-compare' {a, b, threshold?, diff?} → {width, height, sameSize,
 *      mismatched} comparing two kept PNGs with pixelmatch (anti-aliasing
 *      ignored); with `diff`, writes the diff image to that path for a human
 *      (and both screenshots beside it, `-a.png` and `-b.png`);
 *   'screenshot-match' {name, reference, tolerance?} → compares a kept PNG
 *      with the committed reference of this engine, or rewrites it under
 *      JIHA_UPDATE_SCREENSHOTS=1 (test/server/visual-references.mjs).
 * Puppeteer (Chromium, Firefox) clips its own shot; WebDriver (WebKit)
 * takes the viewport's, which is cut here.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { engineOf } from './engines.mjs';
import { matchReference } from './visual-references.mjs';

const shots = new Map();
const key = (session, name) => `${session.id}\u0000${name}`;

export function screenshotPlugin() {
  return {
    name: 'jiha-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command === 'screenshot-clip') {
        const { name, x, y, width, height } = payload;
        const clip = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
        if (clip.width < 1 || clip.height < 1)
          throw new Error(`screenshot-clip ${name}: empty rectangle ${JSON.stringify(clip)}`);
        if (session.browser.type === 'webdriver') {
          const viewport = PNG.sync.read(
            Buffer.from(await session.browser.takeViewportScreenshot(session.id), 'base64'),
          );
          if (clip.x + clip.width > viewport.width || clip.y + clip.height > viewport.height)
            throw new Error(
              `screenshot-clip ${name}: ${JSON.stringify(clip)} leaves the ${viewport.width}×${viewport.height} viewport`,
            );
          const shot = new PNG({ width: clip.width, height: clip.height });
          PNG.bitblt(viewport, shot, clip.x, clip.y, clip.width, clip.height, 0, 0);
          shots.set(key(session, name), shot);
          return { width: clip.width, height: clip.height };
        }
        if (session.browser.type !== 'puppeteer')
          throw new Error(`screenshot-clip: no screenshots from a ${session.browser.type} browser`);
        const page = session.browser.getPage(session.id);
        // Within the viewport as the test laid it out: no resizing for the shot.
        const data = await page.screenshot({ type: 'png', clip, captureBeyondViewport: false });
        shots.set(key(session, name), PNG.sync.read(Buffer.from(data)));
        return { width: clip.width, height: clip.height };
      }
      if (command === 'screenshot-match') {
        const { name, reference, tolerance } = payload;
        const shot = shots.get(key(session, name));
        if (!shot) throw new Error(`screenshot-match: no screenshot named ${name}`);
        return matchReference(shot, { engine: engineOf(session), name: reference, tolerance });
      }
      if (command === 'screenshot-compare') {
        const { a, b, threshold = 0.1, diff } = payload;
        const first = shots.get(key(session, a));
        const second = shots.get(key(session, b));
        if (!first || !second) throw new Error(`screenshot-compare: no screenshot named ${first ? b : a}`);
        const sameSize = first.width === second.width && first.height === second.height;
        if (!sameSize)
          return {
            width: first.width,
            height: first.height,
            other: { width: second.width, height: second.height },
            sameSize,
            mismatched: -1,
          };
        const output = new PNG({ width: first.width, height: first.height });
        const mismatched = pixelmatch(first.data, second.data, output.data, first.width, first.height, { threshold });
        if (diff) {
          await mkdir(dirname(diff), { recursive: true });
          await writeFile(diff, PNG.sync.write(output));
          await writeFile(diff.replace(/\.png$/, '-a.png'), PNG.sync.write(first));
          await writeFile(diff.replace(/\.png$/, '-b.png'), PNG.sync.write(second));
        }
        return { width: first.width, height: first.height, sameSize, mismatched };
      }
      return undefined;
    },
  };
}
