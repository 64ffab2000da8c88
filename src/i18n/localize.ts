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
import { lazyModule, type LazyModule } from '../core/lazy-module.js';
import { zghCalendar } from './zgh/calendar-module.js';
import type { UiLanguage } from './language.js';

export { str } from '@lit/localize/internal/str-tag.js';

/**
 * A message group: the strings whose ids start with `name.` (`news.views.one`
 * → `news`), one chunk per target language (scripts/split-locales.mjs writes
 * `src/locales/<name>.ts`), so a page downloads the strings of the elements
 * it shows, in the languages it shows them in. An element lists its groups
 * in `static messageGroups`. An element's own groups come with it (the
 * module itself, no download: on a slow network each download the first
 * render waits for is a round trip); the rarer ones (`error`) as a loader.
 */
export type MessageGroup = { readonly name: string } & Partial<
  Record<UiLanguage, LocaleModule | (() => Promise<LocaleModule>)>
>;

/** Loaded strings by language, every loaded group's together (ids are unique across groups). */
const loaded = new Map<UiLanguage, Record<string, LocaleModule['templates'][string]>>();
/** Each group's chunk in each language, by `language:group`. */
const chunks = new Map<string, LazyModule<LocaleModule>>();
let current: UiLanguage = 'en';

/** Joins a str`` template's parts with its values, in `order` (source indices) when a translation reordered them. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  return strings.reduce((text, part, index) => text + String(values[order ? order[index - 1] : index - 1]) + part);
}

/** `msg()` as this library calls it: always a string or str`` template, always with an id. */
function lookup(template: TemplateLike, options?: { id?: string }): unknown {
  const id = options?.id;
  const localized = id === undefined ? undefined : loaded.get(current)?.[id];
  const source = typeof template === 'object' && 'strTag' in template ? (template as StrResult) : undefined;
  if (typeof localized === 'string') return localized;
  if (localized && 'strTag' in localized && source)
    return join(localized.strings, source.values, localized.values as number[]);
  return source ? join(source.strings, source.values) : template;
}

/**
 * Typed as @lit/localize's `msg`, which is how `lit-localize extract` finds
 * the calls (by type, not by import).
 */
export const msg = lookup as MsgFn;

/** The chunk of `group`'s strings in `language`; none for English (the source strings) or a group without that language. */
function chunk(language: UiLanguage, group: MessageGroup): LazyModule<LocaleModule> | undefined {
  const source = language === 'en' ? undefined : group[language];
  if (!source) return undefined;
  const key = `${language}:${group.name}`;
  let module = chunks.get(key);
  if (!module) {
    const use = (strings: LocaleModule) => {
      loaded.set(language, { ...loaded.get(language), ...strings.templates });
      return strings;
    };
    if (typeof source === 'function') {
      module = lazyModule(`${key} strings`, () => source().then(use));
    } else {
      const strings = use(source);
      module = { current: strings, load: () => Promise.resolve(strings) };
    }
    chunks.set(key, module);
  }
  return module;
}

/** True when the strings of these groups are in memory for `language` (English always is). */
export function isLanguageLoaded(language: UiLanguage, groups: readonly MessageGroup[]): boolean {
  if (language === 'zgh' && !zghCalendar.current) return false;
  return groups.every((group) => {
    const strings = chunk(language, group);
    return !strings || strings.current !== undefined;
  });
}

/**
 * Loads the strings of `groups` in `language`, each once, and for Tamazight
 * the calendar names browsers lack. A chunk that does not arrive rejects
 * with `fetch-failed` and is asked for again by the next call.
 */
export function loadLanguage(language: UiLanguage, groups: readonly MessageGroup[]): Promise<void> {
  const calendar = language === 'zgh' ? [zghCalendar.load()] : [];
  return Promise.all([...groups.map((group) => chunk(language, group)?.load()), ...calendar]).then(() => undefined);
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
