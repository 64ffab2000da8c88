/**
 * npm run test:wordpress: the plugin in a real WordPress, driven by
 * Chromium. WordPress 6.5 (script modules) on PHP 8.2, and WordPress 6.4
 * (the type="module" script path of 6.1–6.4) on PHP 7.4, the plugin's
 * oldest PHP, in French (translations, default language from the locale).
 * Needs `npm run build` (dist/wordpress/jiha-widgets.zip) and
 * `(cd .wordpress-test && npm ci)`. Ends with "N passed, N failed".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { builderContent } from './builder-content.mjs';
import { blocks, CARD, EMBED_QUERY, hostileBlocks, hostileShortcodes, payloads, shortcodes } from './content.mjs';
import { partnerFeeds } from './partner-feeds.mjs';
import { prepareSite, startSite, TOOLS } from './site.mjs';

const results = { passed: 0, failed: 0 };
const started = Date.now();
const elapsed = (what) => console.log(`# ${what} at ${Math.round((Date.now() - started) / 1000)} s`);
function check(name, ok, detail = '') {
  if (ok) results.passed += 1;
  else results.failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${String(detail).slice(0, 600)}`}`);
}

const WIDGETS = ['news-card', 'iso-badge', 'geopark-map', 'cooperation-timeline', 'news-list'];
/** The widgets the embed page serves, with their iframe heights (src/embed/widgets.generated.ts, written from the elements). */
const EMBEDDED = JSON.parse(
  /WIDGETS[^=]*= (\[[\s\S]*\]);/.exec(readFileSync('src/embed/widgets.generated.ts', 'utf8'))[1],
).map(({ name, fallbackHeight }) => ({ name, height: fallbackHeight }));
const TAGS = WIDGETS.map((widget) => `jiha-${widget}`);
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Each shortcode's attribute names, from the blocks' block.json (one list of attributes for both). */
const BLOCK_ATTRIBUTES = Object.fromEntries(
  WIDGETS.map((widget) => [
    widget,
    Object.keys(JSON.parse(readFileSync(`wordpress/blocks/${widget}/block.json`, 'utf8')).attributes),
  ]),
);
const ATTRIBUTES = Object.fromEntries(
  WIDGETS.map((widget) => {
    const names = Object.keys(JSON.parse(readFileSync(`wordpress/blocks/${widget}/block.json`, 'utf8')).attributes)
      .filter((name) => name !== 'data')
      .map(kebab);
    return [widget, names.map((name) => (name === 'image-alt' ? 'image_alt' : name))];
  }),
);

// php -l over every PHP file of the plugin and of the test.
const phpFiles = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? phpFiles(path.join(folder, entry.name))
      : entry.name.endsWith('.php')
        ? [path.join(folder, entry.name)]
        : [],
  );
