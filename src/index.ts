/**
 * Every Jiha element, registered. One `<script type="module">` of
 * `dist/jiha.js` is all a page needs; Leaflet and the region shapes are
 * separate files fetched only when a map needs them.
 */
export * from './components/news-card/define.js';
export * from './components/iso-badge/define.js';
export * from './components/geopark-map/define.js';
export * from './components/cooperation-timeline/define.js';
export * from './components/news-list/define.js';
export { VERSION } from './core/version.js';
export type { JihaErrorDetail } from './core/data-element.js';
export type { ErrorCode } from './core/errors.js';
