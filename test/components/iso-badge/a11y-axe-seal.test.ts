/** axe on <jiha-iso-badge variant="seal"> in its six states, and the open details; 4 languages × 2 directions × light and dark. */
import { axeMatrix } from '../../a11y/helpers.js';
import { isoBadgeOpenDetails, isoBadgeStates } from '../../a11y/fixtures.js';
import { unmountAll } from '../../support/helpers.js';

axeMatrix(
  'jiha-iso-badge seal',
  async (lang, dir) => [...(await isoBadgeStates(lang, dir, ['seal'])), await isoBadgeOpenDetails(lang, dir)],
  unmountAll,
);
