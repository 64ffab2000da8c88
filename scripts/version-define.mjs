/**
 * The library's version, injected into the code at build time from
 * package.json (`__JIHA_VERSION__` in src/core/version.ts), for every tool
 * that compiles the sources: the builds, the test runner, Storybook, the demo.
 */
import { readFileSync } from 'node:fs';

export const PACKAGE_VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** The `define` entries (Vite, esbuild). */
export const versionDefine = { __JIHA_VERSION__: JSON.stringify(PACKAGE_VERSION) };
