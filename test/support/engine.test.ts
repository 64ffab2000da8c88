import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, onlyInTitle } from './engine.js';

describe('test/support/engine.ts', () => {
  it('knows the engine the runner launched, so that engine-only tests run where they should', async () => {
    expect(engine).to.equal(await executeServerCommand<string, undefined>('jiha-engine'));
  });

  it('names where an engine-only test runs, and why', () => {
    expect(onlyInTitle('leaks nothing', ['chromium', 'firefox'], 'needs gc()')).to.equal(
      'leaks nothing (Chromium, Firefox: needs gc())',
    );
  });
});
