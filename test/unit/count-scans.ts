/**
 * Counts the work a call does as the callbacks that array scans (some, every, find, filter, map, ...) run: a stage
 * that scans everything for each thing grows this count faster than its input. Time is not asserted (the machine
 * is shared). Helper of the unit tests that keep extraction stages linear.
 */
const SCANS = ['some', 'every', 'find', 'findIndex', 'filter', 'map', 'flatMap', 'forEach', 'reduce'] as const;

export function countScans(fn: () => void): number {
  let calls = 0;
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = SCANS.map((name) => [name, proto[name]] as const);
  for (const [name, original] of originals) {
    proto[name] = function (this: unknown[], callback: unknown, ...rest: unknown[]) {
      if (typeof callback !== 'function') return original.call(this, callback, ...rest);
      const counted = function (this: unknown, ...args: unknown[]) {
        calls++;
        return (callback as (...a: unknown[]) => unknown).apply(this, args);
      };
      return original.call(this, counted, ...rest);
    };
  }
  try {
    fn();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return calls;
}
