/**
 * Text as a literal inside a regular expression: the characters with a meaning in a pattern escaped.
 * Not RegExp.escape (Node 24), which also writes spaces, "-" and "'" as \x20, \x2d and \x27: callers
 * rewrite those into classes of their own ("[\s-]+", "\s+", "['’]") after escaping.
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: its text literal, each space any run of whitespace ("analyst at" matches "analyst\nat"). */
export function phraseRegExp(s: string): string {
  return escapeRegExp(s).replace(/ /g, '\\s+');
}
