/**
 * Word lists of the pattern finder, loaded once from data/meetings/pattern-words.json: the
 * lower-case words allowed between a trigger and its person besides titles and capitalized
 * words ("his counterpart", "visiting"), and the first names that mark a person as female,
 * for "she".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../config.js';

const words = JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/pattern-words.json'), 'utf8')) as {
  objectFillerWords: string[];
  femaleFirstNames: string[];
};

/** Lowercase words allowed between a trigger and its person object besides titles and capitalized words. */
export const OBJECT_FILLER_WORDS: ReadonlySet<string> = new Set(words.objectFillerWords);

/** First names that mark a person as female for "she"; "he" never resolves to them. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(words.femaleFirstNames);
