/**
 * Text as a literal inside a regular expression: every character with a meaning in a pattern
 * escaped (RegExp.escape arrives with Node 24; this is the same for the characters our patterns
 * take, and leaves "-" and spaces as they are, which callers rewrite into their own classes).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
