import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';
import { escapeRegExp } from '../../article/regex.js';

/** The cue words of data/meetings/settings.json (its `_comment` says what each list is for). */
export interface SettingsWords {
  presenceIn: string[];
  presenceTo: string[];
  presenceToAdverbs: string[];
  presenceBare: string[];
  presenceCopula: string[];
  openers: string[];
  tooWide: string[];
  topicNouns: string[];
  toCome: string[];
  toComeBefore: string[];
  seemingVerbs: string[];
  reportedStates: string[];
  reportingClause: string[];
  continuingPronouns: string[];
  thatClauseSubjects: string[];
  notHeld: string[];
  notHeldAfter: string[];
}

let words: SettingsWords | undefined;

/** A list of settings.json as a pattern's alternatives, any white space between a phrase's words. */
export const phrases = (list: readonly string[]) => list.map((w) => w.split(' ').map(escapeRegExp).join('\\s+')).join('|');

/** data/meetings/settings.json, read once for every module that needs a list of it. */
export function settingsWords(): SettingsWords {
  return (words ??= JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/settings.json'), 'utf8')) as SettingsWords);
}
