/** The library's entries, `dist/<name>.js` from each source file (vite.config.ts, scripts/build-lib.mjs). */
export const entries = {
  jiha: 'src/index.ts',
  'news-card': 'src/components/news-card/define.ts',
  'iso-badge': 'src/components/iso-badge/define.ts',
  'cooperation-timeline': 'src/components/cooperation-timeline/define.ts',
  'geopark-map': 'src/components/geopark-map/define.ts',
  'news-list': 'src/components/news-list/define.ts',
};
