/** Types of scripts/lib-entries.mjs for vite.config.ts. */
export declare const entries: Record<
  'jiha' | 'news-card' | 'iso-badge' | 'cooperation-timeline' | 'geopark-map',
  string
>;
