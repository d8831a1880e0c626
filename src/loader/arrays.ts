/**
 * Array helpers for inputs of any size: `to.push(...items)` and `Math.max(...xs)`
 * pass every element on the call stack and throw a RangeError past about
 * 100,000 of them (a file of many short lines, an export of many records).
 */

/** Append `items` to `to`, one by one. */
export function append<T>(to: T[], items: readonly T[]): T[] {
  for (const x of items) to.push(x);
  return to;
}

/** The largest of `xs` (-Infinity for none, like Math.max()). */
export const maxOf = (xs: readonly number[]) => xs.reduce((m, x) => (x > m ? x : m), -Infinity);
