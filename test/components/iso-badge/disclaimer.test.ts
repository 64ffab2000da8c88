/**
 * The IAF note once per group of cards: card badges that are consecutive
 * siblings form a group and the last one shows the note, under its card
 * (not inside it); `disclaimer="shown"` / `"hidden"` place it by hand; the
 * groups follow badges added, removed, turned into another variant or
 * failing; the seal's details always carry the note.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/iso-badge/define.js';
import type { JihaIsoBadge } from '../../../src/components/iso-badge/define.js';
import { mount, settled, unmountAll, until } from '../../support/helpers.js';
import { shadow, tangerCertificate } from './helpers.js';

const STANDARDS = ['ISO 9001:2015', 'ISO 14001:2015', 'ISO 45001:2018'];

/** Mounts `markup` (badges with `data-n`, and anything between them), gives each badge a Tanger certificate, waits for all. */
async function group(markup: string): Promise<JihaIsoBadge[]> {
  const container = mount<HTMLDivElement>(`<div>${markup}</div>`);
  const badges = [...container.querySelectorAll<JihaIsoBadge>('jiha-iso-badge')];
  badges.forEach((badge, index) => (badge.data = tangerCertificate(STANDARDS[index % 3])));
  await allSettled(badges);
  return badges;
}

async function allSettled(badges: JihaIsoBadge[]): Promise<void> {
  // Twice: a badge's update asks the one before it to look again.
  for (let round = 0; round < 2; round += 1) for (const badge of badges) await settled(badge);
}

/** Which of `badges` show the note under their card. */
const withNote = (badges: JihaIsoBadge[]) =>
  badges.map((badge) => Boolean(shadow(badge).querySelector('[part=note]'))).map((shown) => (shown ? 1 : 0));

const card = (variant = 'card', extra = '') =>
  `<jiha-iso-badge lang="fr" variant="${variant}" ${extra}></jiha-iso-badge>`;

describe('jiha-iso-badge: the IAF note once per group of cards', () => {
  afterEach(unmountAll);

  it('three sibling cards: the note once, under the last card, outside its box', async () => {
    const badges = await group(`${card()}\n  <!-- a comment -->\n  ${card()} ${card()}`);
    expect(withNote(badges)).to.deep.equal([0, 0, 1]);
    const last = shadow(badges[2]);
    const note = last.querySelector('[part=note]')!;
    expect(last.querySelector('[part=card]')!.contains(note)).to.be.false;
    expect(note.getBoundingClientRect().top).to.be.at.least(
      last.querySelector('[part=card]')!.getBoundingClientRect().bottom,
    );
    expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://www.iafcertsearch.org');
    expect(note.textContent).to.contain('IAF CertSearch');
    // No card repeats it.
    for (const badge of badges) expect(shadow(badge).querySelector('[part=card] .iaf')).to.equal(null);
  });

  it('another element between cards parts them: one note per group; seals and inline badges are not cards', async () => {
    const badges = await group(
      `${card()}${card()}<h3>Partenaires</h3>${card()}${card('seal')}${card()}${card('inline')}`,
    );
    expect(withNote(badges)).to.deep.equal([0, 1, 1, 0, 1, 0]);
  });

  it('disclaimer="hidden" and "shown" place it by hand', async () => {
    const badges = await group(`${card('card', 'disclaimer="shown"')}${card()}${card('card', 'disclaimer="hidden"')}`);
    expect(withNote(badges)).to.deep.equal([1, 0, 0]);
    badges[2].setAttribute('disclaimer', 'auto');
    await allSettled(badges);
    expect(withNote(badges)).to.deep.equal([1, 0, 1]);
  });

  it('follows badges added, removed, changed to another variant, or failing', async () => {
    const badges = await group(`${card()}${card()}`);
    expect(withNote(badges)).to.deep.equal([0, 1]);
    // Added after the last card: the note moves to it.
    const added = document.createElement('jiha-iso-badge') as JihaIsoBadge;
    added.setAttribute('lang', 'fr');
    added.variant = 'card';
    added.data = tangerCertificate('ISO 45001:2018');
    badges[1].after(added);
    await allSettled([...badges, added]);
    expect(withNote([...badges, added])).to.deep.equal([0, 0, 1]);
    // Removed: back to the card before it.
    added.remove();
    await allSettled(badges);
    expect(withNote(badges)).to.deep.equal([0, 1]);
    // The last one becomes a seal: the first card is alone.
    badges[1].variant = 'seal';
    await allSettled(badges);
    expect(withNote(badges)).to.deep.equal([1, 0]);
    badges[1].variant = 'card';
    await allSettled(badges);
    expect(withNote(badges)).to.deep.equal([0, 1]);
    // The last one fails (its error box is no card): the first one carries the note.
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      badges[1].data = { standard: 'ISO 9001', issued: '2026-01-01', expires: '2020-01-01' };
      await until(() => shadow(badges[1]).querySelector('[part=error]'), 5000, 'the error box');
      await allSettled(badges);
    } finally {
      console.warn = warn;
    }
    expect(withNote(badges)).to.deep.equal([1, 0]);
  });

  it('a seal keeps the note in its details, whatever its neighbours', async () => {
    const badges = await group(`${card('seal')}${card()}`);
    expect(shadow(badges[0]).querySelector('[part=details] .iaf a')!.textContent).to.equal('IAF CertSearch');
    expect(withNote(badges)).to.deep.equal([0, 1]);
  });
});
