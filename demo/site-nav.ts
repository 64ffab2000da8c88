/**
 * The element pages' navigation, the same on every page: the demo's pages
 * in plain words, the current one marked. Each page holds a
 * `<nav class="demo-nav">` with a link home, for readers without
 * JavaScript; this fills in the rest.
 */
const PAGES: ReadonlyArray<readonly [href: string, label: string]> = [
  ['index.html', 'Council home page'],
  ['overview.html', 'For decision makers'],
  ['news-card.html', 'News card'],
  ['news-list.html', 'News list'],
  ['iso-badge.html', 'Certificate badge'],
  ['geopark-map.html', 'Geopark map'],
  ['cooperation-timeline.html', 'Cooperation timeline'],
  ['builder.html', 'Snippet builder'],
  ['http://localhost:6006/', 'Storybook (npm run storybook)'],
];

const nav = document.querySelector<HTMLElement>('nav.demo-nav');
if (nav) {
  const current = location.pathname.split('/').pop() || 'index.html';
  const list = document.createElement('ul');
  for (const [href, label] of PAGES) {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = label;
    if (href === current) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
}
export {};
