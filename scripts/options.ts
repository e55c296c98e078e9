// The command-line options of the training scripts (train:orgs, train:span-types): node:util's parseArgs, strict.
import { parseArgs } from 'node:util';

/** An option taken once (no `multiple`), so its value is one text or flag. */
export interface SingleOption {
  type: 'string' | 'boolean';
  default?: string | boolean;
}

export interface CommandOptions {
  /** Each option's value: its text, true for a flag given, or its default. */
  values: Record<string, string | boolean | undefined>;
  /** Refuses a bad option: prints `command: message` (no stack) and exits 2, as train:meetings does. */
  usage: (message: string) => never;
}

/**
 * The command's options read from its arguments, with no positional arguments. node:util's parseArgs refuses an unknown
 * or misspelt option ("--fold 3"), an option without its value and a value given to a flag: each is the caller's
 * mistake, reported by usage.
 */
export function commandOptions(command: string, options: Record<string, SingleOption>): CommandOptions {
  const usage = (message: string): never => {
    process.stderr.write(`${command}: ${message}\n`);
    process.exit(2);
  };
  try {
    const { values } = parseArgs({ options, strict: true, allowPositionals: false });
    return { values: values as CommandOptions['values'], usage };
  } catch (e) {
    return usage((e as Error).message);
  }
}
