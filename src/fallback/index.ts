/**
 * The fallback writers: the markup a snippet carries inside an element for
 * pages where the script does not run (docs/reference/without-javascript.md), from each element's model. Every text and
 * address is escaped. The snippet builder uses them; so can a CMS
 * integration written in JavaScript.
 */
export { newsCardFallback, type NewsCardFallbackOptions } from './news-card.js';
export { isoBadgeFallback } from './iso-badge.js';
export { geoparkMapFallback } from './geopark-map.js';
export { timelineFallback } from './cooperation-timeline.js';
export { newsListFallback, newsSiteFallback, type NewsListFallbackOptions } from './news-list.js';
export { escapeAttribute, escapeText } from './escape.js';
