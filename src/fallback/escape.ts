/** Text and attribute values for HTML written as a string (snippets, fallback markup): nothing in them can open a tag or end an attribute. */
export const escapeText = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

/** ` lang="…"` when the text says its language. */
export const langAttribute = (lang: string | undefined): string => (lang ? ` lang="${escapeAttribute(lang)}"` : '');
