/** axe on <jiha-news-card>: variants full, compact, horizontal; loading; error; 4 languages × 2 directions × light and dark. */
import { axeMatrix } from '../../a11y/helpers.js';
import { newsCardStates } from '../../a11y/fixtures.js';
import { unmountAll } from '../../support/helpers.js';

axeMatrix('jiha-news-card', newsCardStates, unmountAll);
