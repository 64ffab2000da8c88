/**
 * The decision makers' page: the language and page-scheme switches
 * (page-language.ts); the framed showcase follows both, so the phone and
 * desktop frames show the page in the same language and scheme.
 */
import { setUpPage } from './page-language.js';

const frames = [...document.querySelectorAll<HTMLIFrameElement>('.frame iframe')];

/**
 * Where scrollbars take room (desktop Firefox, Windows), the frame grows by
 * the scrollbar's width, so that the page inside is laid out at exactly the
 * frame's `width` (360 px: a phone's, whose scrollbars take none).
 */
function fitScrollbar(frame: HTMLIFrameElement): void {
  const inner = frame.contentWindow;
  const root = frame.contentDocument?.documentElement;
  if (!inner || !root) return;
  const scrollbar = inner.innerWidth - root.clientWidth;
  frame.style.inlineSize = `${Number(frame.getAttribute('width')) + Math.max(0, scrollbar)}px`;
}

for (const frame of frames) {
  frame.addEventListener('load', () => fitScrollbar(frame));
  if (frame.contentDocument?.readyState === 'complete') fitScrollbar(frame);
}

setUpPage(({ scheme }) => {
  for (const frame of frames) {
    const url = new URL(frame.getAttribute('src')!, location.href);
    if (scheme === 'dark') url.searchParams.set('scheme', 'dark');
    else url.searchParams.delete('scheme');
    if (url.href !== frame.src) frame.src = url.href;
  }
});
