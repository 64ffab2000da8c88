/**
 * dist/embed-resizer.js, optional, for host pages that may run one script:
 * sets each Jiha embed iframe's height from the size its page posts. Only
 * messages from one of this page's own iframes count (a sandboxed embed's
 * origin is `null`, so the sender is checked by window, not by origin).
 */
import type { EmbedSizeMessage } from './size-reporter.js';

addEventListener('message', (event: MessageEvent<Partial<EmbedSizeMessage> | null>) => {
  const message = event.data;
  if (message?.type !== 'jiha-embed-size' || typeof message.height !== 'number' || !Number.isFinite(message.height))
    return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    // CSSOM, not a style attribute string: allowed under `style-src 'self'`.
    frame.style.height = `${Math.min(Math.max(Math.round(message.height), 0), 20000)}px`;
    frame.dispatchEvent(new CustomEvent('jiha-embed-resize', { detail: message }));
  }
});
