/**
 * What a text says of a name that makes it a firm's, for the one-name-one-type agreement (doc-types.ts): the text
 * writes it as the start of a firm's legal name ("Wrigley" in "Wm. Wrigley Jr. Co.", "Dell" in "Dell, Inc."), or a
 * firm's words follow a mention of it ("Ford shares", "Ford said its", "Ford spokesman": the "orgAfter" sequences of
 * data/ner/type-cues.json, which the tagger also counts as features) or frame it (org-context.ts's firm context);
 * and what makes it a person's ("Dell said he": the "perAfter" sequences).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeRegExp } from '../article/regex.js';
import { isLegalSuffixWord } from './legal-suffixes.js';
import { firmContext } from './org-context.js';

const TYPE_CUES_PATH = fileURLToPath(new URL('../../data/ner/type-cues.json', import.meta.url));
let AFTER: { orgAfter: RegExp; perAfter: RegExp } | undefined;

/** The "orgAfter" and "perAfter" sequences, each as one pattern for the text right after a name, compared in lower case. */
function cuesAfter(): { orgAfter: RegExp; perAfter: RegExp } {
  if (AFTER) return AFTER;
  const raw = JSON.parse(readFileSync(TYPE_CUES_PATH, 'utf8')) as { orgAfter: string[][]; perAfter: string[][] };
  // A possessive joins its name as written ("Ford's shares") or as a tagger's token ("Ford 's shares").
  const seq = (q: string[]) => q.map((t) => (/^['’]/u.test(t) ? '\\s*' : /^[,;:]$/u.test(t) ? '\\s*' : '\\s+') + escapeRegExp(t)).join('');
  const any = (list: string[][]) => new RegExp(`^(?:${list.map(seq).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  AFTER = { orgAfter: any(raw.orgAfter), perAfter: any(raw.perAfter) };
  return AFTER;
}

/** Whether a firm's words follow the name at `end` ("Ford shares rose", "Ford said its sales") or frame it. */
export function firmCueAt(text: string, start: number, end: number): boolean {
  return cuesAfter().orgAfter.test(text.slice(end, end + 40)) || firmContext(text, start, end);
}

/** Whether a person's words follow the name at `end` ("Dell said he", "Ford, who"): the "perAfter" sequences. */
export function personCueAfter(text: string, end: number): boolean {
  return cuesAfter().perAfter.test(text.slice(end, end + 40));
}

/** At most this many capitalised words between a name and the legal suffix that ends its firm's name ("Wm. Wrigley Jr. Co."). */
const MAX_BETWEEN = 3;

/**
 * The capitalised runs of words that end in a legal suffix ("wrigley jr." of "Wm. Wrigley Jr. Co.", "dell" of
 * "Dell, Inc."), in lower case, found in one pass over the text: a name that begins a firm's stands in one of them.
 */
export function firmNameRuns(text: string): string[][] {
  const runs: string[][] = [];
  const tokens = text.split(/\s+/u).filter(Boolean);
  tokens.forEach((t, i) => {
    if (i === 0 || !isLegalSuffixWord(t.replace(/[,;:)]+$/u, ''))) return;
    const run: string[] = [];
    for (let b = i - 1; b >= 0 && run.length < MAX_BETWEEN + 4; b--) {
      // Only the word right before the suffix may end in a comma ("Dell, Inc.").
      const w = b === i - 1 ? tokens[b].replace(/,$/u, '') : tokens[b];
      if (!/^\p{Lu}/u.test(w) || /[,;:]$/u.test(w)) break;
      run.unshift(w.toLowerCase());
    }
    if (run.length) runs.push(run);
  });
  return runs;
}

/** Whether `name` (words in lower case) begins a firm's name of `runs`, at most MAX_BETWEEN words before its suffix. */
export function beginsAFirm(runs: readonly string[][], name: readonly string[]): boolean {
  return runs.some((run) => {
    for (let p = Math.max(0, run.length - name.length - MAX_BETWEEN); p + name.length <= run.length; p++) {
      if (name.every((w, k) => run[p + k] === w)) return true;
    }
    return false;
  });
}
