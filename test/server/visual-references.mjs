/**
 * The visual regression suite's references (test/visual/): one PNG per
 * state, per engine (fonts and anti-aliasing differ between engines), in
 * test/visual/references/<engine>/<element>/<state>.png, committed.
 *
 * `matchReference` compares a screenshot with its reference: pixelmatch
 * (its colour threshold; anti-aliased pixels not counted), then at most
 * `tolerance` of the pixels may differ. On a mismatch it writes the
 * screenshot and a diff image beside the reference (`<name>.actual.png`,
 * `<name>.diff.png`, gitignored) and names them. With
 * JIHA_UPDATE_SCREENSHOTS=1 in the environment (npm run test:visual:update)
 * it writes the screenshot as the new reference instead, smallest PNG first:
 * RGB without alpha, the strongest compression.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REFERENCES = join(ROOT, 'test/visual/references');

/** Whether this run rewrites the references instead of comparing with them. */
export const updating = () => process.env.JIHA_UPDATE_SCREENSHOTS === '1';

/** A reference's name: lower-case words, digits and dashes, in folders. */
const NAME = /^[a-z0-9]+(?:[-.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-.][a-z0-9]+)*)*$/;

const smallest = (png) => PNG.sync.write(png, { colorType: 2, deflateLevel: 9 });
const shown = (path) => relative(ROOT, path);

/**
 * Compares `shot` (a decoded PNG) with the reference `name` of `engine`.
 * Returns {status, message, …}: status 'pass', 'updated' (update mode),
 * 'missing', 'size' or 'pixels' (the last three fail).
 */
export async function matchReference(shot, { engine, name, tolerance = 0 }) {
  if (!NAME.test(name)) throw new Error(`screenshot-match: "${name}" is not a reference name (a-z, 0-9, -, ., /)`);
  const reference = join(REFERENCES, engine, `${name}.png`);
  const actual = reference.replace(/\.png$/, '.actual.png');
  const diff = reference.replace(/\.png$/, '.diff.png');
  await Promise.all([rm(actual, { force: true }), rm(diff, { force: true })]);
  const size = { width: shot.width, height: shot.height };
  if (updating()) {
    await mkdir(dirname(reference), { recursive: true });
    await writeFile(reference, smallest(shot));
    return { status: 'updated', ...size, message: `wrote ${shown(reference)}` };
  }
  const update = `npm run test:visual:update -- --engine ${engine}`;
  if (!existsSync(reference)) {
    await mkdir(dirname(reference), { recursive: true });
    await writeFile(actual, smallest(shot));
    return {
      status: 'missing',
      ...size,
      message: `no reference ${shown(reference)} (the screenshot is ${shown(actual)}); if this look is meant, run ${update}`,
    };
  }
  const expected = PNG.sync.read(await readFile(reference));
  if (expected.width !== shot.width || expected.height !== shot.height) {
    await writeFile(actual, smallest(shot));
    return {
      status: 'size',
      ...size,
      message: `${shot.width}×${shot.height}, the reference ${expected.width}×${expected.height}: see ${shown(actual)} beside ${shown(reference)}; if this look is meant, run ${update}`,
    };
  }
  const output = new PNG(size);
  const mismatched = pixelmatch(expected.data, shot.data, output.data, shot.width, shot.height, { threshold: 0.1 });
  const share = mismatched / (shot.width * shot.height);
  if (share <= tolerance) return { status: 'pass', ...size, mismatched, share, message: `${mismatched} pixels differ` };
  await Promise.all([writeFile(actual, smallest(shot)), writeFile(diff, PNG.sync.write(output))]);
  return {
    status: 'pixels',
    ...size,
    mismatched,
    share,
    message: `${mismatched} of ${shot.width * shot.height} pixels differ (${(share * 100).toFixed(3)} %, tolerance ${(tolerance * 100).toFixed(3)} %): see ${shown(actual)} and ${shown(diff)} beside ${shown(reference)}; if this look is meant, run ${update}`,
  };
}
