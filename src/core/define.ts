import { VERSION } from './version.js';

/** What a Jiha element class carries so that another copy can name its version. */
export interface VersionedElement extends CustomElementConstructor {
  readonly jihaVersion?: string;
}

/**
 * Defines `tag` unless it is defined already. The first definition wins:
 * loading an entry twice, or two versions of the library on one page, must
 * never throw into the host page. A differing version is named in one
 * console warning per tag.
 */
export function safeDefine(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== element && existing.jihaVersion !== VERSION) {
      console.warn(
        `jiha-widgets: <${tag}> is defined by version ${existing.jihaVersion ?? 'unknown'}; version ${VERSION}, loaded later, is not used.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    // A race with another copy defining the same tag between get() and define().
    console.warn(`jiha-widgets: could not define <${tag}>:`, error);
  }
}
