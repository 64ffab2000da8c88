import { expect } from '@open-wc/testing';
import { parseCertificate } from '../../../src/components/iso-badge/certificate.js';
import { certificationJsonLd } from '../../../src/components/iso-badge/json-ld.js';
import {
  checkEdition,
  currentEdition,
  parseStandard,
  standardReference,
} from '../../../src/components/iso-badge/standards.js';
import { calendarToday, computeState, daysBetween, delayToNextDay } from '../../../src/components/iso-badge/status.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('iso-badge standards registry (pure)', () => {
  it('parses the accepted spellings and rejects others', () => {
    expect(parseStandard('9001')).to.deep.equal({ number: '9001' });
    expect(parseStandard('ISO 9001')).to.deep.equal({ number: '9001' });
    expect(parseStandard('ISO 9001:2015')).to.deep.equal({ number: '9001', edition: 2015 });
    expect(parseStandard('iso 14001 : 2015')).to.deep.equal({ number: '14001', edition: 2015 });
    expect(parseStandard('ISO/IEC 27001:2022')).to.deep.equal({ number: '27001', edition: 2022 });
    expect(parseStandard('EN ISO 14001:2015')).to.deep.equal({ number: '14001', edition: 2015 });
    expect(parseStandard('ISO/IEC 20000-1:2018')).to.deep.equal({ number: '20000-1', edition: 2018 });
    for (const bad of ['', 'ISO', 'quality', '9001:15', 'ISO 9001:2015 extra', '<b>9001</b>', '12'])
      expect(parseStandard(bad), bad).to.equal(undefined);
  });

  it('writes references with the registry’s prefix', () => {
    expect(standardReference('9001', 2015)).to.equal('ISO 9001:2015');
    expect(standardReference('27001', 2022)).to.equal('ISO/IEC 27001:2022');
    expect(standardReference('12345')).to.equal('ISO 12345');
  });

  it('knows the current edition on a given day', () => {
    expect(currentEdition('14001', day('2026-03-31'))!.year).to.equal(2015);
    expect(currentEdition('14001', day('2026-04-01'))!.year).to.equal(2026);
    expect(currentEdition('37001', day('2024-12-31'))!.year).to.equal(2016);
    expect(currentEdition('37001', day('2025-06-01'))!.year).to.equal(2025);
    expect(currentEdition('9001', day('2026-12-01'))!.year).to.equal(2015);
    expect(currentEdition('99999', day('2026-12-01'))).to.equal(undefined);
  });

  it('detects superseded editions', () => {
    expect(checkEdition('14001', 2015, day('2026-06-01'))).to.deep.equal({
      kind: 'superseded',
      by: { year: 2026, published: '2026-04-01' },
    });
    expect(checkEdition('14001', 2015, day('2025-06-01'))).to.deep.equal({ kind: 'current' });
    expect(checkEdition('27001', 2013, day('2023-01-01')).kind).to.equal('superseded');
    expect(checkEdition('9001', 2008, day('2020-01-01')).kind).to.equal('superseded');
    expect(checkEdition('9001', undefined, day('2020-01-01')).kind).to.equal('unknown');
    expect(checkEdition('9001', 2011, day('2020-01-01')).kind).to.equal('unknown');
    expect(checkEdition('12345', 2015, day('2020-01-01')).kind).to.equal('unknown');
  });
});

describe('iso-badge status (pure)', () => {
  const today = day('2026-06-01');
  it('computes every state from a given today', () => {
    expect(computeState({ expires: day('2026-12-27') }, today)).to.equal('valid');
    expect(computeState({ expires: day('2026-08-30') }, today)).to.equal('expiring'); // 90 days
    expect(computeState({ expires: day('2026-08-31') }, today)).to.equal('valid'); // 91 days
    expect(computeState({ expires: day('2026-06-01') }, today)).to.equal('expiring');
    expect(computeState({ expires: day('2026-05-31') }, today)).to.equal('expired');
    expect(computeState({ issued: day('2026-06-02'), expires: day('2029-06-01') }, today)).to.equal('not-yet-valid');
    expect(computeState({ issued: day('2026-06-01') }, today)).to.equal('valid');
    expect(computeState({}, today)).to.equal('valid');
    expect(computeState({ expires: day('2020-01-01'), override: 'suspended' }, today)).to.equal('suspended');
    expect(computeState({ issued: day('2030-01-01'), override: 'withdrawn' }, today)).to.equal('withdrawn');
  });

  it('counts days across a DST change without drift', () => {
    expect(daysBetween(day('2026-03-01'), day('2026-04-01'))).to.equal(31);
  });

  it('reads today in a time zone', () => {
    // Casablanca is UTC+1 outside Ramadan (2023 here: Debian's Chromium zone data for Morocco in late 2026 differs from Node's).
    const lateUtc = Date.UTC(2023, 11, 27, 23, 30);
    expect(calendarToday(lateUtc, 'UTC').toISOString()).to.equal('2023-12-27T00:00:00.000Z');
    expect(calendarToday(lateUtc, 'Africa/Casablanca').toISOString()).to.equal('2023-12-28T00:00:00.000Z');
    expect(calendarToday(lateUtc, 'America/New_York').toISOString()).to.equal('2023-12-27T00:00:00.000Z');
  });

  it('waits until just after the next midnight, at most six hours', () => {
    expect(delayToNextDay(Date.UTC(2026, 11, 27, 23, 59, 30), 'UTC')).to.equal(31_000);
    expect(delayToNextDay(Date.UTC(2026, 11, 27, 12), 'UTC')).to.equal(6 * 3_600_000);
    expect(delayToNextDay(Date.UTC(2023, 11, 27, 22, 59, 59), 'Africa/Casablanca')).to.equal(2_000);
  });
});

describe('iso-badge data and JSON-LD (pure)', () => {
  it('reads a certificate and writes a Certification', () => {
    const certificate = parseCertificate({
      standard: 'ISO 45001:2018',
      holder: { fr: 'Conseil', ar: 'مجلس' },
      issued: '2023-12-28',
      expires: '2026-12-27',
      certificate: 'X-1',
    });
    const json = certificationJsonLd(certificate, 'valid', 'ar') as Record<string, unknown>;
    expect(json['@type']).to.equal('Certification');
    expect(json.name).to.equal('ISO 45001:2018');
    expect(json.about).to.deep.equal({ '@type': 'Organization', name: 'مجلس' });
    expect(json.description).to.equal('نظم إدارة الصحة والسلامة المهنية — المتطلبات مع إرشادات الاستخدام');
  });

  it('names the field in every error', () => {
    const attempt = (input: unknown) => {
      try {
        parseCertificate(input);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(attempt({})).to.match(/^invalid-data: standard is missing/);
    expect(attempt({ standard: '9001', holder: 42n })).to.match(/^invalid-data: holder must be/);
    expect(attempt({ standard: '9001', edition: 'fifteen' })).to.match(/^invalid-data: edition must be/);
    expect(attempt({ standard: '9001', verifyUrl: 7 })).to.match(/^invalid-data: verifyUrl must be/);
    expect(attempt({ standard: '9001', issued: '2026-01-02', expires: '2026-01-01' })).to.match(
      /issued \(2026-01-02\) is after expires/,
    );
    expect(attempt('9001')).to.match(/^invalid-data: the data must be an object/);
  });
});
