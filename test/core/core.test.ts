/** The shared core's pure functions: language mapping, text safety, dates, formatting, plurals. */
import { expect } from '@open-wc/testing';
import { toUiLanguage, resolveLanguage } from '../../src/i18n/language.js';
import { pickText } from '../../src/i18n/localized-text.js';
import { safeUrl } from '../../src/security/safe-url.js';
import { decodeEntities, htmlToText } from '../../src/data/html-text.js';
import { parseIsoDate } from '../../src/i18n/dates.js';
import { formatDate, formatNumber, intlLocale, pluralCategory, selectPlural } from '../../src/i18n/format.js';
import { parseJson } from '../../src/core/inline-data.js';
import { JihaError } from '../../src/core/errors.js';
import { safeDefine } from '../../src/core/define.js';

describe('core: language', () => {
  it('maps tags to the four UI languages', () => {
    expect(['ar-MA', 'fr-FR', 'zgh-Tfng', 'tzm', 'ber', 'en-GB', 'de', '', 'AR'].map(toUiLanguage)).to.deep.equal([
      'ar',
      'fr',
      'zgh',
      'zgh',
      'zgh',
      'en',
      'en',
      'en',
      'ar',
    ]);
  });

  it('finds lang across shadow roots, and direction from language unless a nearer dir says otherwise', () => {
    const outer = document.createElement('div');
    outer.lang = 'ar';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLanguage(inner)).to.deep.equal({ tag: 'ar', ui: 'ar', dir: 'rtl' });
    host.setAttribute('dir', 'ltr');
    expect(resolveLanguage(inner).dir).to.equal('ltr');
    outer.remove();
  });

  it('gives Arabic the Moroccan convention unless a region is named', () => {
    expect(intlLocale({ tag: 'ar', ui: 'ar' })).to.equal('ar-MA');
    expect(intlLocale({ tag: 'ar-EG', ui: 'ar' })).to.equal('ar-EG');
    expect(intlLocale({ tag: 'de', ui: 'en' })).to.equal('en');
    const may = new Date(Date.UTC(2026, 4, 1));
    expect(formatDate(may, { tag: 'ar', ui: 'ar', dir: 'rtl' }, { precision: 'month' })).to.equal('ماي 2026');
    expect(formatDate(may, { tag: 'ar-EG', ui: 'ar', dir: 'rtl' }, { precision: 'month' })).to.equal('مايو ٢٠٢٦');
    expect(formatNumber(1234567.5, { tag: 'ar', ui: 'ar', dir: 'rtl' })).to.equal('1.234.567,5');
  });
});

describe('core: plural rules', () => {
  it('gives Arabic its six categories', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 103].map((n) => pluralCategory(n, 'ar'))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
      'few',
    ]);
  });
  it('ships a Tamazight rule (one: 0, 1, 11–99)', () => {
    expect([0, 1, 2, 10, 11, 99, 100].map((n) => pluralCategory(n, 'zgh'))).to.deep.equal([
      'one',
      'one',
      'other',
      'other',
      'one',
      'one',
      'other',
    ]);
  });
  it('prefers exact forms, then the category, then other', () => {
    const forms = { '=0': () => 'none', few: () => 'few', other: () => 'other' };
    expect([0, 5, 100].map((n) => selectPlural(n, 'ar', forms))).to.deep.equal(['none', 'few', 'other']);
  });
});

describe('core: text safety', () => {
  it('keeps only http, https, mailto and relative URLs (and data:image for images)', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(safeUrl('https://a.ma/x', 'link')).to.equal('https://a.ma/x');
      expect(safeUrl('/news/1', 'link')).to.equal('/news/1');
      expect(safeUrl('mailto:a@b.ma', 'link')).to.equal('mailto:a@b.ma');
      expect(safeUrl('javascript:alert(1)', 'link')).to.equal(undefined);
      expect(safeUrl(' JaVaScRiPt:alert(1)', 'link')).to.equal(undefined);
      expect(safeUrl('java\tscript:alert(1)', 'link')).to.equal(undefined);
      expect(safeUrl('vbscript:x', 'link')).to.equal(undefined);
      expect(safeUrl('data:text/html,<script>alert(1)</script>', 'link')).to.equal(undefined);
      expect(safeUrl('data:image/png;base64,AAAA', 'image')).to.equal('data:image/png;base64,AAAA');
      expect(safeUrl('data:image/png;base64,AAAA', 'link')).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
  });

  it('turns foreign HTML into plain text', () => {
    expect(htmlToText('<p>Hello&nbsp;<b>world</b> &amp; &#8217;friends&#x2019;</p><script>alert(1)</script>')).to.equal(
      'Hello\u00a0world & ’friends’',
    );
    expect(htmlToText('Tom &lt;b&gt; &unknown; <img src=x onerror=alert(1)>')).to.equal('Tom <b> &unknown;');
    expect(decodeEntities('&#0; &#xD800;')).to.equal('\ufffd \ufffd');
  });

  it('picks the UI language, then fr, ar, en, then any', () => {
    expect(pickText({ ar: 'ع', fr: 'f', en: 'e' }, 'zgh')).to.equal('f');
    expect(pickText({ en: 'e', ar: 'ع' }, 'fr')).to.equal('ع');
    expect(pickText({ es: 'x' }, 'fr')).to.equal('x');
    expect(pickText({ 'ar-MA': 'م' }, 'ar')).to.equal('م');
    expect(pickText(42, 'fr')).to.equal('42');
    expect(pickText(['a'], 'fr')).to.equal(undefined);
  });
});

describe('core: dates and JSON', () => {
  it('reads every contract precision and refuses impossible dates', () => {
    expect(parseIsoDate('2026')?.precision).to.equal('year');
    expect(parseIsoDate('2026-01')?.precision).to.equal('month');
    expect(parseIsoDate('2026-01-17')?.precision).to.equal('day');
    expect(parseIsoDate('2026-01-17T20:22:00+01:00')?.date.toISOString()).to.equal('2026-01-17T19:22:00.000Z');
    expect(parseIsoDate('2026-02-30')).to.equal(undefined);
    expect(parseIsoDate('2026-13')).to.equal(undefined);
    expect(parseIsoDate('17/01/2026')).to.equal(undefined);
    expect(parseIsoDate(20260117)).to.equal(undefined);
  });

  it('reports broken JSON as invalid-json', () => {
    expect(() => parseJson('{"a": 1,}', 'test'))
      .to.throw(JihaError)
      .with.property('code', 'invalid-json');
  });

  it('defines a tag once and never throws on a second definition', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {
      static jihaVersion = '0.0.1-other';
    }
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      safeDefine('jiha-core-test-a', A);
      safeDefine('jiha-core-test-a', A);
      safeDefine('jiha-core-test-a', B);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('jiha-core-test-a')).to.equal(A);
    expect(warnings).to.have.length(1);
  });
});

describe('core: direction against a page-wide dir', () => {
  it('keeps an Arabic element rtl on a page that says dir="ltr" higher up, but obeys a nearer dir', () => {
    const page = document.createElement('div');
    page.setAttribute('dir', 'ltr');
    page.lang = 'fr';
    const card = document.createElement('span');
    card.lang = 'ar';
    page.append(card);
    document.body.append(page);
    expect(resolveLanguage(card).dir).to.equal('rtl');
    expect(resolveLanguage(page).dir).to.equal('ltr');
    card.setAttribute('dir', 'ltr');
    expect(resolveLanguage(card).dir).to.equal('ltr');
    page.remove();
  });
});
