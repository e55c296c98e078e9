import { describe, expect, it } from 'vitest';
import { etaSeconds, formatDuration, formatProgress, RateWindow } from '../../src/ingest/progress.js';

describe('ingest progress', () => {
  it('shows a bar and an ETA when the number of inputs is known, and neither when it is not', () => {
    const p = { read: 600, written: 480, rejected: 20, seconds: 10 };
    expect(formatProgress(p, 50, 2000, 10)).toBe('[###-------] 25% 500/2000, 480 written, 20 rejected, 50 articles/s, 10s, ETA 30s');
    expect(formatProgress(p, 50, undefined)).toBe('480 written, 20 rejected, 50 articles/s, 10s');
  });

  it('has no ETA before there is a rate', () => {
    expect(etaSeconds(0, 100, 0)).toBeUndefined();
    expect(formatProgress({ read: 0, written: 0, rejected: 0, seconds: 0 }, 0, 100, 4)).toContain('ETA ?');
  });

  it('measures the rate over the recent window, forgetting a slow start', () => {
    const w = new RateWindow(30);
    expect(w.add(10, 100)).toBe(10); // since the start
    w.add(20, 1100);
    w.add(40, 3100);
    // The window now spans 20 s to 50 s: 3000 inputs in 30 s.
    expect(w.add(50, 4100)).toBe(100);
  });

  it('formats durations for people', () => {
    expect(formatDuration(42)).toBe('42s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(3 * 3600 + 7 * 60 + 9)).toBe('3h07m');
  });
});
