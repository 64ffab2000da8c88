/** Small helpers the bench modules share: medians of rounds and how figures print. */

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds with one decimal: `12.3 ms`. */
export const ms = (value) => `${value.toFixed(1)} ms`;

/** Each round's figure, rounded: `12, 15, 11`. */
export const list = (values) => values.map((value) => value.toFixed(0)).join(', ');
