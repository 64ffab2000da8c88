/**
 * Prints one plain closing line, `N passed, N failed`, after the runner's own
 * report: the progress bar is not a summary a CI log can be read for.
 * With JIHA_SUMMARY_FILE set, the counts also go to that file as JSON
 * (scripts/test.mjs adds up the engines' runs).
 */
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let line;
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load or throws outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      line = `${totals.passed} passed, ${totals.failed} failed${skipped}`;
      if (process.env.JIHA_SUMMARY_FILE) writeFileSync(process.env.JIHA_SUMMARY_FILE, JSON.stringify(totals));
    },
    // After every other reporter has written its report, so that this is the closing line.
    stop() {
      if (line) process.stdout.write(`\n${line}\n`);
    },
  };
}
