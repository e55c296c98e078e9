/**
 * Abbreviated month and weekday names ("Oct", "Sept", "Sat"), one list each in data/dates/abbreviations.json, shared
 * by the meeting dates and the span repairs. Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_PATH = fileURLToPath(new URL('../../data/dates/abbreviations.json', import.meta.url));
let WORDS: { months: readonly string[]; weekdays: readonly string[] } | undefined;

function words() {
  WORDS ??= JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { months: string[]; weekdays: string[] };
  return WORDS;
}

/** The months' abbreviations, capitalised as written ("Jan", "Sept"). */
export function monthAbbreviations(): readonly string[] {
  return words().months;
}

/** The weekdays' abbreviations, capitalised as written ("Mon", "Thurs"). */
export function weekdayAbbreviations(): readonly string[] {
  return words().weekdays;
}
