/**
 * `npm run check:budgets` (after `npm run build`): fails when a page would
 * download more gzipped JavaScript than its budget (scripts/budgets.mjs).
 */
import { formatKB } from './bundle-size.mjs';
import { measureBudgets } from './budgets.mjs';

const results = measureBudgets(process.env.JIHA_DIST || 'dist');
for (const { name, bytes, budget, source, pass } of results) {
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${bytes} B (${formatKB(bytes)}), budget ${budget} B (${source})`);
}
const failed = results.filter((result) => !result.pass);
console.log(`${results.length - failed.length} within budget, ${failed.length} over`);
if (failed.length > 0) process.exit(1);
