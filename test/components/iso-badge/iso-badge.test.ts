import { expect } from '@open-wc/testing';
import '../../../src/components/iso-badge/define.js';
import type { JihaIsoBadge } from '../../../src/components/iso-badge/define.js';
import { useEditorView } from '../../support/editor-view.js';
import { mount, nextEvent, settled, shadowText, unmountAll, until } from '../../support/helpers.js';
import { FakeClock, TANGER_HOLDER, badge, dayFromToday, shadow, tangerCertificate } from './helpers.js';

/** 1 June 2026, noon UTC: the Tanger certificates (to 27 December 2026) are valid, 209 days left. */
const JUNE_2026 = Date.UTC(2026, 5, 1, 12);

const sealName = (element: JihaIsoBadge) => shadow(element).querySelector('[part=seal]')!.getAttribute('aria-label');

describe('jiha-iso-badge: state from today’s date', () => {
  afterEach(unmountAll);
  // What is wrong is on screen in an editor's view (test/core/error-views.test.ts).
  useEditorView();

  const cases: Array<[string, Record<string, string>, string, string]> = [
    ['valid, 200 days left', { issued: dayFromToday(-400), expires: dayFromToday(200) }, 'valid', 'Valid'],
    ['valid, 91 days left', { expires: dayFromToday(91) }, 'valid', 'Valid'],
    ['expiring, exactly 90 days left', { expires: dayFromToday(90) }, 'expiring', 'Expires soon'],
    ['expiring, 30 days left', { issued: dayFromToday(-1000), expires: dayFromToday(30) }, 'expiring', 'Expires soon'],
    ['expiring on its last day', { expires: dayFromToday(0) }, 'expiring', 'Expires soon'],
    [
      'expired the day after its end date',
      { issued: dayFromToday(-1100), expires: dayFromToday(-1) },
      'expired',
      'Expired',
    ],
    [
      'not yet valid, issued in 10 days',
      { issued: dayFromToday(10), expires: dayFromToday(1000) },
      'not-yet-valid',
      'Not yet valid',
    ],
    ['valid from today', { issued: dayFromToday(0), expires: dayFromToday(1000) }, 'valid', 'Valid'],
    ['suspended wins over valid dates', { expires: dayFromToday(500), status: 'suspended' }, 'suspended', 'Suspended'],
    ['withdrawn wins over valid dates', { expires: dayFromToday(500), status: 'withdrawn' }, 'withdrawn', 'Withdrawn'],
    ['withdrawn wins over expired dates', { expires: dayFromToday(-5), status: 'withdrawn' }, 'withdrawn', 'Withdrawn'],
    ['status "active" imposes nothing', { expires: dayFromToday(-5), status: 'active' }, 'expired', 'Expired'],
  ];
  for (const [title, dates, state, words] of cases) {
    it(`${title} → state="${state}", in words and with an icon`, async () => {
      const element = await badge('<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>', {
        standard: '9001',
        holder: 'Org',
        ...dates,
      });
      expect(element.getAttribute('state')).to.equal(state);
      expect(element.certificateState).to.equal(state);
      const line = shadow(element).querySelector('[part=state]')!;
      expect(line.textContent!.trim()).to.equal(words);
      expect(line.querySelector('svg.state-icon')).to.exist;
      expect(line.classList.contains(`state-${state}`)).to.be.true;
    });
  }

  it('reads status from the attribute too (suspended, then withdrawn, then removed)', async () => {
    const element = await badge(
      `<jiha-iso-badge lang="en" time-zone="UTC" standard="9001" expires="${dayFromToday(300)}" status="suspended"></jiha-iso-badge>`,
    );
    expect(element.getAttribute('state')).to.equal('suspended');
    element.setAttribute('status', 'withdrawn');
    await settled(element);
    expect(element.getAttribute('state')).to.equal('withdrawn');
    element.removeAttribute('status');
    await settled(element);
    expect(element.getAttribute('state')).to.equal('valid');
  });

  it('an unknown status is invalid data, not silently ignored', async () => {
    const element = await badge(`<jiha-iso-badge lang="en" standard="9001" status="revoked"></jiha-iso-badge>`);
    await until(() => shadow(element).querySelector('[role=alert]'), 2000, 'the error box');
    expect(shadowText(element, '.error-detail')).to.contain('status');
  });

  it('expired and withdrawn badges look inactive (greyed seal, muted card); a valid one does not', async () => {
    const look = async (dates: Record<string, string>, variant: string) => {
      const element = await badge(`<jiha-iso-badge lang="en" time-zone="UTC" variant="${variant}"></jiha-iso-badge>`, {
        standard: '9001',
        ...dates,
      });
      const root = shadow(element);
      const image = root.querySelector(variant === 'seal' ? '.seal' : '.card-seal')!;
      const result = {
        filter: getComputedStyle(image).filter,
        opacity: Number(getComputedStyle(image).opacity),
        inactive: Boolean(root.querySelector('.inactive')),
      };
      if (variant === 'card') Object.assign(result, { color: getComputedStyle(root.querySelector('.card')!).color });
      return result;
    };
    for (const variant of ['seal', 'card']) {
      const valid = await look({ expires: dayFromToday(400) }, variant);
      expect(valid.inactive, `${variant} valid`).to.be.false;
      expect(valid.filter).to.equal('none');
      expect(valid.opacity).to.equal(1);
      for (const dates of <Array<Record<string, string>>>[
        { expires: dayFromToday(-3) },
        { expires: dayFromToday(400), status: 'withdrawn' },
      ]) {
        const inactive = await look(dates, variant);
        expect(inactive.inactive, `${variant} ${JSON.stringify(dates)}`).to.be.true;
        expect(inactive.filter).to.contain('grayscale');
        expect(inactive.opacity).to.be.below(0.7);
        if (variant === 'card')
          expect((inactive as { color?: string }).color).not.to.equal((valid as { color?: string }).color);
      }
    }
  });

  it('never calls a lapsed certificate "certified"', async () => {
    const expired = await badge('<jiha-iso-badge lang="en" time-zone="UTC" variant="card"></jiha-iso-badge>', {
      standard: 'ISO 9001:2015',
      holder: 'Org',
      expires: dayFromToday(-2),
    });
    expect(sealNameOrCard(expired)).to.match(/^ISO 9001:2015 certificate, Org, expired, was valid until /);
    expect(shadowText(expired)).not.to.contain('certified');
  });
});

