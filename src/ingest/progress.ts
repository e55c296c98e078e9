import type { IngestProgress } from './pipeline.js';

/** The rate over the last `windowSeconds` of samples (the start-up and earlier phases forgotten), in inputs per second. */
export class RateWindow {
  private samples: Array<{ seconds: number; done: number }> = [];
  constructor(private readonly windowSeconds = 30) {}

  add(seconds: number, done: number): number {
    this.samples.push({ seconds, done });
    while (this.samples.length > 2 && seconds - this.samples[1].seconds >= this.windowSeconds) this.samples.shift();
    const first = this.samples[0];
    const span = seconds - first.seconds;
    // Until there is a window to measure over, the rate since the start.
    return span > 0 && this.samples.length > 1 ? (done - first.done) / span : seconds > 0 ? done / seconds : 0;
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(rest).padStart(2, '0')}s` : `${rest}s`;
}

/** Seconds left at `rate` inputs per second, or undefined when the total or the rate is not known. */
export function etaSeconds(done: number, total: number | undefined, rate: number): number | undefined {
  if (total === undefined || rate <= 0) return undefined;
  return Math.max(0, total - done) / rate;
}

/**
 * One status line: a bar and the ETA when the number of inputs is known (files,
 * folders, globs), counts and rate only when it is not (archives, feeds, stdin).
 */
export function formatProgress(p: IngestProgress, rate: number, total?: number, width = 24): string {
  const done = p.written + p.rejected;
  const counts = `${p.written} written, ${p.rejected} rejected, ${rate.toFixed(0)} articles/s, ${formatDuration(p.seconds)}`;
  if (total === undefined || total === 0) return counts;
  const fraction = Math.min(1, done / total);
  const filled = Math.round(fraction * width);
  const eta = etaSeconds(done, total, rate);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0)}% ${done}/${total}, ${counts}, ETA ${eta === undefined ? '?' : formatDuration(eta)}`;
}
