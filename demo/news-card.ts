/** Fills the demo's seed cards from the shared seed article, in the library's own format. */
const seed = await (await fetch('/data/seed-article.json')).json();
const article = {
  headline: { ar: seed.headline, fr: seed.headline_fr, en: seed.headline_en },
  summary: { ar: seed.summary, fr: seed.summary_fr, en: seed.summary_en },
  url: seed.url,
  source: seed.source,
  dateline: seed.dateline,
  author: seed.author,
  published: seed.published,
  views: seed.views,
  tags: [{ ar: 'الحكامة', fr: 'Gouvernance', en: 'Governance', zgh: 'ⵜⴰⵏⴱⴰⴹⵜ' }, 'ISO 9001'],
};
for (const card of document.querySelectorAll<HTMLElement & { data: unknown }>('jiha-news-card[data-seed]')) {
  if (!card.hasAttribute('src')) card.data = article;
}
export {};
