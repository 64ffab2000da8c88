/**
 * The decision makers' page: the language and page-scheme switches
 * (page-language.ts); the framed showcase follows both, so the phone and
 * desktop frames show the page in the same language and scheme.
 */
import { setUpPage } from './page-language.js';

const frames = [...document.querySelectorAll<HTMLIFrameElement>('.frame iframe')];

setUpPage(({ scheme }) => {
  for (const frame of frames) {
    const url = new URL(frame.getAttribute('src')!, location.href);
    if (scheme === 'dark') url.searchParams.set('scheme', 'dark');
    else url.searchParams.delete('scheme');
    if (url.href !== frame.src) frame.src = url.href;
  }
});
