import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandOptions } from '../../scripts/options.js';

describe('commandOptions (the training scripts\' options)', () => {
  const options = { dry: { type: 'boolean', default: false }, l2: { type: 'string', default: '1e-3' } } as const;
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    vi.restoreAllMocks();
  });
  const run = (...args: string[]) => {
    process.argv = ['node', 'script', ...args];
    return commandOptions('train:x', options);
  };
  /** The message and exit code of a refused command line (process.exit stubbed to throw). */
  const refusal = (...args: string[]) => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => run(...args)).toThrow('exit 2');
    return String(err.mock.calls[0]?.[0]);
  };

  it('reads the options given and the defaults of the others', () => {
    expect(run('--l2', '0.5').values).toEqual({ dry: false, l2: '0.5' });
    expect(run('--dry').values).toEqual({ dry: true, l2: '1e-3' });
  });

  it('refuses an unknown option, a missing value, a positional argument and a value to a flag, naming the command', () => {
    expect(refusal('--fold', '3')).toBe("train:x: Unknown option '--fold'\n");
    expect(refusal('--l2')).toBe("train:x: Option '--l2 <value>' argument missing\n");
    expect(refusal('--dry', 'extra')).toMatch(/^train:x: Unexpected argument 'extra'/);
    expect(refusal('--dry=1')).toBe("train:x: Option '--dry' does not take an argument\n");
  });

  it('gives a usage that refuses a bad value the same way', () => {
    const { usage } = run();
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    usage('--l2 must be a number');
    expect(err).toHaveBeenCalledWith('train:x: --l2 must be a number\n');
    expect(exit).toHaveBeenCalledWith(2);
  });
});
