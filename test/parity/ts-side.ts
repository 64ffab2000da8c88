/**
 * The TypeScript side of the fallback parity suite (test/parity/run.mjs),
 * bundled for Node: each case's fallback as the snippet builder writes it
 * (src/builder/snippet-fallback.ts, the writers of src/fallback/).
 */
import { snippetFallback } from '../../src/builder/snippet-fallback.js';
import { widgetByName } from '../../src/embed/widgets.js';
import type { ParityCase } from './parity-case.js';

export async function renderCases(cases: readonly ParityCase[]): Promise<string[]> {
  const out: string[] = [];
  for (const parityCase of cases) {
    const widget = widgetByName(parityCase.widget)!;
    out.push(
      await snippetFallback({
        widget,
        base: '/',
        lang: parityCase.lang,
        dir: '',
        attributes: Object.entries(parityCase.attributes).map(([name, value]) => [name, value === true ? '' : value]),
        data: parityCase.content,
        csv: parityCase.csv,
        title: '',
        id: 'parity',
      }),
    );
  }
  return out;
}
