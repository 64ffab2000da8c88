/**
 * Arabic and Tifinagh in the badge, as computed: Arabic lines at least 1.7
 * times the text size, and no bold or italic faked by the browser, in each
 * variant (the seal's details open) and every state.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/iso-badge/define.js';
import { unmountAll } from '../../support/helpers.js';
import { scriptTypographyProblems } from '../../support/script-typography.js';
import { BADGE_STATES, isoBadge, openSealDetails } from '../../a11y/fixtures.js';

describe('jiha-iso-badge: Arabic and Tifinagh type', () => {
  afterEach(unmountAll);

  for (const [lang, dir] of [
    ['ar', 'rtl'],
    ['zgh', 'ltr'],
  ]) {
    for (const variant of ['seal', 'inline', 'card']) {
      it(`${lang}, ${variant}: generous Arabic lines, no faked bold or italic, every state`, async () => {
        const problems: string[] = [];
        for (const state of Object.keys(BADGE_STATES)) {
          const badge = await isoBadge(lang, dir, variant, state);
          if (variant === 'seal') await openSealDetails(badge);
          problems.push(...scriptTypographyProblems(badge).map((line) => `${state}: ${line}`));
          unmountAll();
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});