function sealNameOrCard(element: JihaIsoBadge): string | null {
  return shadow(element).querySelector('[part=card], [part=seal], [part=inline]')!.getAttribute('aria-label');
}

describe('jiha-iso-badge: each variant in the four languages', () => {
  afterEach(unmountAll);

  const names: Record<string, string> = {
    'en-GB': 'ISO 9001:2015 certified, Conseil de la Région Tanger-Tétouan-Al Hoceïma, valid until 27 December 2026',
    en: 'ISO 9001:2015 certified, Conseil de la Région Tanger-Tétouan-Al Hoceïma, valid until December 27, 2026',
    fr: 'Certification ISO 9001:2015, Conseil de la Région Tanger-Tétouan-Al Hoceïma, valable jusqu’au 27 décembre 2026',
    ar: 'شهادة ISO 9001:2015، مجلس جهة طنجة تطوان الحسيمة، سارية إلى غاية 27 دجنبر 2026',
    zgh: 'ⴰⵙⵍⴽⵉⵏ ISO 9001:2015, Conseil de la Région Tanger-Tétouan-Al Hoceïma, ⵉⵚⵃⴰ ⴰⵔ 27 ⴷⵓⵊⴰⵏⴱⵉⵔ 2026',
  };
  const titles: Record<string, string> = {
    en: 'Quality management systems — Requirements',
    fr: 'Systèmes de management de la qualité — Exigences',
    ar: 'نظم إدارة الجودة — المتطلبات',
    zgh: 'ⵉⵏⴰⴳⵔⴰⵡⵏ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵖⴰⵔⴰ — ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
  };
  const stateWords: Record<string, string> = { en: 'Valid', fr: 'Valide', ar: 'سارية', zgh: 'ⵉⵚⵃⴰ' };
  const ui = (lang: string) => lang.split('-')[0];

  for (const lang of Object.keys(names)) {
    it(`seal in ${lang}: accessible name, state words, direction`, async () => {
      const element = await badge(
        `<jiha-iso-badge lang="${lang}" time-zone="UTC"></jiha-iso-badge>`,
        tangerCertificate(),
        new FakeClock(JUNE_2026),
      );
      expect(sealName(element)).to.equal(names[lang]);
      expect(shadowText(element, '.seal-wrap > [part=state]')).to.equal(stateWords[ui(lang)]);
      expect(shadow(element).querySelector('.frame')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const seal = shadow(element).querySelector('.seal-svg')!;
      const words = [...seal.querySelectorAll('text')].map((text) => text.textContent!);
      expect(words.map((word) => word.trim())).to.deep.equal(['ISO', '9001', '2015']);
      // The words stay apart in the text content (label in name, WCAG 2.5.3: the button's name holds "ISO 9001 2015").
      expect(words.join('')).to.equal('ISO 9001 2015');
      // The popover carries the details in the same language.
      expect(shadowText(element, '[part=details] .title')).to.equal(titles[ui(lang)]);
    });

    it(`inline in ${lang}: one line naming standard and end date`, async () => {
      const element = await badge(
        `<jiha-iso-badge lang="${lang}" time-zone="UTC" variant="inline"></jiha-iso-badge>`,
        tangerCertificate(),
        new FakeClock(JUNE_2026),
      );
      const inline = shadow(element).querySelector('[part=inline]')!;
      expect(inline.getAttribute('aria-label')).to.equal(names[lang]);
      const holder = lang === 'ar' ? TANGER_HOLDER.ar : TANGER_HOLDER.fr;
      const [headline, phrase] = names[lang].split(lang === 'ar' ? `، ${holder}، ` : `, ${holder}, `);
      expect(shadowText(element, '.reference')).to.equal(headline);
      expect(shadowText(element, '.phrase')).to.equal(phrase);
      expect(inline.querySelector('a[part=verify]')!.getAttribute('href')).to.equal('https://www.bureauveritas.ma/');
    });

    it(`card in ${lang}: every detail, verify link and IAF CertSearch`, async () => {
      const element = await badge(
        `<jiha-iso-badge lang="${lang}" time-zone="UTC" variant="card"></jiha-iso-badge>`,
        { ...tangerCertificate(), certificate: 'MA-2023-0042', accreditation: 'COFRAC' },
        new FakeClock(JUNE_2026),
      );
      const card = shadow(element).querySelector('[part=card]')!;
      expect(card.getAttribute('aria-label')).to.equal(names[lang]);
      expect(shadowText(element, '.title')).to.equal(titles[ui(lang)]);
      const facts = [...card.querySelectorAll('.facts dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
      expect(facts).to.have.length(7);
      expect(facts).to.include.members(['MA-2023-0042', 'Bureau Veritas Maroc', 'COFRAC']);
      expect(facts[0]).to.equal(ui(lang) === 'ar' ? TANGER_HOLDER.ar : TANGER_HOLDER.fr);
      const times = [...card.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(times).to.deep.equal(['2023-12-28', '2026-12-27']);
      expect(card.querySelector('a[part=verify]')!.getAttribute('href')).to.equal('https://www.bureauveritas.ma/');
      // A card alone is a group of one: the IAF note is under it.
      const iaf = shadow(element).querySelector('[part=note]')!;
      expect(iaf.querySelector('a')!.getAttribute('href')).to.equal('https://www.iafcertsearch.org');
      expect(iaf.textContent).to.contain('IAF CertSearch');
      // Labels come in the card's language (no English left in a translated card).
      if (ui(lang) !== 'en') expect(shadowText(element, '.facts')).not.to.contain('Certification body');
    });
  }

  it('each non-valid state has its own words in every language', async () => {
    const expected: Record<string, string[]> = {
      fr: ['Expire bientôt', 'Expiré', 'Pas encore valide', 'Suspendu', 'Retiré'],
      ar: ['تنتهي قريبًا', 'منتهية', 'غير سارية بعد', 'موقوفة', 'مسحوبة'],
      zgh: ['ⵔⴰⴷ ⵉⴽⵎⵎⵍ ⴷⵖⵢⴰ', 'ⵉⴽⵎⵎⵍ', 'ⵓⵔ ⵜⴰ ⵉⵚⵃⵉ', 'ⵉⵜⵜⵓⵃⴱⵙ', 'ⵉⵜⵜⵓⴽⴽⵙ'],
      en: ['Expires soon', 'Expired', 'Not yet valid', 'Suspended', 'Withdrawn'],
    };
    const dates = [
      { expires: dayFromToday(20) },
      { expires: dayFromToday(-20) },
      { issued: dayFromToday(20), expires: dayFromToday(900) },
      { expires: dayFromToday(500), status: 'suspended' },
      { expires: dayFromToday(500), status: 'withdrawn' },
    ];
    for (const [lang, words] of Object.entries(expected)) {
      for (const [index, fields] of dates.entries()) {
        const element = await badge(`<jiha-iso-badge lang="${lang}" time-zone="UTC"></jiha-iso-badge>`, {
          standard: '14001',
          ...fields,
        });
        expect(shadowText(element, '.seal-wrap > [part=state]'), `${lang} ${index}`).to.equal(words[index]);
      }
    }
  });
});

describe('jiha-iso-badge: the standard', () => {
  afterEach(unmountAll);
  // What is wrong is on screen in an editor's view (test/core/error-views.test.ts).
  useEditorView();

  const spellings: Array<[string, string]> = [
    ['9001', 'ISO 9001'],
    ['ISO 9001', 'ISO 9001'],
    ['ISO 9001:2015', 'ISO 9001:2015'],
    ['iso9001:2015', 'ISO 9001:2015'],
    ['  ISO  9001 : 2015 ', 'ISO 9001:2015'],
    ['NM ISO 9001:2015', 'ISO 9001:2015'],
    ['ISO 45001:2018', 'ISO 45001:2018'],
    ['ISO/IEC 27001:2022', 'ISO/IEC 27001:2022'],
    ['27001', 'ISO/IEC 27001'],
  ];
  for (const [spelling, reference] of spellings) {
    it(`accepts "${spelling}" as ${reference}`, async () => {
      const element = await badge(
        `<jiha-iso-badge lang="en" variant="card" standard="${spelling}" holder="Org" expires="${dayFromToday(400)}" time-zone="UTC"></jiha-iso-badge>`,
      );
      expect(shadowText(element, '.headline')).to.equal(`${reference} certified`);
      expect(shadowText(element, '.title')).not.to.equal('');
      expect(element.getAttribute('state')).to.equal('valid');
    });
  }

  it('takes the edition from the edition attribute', async () => {
    const element = await badge(`<jiha-iso-badge lang="en" standard="ISO 14001" edition="2015"></jiha-iso-badge>`);
    expect(sealName(element)).to.match(/^ISO 14001:2015 certified/);
  });

  it('a standard number in data may be a number', async () => {
    const element = await badge('<jiha-iso-badge lang="en"></jiha-iso-badge>', { standard: 50001, edition: 2018 });
    expect(sealName(element)).to.match(/^ISO 50001:2018 certified/);
  });

  it('knows the seven standards in all four languages', async () => {
    const { KNOWN_STANDARDS } = await import('../../../src/components/iso-badge/define.js');
    expect(KNOWN_STANDARDS).to.include.members(['9001', '14001', '45001', '27001', '37001', '50001', '22301']);
    for (const number of KNOWN_STANDARDS) {
      for (const lang of ['ar', 'fr', 'en', 'zgh']) {
        const element = await badge(
          `<jiha-iso-badge lang="${lang}" variant="card" standard="${number}"></jiha-iso-badge>`,
        );
        const title = shadowText(element, '.title');
        expect(title, `${number} ${lang}`).not.to.equal('');
        if (lang === 'ar') expect(title).to.match(/[\u0600-\u06ff]/);
        if (lang === 'zgh') expect(title).to.match(/[\u2d30-\u2d7f]/);
        element.remove();
      }
    }
  });

  it('shows an unknown number as "ISO NNNNN" without a title, and no error', async () => {
    let errors = 0;
    document.addEventListener('jiha-error', () => (errors += 1));
    for (const spelling of ['12345', 'ISO 12345', 'ISO 12345:2020']) {
      const element = await badge(
        `<jiha-iso-badge lang="fr" variant="card" standard="${spelling}" holder="Org" expires="${dayFromToday(400)}" time-zone="UTC"></jiha-iso-badge>`,
      );
      expect(shadowText(element, '.headline')).to.equal(
        `Certification ISO 12345${spelling.endsWith('2020') ? ':2020' : ''}`,
      );
      expect(shadow(element).querySelector('.title')).to.equal(null);
      expect(shadow(element).querySelector('[role=alert]')).to.equal(null);
      expect(element.getAttribute('state')).to.equal('valid');
      const seal = await badge(`<jiha-iso-badge lang="fr" standard="${spelling}"></jiha-iso-badge>`);
      expect([...shadow(seal).querySelectorAll('.seal-svg text')].map((t) => t.textContent)[1]).to.equal('12345');
    }
    expect(errors).to.equal(0);
  });

  it('says in words that an edition is superseded once a newer one is published', async () => {
    // 14001:2026 was published in April 2026: on 1 June 2026 the 2015 edition is superseded.
    const after = await badge(
      '<jiha-iso-badge lang="en" variant="card" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate('ISO 14001:2015'),
      new FakeClock(JUNE_2026),
    );
    expect(shadowText(after, '.superseded')).to.equal('Superseded edition: ISO 14001:2026 has replaced it.');
    const fr = await badge(
      '<jiha-iso-badge lang="fr" variant="card" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate('ISO 14001:2015'),
      new FakeClock(JUNE_2026),
    );
    expect(shadowText(fr, '.superseded')).to.equal('Édition remplacée\u202f: ISO 14001:2026 l’a remplacée.');
    // On 1 January 2026 it was still current; 9001:2015 and 45001:2018 are current on both days.
    const before = await badge(
      '<jiha-iso-badge lang="en" variant="card" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate('ISO 14001:2015'),
      new FakeClock(Date.UTC(2026, 0, 1)),
    );
    expect(shadow(before).querySelector('.superseded')).to.equal(null);
    for (const standard of ['ISO 9001:2015', 'ISO 45001:2018', 'ISO 14001:2026']) {
      const current = await badge(
        '<jiha-iso-badge lang="en" variant="card" time-zone="UTC"></jiha-iso-badge>',
        tangerCertificate(standard),
        new FakeClock(JUNE_2026),
      );
      expect(shadow(current).querySelector('.superseded'), standard).to.equal(null);
    }
  });

  it('a text that is no standard is invalid data', async () => {
    const element = mount<JihaIsoBadge>('<jiha-iso-badge lang="en" standard="quality"></jiha-iso-badge>');
    const event = await nextEvent<{ code: string }>(element, 'jiha-error');
    expect(event.detail.code).to.equal('invalid-data');
  });

  it('a standard and an edition that disagree are invalid data', async () => {
    const element = await badge('<jiha-iso-badge lang="en" standard="ISO 9001:2015" edition="2008"></jiha-iso-badge>');
    await until(() => shadow(element).querySelector('[role=alert]'), 2000, 'the error box');
    expect(shadowText(element, '.error-detail')).to.contain('edition');
  });
});

describe('jiha-iso-badge: bad dates give the invalid-data error box', () => {
  afterEach(unmountAll);
  // What is wrong is on screen in an editor's view (test/core/error-views.test.ts).
  useEditorView();

  const bad: Array<[string, Record<string, string>, string]> = [
    [
      'issued after expires',
      { issued: '2027-01-01', expires: '2026-12-27' },
      'issued (2027-01-01) is after expires (2026-12-27)',
    ],
    ['an unparsable expires', { expires: 'end of 2026' }, 'expires must be a full date'],
    ['an impossible day', { issued: '2026-02-30' }, 'issued must be a full date'],
    ['a year alone', { expires: '2026' }, 'expires must be a full date'],
    ['an unparsable issued', { issued: '28/12/2023' }, 'issued must be a full date'],
  ];
  for (const [title, dates, detail] of bad) {
    it(`${title}, from data`, async () => {
      const element = mount<JihaIsoBadge>('<jiha-iso-badge lang="fr"></jiha-iso-badge>');
      const error = nextEvent<{ code: string; message: string }>(element, 'jiha-error');
      element.data = { standard: '9001', ...dates };
      const event = await error;
      expect(event.detail.code).to.equal('invalid-data');
      await settled(element);
      await until(() => shadow(element).querySelector('[role=alert]'), 2000, 'the error box');
      expect(event.detail.message, 'the event says it in English').to.contain(detail);
      expect(shadowText(element, '.error-title')).to.equal('Les données n’ont pas les champs attendus.');
      expect(shadowText(element, '.error-detail')).to.contain(detail);
      expect(element.hasAttribute('state')).to.be.false;
    });
    it(`${title}, from attributes`, async () => {
      const attributes = Object.entries(dates)
        .map(([name, value]) => `${name}="${value}"`)
        .join(' ');
      const element = await badge(`<jiha-iso-badge lang="en" standard="9001" ${attributes}></jiha-iso-badge>`);
      await until(() => shadow(element).querySelector('[role=alert]'), 2000, 'the error box');
      expect(shadowText(element, '.error-detail')).to.contain('invalid-data');
      expect(element.hasAttribute('state')).to.be.false;
    });
  }

  it('recovers when the editor corrects the date', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="en" standard="9001" issued="2027-01-01" expires="2026-12-27" time-zone="UTC"></jiha-iso-badge>',
    );
    await until(() => shadow(element).querySelector('[role=alert]'), 2000, 'the error box');
    element.setAttribute('issued', '2023-12-28');
    await settled(element);
    expect(shadow(element).querySelector('[role=alert]')).to.equal(null);
    expect(element.hasAttribute('state')).to.be.true;
  });

  it('a date-time counts by its written day', async () => {
    const element = await badge('<jiha-iso-badge lang="en" variant="card"></jiha-iso-badge>', {
      standard: '9001',
      issued: '2023-12-28T00:00:00+01:00',
      expires: '2026-12-27',
    });
    expect(shadow(element).querySelector('time')!.getAttribute('datetime')).to.equal('2023-12-28');
  });
});

describe('jiha-iso-badge: data sources', () => {
  afterEach(unmountAll);
  const expected =
    'ISO 45001:2018 certified, Conseil de la Région Tanger-Tétouan-Al Hoceïma, valid until December 27, 2026';

  it('the data property', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate('ISO 45001:2018'),
      new FakeClock(JUNE_2026),
    );
    expect(sealName(element)).to.equal(expected);
  });

  it('inline JSON', async () => {
    const element = mount<JihaIsoBadge>(
      `<jiha-iso-badge lang="en" time-zone="UTC"><script type="application/json">${JSON.stringify(tangerCertificate('ISO 45001:2018'))}</script></jiha-iso-badge>`,
    );
    element.clock = new FakeClock(JUNE_2026);
    await settled(element);
    expect(sealName(element)).to.equal(expected);
  });

  it('src', async () => {
    const element = mount<JihaIsoBadge>(
      '<jiha-iso-badge lang="en" time-zone="UTC" src="/test/fixtures/iso-badge-45001.json"></jiha-iso-badge>',
    );
    element.clock = new FakeClock(JUNE_2026);
    await nextEvent(element, 'jiha-ready');
    await settled(element);
    expect(sealName(element)).to.equal(expected);
  });

  it('attributes', async () => {
    const element = mount<JihaIsoBadge>(
      '<jiha-iso-badge lang="en" time-zone="UTC" standard="ISO 45001:2018" holder="Conseil de la Région Tanger-Tétouan-Al Hoceïma" issued="2023-12-28" expires="2026-12-27" verify-url="https://www.bureauveritas.ma/"></jiha-iso-badge>',
    );
    element.clock = new FakeClock(JUNE_2026);
    await settled(element);
    expect(sealName(element)).to.equal(expected);
  });

  it('a list is not one certificate', async () => {
    const element = mount<JihaIsoBadge>('<jiha-iso-badge lang="en"></jiha-iso-badge>');
    const error = nextEvent<{ code: string }>(element, 'jiha-error');
    element.data = [tangerCertificate()];
    expect((await error).detail.code).to.equal('unsupported-format');
  });

  it('no standard attribute: nothing to show, no error', async () => {
    const element = await badge('<jiha-iso-badge lang="en" holder="Org"></jiha-iso-badge>');
    expect(shadowText(element)).to.equal('');
    expect(element.hasAttribute('state')).to.be.false;
  });

  it('a verify-url with another scheme is dropped, not linked', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="en" variant="card" standard="9001" verify-url="javascript:alert(1)"></jiha-iso-badge>',
    );
    expect(shadow(element).querySelector('[part=verify]')).to.equal(null);
    expect(shadow(element).querySelector('.iaf a')).to.exist;
  });
});

