/**
 * Visual references of the showcase (`npm start`'s first page, as built in
 * dist/showcase/): its first screen on a phone and on a desktop, in Arabic
 * and French, on the light page and the dark one.
 */
import { pageFileName } from '../../demo/page-translation.mjs';
import { MAIN_LOOKS, visualPages } from './harness.js';

visualPages('showcase', [
  {
    name: 'home',
    url: (look) =>
      `/dist/showcase/${pageFileName('index.html', look.lang)}${look.scheme === 'dark' ? '?scheme=dark' : ''}`,
    height: 900,
    looks: MAIN_LOOKS,
  },
]);
