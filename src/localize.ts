/**
 * Per-element UI strings on top of @lit/localize.
 *
 * @lit/localize's runtime mode holds one active locale for the whole page,
 * while an element's language comes from its own `lang` (an Arabic card on a
 * French page is Arabic throughout). So each element renders inside
 * `inLanguage(ui, …)`, and `msg()` answers in that element's language. The
 * extraction, XLIFF files and generated modules are @lit/localize's own; the
 * `msg` here is a lookup of our own that works like its reentrant mode, but
 * by explicit id only (every message here has one), so no id hashing ships,
 * and nothing is installed into @lit/localize (a host page's own use of it
 * is left alone).
 */
import type { StrResult } from '@lit/localize/internal/str-tag.js';
import type { LocaleModule, MsgFn, TemplateLike } from '@lit/localize/internal/types.js';
import { loadZghCalendar, zghCalendarLoaded } from './format.js';
import type { UiLanguage } from './language.js';
import { localeLoaders } from './locales/loaders.js';

export { str } from '@lit/localize/internal/str-tag.js';

/**
 * Loaded strings by `language:group`. A message's group is the first segment
 * of its id (`news.views.one` → `news`); each group of each language is its
 * own chunk (scripts/split-locales.mjs), so a page downloads the strings of
 * the elements it shows, in the languages it shows them in.
 */
const loaded = new Map<string, LocaleModule['templates']>();
const pending = new Map<string, Promise<void>>();
let current: UiLanguage = 'en';

const groupOf = (id: string) => id.slice(0, id.indexOf('.'));

/** Joins a str`` template's parts with its values, in `order` (source indices) when a translation reordered them. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  return strings.reduce((text, part, index) => text + String(values[order ? order[index - 1] : index - 1]) + part);
}

/** `msg()` as this library calls it: always a string or str`` template, always with an id. */
function lookup(template: TemplateLike, options?: { id?: string }): unknown {
  const id = options?.id;
  const localized = id === undefined ? undefined : loaded.get(`${current}:${groupOf(id)}`)?.[id];
  const source = typeof template === 'object' && 'strTag' in template ? (template as StrResult) : undefined;
  if (typeof localized === 'string') return localized;
  if (localized && 'strTag' in localized && source) return join(localized.strings, source.values, localized.values as number[]);
  return source ? join(source.strings, source.values) : template;
}

/**
 * Typed as @lit/localize's `msg`, which is how `lit-localize extract` finds
 * the calls (by type, not by import).
 */
export const msg = lookup as MsgFn;

/** Every message group a language has. */
export function allMessageGroups(language: UiLanguage): string[] {
  return Object.keys(localeLoaders[language] ?? {});
}

/** True when the strings of these groups are in memory for `language` (English always is). */
export function isLanguageLoaded(language: UiLanguage, groups: readonly string[]): boolean {
  if (language === 'zgh' && !zghCalendarLoaded()) return false;
  return language === 'en' || groups.every((group) => loaded.has(`${language}:${group}`) || !localeLoaders[language]?.[group]);
}

/**
 * Loads the strings of `groups` in `language`, each once, and for Tamazight
 * the calendar names browsers lack. A failed load (a missing chunk on a
 * badly copied `dist/`) leaves those strings in English rather than the
 * element broken.
 */
export function loadLanguage(language: UiLanguage, groups: readonly string[]): Promise<void> {
  return Promise.all(
    groups.map((group) => {
      const key = `${language}:${group}`;
      const load = localeLoaders[language]?.[group];
      if (language === 'en' || !load || loaded.has(key)) return undefined;
      let promise = pending.get(key);
      if (!promise) {
        promise = load()
          .then((module) => void loaded.set(key, module.templates))
          .catch((error: unknown) => {
            pending.delete(key);
            console.warn(`jiha-widgets: the ${language} strings (${group}) could not be loaded; showing English.`, error);
          });
        pending.set(key, promise);
      }
      return promise;
    }),
  ).then(() => (language === 'zgh' ? loadZghCalendar() : undefined)).then(() => undefined);
}

/** Runs `render` with `msg()` answering in `language`. */
export function inLanguage<T>(language: UiLanguage, render: () => T): T {
  const previous = current;
  current = language;
  try {
    return render();
  } finally {
    current = previous;
  }
}
