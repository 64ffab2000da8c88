/** The library's version, compared when a tag is already defined by another copy. */
export const VERSION = '0.1.0';
