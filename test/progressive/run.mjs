/**
 * The suites that drive Chromium from Node (JavaScript off, the
 * accessibility tree, PDF): `node test/progressive/run.mjs [filter]`,
 * after `vite build` and `scripts/build-embed.mjs` (npm test does both).
 * Ends with `N passed, N failed`; exits non-zero when a test failed.
 */
import { run } from './harness.mjs';
import './fallback.test.mjs';
import './print.test.mjs';

const { failed } = await run({ filter: process.argv[2] });
process.exitCode = failed > 0 ? 1 : 0;
