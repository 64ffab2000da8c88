/**
 * What a page downloads from the library build, in gzip -9 bytes.
 *
 * Each `dist/*.js` file is an entry. An entry costs itself plus every module
 * it imports statically, transitively (`import … from "./chunks/…"`,
 * `import "./…"`, `export … from "./…"`): the browser fetches all of them
 * before the entry runs. Dynamic `import()` targets (locale strings, later
 * Leaflet) are fetched only when needed, so they are counted apart, as lazy
 * chunks. Files are gzipped one by one, as a server sends them, and each file
 * counts once however many paths lead to it.
 *
 * Used by `scripts/bench.mjs` and by the CI budget check:
 *   import { bundleSizes } from './bundle-size.mjs';
 *   bundleSizes('dist') // → { jiha: 18012, 'news-card': 18006 }
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** `import x from "…"`, `import {a} from "…"`, `import * as x from "…"`, `export {a} from "…"`, `export * from "…"`. */
const IMPORT_FROM =
  /(?:^|[^\w$.])(?:import|export)(?:\s+[\w$]+\s*,?\s*|\s*)(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from\s*(["'])([^"'\n]+)\1/g;
/** `import "…"` (side effects only). `import(` does not match: a quote must follow. */
const IMPORT_BARE = /(?:^|[^\w$.])import\s*(["'])([^"'\n]+)\1/g;
/** `import("…")` or import(`…`) with a literal specifier. */
const IMPORT_DYNAMIC = /(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;

const specifiers = (code, pattern) => [...code.matchAll(pattern)].map((match) => match[2]);

/** The relative specifiers a built module imports, statically and dynamically. */
export function moduleImports(code) {
  return {
    static: [...new Set([...specifiers(code, IMPORT_FROM), ...specifiers(code, IMPORT_BARE)])],
    dynamic: [...new Set(specifiers(code, IMPORT_DYNAMIC))],
  };
}

/** Reads the import graph of a build lazily; paths are relative to the dist folder, with `/`. */
export class BuildGraph {
  constructor(distDir = 'dist') {
    this.distDir = path.resolve(distDir);
    if (!existsSync(this.distDir)) throw new Error(`No build at ${this.distDir}: run the build first.`);
    this.modules = new Map();
  }

  /** The entries: every `*.js` at the top of the dist folder. */
  entries() {
    return readdirSync(this.distDir)
      .filter((name) => name.endsWith('.js'))
      .sort();
  }

  /** A module's imports, resolved to dist-relative paths. Bare specifiers (externals) are listed apart. */
  imports(file) {
    let found = this.modules.get(file);
    if (!found) {
      const code = readFileSync(path.join(this.distDir, file), 'utf8');
      const { static: statics, dynamic } = moduleImports(code);
      const resolve = (list) =>
        list
          .filter(isRelative)
          .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
      found = {
        static: resolve(statics),
        dynamic: resolve(dynamic),
        external: [...statics, ...dynamic].filter((s) => !isRelative(s)),
        bytes: code.length,
      };
      this.modules.set(file, found);
    }
    return found;
  }

  /** `file` and everything it imports statically, transitively. */
  staticClosure(file) {
    const seen = new Set();
    const visit = (current) => {
      if (seen.has(current)) return;
      seen.add(current);
      for (const next of this.imports(current).static) visit(next);
    };
    visit(file);
    return seen;
  }

  /** The dynamic `import()` targets reachable from `file`'s static closure, by chunk name (`ar`, `leaflet`). */
  lazyChunks(file) {
    const closure = this.staticClosure(file);
    const lazy = new Map();
    for (const module of closure) {
      for (const target of this.imports(module).dynamic) {
        if (closure.has(target) || [...lazy.values()].includes(target)) continue;
        // Two chunks may share a name (`define`): the second is told apart by its file name.
        const name = lazy.has(chunkName(target)) ? path.posix.basename(target, '.js') : chunkName(target);
        lazy.set(name, target);
      }
    }
    return lazy;
  }

  /** Sum of each file's gzip -9 size; a file counts once. */
  gzipBytes(files) {
    let total = 0;
    for (const file of new Set(files)) total += gzipSize(readFileSync(path.join(this.distDir, file)));
    return total;
  }

  /** Sum of raw (minified) sizes. */
  rawBytes(files) {
    let total = 0;
    for (const file of new Set(files)) total += readFileSync(path.join(this.distDir, file)).length;
    return total;
  }

  /**
   * What a page downloads for `entry` plus the named lazy chunks it will load
   * (e.g. `['ar']` for an Arabic page), each with its own static imports.
   */
  pageFiles(entry, lazyNames = []) {
    const files = new Set(this.staticClosure(entry));
    const lazy = this.lazyChunks(entry);
    for (const name of lazyNames) {
      const target = lazy.get(name);
      if (!target)
        throw new Error(
          `${entry} has no lazy chunk named "${name}" (it has: ${[...lazy.keys()].join(', ') || 'none'}).`,
        );
      for (const file of this.staticClosure(target)) files.add(file);
    }
    return files;
  }
}

const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

/**
 * `chunks/ar.news.js` → `ar.news`; `chunks/ar-DcXb-Wc6.js` → `ar`: the chunk's name without a content
 * hash, when a build adds one (a hash has a capital or a digit: `zgh-calendar` keeps its name).
 */
export function chunkName(file) {
  return path.posix.basename(file, '.js').replace(/-(?=[\w-]*[A-Z0-9])[\w-]{8}$/, '');
}

/** gzip -9 size of a buffer or string. */
export function gzipSize(content) {
  return gzipSync(content, { level: 9 }).length;
}

/** `{ entry: gzip bytes of the entry with its static imports }` for every `dist/*.js`. */
export function bundleSizes(distDir = 'dist') {
  const graph = new BuildGraph(distDir);
  return Object.fromEntries(
    graph.entries().map((entry) => [path.basename(entry, '.js'), graph.gzipBytes(graph.staticClosure(entry))]),
  );
}

/** gzip bytes a page downloads for `entry` plus the lazy chunks it loads, e.g. `pageSize('dist', 'news-card.js', ['ar'])`. */
export function pageSize(distDir, entry, lazyNames = []) {
  const graph = new BuildGraph(distDir);
  return graph.gzipBytes(graph.pageFiles(entry, lazyNames));
}

/** Bytes as `12.3 KB` (1 KB = 1,000 bytes, as bundle budgets and Shoelace's figures count). */
export function formatKB(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
