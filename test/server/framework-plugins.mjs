import rollupCommonjs from '@rollup/plugin-commonjs';
import { fromRollup } from '@web/dev-server-rollup';

/** React 19 ships CommonJS only: its files (and its scheduler's) become ES modules for the framework host tests. */
const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/**
 * Test-server plugins for test/pages/framework-react.test.ts: React's files with
 * `process.env.NODE_ENV` written as "production" (a bundler's job, and the
 * browser has no `process`), then turned from CommonJS into ES modules.
 * Vue needs none of this (its browser build is an ES module).
 *
 * The CommonJS transform runs file by file here, not over a whole graph as
 * in Rollup, so: no lazy wrappers (`strictRequires: false`: the wrapped form
 * is only importable through a proxy the dev server never asks for), and a
 * `require()` of another React file gets that file's `module.exports`
 * (`requireReturnsDefault`), which a React host imports as the default
 * export (`import React from 'react'`). Import resolution of every other
 * file is left alone: the plugin only sees React's files and its own
 * virtual modules.
 */
export function reactFromCommonJs() {
  const nodeEnv = {
    name: 'jiha-react-node-env',
    transform(context) {
      if (!REACT.test(context.path) || typeof context.body !== 'string') return undefined;
      return { body: context.body.replaceAll('process.env.NODE_ENV', '"production"') };
    },
  };
  const commonjs = fromRollup(rollupCommonjs)({
    strictRequires: false,
    requireReturnsDefault: true,
    include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
  });
  const resolveImport = commonjs.resolveImport;
  commonjs.resolveImport = (args) => {
    const virtual =
      args.source.startsWith('\0') ||
      args.source.startsWith('/__web-dev-server__/rollup/') ||
      args.context.path.startsWith('/__web-dev-server__/rollup/');
    return virtual || REACT.test(args.context.path) ? resolveImport(args) : undefined;
  };
  return [nodeEnv, commonjs];
}
