/** axe on <jiha-iso-badge variant="inline"> in its six states, and loading; 4 languages × 2 directions × light and dark. */
import { axeMatrix } from '../../a11y/helpers.js';
import { isoBadgeLoading, isoBadgeStates } from '../../a11y/fixtures.js';
import { unmountAll } from '../../support/helpers.js';

axeMatrix(
  'jiha-iso-badge inline',
  async (lang, dir) => [...(await isoBadgeStates(lang, dir, ['inline'])), await isoBadgeLoading(lang, dir)],
  unmountAll,
);
