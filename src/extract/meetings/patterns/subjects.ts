/**
 * The other side of a trigger, before it: the clause's subject ("X met", "X and Y met",
 * "X, on her first visit to Russia, met"), a pair anaphor ("the two leaders met"), a shared
 * subject ("X held talks with A and met B"), a pronoun, or for a nominal trigger the nearest
 * person before it or the subject after a fronted phrase ("After talks with Y, X said").
 */
import { clauseStart } from './clauses.js';
import { type Ctx, isFiller, isPossessive, isSentenceSubject, listAfter, type Mention, mentionEndingAt, mentionsWithin, type Subject, unique } from './mentions.js';
import { resolvePronoun } from './pronouns.js';
import { ADVERBIAL, AUXILIARY, FRONTED_OPENER } from './triggers.js';
import { partitionPoint } from '../../intervals.js';

/** Strips trailing adverbials and auxiliaries: "Clinton on Tuesday also" -> "Clinton". */
export function trimVerbPrefix(s: string): string {
  const tail = new RegExp(`(?:\\s+(?:${ADVERBIAL}|${AUXILIARY}|who|that)|\\s*,\\s*(?:who|that))+\\s*$`, 'i');
  let prev: string;
  let cur = s;
  do {
    prev = cur;
    cur = cur.replace(tail, '').replace(/\s+$/, '');
  } while (cur !== prev);
  return cur;
}

/**
 * The grammatical subject right before `pos` (a trigger): a person mention,
 * or several coordinated ("X and Y", "Both X and French President Y"), possibly
 * followed by an apposition in commas or ", who". Pronouns he/she resolve.
 */
