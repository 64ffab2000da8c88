/** axe on <jiha-iso-badge variant="card"> in its six states, and the error box; 4 languages × 2 directions × light and dark. */
import { axeMatrix } from '../../a11y/helpers.js';
import { isoBadgeError, isoBadgeStates } from '../../a11y/fixtures.js';
import { unmountAll } from '../../support/helpers.js';

axeMatrix(
  'jiha-iso-badge card',
  async (lang, dir) => [...(await isoBadgeStates(lang, dir, ['card'])), await isoBadgeError(lang, dir)],
  unmountAll,
);
