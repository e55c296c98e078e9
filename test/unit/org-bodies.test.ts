import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { EntitySpan, NerLabel } from '../../src/extract/types.js';
import { nameBodyRuns } from '../../src/resolve/org-bodies.js';
import { spansOf } from './spans-of.js';

/** The tagger's spans of `text` as given: [surface, label] in text order (each surface's first occurrence from the last). */

/** How the corpus writes these words mid-sentence (the tagger's capStat): 0-1 mostly lower case, 3-4 mostly capitalised. */
const capStat = new Map([
  ['today', '0'],
  ['separately', '0'],
  ['heritage', '4'],
  ['spanish', '4'],
  ['budget', '1'],
  ['higher', '0'],
  ['central', '1'],
]);

const run = (text: string, tagged: Array<[string, NerLabel]> = []) =>
  nameBodyRuns(text, splitSentences(text), spansOf(text, tagged), capStat).map((e) => `${e.label}:${e.text}`);

describe('bodies named in full where the tagger found no organization', () => {
  it("names the run ending with a body's head, with its 'of' part, in place of the tagger's pieces", () => {
    expect(run('He is president of the Spanish Confederation of Commerce. He warned of it.', [['Spanish', 'MISC'], ['Commerce.', 'LOC']])).toEqual([
      'ORG:Spanish Confederation of Commerce',
    ]);
    expect(run('Myron Brilliant, vice president at the US Chamber of Commerce, said so.', [['Myron Brilliant', 'PER'], ['US', 'LOC'], ['Commerce', 'LOC']])).toEqual([
      'PER:Myron Brilliant',
      'ORG:US Chamber of Commerce',
    ]);
    expect(run('He gave $1 million to the Indian School of Business, which Kumar helped found.', [['Indian', 'MISC'], ['Kumar', 'PER']])).toEqual([
      'ORG:Indian School of Business',
      'PER:Kumar',
    ]);
    expect(run('In July his Serbian Progressive Party became the largest party.', [['Serbian Progressive Party', 'MISC']])).toEqual(['ORG:Serbian Progressive Party']);
    expect(run('The U.S.-China Business Council, a Washington-based group, said on Monday it was worried.', [['U.S.', 'LOC'], ['China', 'LOC'], ['Washington', 'LOC']])).toEqual([
      'ORG:U.S.-China Business Council',
      'LOC:Washington',
    ]);
  });

  it('leaves what the tagger tagged an organization, and spans reaching out of the run', () => {
    const tagged: Array<[string, NerLabel]> = [['European Commission', 'ORG']];
    expect(run('The European Commission said on Monday it would act.', tagged)).toEqual(['ORG:European Commission']);
    // Found among the spans before and after it, in text order.
    const many: Array<[string, NerLabel]> = [['Beijing', 'LOC'], ['Chinese', 'MISC'], ['Chinese', 'MISC'], ['Commerce Ministry', 'ORG'], ['Obama', 'PER'], ['Washington', 'LOC']];
    expect(run('In Beijing, Chinese officials said the Chinese Commerce Ministry would act, Obama said in Washington.', many)).toEqual(
      many.map(([s, l]) => `${l}:${s}`),
    );
    expect(run('Officials of the New York City Council met.', [['Officials of the New York City', 'MISC']])).toEqual(['MISC:Officials of the New York City']);
  });

  it('does not fire on a head followed by a capitalised word, a head alone, a country, a title, a heading or a name begun before "and"', () => {
    expect(run('He studied at College Park in Maryland.', [['College Park', 'LOC'], ['Maryland', 'LOC']])).toEqual(['LOC:College Park', 'LOC:Maryland']);
    expect(run('Democratic Committee Chairman Christopher Dodd spoke.', [['Democratic', 'MISC'], ['Christopher Dodd', 'PER']])).toEqual([
      'MISC:Democratic',
      'PER:Christopher Dodd',
    ]);
    expect(run('The Commission said so.')).toEqual([]);
    expect(run('The Soviet Union collapsed in 1991.', [['Soviet Union', 'LOC']])).toEqual(['LOC:Soviet Union']);
    expect(run('Britain said Member of Parliament Stephen McCabe would go.', [['Britain', 'LOC'], ['Stephen McCabe', 'PER']])).toEqual([
      'LOC:Britain',
      'PER:Stephen McCabe',
    ]);
    expect(run('SPANISH CONFEDERATION OF COMMERCE WARNS ON RULES')).toEqual([]);
    expect(run('He studied at Franklin and Marshall College in Pennsylvania.', [['Franklin', 'PER'], ['Marshall College', 'PER'], ['Pennsylvania', 'LOC']])).toEqual([
      'PER:Franklin',
      'PER:Marshall College',
      'LOC:Pennsylvania',
    ]);
  });

  it("does not swallow a person named inside the run, with the title before, but keeps a person's name that begins it", () => {
    expect(run('Chancellor Angela Merkel Christian Democratic Union party won the vote on Sunday.', [['Angela Merkel', 'PER'], ['Christian Democratic Union', 'MISC']])).toEqual([
      'PER:Angela Merkel',
      'MISC:Christian Democratic Union',
    ]);
    expect(run('Leader Narendra Modi Bharatiya Janata Party won, the count showed.', [['Narendra Modi', 'PER'], ['Bharatiya', 'MISC']])).toEqual([
      'PER:Narendra Modi',
      'MISC:Bharatiya',
    ]);
    expect(run('He gave money to the John Smith Foundation in May.', [['John Smith', 'PER']])).toEqual(['ORG:John Smith Foundation']);
  });

  it('leaves out a first word the corpus mostly writes in lower case, and reads no Title Case headline', () => {
    expect(run('Today Budget Committee members voted.')).toEqual(['ORG:Budget Committee']);
    expect(run('"Today Budget Committee members voted," he said.')).toEqual(['ORG:Budget Committee']);
    expect(run('Separately Press Council members met.')).toEqual(['ORG:Press Council']);
    // A first word the corpus capitalises stays, as does one it has no figures for; without figures nothing is left out.
    expect(run('Heritage Foundation staff said so.')).toEqual(['ORG:Heritage Foundation']);
    expect(run('Spanish Confederation of Commerce staff said so.')).toEqual(['ORG:Spanish Confederation of Commerce']);
    expect(nameBodyRuns('Today Budget Committee members voted.', splitSentences('Today Budget Committee members voted.'), []).map((e) => e.text)).toEqual([
      'Today Budget Committee',
    ]);
    // An adjective opening a name stays, however the corpus writes it mid-sentence: only opening adverbs are left out.
    expect(run('Higher School of Economics researchers said so.')).toEqual(['ORG:Higher School of Economics']);
    expect(run('Central Election Commission officials said so.')).toEqual(['ORG:Central Election Commission']);
    // Mid-sentence the word is read as written.
    expect(run('He said Budget Committee members voted.')).toEqual(['ORG:Budget Committee']);
    expect(run('Obama Attacks Republican Party Over Budget Committee', [['Obama', 'PER'], ['Republican Party', 'MISC']])).toEqual([
      'PER:Obama',
      'MISC:Republican Party',
    ]);
    expect(run('Obama Attacks Republican Party of Budget Committee', [['Obama', 'PER']])).toEqual(['PER:Obama']);
    // A sentence with its lower-case words is no headline; a short name alone is not one either.
    expect(run('Obama attacks the Republican Party over the Budget Committee plan.', [['Obama', 'PER']])).toEqual([
      'PER:Obama',
      'ORG:Republican Party',
      'ORG:Budget Committee',
    ]);
    expect(run('Spanish Confederation of Commerce.')).toEqual(['ORG:Spanish Confederation of Commerce']);
  });

  it('goes on past its head with the connectors of names in other languages', () => {
    expect(run('He heads the French Federation des Industries now.', [['French', 'MISC']])).toEqual(['ORG:French Federation des Industries']);
  });

  it('ends the name before a day or month', () => {
    expect(run('An Egyptian Court on Tuesday ruled against him.', [['Egyptian', 'MISC']])).toEqual(['ORG:Egyptian Court']);
    expect(run('The Press Council on Monday Morning said so.')).toEqual(['ORG:Press Council']);
    expect(run('The Press Council on Foreign Investment March Report said so.')).toEqual(['ORG:Press Council on Foreign Investment']);
    expect(run('The Press Council on Foreign Investment said so.')).toEqual(['ORG:Press Council on Foreign Investment']);
  });

  it('does not fire where its "of" part goes on with "and" and a capitalised word', () => {
    expect(run('He teaches at the Hong Kong University of Science and Technology now.', [['Hong Kong', 'LOC']])).toEqual(['LOC:Hong Kong']);
    expect(run('The US Chamber of Commerce and the unions agreed.', [['US', 'LOC']])).toEqual(['ORG:US Chamber of Commerce']);
  });

  it('begins no name with a place\'s "-based" or a sentence\'s "The"', () => {
    expect(run('He joined the San Francisco-based Dui Hua Foundation in May.', [['San Francisco-based', 'MISC']])).toEqual([
      'MISC:San Francisco-based',
      'ORG:Dui Hua Foundation',
    ]);
    expect(run('The Heritage Foundation said so.')).toEqual(['ORG:Heritage Foundation']);
  });

  it('reads a long chain of heads and "of" parts in linear time, and names no run whose head and "of" part pass twelve tokens', () => {
    // 300 KB of "Alpha1 Council of Alpha2 Council of ...": the first version read each head's chain to its end (about 50 s).
    const chain = 'He said the ' + Array.from({ length: 15_000 }, (_, i) => `Alpha${i} Council of `).join('') + 'Zeta Council met.';
    expect(chain.length).toBeGreaterThan(300_000);
    const t0 = performance.now();
    const out = nameBodyRuns(chain, splitSentences(chain), []);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out.length).toBeLessThan(10);
    // One long sentence of many bodies, with the corpus's figures: the sentence's first word is found once, not by
    // copying every token before each head (16.5 s at 40,000 bodies on the first version).
    const many = 'Officials said ' + 'the Press Council met, '.repeat(40_000) + 'they said.';
    const t1 = performance.now();
    const bodies = nameBodyRuns(many, splitSentences(many), [], capStat);
    expect(performance.now() - t1).toBeLessThan(3000);
    expect(bodies.length).toBe(40_000);
    // A head and its "of" part of twelve tokens are read; of thirteen, not.
    expect(run('He said the Press Council of Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda met.')).toEqual([]);
    expect(run('He said the Press Council of Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa met.')).toEqual([
      'ORG:Press Council of Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa',
    ]);
  });
});