export function subjectBefore(ctx: Ctx, si: number, pos: number): Subject {
  const sent = ctx.sentences[si];
  let head = trimVerbPrefix(ctx.text.slice(sent.start, pos));
  let end = sent.start + head.length;
  // "X, on her first visit to Russia, met": skip one apposition in commas
  if (/,$/.test(head)) {
    const open = head.lastIndexOf(',', head.length - 2);
    if (open > 0) {
      const candidate = trimVerbPrefix(head.slice(0, open));
      if (mentionEndingAt(ctx, sent.start + candidate.length) || /\b(?:he|she)$/i.test(candidate)) {
        head = candidate;
        end = sent.start + head.length;
      }
    }
  }
  let last = mentionEndingAt(ctx, end);
  // "its negotiators, A and B, had met with Y": the apposition is the subject
  if (!last && /,$/.test(head)) {
    const inner = mentionEndingAt(ctx, end - 1);
    if (inner && !/\b(?:said|says|told)\b/.test(ctx.text.slice(inner.end, end))) {
      last = inner;
      head = head.slice(0, -1);
      end -= 1;
    }
  }
  if (!last) {
    const pair = pairAnaphor(ctx, si, head, end);
    if (pair) return pair;
    const shared = sharedSubject(ctx, si, head, end);
    if (shared) return shared;
    const pron = /\b(he|she)$/i.exec(head);
    if (pron) {
      const name = resolvePronoun(ctx, si, end - pron[1].length, pron[1].toLowerCase() as 'he' | 'she');
      return name ? { names: [name], start: end - pron[1].length } : undefined;
    }
    return undefined;
  }
  if (isPossessive(ctx.text, last)) return undefined;
  const names = [last.name];
  let first = last;
  // coordination backwards: "X and Y", "X, Y and Z", "he and Y"
  for (;;) {
    const before = ctx.text.slice(sent.start, first.start);
    const coord = /(?:,\s*|\s+(?:and|AND)\s+|,\s*(?:and|AND)\s+)((?:[\p{Lu}][\p{L}.'’-]*\s+|(?:his|her)\s+|[a-z]+\s+(?=[\p{Lu}]))*)$/u.exec(before);
    if (!coord || !isFiller(coord[1] ?? '', 5)) break;
    const sepStart = sent.start + coord.index;
    const prev = mentionEndingAt(ctx, sepStart);
    if (prev && !isPossessive(ctx.text, prev)) {
      names.unshift(prev.name);
      first = prev;
      continue;
    }
    const pron = /\b(he|she)$/i.exec(ctx.text.slice(sent.start, sepStart));
    if (pron && /and/i.test(coord[0])) {
      const name = resolvePronoun(ctx, si, sepStart - pron[1].length, pron[1].toLowerCase() as 'he' | 'she');
      if (name) names.unshift(name);
    }
    break;
  }
  return { names: unique(names), start: first.start };
}

/** "the two leaders", "both men", "the pair", "they" right before a trigger. */
export const PAIR_ANAPHOR = /\b(?:(?:the|both|the\s+two|these\s+two)\s+(?:two\s+)?(?:leaders|men|women|ministers|presidents|premiers|prime\s+ministers|officials|executives|chiefs|heads|counterparts|politicians|statesmen|bosses|sides)|both|the\s+pair|they)$/i;

/**
 * "the two leaders met", "when they met": the two people named before in the
 * sentence (or, for a noun phrase, in the previous one). Exactly two distinct
 * people, else no subject; "they" only for coordinated "X and Y".
 */
export function pairAnaphor(ctx: Ctx, si: number, head: string, end: number): Subject {
  const m = PAIR_ANAPHOR.exec(head);
  if (!m) return undefined;
  const sent = ctx.sentences[si];
  const at = end - m[0].length;
  const distinct = (ms: Mention[]) => unique(ms.filter((x) => !isPossessive(ctx.text, x)).map((x) => x.name));
  const here = mentionsWithin(ctx, sent.start, at);
  const names = distinct(here);
  if (/^they$/i.test(m[0])) {
    if (names.length !== 2 || here.length < 2) return undefined;
    const a = here.find((x) => x.name === names[0])!;
    const b = here.find((x) => x.name === names[1])!;
    if (!/^\s*(?:and|&)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|[a-z]+\s+(?=[\p{Lu}]))*$/u.test(ctx.text.slice(a.end, b.start))) return undefined;
    return { names, start: at };
  }
  if (names.length === 2) return { names, start: at };
  if (names.length === 0 && si > 0) {
    const prev = ctx.sentences[si - 1];
    const pn = distinct(mentionsWithin(ctx, prev.start, prev.end));
    if (pn.length === 2) return { names: pn, start: at };
  }
  return undefined;
}

/**
 * "Clinton held a meeting with Lavrov and met Medvedev": a second verb
 * phrase shares the sentence's subject. No reporting verb in between, and the
 * first verb phrase must not hold another subject-like person.
 */
export function sharedSubject(ctx: Ctx, si: number, head: string, end: number): Subject {
  if (!/(?:\s|,)and$/.test(head)) return undefined;
  const sent = ctx.sentences[si];
  const ms = mentionsWithin(ctx, sent.start, end);
  if (ms.length === 0) return undefined;
  const first = ms[0];
  if (!isSentenceSubject(ctx, sent, first) || isPossessive(ctx.text, first)) return undefined;
  const between = ctx.text.slice(first.end, end);
  if (/\b(?:said|says|told|tells|added|who|which|that|when|while|after|before|because|as|if)\b|[;:"“”(]/.test(between)) return undefined;
  // the first predicate must begin right after the subject (a finite verb, possibly after an apposition)
  const subj = subjectBefore(ctx, si, first.end + (/^\s*,[^,]{1,80},/.exec(between)?.[0].length ?? 0) + 1);
  if (!subj || !subj.names.includes(first.name)) return undefined;
  return { names: subj.names, start: first.start };
}

/** The person on the other side of a nominal trigger: the nearest non-possessive, non-prepositional person before it, or the subject after a sentence-initial phrase. */
export function nominalSubject(ctx: Ctx, si: number, tStart: number, objEnd: number): { names: string[]; start: number } | undefined {
  const sent = ctx.sentences[si];
  // "Obama's talks with Hu": the possessor owns the talks
  const own = new RegExp(`(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,3}$`).exec(ctx.text.slice(sent.start, tStart));
  if (own) {
    const at = ctx.mentions[partitionPoint(ctx.mentions, (m) => m.end >= sent.start + own.index)];
    const owner = at?.end === sent.start + own.index ? at : undefined;
    if (owner) return { names: [owner.name], start: owner.start };
  }
  const before = mentionsWithin(ctx, sent.start, tStart);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (isPossessive(ctx.text, m)) continue;
    const pre = ctx.text.slice(Math.max(sent.start, m.start - 40), m.start);
    if (/\b(?:of|to|by|for|from|about|on|against|than|with|between|among|like|under|toward|towards|including|and)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+|[a-z]+\s+(?=[\p{Lu}]))*$/u.test(pre) && !/^\s*(?:,|and)/.test(ctx.text.slice(m.end, m.end + 5))) {
      // a prepositional object ("the decision by X") is not the talks' subject;
      // but "X and Y" coordination before the trigger still is
      if (!/\band\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(pre)) continue;
    }
    // coordinated subjects "X and Y ... in talks with Z"
    const subj = subjectBefore(ctx, si, m.end);
    return subj && subj.names.includes(m.name) ? subj : { names: [m.name], start: m.start };
  }
  // pronoun subject before the trigger: "He said after talks with Y"
  const head = ctx.text.slice(clauseStart(ctx, sent, tStart), tStart);
  const pron = /^\s*(?:[^,]*,\s*)?(he|she)\b/i.exec(head);
  if (pron) {
    const pos = clauseStart(ctx, sent, tStart) + pron.index! + pron[0].length - pron[1].length;
    const name = resolvePronoun(ctx, si, pos, pron[1].toLowerCase() as 'he' | 'she');
    if (name) return { names: [name], start: pos };
  }
  // "At a meeting with Y, X said", "After her talks with Y on Monday, X said",
  // "Minutes after he emerged from a meeting with Y, X appeared": the subject
  // follows the fronted phrase (a pronoun in it points forward to that subject)
  const fronted = ctx.text.slice(sent.start, tStart);
  if (fronted.trim().split(/\s+/).length <= 4 || FRONTED_OPENER.test(fronted)) {
    const comma = ctx.text.indexOf(',', objEnd);
    if (comma >= 0 && comma < sent.end && ctx.text.slice(objEnd, comma).split(/\s+/).length <= 8 && !/[;:"“”]/.test(ctx.text.slice(objEnd, comma))) {
      const subj = listAfter(ctx, sent, comma + 1, 5);
      if (subj.length) return { names: subj.map((x) => x.name), start: subj[0].start };
    }
  }
  return undefined;
}
