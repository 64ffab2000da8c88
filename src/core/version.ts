/** Replaced by package.json's version when the code is compiled (scripts/version-define.mjs). */
declare const __JIHA_VERSION__: string;

/** The library's version, compared when a tag is already defined by another copy. */
export const VERSION: string = __JIHA_VERSION__;
