import type { Plugin } from 'vite';

/** Types of scripts/lit-policy-shared.mjs for vite.config.ts. */
export declare const SHARED_POLICY_KEY: string;
export declare function shareLitPolicy(code: string): string;
export declare function litPolicyShared(): Plugin;
