/** axe on <jiha-cooperation-timeline>: vertical, filtered with limit, horizontal, reference data, loading, error; 4 languages × 2 directions × light and dark. */
import { axeMatrix } from '../../a11y/helpers.js';
import { cooperationTimelineStates } from '../../a11y/fixtures.js';
import { unmountAll } from '../../support/helpers.js';

axeMatrix('jiha-cooperation-timeline', cooperationTimelineStates, unmountAll);
