// The pattern finder end to end: sentences that report a meeting, sentences that deny one, and a seed article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../../src/extract/meetings/patterns/find.js';
import { people, sentences } from './fixture.js';

function pairs(text: string, names: string[]): string[] {
  return findMeetings(text, sentences(text), people(text, names)).map((f) => f.participants.join(' + ')).sort();
}

const SARKOZY = 'Nicolas Sarkozy';
const MERKEL = 'Angela Merkel';
const LAVROV = 'Sergei Lavrov';
const CLINTON = 'Hillary Clinton';

describe('findMeetings: patterns that report a meeting', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['X met Y', 'Hillary Clinton met Sergei Lavrov in Moscow on Tuesday.', [CLINTON, LAVROV], [`${CLINTON} + ${LAVROV}`]],
    ['X met with Y (titles between)', 'Clinton met with Russian Foreign Minister Sergei Lavrov.', [CLINTON, LAVROV], [`${CLINTON} + ${LAVROV}`]],
    ['X held talks with Y', 'French President Nicolas Sarkozy held talks with Angela Merkel.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X held lengthy talks with Y', 'Sarkozy held lengthy talks with German Chancellor Angela Merkel on Monday.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X and Y met', 'Nicolas Sarkozy and Angela Merkel met in Berlin.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X and Y held talks', 'Sarkozy and German Chancellor Angela Merkel held talks in Paris.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['talks between X and Y', 'Talks between Nicolas Sarkozy and Angela Merkel ended without a deal.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['news conference with Y', 'Merkel told a joint news conference with Sarkozy in Berlin that banks must change.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X and Y at a joint news conference', 'Sarkozy and Merkel told a joint news conference the euro was safe.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X hosted Y', 'Angela Merkel hosted Nicolas Sarkozy at her Meseberg retreat.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X received Y', 'Merkel received Sarkozy at the Chancellery on Monday.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['Y was received by X', 'Sarkozy was received by Merkel at the Chancellery.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X welcomed Y to', 'Merkel welcomed Sarkozy to Berlin with military honours.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X told Y at their meeting', 'Merkel told Sarkozy at their meeting that Germany would not pay.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['discussions with Y', 'Clinton praised "very productive" discussions with Lavrov.', [CLINTON, LAVROV], [`${CLINTON} + ${LAVROV}`]],
    ['after meeting Y', 'Clinton spoke to reporters after meeting Lavrov.', [CLINTON, LAVROV], [`${CLINTON} + ${LAVROV}`]],
    ['X, meeting Y in Z,', 'Clinton, meeting Lavrov in Moscow, raised human rights.', [CLINTON, LAVROV], [`${CLINTON} + ${LAVROV}`]],
    ['at a meeting with Y', 'Putin said at a meeting with Li Keqiang that prices were fair.', ['Vladimir Putin', 'Li Keqiang'], ['Li Keqiang + Vladimir Putin']],
    ['at a meeting ..., also attended by', 'Putin said at a meeting with Li Keqiang, also attended by Deputy Prime Minister Igor Sechin, that gas talks went well.', ['Vladimir Putin', 'Li Keqiang', 'Igor Sechin'], ['Igor Sechin + Li Keqiang + Vladimir Putin']],
    ['X, who met Y on Tuesday,', 'Obama and Bush, who met at the White House on Monday, stressed cooperation.', ['Barack Obama', 'George Bush'], ['Barack Obama + George Bush']],
    ['X, who met Y', 'Sarkozy, who met Merkel on Tuesday, said the euro was safe.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X met A, B and C: one pair each', 'Paulson met President Hu Jintao, Vice Premier Wang Qishan and Yang Jiechi, among others.', ['Henry Paulson', 'Hu Jintao', 'Wang Qishan', 'Yang Jiechi'], ['Henry Paulson + Hu Jintao', 'Henry Paulson + Wang Qishan', 'Henry Paulson + Yang Jiechi']],
    ['in talks with Y (subject before)', 'Medvedev, who had softened his stance in talks with Obama in New York this week, agreed.', ['Dmitry Medvedev', 'Barack Obama'], ['Barack Obama + Dmitry Medvedev']],
    ['she and Y discussed', 'Merkel said she and Sarkozy also discussed Iran.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['standing alongside', 'Obama spoke standing shoulder to shoulder with Gordon Brown and Nicolas Sarkozy.', ['Barack Obama', 'Gordon Brown', SARKOZY], [`Barack Obama + Gordon Brown + ${SARKOZY}`]],
    ['signed by X and Y', 'Under agreements signed by Dilma Rousseff and Wen Jiabao, ties will deepen.', ['Dilma Rousseff', 'Wen Jiabao'], ['Dilma Rousseff + Wen Jiabao']],
    ['meets (present, today)', 'Obama meets Russia\'s Dmitry Medvedev before the summit opens.', ['Barack Obama', 'Dmitry Medvedev'], ['Barack Obama + Dmitry Medvedev']],
    ['Meeting in Z, X called on Y', 'Meeting in Naypyidaw, Japanese Foreign Minister Koichiro Gemba called on his counterpart, Wunna Maung Lwin, to free prisoners.', ['Koichiro Gemba', 'Wunna Maung Lwin'], ['Koichiro Gemba + Wunna Maung Lwin']],
    ['he met Y (previous sentence subject)', 'Clinton arrived in Moscow on Monday.\nShe met Lavrov at the ministry.', [CLINTON, LAVROV], [`${CLINTON} + ${LAVROV}`]],
    ['X sat down with Y', 'Obama sat down with Hu Jintao for two hours.', ['Barack Obama', 'Hu Jintao'], ['Barack Obama + Hu Jintao']],
    ['group meeting across sentences: Also at the meeting were', 'Clinton held talks with senior Chinese officials in Beijing on Monday. Also at the meeting were Timothy Geithner, Wang Qishan and Dai Bingguo.', [CLINTON, 'Timothy Geithner', 'Wang Qishan', 'Dai Bingguo'], [`Dai Bingguo + ${CLINTON} + Timothy Geithner + Wang Qishan`]],
    ['the meeting was also attended by', 'Merkel met Sarkozy in Berlin. The meeting was also attended by Wolfgang Schaeuble.', [SARKOZY, MERKEL, 'Wolfgang Schaeuble'], [`${MERKEL} + ${SARKOZY}`, `${MERKEL} + ${SARKOZY} + Wolfgang Schaeuble`]],
    ['A, who also attended the meeting', 'After a meeting with credit card issuers, Maloney said rules were needed. Barney Frank, who also attended the meeting, agreed.', ['Carolyn Maloney', 'Barney Frank'], ['Barney Frank + Carolyn Maloney']],
    ['A and B also attended', 'Obama met Boehner at the White House on Friday. Geithner and Reid also attended.', ['Barack Obama', 'John Boehner', 'Timothy Geithner', 'Harry Reid'], ['Barack Obama + Harry Reid + John Boehner + Timothy Geithner', 'Barack Obama + John Boehner']],
    ['a meeting attended by A, B and C', 'The emergency meeting was attended by Kang Man-soo, Lee Seong-tae and Jun Kwang-woo.', ['Kang Man-soo', 'Lee Seong-tae', 'Jun Kwang-woo'], ['Jun Kwang-woo + Kang Man-soo + Lee Seong-tae']],
    ['meal: after lunching with Y', 'Mantega said after lunching with Christine Lagarde that Brazil backed her.', ['Guido Mantega', 'Christine Lagarde'], ['Christine Lagarde + Guido Mantega']],
    ['meal: over dinner with Y', 'Sarkozy discussed the crisis over dinner with Merkel on Sunday.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X and Y dined', 'Sarkozy and Merkel dined at the Elysee.', [SARKOZY, MERKEL], [`${MERKEL} + ${SARKOZY}`]],
    ['X told Y at a forum', 'Putin told Rex Tillerson at an investment forum in St Petersburg that Russia welcomed investors.', ['Vladimir Putin', 'Rex Tillerson'], ['Rex Tillerson + Vladimir Putin']],
    ['X pressed Y on the issue in talks', 'Obama pressed Premier Wen Jiabao on the currency in talks on the sidelines of the assembly.', ['Barack Obama', 'Wen Jiabao'], ['Barack Obama + Wen Jiabao']],
    ['news conference in Z with Y (place between)', 'Paulson, speaking at a news conference in Berlin with German Economy Minister Michael Glos, said oil was a burden.', ['Henry Paulson', 'Michael Glos'], ['Henry Paulson + Michael Glos']],
    ['fronted: After her talks with Y, X said', 'After her talks with Vice Premier Wang Qishan on Wednesday, Lagarde said reform was needed.', ['Christine Lagarde', 'Wang Qishan'], ['Christine Lagarde + Wang Qishan']],
    ['fronted: Minutes after he emerged from a meeting with Y, X', 'Minutes after he emerged from an emergency meeting with President Nicolas Sarkozy, Baroin went on television.', [SARKOZY, 'Francois Baroin'], [`Francois Baroin + ${SARKOZY}`]],
    ['In his meeting with Y, X urged', 'In his meeting with Wen Jiabao, Obama urged China to let the yuan rise.', ['Barack Obama', 'Wen Jiabao'], ['Barack Obama + Wen Jiabao']],
    ['he = sole subject before: when he held talks with Y', 'Brown backed the rescue plan when he held talks with George Bush in Washington last week.', ['Gordon Brown', 'George Bush'], ['George Bush + Gordon Brown']],
    ['shared subject: X held talks with A and met B', 'Clinton held a bilateral meeting with Lavrov on Thursday and met President Dmitry Medvedev on Friday.', [CLINTON, LAVROV, 'Dmitry Medvedev'], [`Dmitry Medvedev + ${CLINTON}`, `${CLINTON} + ${LAVROV}`]],
    ['apposition subject: its negotiators, A and B, had met with Y', 'The union said its negotiators, Tom Wroblewski and Mark Blondin, had met with Scott Carson this week.', ['Tom Wroblewski', 'Mark Blondin', 'Scott Carson'], ['Mark Blondin + Scott Carson + Tom Wroblewski']],
    ['the two leaders met', 'Coelho asked Felipe Calderon to carry the message, a source said after the two leaders met in Asuncion.', ['Pedro Coelho', 'Felipe Calderon'], ['Felipe Calderon + Pedro Coelho']],
    ['X and Y shook hands', 'Rick Wagoner and Ron Gettelfinger shook hands on Monday to open the talks.', ['Rick Wagoner', 'Ron Gettelfinger'], ['Rick Wagoner + Ron Gettelfinger']],
    ['handshake with Y', 'Alan Mulally staged his own handshake with Gettelfinger in Dearborn.', ['Alan Mulally', 'Ron Gettelfinger'], ['Alan Mulally + Ron Gettelfinger']],
    ['X, who also met Y (title before Y)', 'Geithner, who also met Chinese Vice Premier Wang Qishan on Tuesday, said the yuan must rise.', ['Timothy Geithner', 'Wang Qishan'], ['Timothy Geithner + Wang Qishan']],
    ['talks with Y, subject several words back', 'Treasury Secretary Timothy Geithner said on Wednesday in Beijing after two days of talks with Wang Qishan that progress was made.', ['Timothy Geithner', 'Wang Qishan'], ['Timothy Geithner + Wang Qishan']],
    ['speaker after a meeting between Y and a group', 'Charles Rangel said after a meeting between Wu Yi and committee members that the bill would advance.', ['Charles Rangel', 'Wu Yi'], ['Charles Rangel + Wu Yi']],
    ['event before the verb: at a forum ... when he told Y', 'Kleinfeld took up the theme from Tillerson at an economic forum this year when he told Medvedev that red tape hurt.', ['Klaus Kleinfeld', 'Rex Tillerson', 'Dmitry Medvedev'], ['Dmitry Medvedev + Klaus Kleinfeld']],
    ['visited Z for talks with Y (past visit)', 'Larry Summers visited Beijing this week for talks with President Hu Jintao.', ['Larry Summers', 'Hu Jintao'], ['Hu Jintao + Larry Summers']],
    ['the two leaders, who met (previous sentence names them)', 'Obama and Sarkozy agreed on Greece, a source said. The two leaders, who met in New York on Wednesday, also discussed the yuan.', ['Barack Obama', SARKOZY], [`Barack Obama + ${SARKOZY}`]],
    ['X has met regularly with Y', 'Obama over the past four years has met regularly with Hu Jintao.', ['Barack Obama', 'Hu Jintao'], ['Barack Obama + Hu Jintao']],
    ['attended by a group -- A, B and C', 'The meeting is being attended by three top officials -- Kang Man-soo, Lee Seong-tae and Jun Kwang-woo.', ['Kang Man-soo', 'Lee Seong-tae', 'Jun Kwang-woo'], ['Jun Kwang-woo + Kang Man-soo + Lee Seong-tae']],
    ['list with an apposition between names', 'Obama met Harry Reid, John Boehner, the top Republican, and Nancy Pelosi.', ['Barack Obama', 'Harry Reid', 'John Boehner', 'Nancy Pelosi'], ['Barack Obama + Harry Reid', 'Barack Obama + John Boehner', 'Barack Obama + Nancy Pelosi']],
    ['held talks on Monday with Y (time between)', 'Papandreou held talks on Monday with Herman Van Rompuy.', ['George Papandreou', 'Herman Van Rompuy'], ['George Papandreou + Herman Van Rompuy']],
    ['antecedent five sentences back: held talks with officials ... Also at the meeting were', 'Papademos held talks on debt with senior officials from the bank on Monday. Draghi did not come. The bank confirmed it. Officials said little. Also at the meeting were Jean-Claude Juncker and Olli Rehn.', ['Lucas Papademos', 'Mario Draghi', 'Jean-Claude Juncker', 'Olli Rehn'], ['Jean-Claude Juncker + Lucas Papademos + Olli Rehn']],
  ];
  for (const [name, text, names, want] of cases) {
    it(name, () => {
      expect(pairs(text, names)).toEqual(want);
    });
  }
});

describe('findMeetings: cues that deny a meeting', () => {
  const cases: Array<[string, string, string[]]> = [
    ['negated: did not meet', 'Clinton did not meet Lavrov.', [CLINTON, LAVROV]],
    ['negated: no meeting', 'There was no meeting with Lavrov, Clinton said.', [CLINTON, LAVROV]],
    ['negated: cancelled', 'Clinton cancelled talks with Lavrov.', [CLINTON, LAVROV]],
    ['future: will meet', 'Clinton will meet Lavrov on Friday.', [CLINTON, LAVROV]],
    ['future: is to meet', 'Sarkozy is to meet with Prime Minister Francois Fillon over lunch.', [SARKOZY, 'Francois Fillon']],
    ['future: plans to meet', 'Clinton plans to meet Lavrov next week.', [CLINTON, LAVROV]],
    ['future: is due to hold talks', 'Clinton is due to hold talks with Lavrov on Friday.', [CLINTON, LAVROV]],
    ['future: will host', 'Merkel will host Sarkozy in Berlin.', [SARKOZY, MERKEL]],
    ['future: are expected to meet', 'Merkel and Sarkozy are expected to meet on Sunday.', [SARKOZY, MERKEL]],
    ['future: before he meets Y', 'Sarkozy will lunch with Fillon to fine tune his position before he meets Merkel.', [SARKOZY, 'Francois Fillon', MERKEL]],
    ['suggested meeting', 'Monti had suggested a meeting with Merkel and Sarkozy, but no date was found.', ['Mario Monti', MERKEL, SARKOZY]],
    ['future: X will bring Y into talks at a meeting with Z (clause modal)', 'Bush will bring Obama and John McCain into the negotiations at an emergency White House meeting with Nancy Pelosi.', ['George Bush', 'Barack Obama', 'John McCain', 'Nancy Pelosi']],
    ['attributive name: talks with Bush administration officials', 'Wu Yi spoke after two days of talks with Bush administration officials.', ['Wu Yi', 'George Bush']],
    ['future: is due to arrive and hold a dinner with Y', 'Sarkozy is due to arrive in Berlin on Sunday and hold a working dinner with Merkel in the evening.', [SARKOZY, MERKEL]],
    ['future: expected to announce after a meeting between X and Y', 'The firms are expected to announce the deal as early as this week after a meeting between Rupert Murdoch and Masayoshi Son.', ['Rupert Murdoch', 'Masayoshi Son']],
    ['attended by ... on a relative clause: only the last name', 'The board included Eric Schmidt and Al Gore, who attended the meeting.', ['Eric Schmidt', 'Al Gore']],
    ['expected at the meeting were (planned)', 'Expected at the meeting on Tuesday were Mary Henry and Lee Saunders.', ['Mary Henry', 'Lee Saunders']],
    ['separately: X and Y are meeting investors individually', 'Todd Stitzer and Irene Rosenfeld are attending the conference and meeting with investors individually.', ['Todd Stitzer', 'Irene Rosenfeld']],
    ['future: meets ... next week', 'Obama meets Medvedev next week in Moscow.', ['Barack Obama', 'Dmitry Medvedev']],
    ['future: meet from 1400 GMT', 'Nicolas Sarkozy and Angela Merkel meet in Paris from 1400 GMT to discuss the crisis.', [SARKOZY, MERKEL]],
    ['future: ahead of talks with', 'Clinton spoke ahead of talks with Lavrov.', [CLINTON, LAVROV]],
    ['future: summit between ... is expected', 'The summit between Obama and Medvedev is expected to focus on arms.', ['Barack Obama', 'Dmitry Medvedev']],
    ['hoped-for', 'Clinton hopes for a meeting with Lavrov.', [CLINTON, LAVROV]],
    ['requested', 'Clinton requested a meeting with Lavrov.', [CLINTON, LAVROV]],
    ['refused', 'Clinton refused to meet Lavrov.', [CLINTON, LAVROV]],
    ['hypothetical: would meet', 'Clinton would meet Lavrov if asked.', [CLINTON, LAVROV]],
    ['hypothetical: if they meet', 'If Clinton and Lavrov meet, they will discuss Iran.', [CLINTON, LAVROV]],
    ['phone: spoke by telephone', 'Clinton spoke by telephone with Lavrov.', [CLINTON, LAVROV]],
    ['phone: in a phone call', 'Clinton held talks with Lavrov in a phone call.', [CLINTON, LAVROV]],
    ['phone: telephone conversation between', 'In a telephone conversation between Obama and Angela Merkel, the president raised the crisis.', ['Barack Obama', MERKEL]],
    ['phone: telephoned', 'Clinton telephoned Lavrov on Monday.', [CLINTON, LAVROV]],
    ['letter', 'Clinton received a letter from Lavrov.', [CLINTON, LAVROV]],
    ['video call', 'Clinton held talks with Lavrov by video link.', [CLINTON, LAVROV]],
    ['same summit only', 'Merkel and Sarkozy attended the G20 summit in London.', [SARKOZY, MERKEL]],
    ['co-mention only', 'Merkel criticised Sarkozy over the bank plan.', [SARKOZY, MERKEL]],
    ['group object: rights activists', 'Clinton met rights activists while Lavrov spoke.', [CLINTON, LAVROV]],
    ['possessive subject: X\'s advisers met Y', 'Obama\'s advisers met with Medvedev.', ['Barack Obama', 'Dmitry Medvedev']],
    ['passive met with defiance', 'Obama has been met mostly with defiance by Ahmadinejad.', ['Barack Obama', 'Mahmoud Ahmadinejad']],
    ['welcomed Y\'s decision', 'Merkel welcomed Sarkozy\'s decision.', [SARKOZY, MERKEL]],
    ['shelved meeting', 'Concessions such as shelving an Obama meeting with the Dalai Lama were made.', ['Barack Obama', 'Dalai Lama']],
    ['due to meet', 'He is due to meet Premier Wen Jiabao on Thursday.', ['Henry Paulson', 'Wen Jiabao']],
  ];
  for (const [name, text, names] of cases) {
    it(name, () => expect(pairs(text, names)).toEqual([]));
  }
});

describe('findMeetings: the seed article', () => {
  const text = readFileSync(new URL('../../../seeds/000_a572bf6403c7c660.txt', import.meta.url), 'utf8');
  const names = [CLINTON, LAVROV, 'Dmitry Medvedev', 'Vladimir Putin', 'Barack Obama', 'George W. Bush'];
  const found = findMeetings(text, sentences(text), people(text, names));
  const got = found.map((f) => f.participants.join(' + '));

  it('Clinton and Lavrov via the news conference', () => {
    expect(got).toContain(`${CLINTON} + ${LAVROV}`);
    const f = found.find((x) => x.participants.includes(LAVROV))!;
    expect(f.evidence.text).toContain('news conference with Clinton');
    expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });
  it('Clinton and Medvedev: "Clinton met Medvedev at his Barvikha residence"', () => {
    expect(got).toContain(`Dmitry Medvedev + ${CLINTON}`);
  });
  it('not Clinton and Putin: "Clinton did not see ... Putin"', () => {
    expect(got.some((g) => g.includes('Vladimir Putin'))).toBe(false);
  });
  it('nothing else', () => {
    expect(got.sort()).toEqual([`Dmitry Medvedev + ${CLINTON}`, `${CLINTON} + ${LAVROV}`]);
  });
});
