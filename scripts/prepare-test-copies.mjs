/**
 * A second copy of the built library under another version, for the test of
 * two versions on one page: `test-copies/other-version/` is `dist/` with its
 * version string changed, so its modules are distinct from `dist/`'s.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const target = 'test-copies/other-version';
rmSync('test-copies', { recursive: true, force: true });
cpSync('dist', target, { recursive: true });
function rewrite(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rewrite(path);
    else if (name.endsWith('.js'))
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replaceAll(`"${version}"`, '"99.0.0-test"')
          .replaceAll(`\`${version}\``, '`99.0.0-test`'),
      );
  }
}
rewrite(target);