for (const file of [...phpFiles('wordpress'), ...phpFiles('test/wordpress')]) {
  let output = '';
  try {
    output = execFileSync('php', ['-l', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  check(`php -l ${file}`, /No syntax errors/.test(output), output);
}
// The locale → language rule, under the machine's PHP.
const mapped = execFileSync(
  'php',
  [
    '-r',
    `define('ABSPATH','/');require 'wordpress/includes/settings.php';foreach(['ar','ary','ar_MA','fr_FR','fr_CA','en_US','en_GB','zgh','tzm','de_DE'] as $l) echo $l,'=',jiha_widgets_language_from_locale($l),' ';`,
  ],
  { encoding: 'utf8' },
).trim();
check(
  'locale → default language (ar→ar, fr_FR→fr, en_*→en, zgh/tzm→zgh)',
  mapped === 'ar=ar ary=ar ar_MA=ar fr_FR=fr fr_CA=fr en_US=en en_GB=en zgh=zgh tzm=zgh de_DE=en',
  mapped,
);

if (!existsSync(path.join(TOOLS, 'node_modules/@wp-playground/cli')))
  throw new Error('Run `(cd .wordpress-test && npm ci)` first.');
if (!existsSync('dist/wordpress/jiha-widgets.zip'))
  throw new Error('Run `npm run build` first (dist/wordpress/jiha-widgets.zip).');

// WORDPRESS_TEST_ONLY=hostile runs only the hostile-value and inline-data checks on 6.5 (a few minutes, to try a change to the escaping); WORDPRESS_TEST_ONLY=partner only the partner feeds' checks on 6.5; WORDPRESS_TEST_ONLY=builder only the builder's pasted shortcodes and blocks on 6.5.
const only = process.env.WORDPRESS_TEST_ONLY ?? '';
// Stopped from outside: exit, so that the Playground servers are ended too (site.mjs kills them on exit).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
// Two runs on one machine (two checkouts) each give their own base: JIHA_WORDPRESS_PORT=9531 npm run test:wordpress.
const basePort = Number(process.env.JIHA_WORDPRESS_PORT ?? 9431);
const chromium = await launchChromium();
try {
  await runSite({
    version: '6.5',
    php: '8.2',
    port: basePort,
    locale: '',
    modules: true,
    hostile: true,
    editor: 'all',
    fullView: true,
    partners: true,
  });
  if (!only)
    await runSite({
      version: '6.4',
      php: '7.4',
      port: basePort + 1,
      locale: 'fr_FR',
      modules: false,
      hostile: false,
      editor: 'one',
      fullView: false,
      partners: false,
    });
} finally {
  await chromium.close();
}
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);

async function runSite({ version, php, port, locale, modules, hostile, editor, fullView, partners }) {
  console.log(`\n# WordPress ${version}, PHP ${php}${locale ? `, ${locale}` : ''}`);
  const root = prepareSite(version, locale);
  const site = await startSite({ root, port, php, locale });
  const label = (text) => `[${version}] ${text}`;
  elapsed(`WordPress ${version} started`);
  try {
    check(
      label('the Author and the Contributor lack unfiltered_html; the plugin is active'),
      site.setup.activated && !site.setup.author.unfiltered_html && !site.setup.contributor.unfiltered_html,
    );
    const api = async (who, method, route, body) => {
      const response = await fetch(`${site.url}/wp-json${route}`, {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${site.setup[who].login}:${site.setup[who].app}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    };
    const createPost = async (who, title, content, status = 'publish') => {
      const { status: code, json } = await api(who, 'POST', '/wp/v2/posts', { title, content, status });
      if (code !== 201)
        throw new Error(`${who} could not create "${title}": ${code} ${JSON.stringify(json).slice(0, 300)}`);
      return json;
    };
    const served = async (url) => (await fetch(url)).text();
    const partnerChecks = () => partnerFeeds({ site, root, api, createPost, check, label, chromium, trap });
    if (only === 'partner') {
      await partnerChecks();
      elapsed('partner feeds checked');
      return;
    }
    const builderChecks = () => builderContent({ createPost, check, label, chromium, trap });
    if (only === 'builder') {
      await builderChecks();
      elapsed("the builder's shortcodes and blocks checked");
      return;
    }

    // Posts by the Author (published) and the Contributor (pending, published by an administrator without re-saving its content).
    const authorShortcodes = await createPost(
      'author',
      'Shortcodes by the Author',
      `${shortcodes('author-sc')}\n\n${site.url}/wp-content/plugins/jiha-widgets/lib/embed.html?${EMBED_QUERY}\n`,
    );
    const authorBlocks = await createPost('author', 'Blocks by the Author', blocks('author-bl'));
    const contributorDraft = await createPost(
      'contributor',
      'Shortcodes and blocks by the Contributor',
      `${shortcodes('contrib-sc')}\n\n${blocks('contrib-bl')}`,
      'pending',
    );
    const published = await api('admin', 'POST', `/wp/v2/posts/${contributorDraft.id}`, { status: 'publish' });
    check(
      label('the Contributor may not publish; an administrator publishes the pending post'),
      contributorDraft.status === 'pending' && published.json.status === 'publish',
      JSON.stringify(published.json).slice(0, 200),
    );
    const control = await createPost(
      'author',
      'Custom HTML by the Author',
      '<!-- wp:html -->\n<p>before</p><script>window.__pwned=(window.__pwned||0)+1</script><jiha-news-card headline="raw element"></jiha-news-card>\n<!-- /wp:html -->',
    );
    const plain = await createPost('author', 'A post without widgets', 'Nothing to see.');
    const embedBase = `${site.url}/wp-content/plugins/jiha-widgets/lib/embed.html`;
    const embeds = await createPost(
      'author',
      'Every embeddable widget by the Author',
      EMBEDDED.map(({ name }) => `${embedBase}?widget=${name}&lang=en&id=wp-${name}`).join('\n\n'),
    );
    if (only !== 'hostile') {
      const html = await served(embeds.link);
      const frames = [
        ...html.matchAll(
          /<iframe src="[^"]*[?&](?:amp;|#038;)?widget=([a-z-]+)[^"]*" title="([^"]+)"[^>]* height="(\d+)"/g,
        ),
      ].map(([, name, title, height]) => ({ name, title, height: Number(height) }));
      check(
        label(`the embed handler frames every widget the embed page serves (${EMBEDDED.length}), at its height`),
        EMBEDDED.length === 5 &&
          EMBEDDED.every(({ name, height }) =>
            frames.some((frame) => frame.name === name && frame.height === height && frame.title.trim()),
          ),
        JSON.stringify(frames),
      );
    }

    const raw = await api('author', 'GET', `/wp/v2/posts/${control.id}?context=edit`);
    check(
      label("negative control: the Author's Custom HTML block loses its <script> and the unknown element when saved"),
      !/<script/i.test(raw.json.content.raw) &&
        !/<jiha-/i.test(raw.json.content.raw) &&
        /before/.test(raw.json.content.raw),
      raw.json.content.raw,
    );

    const pages =
      only === 'hostile'
        ? []
        : [
            ['Author shortcodes', authorShortcodes, 'author-sc'],
            ['Author blocks', authorBlocks, 'author-bl'],
            ['Contributor shortcodes and blocks', published.json, 'contrib-sc'],
          ];
    for (const [name, post, tag] of pages) {
      const html = await served(post.link);
      const count = TAGS.filter((element) => html.includes(`<${element} `)).length;
      check(label(`${name}: every widget's element is in the served HTML`), count === 5, `${count} of 5`);
      check(
        label(`${name}: news card fallback (headline link, <time datetime>, source, summary)`),
        html.includes(`<a href="${CARD.href}">${CARD.headline} ${tag}</a>`) &&
          html.includes(`<time datetime="${CARD.published}">`) &&
          html.includes(CARD.source) &&
          html.includes(CARD.summary),
      );
      check(
        label(`${name}: badge fallback (standard, holder, status, end date, verify link)`),
        /<strong>[^<]*ISO (9001:2015|14001)[^<]*<\/strong> – <span>Council/.test(html) &&
          /<time datetime="2099-05-01">/.test(html) &&
          html.includes('<a href="https://example.org/verify">') &&
          new RegExp(locale ? 'Valide' : 'Valid').test(html),
      );
      check(
        label(`${name}: map fallback (places as links with their status and region) and inline CSV`),
        /<li><span><a href="https:\/\/example.org\/mgoun">M&#039;Goun Geopark<\/a><\/span> – [^<]+ – <span[^>]*>Béni Mellal-Khénifra<\/span><\/li>/.test(
          html,
        ) && html.includes('<script type="text/csv">'),
      );
      check(
        label(`${name}: timeline fallback <ol> of <li data-category><time datetime> <strong> and inline JSON`),
        /<ol><li data-category="visit" data-partners="a b"><time datetime="2024-05">[^<]+<\/time>:<strong lang="(en|fr)"><a href="https:\/\/example.org\/visit">(First visit|Première visite)<\/a><\/strong><\/li>/.test(
          html,
        ) && html.includes('<script type="application/json">'),
      );
      check(
        label(`${name}: news list fallback <ul> links to the site's latest posts`),
        html.includes(`<a href="${plain.link}">A post without widgets</a>`),
      );
      const tags = html.match(/<script\b[^>]*jiha-widgets\/lib\/jiha\.js[^>]*>/g) ?? [];
      const expected = modules ? /id="jiha-widgets-js-module"/ : /id=['"]jiha-widgets-js['"]/;
      check(
        label(`${name}: the library is one type="module" script (${modules ? 'script module' : 'enqueued script'})`),
        tags.length === 1 && /type="module"/.test(tags[0]) && expected.test(tags[0]),
        tags.join(' | '),
      );
      if (locale)
        check(
          label(`${name}: default language from the site locale (${locale} → lang="fr")`),
          (html.match(/<jiha-[a-z-]+ lang="fr"/g) ?? []).length === (html.match(/<jiha-[a-z-]+ /g) ?? []).length,
        );
      // The served HTML of every page is checked on both versions; Chromium views every page on the first site and the shortcode page on the others (the time budget).
      if (fullView || tag === 'author-sc')
        await viewInChromium(post.link, name, label, { expectEmbed: tag === 'author-sc' });
    }
    const plainHtml = await served(plain.link);
    if (only !== 'hostile')
      check(label('a page without widgets does not load the library'), !/jiha-widgets\/lib\/jiha\.js/.test(plainHtml));

    const controlPage = await chromium.browser.newPage();
    await trap(controlPage);
    await controlPage.goto(control.link, { waitUntil: 'load' });
    check(
      label('negative control: nothing from the Custom HTML block runs'),
      (await controlPage.evaluate(() => window.__pwned)) === undefined &&
        !(await controlPage.evaluate(() =>
          document.querySelector('.entry-content script, .wp-block-post-content script'),
        )),
    );
    await controlPage.close();

    elapsed('pages checked');
    if (hostile) await hostileValues(site, createPost, label);
    elapsed('hostile values checked');
    if (partners && !only) await partnerChecks();
    elapsed('partner feeds checked');
    if (fullView && !only) await builderChecks();
    elapsed("the builder's shortcodes and blocks checked");
    if (editor && only !== 'hostile')
      await blockEditor(site, label, locale, editor === 'all' ? WIDGETS : WIDGETS.slice(0, 1));
    elapsed('block editor checked');
    // Admin pages are slow in Playground: the settings page and uninstall run on the first site only.
    if (fullView && only !== 'hostile') await settingsAndUninstall(site, api, label, authorShortcodes.link);
    elapsed('settings and uninstall checked');
  } finally {
    await site.stop();
  }

  /** Counts anything that runs: alert/prompt/confirm and window.__pwned. */
  async function trap(page) {
    page.setDefaultNavigationTimeout(120_000);
    page.dialogs = 0;
    page.on('dialog', (dialog) => {
      page.dialogs += 1;
      dialog.dismiss().catch(() => {});
    });
    await page.evaluateOnNewDocument(() => {
      for (const name of ['alert', 'prompt', 'confirm', 'print'])
        window[name] = () => {
          window.__pwned = (window.__pwned || 0) + 1;
        };
      window.__jihaReady = [];
      window.__jihaErrors = [];
      document.addEventListener('jiha-ready', (event) => window.__jihaReady.push(event.target.localName), true);
      document.addEventListener(
        'jiha-error',
        (event) => window.__jihaErrors.push(`${event.target.localName}: ${event.detail?.code}`),
        true,
      );
    });
  }

  async function viewInChromium(url, name, label, { expectEmbed }) {
    const page = await chromium.browser.newPage();
    await trap(page);
    const libraryRequests = [];
    page.on('request', (request) => {
      if (/jiha-widgets\/lib\/jiha\.js/.test(request.url())) libraryRequests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    for (const element of TAGS) {
      const state = await page
        .waitForFunction(
          (tag) => {
            const node = document.querySelector(tag);
            // A news list without heading nor "more" button shows only cards, whose text is in their own shadow roots.
            return node &&
              customElements.get(tag) &&
              node.shadowRoot &&
              (node.shadowRoot.textContent.trim().length > 0 || node.shadowRoot.querySelector('jiha-news-card')) &&
              window.__jihaReady.includes(tag)
              ? 'ready'
              : false;
          },
          { timeout: 20_000 },
          element,
        )
        .then(() => 'ready')
        .catch(async () =>
          JSON.stringify(
            await page.evaluate(
              (tag) => ({
                defined: !!customElements.get(tag),
                shadow: document.querySelector(tag)?.shadowRoot?.textContent.trim().slice(0, 80),
                ready: window.__jihaReady,
                errors: window.__jihaErrors,
              }),
              element,
            ),
          ),
        );
      check(
        label(`${name}: <${element}> defined, rendered in its shadow root, jiha-ready fired`),
        state === 'ready',
        state,
      );
    }
    // Each post is a <jiha-news-card> in the list's shadow root, with a shadow root of its own.
    const cardsText = () =>
      [...(document.querySelector('jiha-news-list')?.shadowRoot?.querySelectorAll('jiha-news-card') ?? [])]
        .map((card) => card.shadowRoot?.textContent ?? '')
        .join(' ');
    const postTitles = await page
      .waitForFunction(
        () => {
          const text = [
            ...(document.querySelector('jiha-news-list')?.shadowRoot?.querySelectorAll('jiha-news-card') ?? []),
          ]
            .map((card) => card.shadowRoot?.textContent ?? '')
            .join(' ');
          return text.includes('A post without widgets') ? text : false;
        },
        { timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => page.evaluate(cardsText));
    check(
      label(`${name}: <jiha-news-list> shows the site's own posts (from its REST API)`),
      postTitles.includes('A post without widgets'),
      postTitles.slice(0, 200),
    );
    check(
      label(`${name}: the library module was requested once`),
      libraryRequests.length === 1,
      libraryRequests.join(' '),
    );
    // A query string (WordPress's ?ver=) would make the chunks' plain-address import of jiha.js a second copy.
    check(
      label(`${name}: the library module's address has no query string`),
      libraryRequests.length === 1 && !libraryRequests[0].includes('?'),
      libraryRequests.join(' '),
    );
    check(
      label(`${name}: nothing ran (no dialog, no window.__pwned)`),
      page.dialogs === 0 && (await page.evaluate(() => window.__pwned)) === undefined,
    );
    if (expectEmbed) {
      const frame = await page.evaluate(() => {
        const node = document.querySelector('iframe[src*="embed.html"]');
        return (
          node && {
            src: node.getAttribute('src'),
            sandbox: node.getAttribute('sandbox'),
            referrer: node.getAttribute('referrerpolicy'),
            title: node.getAttribute('title'),
            loading: node.getAttribute('loading'),
            height: node.getAttribute('height'),
          }
        );
      });
      check(
        label('an embed address alone on a line becomes the sandboxed iframe'),
        !!frame &&
          frame.sandbox === 'allow-scripts allow-popups allow-popups-to-escape-sandbox' &&
          frame.referrer === 'no-referrer' &&
          frame.loading === 'lazy' &&
          frame.height === '460' &&
          !!frame.title &&
          frame.src.includes('widget=news-card&'),
        JSON.stringify(frame),
      );
      const embedded = await page
        .waitForFrame((f) => f.url().includes('embed.html'), { timeout: 10_000 })
        .then((f) =>
          f
            .waitForFunction(
              () => document.querySelector('jiha-news-card')?.shadowRoot?.textContent.includes('Embedded card'),
              { timeout: 20_000 },
            )
            .then(() => true),
        )
        .catch((error) => error.message);
      check(label('the embedded iframe shows the widget'), embedded === true, embedded);
    }
    await page.close();
  }

  async function hostileValues(site, createPost, label) {
    // Inline data that tries to end its <script>: entity-encoded so that kses keeps it, decoded by the plugin, re-escaped when printed.
    const breakout = '&lt;/script&gt;&lt;script&gt;window.__pwned=(window.__pwned||0)+1&lt;/script&gt;&lt;!--';
    const dataPost = await createPost(
      'author',
      'Inline data that tries to end its script',
      [
        `[jiha_cooperation_timeline]{"events":[{"date":"2024","title":"${breakout}"}]}[/jiha_cooperation_timeline]`,
        `[jiha_cooperation_timeline]{"events": ${breakout}[/jiha_cooperation_timeline]`,
        `[jiha_geopark_map tiles="none"]\nid,name,lat,lng\nx,"${breakout}",31,-6\n[/jiha_geopark_map]`,
        `<!-- wp:jiha/cooperation-timeline ${JSON.stringify({ data: `{"events":[{"date":"2025","title":"${breakout}"}]}` })} /-->`,
      ].join('\n\n'),
    );
    const dataPage = await chromium.browser.newPage();
    await trap(dataPage);
    await dataPage.goto(dataPost.link, { waitUntil: 'load' });
    await dataPage
      .waitForFunction(() => window.__jihaReady.length + window.__jihaErrors.length >= 4, { timeout: 30_000 })
      .catch(() => {});
    const inline = await dataPage.evaluate(() => ({
      pwned: window.__pwned,
      scripts: [...document.querySelectorAll('jiha-cooperation-timeline > script, jiha-geopark-map > script')].map(
        (node) => node.type,
      ),
      titles: [...document.querySelectorAll('jiha-cooperation-timeline')].map(
        (node) => node.shadowRoot?.textContent.includes('</script><script>') ?? false,
      ),
      errors: window.__jihaErrors,
    }));
    check(
      label(
        'inline JSON and CSV cannot end their <script>: nothing runs, each element keeps one data script, the text is shown as text',
      ),
      inline.pwned === undefined &&
        dataPage.dialogs === 0 &&
        inline.scripts.join() === 'application/json,application/json,text/csv,application/json' &&
        inline.titles[0] === true &&
        inline.titles[2] === true &&
        inline.errors.includes('jiha-cooperation-timeline: invalid-json'),
      JSON.stringify(inline),
    );
    await dataPage.close();

    const list = payloads();
    for (const widget of WIDGETS) {
      const shortcode = `jiha_${widget.replace(/-/g, '_')}`;
      // Entity-encoded, every payload reaches the renderer in every attribute of every shortcode. As typed (kses filters it first) is WordPress's own work, the same for every shortcode: checked once, on the card, whose attributes include every kind (text, url, image, boolean).
      for (const variant of widget === 'news-card' ? ['typed', 'encoded', 'block'] : ['encoded', 'block']) {
        const encodeAll = variant !== 'typed';
        const content =
          variant === 'block'
            ? hostileBlocks(widget, BLOCK_ATTRIBUTES[widget], list)
            : hostileShortcodes(shortcode, ATTRIBUTES[widget], list, encodeAll);
        const post = await createPost('author', `Hostile ${widget} ${variant}`, content);
        const html = await (await fetch(post.link)).text();
        const served = html.slice(html.indexOf(`<jiha-${widget}`), html.lastIndexOf(`</jiha-${widget}>`));
        const elements = (served.match(new RegExp(`<jiha-${widget}[ >]`, 'g')) ?? []).length;
        const which =
          variant === 'block'
            ? `jiha/${widget} block, ${list.length} payloads × ${BLOCK_ATTRIBUTES[widget].length} attributes`
            : `${widget}, ${list.length} payloads × ${ATTRIBUTES[widget].length} attributes, ${encodeAll ? 'entity-encoded' : 'as typed'}`;
        // As typed, kses rewrites some values so that WordPress no longer sees a whole shortcode (counted, not required); encoded, every shortcode must render.
        if (encodeAll)
          check(
            label(`hostile ${which}: one element per shortcode or block in the served HTML`),
            elements === list.length,
            `${elements} of ${list.length}`,
          );
        else console.log(`     (${which}: ${elements} of ${list.length} shortcodes rendered)`);
        const page = await chromium.browser.newPage();
        await trap(page);
        await page.setRequestInterception(true);
        // Only the page and the library: the values' addresses fail at once instead of reaching the slow WordPress.
        page.on('request', (request) =>
          request.url() === post.link || request.url().includes('/jiha-widgets/lib/')
            ? request.continue()
            : request.abort(),
        );
        await page.goto(post.link, { waitUntil: 'load', timeout: 120_000 });
        await page
          .waitForFunction((tag) => customElements.get(tag), { timeout: 20_000 }, `jiha-${widget}`)
          .catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const leaks = await page.evaluate(
          (tag, wholePost) => {
            const found = [];
            const allowed = new Set([
              'P',
              'A',
              'H2',
              'H3',
              'H4',
              'H5',
              'H6',
              'TIME',
              'UL',
              'OL',
              'LI',
              'STRONG',
              'SPAN',
              'SMALL',
              'SCRIPT',
            ]);
            for (const element of document.querySelectorAll(tag)) {
              for (const child of element.querySelectorAll('*')) {
                if (!allowed.has(child.tagName)) found.push(`<${child.localName}> inside`);
                if (child.tagName === 'SCRIPT' && !['application/json', 'text/csv'].includes(child.type))
                  found.push(`script ${child.type}`);
                if (
                  child.tagName === 'A' &&
                  !['http:', 'https:', 'mailto:'].includes(new URL(child.href, location.href).protocol)
                )
                  found.push(`a href=${child.getAttribute('href')}`);
              }
            }
            for (const node of document.querySelectorAll('*')) {
              for (const attribute of node.attributes) {
                if (/^on/i.test(attribute.name)) found.push(`${node.localName} ${attribute.name}`);
                if (
                  /^\s*(javascript|vbscript|data:text)/i.test(attribute.value) &&
                  ['href', 'src', 'action', 'formaction'].includes(attribute.name)
                )
                  found.push(`${node.localName} ${attribute.name}=${attribute.value}`);
              }
            }
            // As typed, what kses lets an Author write (an <img> without handlers, an <h1>) may stand outside a broken shortcode: legitimate author HTML, so the tag check is for the encoded values.
            const content = document.querySelector('.wp-block-post-content, .entry-content');
            if (!content) found.push('no post content');
            if (wholePost)
              for (const node of content?.querySelectorAll(
                'iframe, img, svg, math, video, audio, input, select, textarea, button, form, details, marquee, style, object, embed, h1',
              ) ?? [])
                found.push(`<${node.localName}> in the post`);
            return found;
          },
          `jiha-${widget}`,
          encodeAll,
        );
        check(
          label(`hostile ${which}: nothing leaks into the markup`),
          leaks.length === 0,
          leaks.slice(0, 8).join('; '),
        );
        check(
          label(`hostile ${which}: nothing runs`),
          page.dialogs === 0 && (await page.evaluate(() => window.__pwned)) === undefined,
        );
        await page.close();
      }
    }
  }

  async function login(page, who) {
    page.setDefaultNavigationTimeout(180_000);
    await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/profile.php`)}`, {
      waitUntil: 'load',
    });
    // Values set at once: wp-login.php selects the user name field 200 ms after load, and keystrokes typed after that replace what was typed before.
    await page.$eval(
      '#user_login',
      (input, value) => {
        input.value = value;
      },
      site.setup[who].login,
    );
    await page.$eval(
      '#user_pass',
      (input, value) => {
        input.value = value;
      },
      site.setup[who].password,
    );
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 180_000 }), page.click('#wp-submit')]);
    const loggedIn = await page.evaluate(() => document.body.classList.contains('wp-admin'));
    if (!loggedIn) throw new Error(`${who} could not log in: ${page.url()}`);
  }

  async function blockEditor(site, label, locale, widgets) {
    const context = await chromium.browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await login(page, 'author');
      await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load', timeout: 180_000 });
      await page.waitForFunction(
        () => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('jiha/news-card'),
        { timeout: 120_000 },
      );
      const titles = await page.evaluate(() =>
        ['news-card', 'iso-badge', 'geopark-map', 'cooperation-timeline', 'news-list'].map(
          (name) => window.wp.blocks.getBlockType(`jiha/${name}`)?.title,
        ),
      );
      check(
        label(`block editor: the five blocks are registered${locale ? ', titles translated' : ''}`),
        titles.every(Boolean) && (!locale || titles[0] === 'Carte d’actualité'),
        titles.join(', '),
      );
      const attributes = {
        'news-card': { headline: 'Editor preview headline', href: 'https://example.org/p', published: '2026-01-17' },
        'iso-badge': { standard: '27001', holder: 'Editor preview holder', expires: '2099-01-01' },
        'geopark-map': { data: 'id,name,lat,lng,region\np,Editor preview place,31,-6,souss-massa\n', tiles: 'none' },
        'cooperation-timeline': { data: '{"events":[{"date":"2025","title":"Editor preview event"}]}' },
        'news-list': { limit: '2' },
      };
      const expectedText = {
        'news-card': 'Editor preview headline',
        'iso-badge': 'Editor preview holder',
        'geopark-map': 'Editor preview place',
        'cooperation-timeline': 'Editor preview event',
        'news-list': '',
      };
      for (const widget of widgets) {
        const clientId = await page.evaluate(
          (name, values) => {
            const block = window.wp.blocks.createBlock(`jiha/${name}`, values);
            window.wp.data.dispatch('core/block-editor').insertBlocks(block);
            window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
            return block.clientId;
          },
          widget,
          attributes[widget],
        );
        const preview = await page
          .waitForFunction(
            (id, tag, text) => {
              const documents = [
                document,
                ...[...document.querySelectorAll('iframe')]
                  .map((f) => {
                    try {
                      return f.contentDocument;
                    } catch {
                      return null;
                    }
                  })
                  .filter(Boolean),
              ];
              return documents.some((doc) => {
                const el = doc.querySelector(`[data-block="${id}"] ${tag}`);
                return el && (text ? el.textContent.includes(text) : !!el.querySelector('li a[href]'));
              });
            },
            { timeout: 120_000 },
            clientId,
            `jiha-${widget}`,
            expectedText[widget],
          )
          .then(() => true)
          .catch((error) => error.message);
        check(
          label(
            `block editor: jiha/${widget} inserted, its server-rendered preview shows the element and its fallback`,
          ),
          preview === true,
          preview,
        );
        const sidebar = await page.evaluate(
          () => document.querySelector('.block-editor-block-inspector')?.textContent ?? '',
        );
        const field = {
          'news-card': locale ? 'Titre' : 'Headline',
          'iso-badge': locale ? 'Titulaire du certificat' : 'Certificate holder',
          'geopark-map': locale ? 'Données (JSON ou CSV)' : 'Data (JSON or CSV)',
          'cooperation-timeline': locale ? 'Orientation de la chronologie' : 'Orientation of the timeline',
          'news-list': locale ? 'Actualités par page' : 'News per page',
        }[widget];
        check(
          label(`block editor: jiha/${widget} has its fields in the sidebar ("${field}")`),
          sidebar.includes(field),
          sidebar.slice(0, 200),
        );
      }
    } finally {
      await context.close();
    }
  }

  async function settingsAndUninstall(site, api, label, postUrl) {
    const context = await chromium.browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await settingsPage(context, page);
      const before = await api('admin', 'GET', '/jiha-test/v1/option');
      await api('admin', 'PUT', '/wp/v2/plugins/jiha-widgets/jiha-widgets', { status: 'inactive' });
      const removed = await api('admin', 'DELETE', '/wp/v2/plugins/jiha-widgets/jiha-widgets');
      const option = await api('admin', 'GET', '/jiha-test/v1/option');
      check(
        label('uninstall removes the option'),
        before.json.value !== null && removed.status === 200 && option.json.value === null,
        `${JSON.stringify(before.json)} ${removed.status} ${JSON.stringify(option.json)}`,
      );
    } finally {
      await context.close().catch(() => {});
    }

    async function settingsPage(context, page) {
      const denied = await (async () => {
        await login(page, 'author');
        const response = await page.goto(`${site.url}/wp-admin/options-general.php?page=jiha-widgets`, {
          waitUntil: 'load',
        });
        return response.status();
      })();
      check(
        label('settings page: refused to an Author (manage_options)'),
        denied === 403 && (await page.content()).includes('not allowed'),
        `status ${denied}`,
      );
      const adminContext = await chromium.browser.createBrowserContext();
      const adminPage = await adminContext.newPage();
      await login(adminPage, 'admin');
      await adminPage.goto(`${site.url}/wp-admin/options-general.php?page=jiha-widgets`, { waitUntil: 'load' });
      const forged = await adminPage.evaluate(async () => {
        const body = new URLSearchParams({
          option_page: 'jiha_widgets',
          action: 'update',
          'jiha_widgets_settings[language]': 'ar',
        });
        return (await fetch('/wp-admin/options.php', { method: 'POST', body })).status;
      });
      const afterForged = await api('admin', 'GET', '/jiha-test/v1/option');
      check(
        label('settings: a POST without the nonce is refused and changes nothing'),
        forged === 403 && afterForged.json.value?.language !== 'ar',
        `status ${forged}, ${JSON.stringify(afterForged.json)}`,
      );
      await adminPage.select('#jiha-widgets-language', 'zgh');
      await adminPage.type('#jiha-widgets-library-url', 'https://cdn.example.org/jiha-widgets/dist/jiha.js');
      await Promise.all([adminPage.waitForNavigation({ waitUntil: 'load' }), adminPage.click('#submit')]);
      const html = await (await fetch(postUrl)).text();
      check(
        label('settings: the default language and the library address apply to the page'),
        (html.match(/<jiha-[a-z-]+ lang="zgh"/g) ?? []).length === 5 &&
          /<script[^>]+src="https:\/\/cdn\.example\.org\/jiha-widgets\/dist\/jiha\.js/.test(html),
      );
      await adminContext.close();
    }
  }
}
