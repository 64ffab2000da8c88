/**
 * Server command 'jiha-engine' → the engine the runner launched for the
 * calling page ('chromium', 'firefox' or 'webkit'): test/support/engine.test.ts
 * checks the page's own detection (test/support/engine.ts) against it.
 */
import { engineOf } from './engines.mjs';

export function enginePlugin() {
  return {
    name: 'jiha-engine',
    executeCommand({ command, session }) {
      return command === 'jiha-engine' ? engineOf(session) : undefined;
    },
  };
}
