/**
 * Feeds for the news list's stories, answered in the preview frame itself
 * (Storybook has no server of our own): `fetch` of a path under
 * `/story-feeds/` gets the feed below with its content type and, for the
 * WordPress endpoint, its `X-WP-TotalPages` header. Everything else goes
 * to the network as before.
 */
const DAY = ['17', '16', '15', '14', '13', '12', '11', '10', '09', '08', '07', '06', '05', '04'];
const TITLES = [
  'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة',
  'مجلس الجهة يصادق على برنامج التنمية الجهوية',
  'افتتاح الدورة العادية لمجلس الجهة',
  'جيوبارك مكون يستقبل وفدا من اليونسكو',
  'إطلاق بوابة الحكومة المنفتحة',
  'توقيع اتفاقية شراكة مع جهة بني ملال-خنيفرة',
  'تجديد شهادة الأيزو 9001',
];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>مجلس جهة طنجة تطوان الحسيمة</title><link>https://www.example.ma/</link><description>آخر الأخبار</description><language>ar</language>
  ${TITLES.map(
    (
      title,
      i,
    ) => `<item><title>${escape(title)}</title><link>https://www.example.ma/news/${i + 1}</link><pubDate>Sat, ${DAY[i]} Jan 2026 20:22:00 +0100</pubDate>
    <description>${escape(`<p>${title}.</p>`)}</description><dc:creator>هيئة التحرير</dc:creator><category>الجهة</category>
    ${i === 0 ? '<enclosure url="assets/partnership.svg" type="image/svg+xml"/>' : ''}</item>`,
  ).join('')}
  </channel>
</rss>`;

const rdf = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://www.example.ma/"><title>Conseil régional</title><link>https://www.example.ma/</link><description>Actualités</description><dc:language>fr</dc:language></channel>
  <item rdf:about="https://www.example.ma/a"><title>Visite d’une délégation de Béni Mellal-Khénifra</title><link>https://www.example.ma/a</link><description>La délégation découvre la certification ISO du conseil.</description><dc:date>2026-01-17T20:22:00+01:00</dc:date><dc:creator>Rédaction</dc:creator></item>
  <item rdf:about="https://www.example.ma/b"><title>Session ordinaire du conseil</title><link>https://www.example.ma/b</link><dc:date>2026-01-05</dc:date></item>
</rdf:RDF>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Conseil régional — actualités</title><id>urn:jiha:story</id><updated>2026-01-17T20:22:00+01:00</updated><author><name>Service communication</name></author>
  <entry><title type="html">Visite &lt;em&gt;officielle&lt;/em&gt; à Tanger</title><link href="https://www.example.ma/visite"/><id>urn:1</id><published>2026-01-17T20:22:00+01:00</published><updated>2026-01-17T20:22:00+01:00</updated>
    <summary type="html">&lt;p&gt;Les deux régions signent un accord de coopération.&lt;/p&gt;</summary><category term="cooperation" label="Coopération"/></entry>
  <entry xml:lang="ar"><title>زيارة وفد جهة بني ملال-خنيفرة</title><link href="https://www.example.ma/ar/visit"/><id>urn:2</id><updated>2026-01-16T10:00:00Z</updated></entry>
  <entry xml:lang="en"><title>Open government portal launched</title><link href="https://www.example.ma/en/ogp"/><id>urn:3</id><updated>2026-01-15T10:00:00Z</updated></entry>
</feed>`;

const jsonFeedPage = (page: number) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tanger-Tetouan-Al Hoceima Region',
    language: 'en',
    next_url: page < 3 ? `/story-feeds/feed-${page + 1}.json` : undefined,
    items: [1, 2].map((n) => ({
      id: `${page}-${n}`,
      url: `https://www.example.ma/en/${page}-${n}`,
      title: `Regional council news ${(page - 1) * 2 + n}`,
      summary: 'The council met in ordinary session.',
      date_published: `2026-01-${DAY[(page - 1) * 2 + n]}T10:00:00Z`,
    })),
  });

function wordPressPosts(url: URL): Response {
  const perPage = Number(url.searchParams.get('per_page') ?? 10);
  const page = Number(url.searchParams.get('page') ?? 1);
  const total = 7;
  const pages = Math.ceil(total / perPage);
  const posts = [];
  for (let n = (page - 1) * perPage; n < Math.min(total, page * perPage); n++) {
    posts.push({
      id: n + 1,
      link: `https://www.example.ma/?p=${n + 1}`,
      date_gmt: `2026-01-${DAY[n]}T19:22:00`,
      title: { rendered: `Actualit&eacute; ${n + 1} &#8211; conseil r&eacute;gional` },
      excerpt: { rendered: `<p>R&eacute;sum&eacute; de l’article ${n + 1} [&hellip;]</p>` },
      _embedded: { author: [{ name: 'Communication' }] },
    });
  }
  return new Response(JSON.stringify(posts), {
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      'x-wp-total': String(total),
      'x-wp-totalpages': String(pages),
    },
  });
}

const FEEDS: Record<string, () => Response> = {
  'council.rss': () => new Response(rss, { headers: { 'content-type': 'application/rss+xml' } }),
  'council.rdf': () => new Response(rdf, { headers: { 'content-type': 'application/rdf+xml' } }),
  'council.atom': () => new Response(atom, { headers: { 'content-type': 'application/atom+xml' } }),
  'feed-1.json': () => new Response(jsonFeedPage(1), { headers: { 'content-type': 'application/feed+json' } }),
  'feed-2.json': () => new Response(jsonFeedPage(2), { headers: { 'content-type': 'application/feed+json' } }),
  'feed-3.json': () => new Response(jsonFeedPage(3), { headers: { 'content-type': 'application/feed+json' } }),
  'broken-next.json': () =>
    new Response(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Conseil',
        next_url: '/story-feeds/down.json',
        items: [{ id: '1', title: 'Première actualité', url: 'https://www.example.ma/1' }],
      }),
      { headers: { 'content-type': 'application/feed+json' } },
    ),
  'down.json': () => new Response('Service unavailable', { status: 503 }),
  'empty.rss': () =>
    new Response(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Rien</title><link>https://www.example.ma/</link><description>-</description></channel></rss>',
      { headers: { 'content-type': 'application/rss+xml' } },
    ),
  'login.html': () =>
    new Response('<!doctype html><title>Login</title><p>Please log in', { headers: { 'content-type': 'text/html' } }),
};

/** Installs the feeds in the preview frame, once. */
export function serveStoryFeeds(): void {
  const global = globalThis as { __jihaStoryFeeds?: boolean };
  if (global.__jihaStoryFeeds) return;
  global.__jihaStoryFeeds = true;
  const fetchOriginal = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const name = /\/story-feeds\/(.+)$/.exec(url.pathname)?.[1];
    if (!name) return fetchOriginal(input, init);
    await new Promise((resolve) => setTimeout(resolve, 150)); // a little network time, so that the skeleton and "Loading more news…" show
    if (name === 'wp-json/wp/v2/posts') return wordPressPosts(url);
    return FEEDS[name]?.() ?? new Response('not found', { status: 404 });
  };
}
