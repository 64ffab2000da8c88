/**
 * The text of a PDF, read by poppler's `pdftotext` (poppler-utils; .ci/run
 * installs it). pdfjs-dist was tried first: it returns Arabic glyph by glyph
 * in visual order, so no Arabic sentence could be found in it; pdftotext
 * gives the logical order.
 *
 * Compare with `comparable()`: Chromium writes Arabic as shaped glyphs, which
 * NFKC turns back into letters; a lam-alef ligature comes back with its two
 * letters swapped (ملال as مالل), so a run of lams and alefs counts in any
 * order; a line may break anywhere and pdftotext adds direction marks, so white space and
 * marks are dropped on both sides; on a wrapped line that it reads as
 * right to left it moves a bracket to the other end, so brackets are dropped too.
 */
import { execFile } from 'node:child_process';

export function pdfText(bytes) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'pdftotext',
      ['-enc', 'UTF-8', '-', '-'],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) reject(new Error(`pdftotext failed (install poppler-utils): ${error.message}`));
        else resolve({ text: stdout, pages: stdout.split('\f').length - 1 });
      },
    );
    child.stdin.end(Buffer.from(bytes));
  });
}

export const comparable = (text) =>
  text
    .normalize('NFKC')
    .replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '')
    // A run of lams and alefs as its letters in one order: the swap can touch overlapping pairs (شلالات as شالالت).
    .replace(/[لا]+/g, (run) => [...run].sort().join(''))
    .replace(/[()]/g, '');
