/**
 * The editor's view: `data-jiha-editor` on the element or any ancestor
 * (shadow roots crossed, `<html>` included). There a failed widget also
 * says what is wrong and what to fix, and CSV rows left out are named. The
 * builder's preview and Storybook set it; a CMS can set it on its editing
 * screens. In the error box's chunk: only a page with a failed widget needs
 * it.
 */
import type { LitElement } from 'lit';

const EDITOR_ATTRIBUTE = 'data-jiha-editor';

/** Whether `element` is shown to an editor. */
export function inEditorView(element: Element): boolean {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute(EDITOR_ATTRIBUTE)) return true;
  }
  return false;
}

/**
 * Elements that showed an error or a notice; they render again when
 * `<html data-jiha-editor>` is switched (from the browser's console, say),
 * so that an editor need not reload. Weak: an element removed from the page
 * is not kept alive.
 */
const shown = new Set<WeakRef<LitElement>>();
let switchObserver: MutationObserver | undefined;

/** Renders `host` again whenever `<html data-jiha-editor>` changes. */
export function followEditorSwitch(host: LitElement): void {
  for (const ref of shown) {
    const element = ref.deref();
    if (element === host) return;
    if (!element?.isConnected) shown.delete(ref);
  }
  shown.add(new WeakRef(host));
  switchObserver ??= new MutationObserver(() => {
    for (const ref of shown) ref.deref()?.requestUpdate();
  });
  switchObserver.observe(document.documentElement, { attributes: true, attributeFilter: [EDITOR_ATTRIBUTE] });
}
