/** Helpers for tests of dist/embed.html: frames, their size messages, and their shadow text. */
import { until } from '../support/helpers.js';

export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
/** The map's snippet keeps the frame's origin (tile requests carry a Referer, the visitor's choice is stored). */
export const MAP_SANDBOX = `${SANDBOX} allow-same-origin`;

export interface SizeMessage {
  type: string;
  height: number;
  id: string;
  state: 'loading' | 'ready' | 'error';
}

const frames: HTMLIFrameElement[] = [];

/** An iframe on `src`, with the snippet's sandbox unless `sandbox` is false (or that sandbox, a string); the messages it posts are kept on it. */
export function openFrame(
  src: string,
  { sandbox = true, height = 300 }: { sandbox?: boolean | string; height?: number } = {},
): { frame: HTMLIFrameElement; messages: SizeMessage[] } {
  const frame = document.createElement('iframe');
  if (sandbox) frame.setAttribute('sandbox', sandbox === true ? SANDBOX : sandbox);
  frame.title = 'embed under test';
  frame.style.width = '640px';
  frame.style.height = `${height}px`;
  const messages: SizeMessage[] = [];
  addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && event.data?.type === 'jiha-embed-size')
      messages.push(event.data as SizeMessage);
  });
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  return { frame, messages };
}

/** The first message whose state is no longer `loading`. */
export function settledMessage(messages: SizeMessage[], ms = 15000): Promise<SizeMessage> {
  return until(() => messages.find((message) => message.state !== 'loading'), ms, 'a ready or error size message');
}

/** The widget element of an unsandboxed (same-origin) embed frame, once it shows something. */
export async function embeddedWidget(frame: HTMLIFrameElement, ms = 15000): Promise<HTMLElement> {
  return until(
    () => {
      const element = frame.contentDocument?.querySelector<HTMLElement>('[data-embed]');
      const root = element?.shadowRoot;
      return root && (root.querySelector('.error') || (root.textContent ?? '').trim().length > 40)
        ? element
        : undefined;
    },
    ms,
    'the embedded widget',
  );
}

export function removeFrames(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}
