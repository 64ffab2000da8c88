/**
 * The seal's and the inline badge's words have no background of their own:
 * they sit on the page. In every state, in Arabic and French, each text
 * keeps 4.5:1 and each state icon 3:1 against the page behind it, on a
 * light page (also when the visitor's system prefers dark: the page did not
 * ask for dark) and on a dark page (`color-scheme: dark` and a dark
 * background), from computed colours composed over the real backdrop.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/iso-badge/define.js';
import { itIn } from '../../support/engine.js';
import { unmountAll } from '../../support/helpers.js';
import { endEmulation, emulate } from '../../a11y/helpers.js';
import { graphicProblem, textContrastProblems } from '../../a11y/contrast-helpers.js';
import { BADGE_STATES, isoBadge } from '../../a11y/fixtures.js';

const PAGES = {
  light: ':root { background: #ffffff; color: #1b1b1b; }',
  dark: ':root { color-scheme: dark; background: #121417; color: #e8e8e8; }',
};

/** WebKit's WebDriver cannot emulate the system's colour preference. */
const withSystemDark = itIn(['chromium', 'firefox'], 'emulates the system colour preference');

describe('jiha-iso-badge: seal and inline words against the page', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(async () => {
    unmountAll();
    style?.remove();
    style = undefined;
    await endEmulation();
  });

  for (const [page, css] of Object.entries(PAGES)) {
    for (const system of ['light', 'dark'] as const) {
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['fr', 'ltr'],
      ]) {
        const test = system === 'dark' ? withSystemDark : it;
        test(`${page} page, system ${system}, ${lang}: texts 4.5:1 and state icons 3:1, every state`, async () => {
          if (system === 'dark') await emulate('dark');
          style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
          const problems: string[] = [];
          for (const variant of ['seal', 'inline']) {
            for (const state of Object.keys(BADGE_STATES)) {
              const badge = await isoBadge(lang, dir, variant, state);
              const what = `${variant} ${state}`;
              problems.push(...textContrastProblems(badge).map((line) => `${what}: ${line}`));
              for (const icon of badge.shadowRoot!.querySelectorAll('.state-icon')) {
                if (icon.closest('[popover]')) continue;
                const problem = graphicProblem(icon, `${what}: state icon`, (computed) => computed.color);
                if (problem) problems.push(problem);
              }
            }
          }
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
