import { memoized } from './memo.js';

const MARKS = /\p{M}+/gu;

/**
 * Name folding as the gold guide compares names: case-insensitive, accents,
 * dots and hyphens folded to plain letters and spaces.
 */
export const foldName = memoized(foldNameOnce, 20_000);

function foldNameOnce(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[.\-‐‑–'’`]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable id of a person or organization: the folded canonical name as a slug. */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
