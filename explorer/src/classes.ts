/** The colour classes of a measure, for the partners map (views/map.ts): no imports, so tests load it as is. */
/** Sequential blues, light to dark (ColorBrewer "Blues"), one per class of the measure. */
export const CLASS_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
/**
 * Up to five classes by rank (quantiles), so a few very high values do not leave every other
 * partner in the palest blue; equal values always share a class. The classes that hold values
 * spread over the whole palette (three classes: palest, middle, darkest). Returns each value's
 * shade (an index into CLASS_COLOURS) and each class's range, lowest first.
 */
export function classify(values: readonly number[]): { shadeOf: (v: number) => number; ranges: Array<{ shade: number; lo: number; hi: number }> } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const cuts = [1, 2, 3, 4].map((k) => sorted[Math.floor((k * n) / 5)]);
  const classOf = (v: number) => cuts.filter((c) => c !== undefined && v >= c).length;
  const used = [...new Set(sorted.map(classOf))];
  const top = CLASS_COLOURS.length - 1;
  const shades = new Map(used.map((c, j) => [c, used.length === 1 ? top : Math.round((j * top) / (used.length - 1))]));
  const shadeOf = (v: number) => shades.get(classOf(v)) ?? top;
  const ranges = new Map<number, { shade: number; lo: number; hi: number }>();
  for (const v of sorted) {
    const shade = shadeOf(v);
    const r = ranges.get(shade);
    if (r) r.hi = v;
    else ranges.set(shade, { shade, lo: v, hi: v });
  }
  return { shadeOf, ranges: [...ranges.values()] };
}
