/** Between the date and time picker and the snippet's date (src/builder/zoned-date-time.ts): Casablanca's offset on that very day. */
import { expect } from '@open-wc/testing';
import { fromLocalInput, toLocalInput } from '../../src/builder/zoned-date-time.js';

describe('the builder’s zoned dates', () => {
  it('writes a picked time with Casablanca’s offset, +01:00 most of the year', () => {
    expect(fromLocalInput('2026-01-17T20:22')).to.equal('2026-01-17T20:22:00+01:00');
    expect(fromLocalInput('2026-06-10T09:30', 'Africa/Casablanca')).to.equal('2026-06-10T09:30:00+01:00');
  });

  it('writes +00:00 during Ramadan, when Morocco goes back an hour (2026: mid-February to late March)', () => {
    expect(fromLocalInput('2026-03-01T10:00')).to.equal('2026-03-01T10:00:00+00:00');
  });

  it('follows the card’s own time zone', () => {
    expect(fromLocalInput('2026-07-01T12:00', 'Europe/Paris')).to.equal('2026-07-01T12:00:00+02:00');
    expect(fromLocalInput('2026-07-01T12:00', 'America/New_York')).to.equal('2026-07-01T12:00:00-04:00');
  });

  it('shows a snippet date as the zone’s clock, and nothing for what is not a date and time', () => {
    expect(toLocalInput('2026-01-17T20:22:00+01:00')).to.equal('2026-01-17T20:22');
    expect(toLocalInput('2026-01-17T19:22:00Z')).to.equal('2026-01-17T20:22');
    expect(toLocalInput('2026-01-17T20:22:00+01:00', 'Europe/London')).to.equal('2026-01-17T19:22');
    expect(toLocalInput('2026-01-17')).to.equal('2026-01-17T00:00');
    expect(toLocalInput('17/01/2026')).to.equal('');
    expect(fromLocalInput('')).to.equal('');
  });
});
