/**
 * Per-element UI strings on top of @lit/localize.
 *
 * @lit/localize's runtime mode holds one active locale for the whole page,
 * while an element's language comes from its own `lang` (an Arabic card on a
 * French page is Arabic throughout). So each element renders inside
 * `inLanguage(ui, …)`, and `msg()` answers in that element's language. The
 * extraction, XLIFF files and generated modules are @lit/localize's own; the
 * lookup installed here works like its reentrant mode, but by explicit id
 * only (every message here has one), so no id hashing ships.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import type { StrResult } from '@lit/localize/internal/str-tag.js';
import type { LocaleModule, TemplateLike } from '@lit/localize/internal/types.js';
import type { UiLanguage } from './language.js';

export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';

type TargetLanguage = Exclude<UiLanguage, 'en'>;

/** Explicit imports: a bundler cannot follow a template-literal import. */
const loaders: Record<TargetLanguage, () => Promise<LocaleModule>> = {
  ar: () => import('./locales/ar.js'),
  fr: () => import('./locales/fr.js'),
  zgh: () => import('./locales/zgh.js'),
};

const loaded = new Map<UiLanguage, LocaleModule>();
const pending = new Map<UiLanguage, Promise<void>>();
let current: UiLanguage = 'en';

/** `msg()` as this library calls it: always a string or str`` template, always with an id. */
function lookup(template: TemplateLike, options?: { id?: string }): unknown {
  const localized = options?.id === undefined ? undefined : loaded.get(current)?.templates[options.id];
  if (typeof localized === 'string') return localized;
  if (localized && 'strTag' in localized && typeof template === 'object' && 'strTag' in template) {
    // A translation may reorder placeholders: its values hold source indices.
    const source = (template as StrResult).values;
    return localized.strings.reduce((text, part, index) => text + String(source[localized.values[index - 1] as number]) + part);
  }
  return defaultMsg(template as string);
}

try {
  _installMsgImplementation(lookup as never);
} catch (error) {
  // Only when this very module is evaluated twice (a dev server serving it
  // under two URLs): the first installation stays in force.
  console.warn('jiha-widgets: localization was configured already.', error);
}

/** True when the strings of `language` are in memory (English always is). */
export function isLanguageLoaded(language: UiLanguage): boolean {
  return language === 'en' || loaded.has(language);
}

/**
 * Loads the strings of `language` once. A failed load (a missing chunk on a
 * badly copied `dist/`) leaves the element in English rather than broken.
 */
export function loadLanguage(language: UiLanguage): Promise<void> {
  if (isLanguageLoaded(language)) return Promise.resolve();
  let promise = pending.get(language);
  if (!promise) {
    promise = loaders[language as TargetLanguage]()
      .then((module) => void loaded.set(language, module))
      .catch((error: unknown) => {
        pending.delete(language);
        console.warn(`jiha-widgets: the ${language} strings could not be loaded; showing English.`, error);
      });
    pending.set(language, promise);
  }
  return promise;
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
