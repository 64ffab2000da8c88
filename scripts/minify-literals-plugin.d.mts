import type { Plugin } from 'vite';
export declare function minifyLiterals(): Plugin;
