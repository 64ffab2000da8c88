import type { Plugin } from 'vite';

/** Types of scripts/leaflet-trusted-types.mjs for vite.config.ts. */
export declare const POLICY_MODULE_PATH: string;
export declare function transformLeafletSource(code: string, policyModule: string): string;
export declare function isLeafletSource(id: string): boolean;
export declare function leafletTrustedTypesVite(options?: { policyModule?: string }): Plugin;
export declare function leafletTrustedTypesDevServer(options?: { policyModule?: string }): {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string } | undefined;
};
