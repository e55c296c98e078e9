import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';

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
  toComeAfter: string[];
}

let words: SettingsWords | undefined;

/** data/meetings/settings.json, read once for every module that needs a list of it. */
export function settingsWords(): SettingsWords {
  return (words ??= JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/settings.json'), 'utf8')) as SettingsWords);
}
