/**
 * Kinds of organization by a word of its name (data/ner/org-kinds.json: "foundation" a civil body's, "ministry" a
 * government's, "party" a party's, "holdings" a firm's). Read by the organization verifier as features, so that a
 * name its training never saw is weighed by its kind of head. The file is read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_PATH = fileURLToPath(new URL('../../data/ner/org-kinds.json', import.meta.url));

interface OrgKindsFile {
  kinds: Record<string, string[]>;
  runHeads: string[];
  runFreeWords: string[];
  sentenceOpeners: string[];
  nameConnectors: string[];
}

interface OrgKinds {
  kindOfWord: ReadonlyMap<string, string>;
  heads: ReadonlySet<string>;
  freeWords: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
}

let data: OrgKinds | undefined;

/** The file, read and checked once: each word of one kind only. */
function load(): OrgKinds {
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as OrgKindsFile;
  const kindOfWord = new Map<string, string>();
  for (const [kind, words] of Object.entries(raw.kinds)) {
    for (const w of words) {
      if (kindOfWord.has(w)) throw new Error(`org-kinds.json: "${w}" is of two kinds (${kindOfWord.get(w)}, ${kind})`);
      kindOfWord.set(w, kind);
    }
  }
  return {
    kindOfWord,
    heads: new Set(raw.runHeads),
    freeWords: new Set(raw.runFreeWords),
    openers: new Set(raw.sentenceOpeners),
    connectors: new Set(raw.nameConnectors),
  };
}

/** The kind of organization a word of a name says, compared in lower case: undefined for a word of no kind. */
export function orgKindOfWord(word: string): string | undefined {
  return (data ??= load()).kindOfWord.get(word.toLowerCase().replace(/[.,]$/, ''));
}

/** Whether a word, as written, is a capitalised head noun of a body's name ("Council", "Confederation"; runHeads of the file). */
export function isBodyHead(word: string): boolean {
  return (data ??= load()).heads.has(word);
}

/** Whether a capitalised word is an adverb opening a sentence, no name's word ("Today", "Separately"; sentenceOpeners of the file). */
export function isSentenceOpener(word: string): boolean {
  return (data ??= load()).openers.has(word);
}

/** Whether a capitalised word begins a sentence or phrase without belonging to a name after it ("The", "But"; runFreeWords of the file). */
export function isRunFreeWord(word: string): boolean {
  return (data ??= load()).freeWords.has(word);
}

/** Whether a lower-case word joins the parts of a name ("of", "for", "des"; nameConnectors of the file). */
export function isNameConnector(word: string): boolean {
  return (data ??= load()).connectors.has(word);
}
