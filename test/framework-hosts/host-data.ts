/**
 * What the React and Vue host pages give the elements, through the `data`
 * property: an article, two geoparks for the map's list, and an article the
 * news card refuses (a `views` that is no number) for `jiha-error`.
 */
export const ARTICLE = {
  headline: { en: 'The council opens a geopark centre', ar: 'المجلس يفتتح مركز الجيوبارك' },
  summary: 'Visitors can book guided walks from June.',
  source: 'Council news',
  views: 3,
};

export const BAD_ARTICLE = { headline: 'A broken article', views: 'many' };

export const GEOPARKS = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'alpha', name: { en: 'Alpha Geopark', ar: 'جيوبارك ألفا' }, status: 'unesco-global-geopark' },
      geometry: { type: 'Point', coordinates: [-6.5694, 31.9669] },
    },
    {
      type: 'Feature',
      properties: { id: 'beta', name: { en: 'Beta Geopark', ar: 'جيوبارك بيتا' }, status: 'aspiring' },
      geometry: { type: 'Point', coordinates: [-5.15, 35.2] },
    },
  ],
};

/** A mounted host page: the framework owns the elements, the test drives it like a user or the app would. */
export interface FrameworkHost {
  /** The app changes its state: the framework sets the news card's `data` property to `value`. */
  setArticle(value: unknown): void;
  unmount(): void;
}

/**
 * The host's own markup, the same in both frameworks: a wrapper whose `lang`
 * the host switches (button `.switch-language`), a news card and a map with
 * its list, and an `<output>` where the host writes what its handlers heard
 * (`error: <code>`, `selected: <id>`).
 */
export const HOST_CLASS = 'framework-host';
