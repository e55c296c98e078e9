import { pino, destination, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stderr, so stdout stays free for command output (extract prints JSON Lines). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'newsgraph' } }, destination(2));
}
