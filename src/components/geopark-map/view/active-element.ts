/** The focused element when it is inside `container`'s shadow root (or document), else undefined. */
export function activeElementIn(container: HTMLElement): HTMLElement | undefined {
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
