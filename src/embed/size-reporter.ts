/** What embed.html posts to its host page, and what embed-resizer.js reads. */
export interface EmbedSizeMessage {
  type: 'jiha-embed-size';
  /** The content's height in CSS pixels. */
  height: number;
  /** The `id` parameter of the embed, so that a page with several can tell them apart. */
  id: string;
  /** The widget's state: `ready`, `error`, or `loading` before either. */
  state: 'loading' | 'ready' | 'error';
}

/**
 * Posts the document's height to the parent whenever it changes, and the
 * widget's state with it. Height only, no content: `'*'` as target origin is
 * safe, and a sandboxed frame has no origin of its own to name anyway.
 */
export function reportSize(id: string, widget: Element): void {
  if (window.parent === window) return;
  let state: EmbedSizeMessage['state'] = 'loading';
  let last = '';
  const post = () => {
    // A frame not laid out yet (in a background tab, before its parent's first layout) has no box: it
    // would read 0 and the host would shrink the frame to nothing. The observer posts once it has one.
    if (document.documentElement.getClientRects().length === 0) return;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    const key = `${height}:${state}`;
    if (key === last) return;
    last = key;
    const message: EmbedSizeMessage = { type: 'jiha-embed-size', height, id, state };
    window.parent.postMessage(message, '*');
  };
  widget.addEventListener('jiha-ready', () => ((state = 'ready'), post()));
  widget.addEventListener('jiha-error', () => ((state = 'error'), post()));
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