describe('jiha-iso-badge: structured data', () => {
  afterEach(unmountAll);

  it('writes a schema.org Certification in the light DOM, and removes it', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="fr" time-zone="UTC" structured-data></jiha-iso-badge>',
      { ...tangerCertificate(), certificate: 'MA-42' },
      new FakeClock(JUNE_2026),
    );
    const script = element.querySelector(':scope > script[type="application/ld+json"]')!;
    const json = JSON.parse(script.textContent!);
    expect(json).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Certification',
      name: 'ISO 9001:2015',
      certificationIdentification: 'MA-42',
      certificationStatus: 'https://schema.org/CertificationActive',
      validFrom: '2023-12-28',
      expires: '2026-12-27',
      url: 'https://www.bureauveritas.ma/',
    });
    expect(json.about).to.deep.equal({ '@type': 'Organization', name: TANGER_HOLDER.fr });
    expect(json.issuedBy).to.deep.equal({ '@type': 'Organization', name: 'Bureau Veritas Maroc' });
    element.removeAttribute('structured-data');
    await settled(element);
    expect(element.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('marks an expired certificate inactive', async () => {
    const element = await badge('<jiha-iso-badge lang="en" time-zone="UTC" structured-data></jiha-iso-badge>', {
      standard: '9001',
      expires: dayFromToday(-1),
    });
    const json = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(json.certificationStatus).to.equal('https://schema.org/CertificationInactive');
  });
});

