import { describe, expect, it } from 'vitest';
import { findCountryMentions } from '../../src/extract/countries/mentions.js';
import { findReferences, withReferences, type RoleHolder } from '../../src/extract/meetings/references.js';
import { candidates } from '../../src/extract/meetings/decode.js';
import { findRoles } from '../../src/extract/roles.js';
import { splitSentences } from '../../src/extract/tokenize.js';

/** People with every occurrence of each given form as a mention, and the roles the text gives them. */
function people(text: string, forms: Record<string, string[]>): RoleHolder[] {
  const countries = findCountryMentions(text);
  return Object.entries(forms).map(([name, spellings]) => {
    const p = {
      id: name,
      name,
      mentions: spellings
        .flatMap((f) => [...text.matchAll(new RegExp(`\\b${f}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length, text: f })))
        .sort((a, b) => a.start - b.start),
    };
    return { ...p, roles: findRoles(text, p, { countries }) };
  });
}

const refs = (text: string, forms: Record<string, string[]>) =>
  findReferences(text, splitSentences(text), people(text, forms), findCountryMentions(text)).map((r) => `${r.kind}:${r.text}=${r.people.join('+')}`);

describe('references to people in meeting sentences', () => {
  it('reads "the two leaders" and "both men" as the two people last named', () => {
    const text = 'Chinese President Hu Jintao arrived in Washington on Monday to see President Barack Obama. The two leaders discussed trade. Later both men spoke to reporters.';
    expect(refs(text, { 'Hu Jintao': ['Hu Jintao'], 'Barack Obama': ['Barack Obama'] })).toEqual(['pair:The two leaders=Barack Obama+Hu Jintao', 'pair:both men=Barack Obama+Hu Jintao']);
  });

  it('does not read "the two central banks", "both sides" or "both of the companies" as two people', () => {
    const text = 'Fed chief Ben Bernanke and ECB head Jean-Claude Trichet spoke. The two central banks held rates. Both sides met later. Both of the companies met analysts.';
    expect(refs(text, { 'Ben Bernanke': ['Ben Bernanke'], 'Jean-Claude Trichet': ['Jean-Claude Trichet'] })).toEqual([]);
  });

  it('reads "his French counterpart" as the one person with a French role, not the speaker', () => {
    const text = 'French Foreign Minister Bernard Kouchner flew to Moscow. Russian Foreign Minister Sergei Lavrov held talks with his French counterpart on Friday.';
    expect(refs(text, { 'Bernard Kouchner': ['Bernard Kouchner'], 'Sergei Lavrov': ['Sergei Lavrov'] })).toEqual(['counterpart:his French counterpart=Bernard Kouchner']);
  });

  it('reads "the Chinese premier" and "the Iranian leader" as the person holding that role', () => {
    const text = 'Chinese Premier Wen Jiabao and Iranian President Mahmoud Ahmadinejad were in Tehran. President George W. Bush said the Chinese premier had met the Iranian leader.';
    expect(refs(text, { 'Wen Jiabao': ['Wen Jiabao'], 'Mahmoud Ahmadinejad': ['Mahmoud Ahmadinejad'], 'George W. Bush': ['George W. Bush'] })).toEqual([
      'role:the Chinese premier=Wen Jiabao',
      'role:the Iranian leader=Mahmoud Ahmadinejad',
    ]);
  });

  it('resolves nothing that is ambiguous, an apposition, a past title or not about people', () => {
    // Two people with French roles: "his French counterpart" could be either.
    expect(refs('French President Nicolas Sarkozy and French Prime Minister Francois Fillon met Lavrov. Lavrov thanked his French counterpart.', { 'Nicolas Sarkozy': ['Nicolas Sarkozy'], 'Francois Fillon': ['Francois Fillon'], 'Sergei Lavrov': ['Lavrov'] })).toEqual([]);
    // The name follows: the mention is already there.
    expect(refs('French Foreign Minister Bernard Kouchner arrived. Lavrov met his French counterpart Bernard Kouchner.', { 'Bernard Kouchner': ['Bernard Kouchner'], 'Sergei Lavrov': ['Lavrov'] })).toEqual([]);
    // "the two countries" are no people; a single person named before cannot be "the two".
    expect(refs('Obama met Hu Jintao. The two countries signed a deal.', { 'Barack Obama': ['Obama'], 'Hu Jintao': ['Hu Jintao'] })).toEqual([]);
    expect(refs('Obama spoke on Monday. The two leaders will meet.', { 'Barack Obama': ['Obama'] })).toEqual([]);
    // A former president is nobody's president now.
    expect(refs('U.S. President Barack Obama visited Kenya. He met the former president.', { 'Barack Obama': ['Barack Obama'] })).toEqual([]);
  });

  it('adds each reference as a mention, so a meeting stated through one becomes a candidate of the right people', () => {
    const text = 'Chinese President Hu Jintao arrived in Washington on Monday. Separately, Obama spoke on jobs. On Tuesday the Chinese president and Treasury Secretary Timothy Geithner held talks.';
    const ps = people(text, { 'Hu Jintao': ['Hu Jintao'], 'Barack Obama': ['Obama'], 'Timothy Geithner': ['Timothy Geithner'] });
    const sents = splitSentences(text);
    const pairsIn = (list: ReturnType<typeof withReferences>) => new Set(candidates(sents, list, 'window').filter((c) => c.from === 2 && c.to === 2).map((c) => `${c.a}+${c.b}`));
    expect(pairsIn(ps).has('Hu Jintao+Timothy Geithner')).toBe(false);
    const augmented = withReferences(ps, findReferences(text, sents, ps, findCountryMentions(text)));
    expect(pairsIn(augmented).has('Hu Jintao+Timothy Geithner')).toBe(true);
    // The article's people are left as they were.
    expect(ps[0].mentions).toHaveLength(1);
  });
});
