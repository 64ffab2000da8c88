/**
 * The plain-DOM baseline of the news card bench: a hand-written custom
 * element, no library, shadow DOM, building the same DOM as
 * <jiha-news-card> renders for the seed article in Arabic (article,
 * heading with link, meta list with the same date text through Intl, the
 * views in their plural form, summary), with the same stylesheet adopted
 * once for all instances. What it leaves out is what the library adds on
 * top: language and direction resolution and tracking, data validation,
 * data sources, states, events, localisation.
 */

const LABELS = { source: 'المصدر:', dateline: 'المكان:', author: 'الكاتب:' };
const VIEWS = { 0: () => 'لا مشاهدات', 1: () => 'مشاهدة واحدة', 2: () => 'مشاهدتان' };
const VIEWS_BY_CATEGORY = { few: (n) => `${n} مشاهدات`, other: (n) => `${n} مشاهدة` };

// Intl formatters cost far more to build than to use: one per time zone, as the library caches them.
const dateFormats = new Map();
const numberFormat = new Intl.NumberFormat('ar-MA');
const pluralRules = new Intl.PluralRules('ar');

function formatsFor(timeZone) {
  let formats = dateFormats.get(timeZone);
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat('ar-MA', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone,
      }),
      time: new Intl.DateTimeFormat('ar-MA', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
    };
    dateFormats.set(timeZone, formats);
  }
  return formats;
}

/** `السبت 17 يناير 2026 – 20:22`: Moroccan usage drops ICU's comma after the weekday. */
function formatPublished(date, timeZone) {
  const { date: dateFormat, time } = formatsFor(timeZone);
  const day = dateFormat
    .formatToParts(date)
    .map((part) => (part.type === 'literal' ? part.value.replace('،', '') : part.value))
    .join('');
  return `${day} – ${time.format(date)}`;
}

function viewsText(n) {
  const exact = VIEWS[n];
  if (exact) return exact();
  return (VIEWS_BY_CATEGORY[pluralRules.select(n)] ?? VIEWS_BY_CATEGORY.other)(numberFormat.format(n));
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]);
  node.append(...children);
  return node;
}

let sheets;

export class BaselineNewsCard extends HTMLElement {
  /** The CSS the cards share: the library's own rules, so that both sides lay out the same boxes. */
  static useCss(cssText) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets = [sheet];
  }

  data = undefined;

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    // A pasted card (the network bench's page) carries its article as inline JSON, as the library's snippets do.
    this.data ??= JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? 'null');
    root.append(this.renderArticle(this.data));
  }

  renderArticle(article) {
    const timeZone = this.getAttribute('time-zone') ?? undefined;
    const lang = article.lang;
    const meta = element('ul', { part: 'meta', class: 'meta' });
    const labelled = (label, text) => {
      if (text)
        meta.append(
          element('li', {}, element('span', { class: 'visually-hidden' }, `${label} `), element('bdi', {}, text)),
        );
    };
    labelled(LABELS.source, article.source);
    labelled(LABELS.dateline, article.dateline);
    if (article.published) {
      meta.append(
        element(
          'li',
          {},
          element('time', { datetime: article.published }, formatPublished(new Date(article.published), timeZone)),
        ),
      );
    }
    labelled(LABELS.author, article.author);
    if (typeof article.views === 'number') meta.append(element('li', {}, viewsText(article.views)));
    const body = element(
      'div',
      { class: 'body' },
      element(
        'h3',
        { part: 'headline', class: 'headline', lang, dir: 'rtl' },
        element('a', { href: article.url }, article.headline),
      ),
      meta,
    );
    if (article.summary)
      body.append(element('p', { part: 'summary', class: 'summary', lang, dir: 'rtl' }, article.summary));
    return element(
      'div',
      { class: 'frame', dir: 'rtl', lang: 'ar' },
      element('article', { part: 'card', class: 'card full' }, body),
    );
  }
}

customElements.define('baseline-news-card', BaselineNewsCard);