describe('jiha-iso-badge: the midnight update', () => {
  afterEach(unmountAll);

  it('turns expiring into expired when the clock passes midnight after the end date', async () => {
    const clock = new FakeClock(Date.UTC(2026, 11, 27, 23, 59, 30));
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      clock,
    );
    expect(element.getAttribute('state')).to.equal('expiring');
    expect(clock.pending).to.equal(1);
    clock.advance(20_000);
    await settled(element);
    expect(element.getAttribute('state')).to.equal('expiring');
    clock.advance(20_000);
    await settled(element);
    expect(element.getAttribute('state')).to.equal('expired');
    expect(shadowText(element, '.seal-wrap > [part=state]')).to.equal('Expired');
    expect(sealName(element)).to.equal(
      'ISO 9001:2015 certificate, Conseil de la Région Tanger-Tétouan-Al Hoceïma, expired, was valid until December 27, 2026',
    );
    expect(clock.pending, 'the next midnight is watched').to.equal(1);
  });

  it('turns not-yet-valid into valid at midnight in the element’s time zone', async () => {
    // Midnight of 28 December 2023 in Casablanca (UTC+1) is 23:00 UTC on the 27th.
    const clock = new FakeClock(Date.UTC(2023, 11, 27, 22, 59));
    const element = await badge(
      '<jiha-iso-badge lang="fr" time-zone="Africa/Casablanca"></jiha-iso-badge>',
      tangerCertificate(),
      clock,
    );
    expect(element.getAttribute('state')).to.equal('not-yet-valid');
    clock.advance(2 * 60_000);
    await settled(element);
    expect(element.getAttribute('state')).to.equal('valid');
  });

  it('turns valid into expiring 90 days before the end date, over several days', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 26, 12));
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      clock,
    );
    expect(element.getAttribute('state')).to.equal('valid'); // 92 days left
    clock.advance(86_400_000);
    await settled(element);
    expect(element.getAttribute('state')).to.equal('valid'); // 91
    clock.advance(86_400_000);
    await settled(element);
    expect(element.getAttribute('state')).to.equal('expiring'); // 90
  });

  it('stops watching when removed, and watches again when put back', async () => {
    const clock = new FakeClock(JUNE_2026);
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      clock,
    );
    expect(clock.pending).to.equal(1);
    const parent = element.parentElement!;
    element.remove();
    expect(clock.pending).to.equal(0);
    parent.append(element);
    await settled(element);
    expect(clock.pending).to.equal(1);
  });

  it('reads the day again when the page becomes visible (a woken laptop, a background tab)', async () => {
    const clock = new FakeClock(Date.UTC(2026, 11, 27, 20));
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      clock,
    );
    expect(element.getAttribute('state')).to.equal('expiring');
    clock.time = Date.UTC(2027, 0, 3, 9); // time passed, but no timer ran
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element);
    expect(element.getAttribute('state')).to.equal('expired');
    expect(clock.pending).to.equal(1);
  });

  it('uses the real clock by default (state from today, a timer pending)', async () => {
    const element = await badge('<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>', {
      standard: '9001',
      expires: dayFromToday(10),
    });
    expect(element.getAttribute('state')).to.equal('expiring');
  });
});
