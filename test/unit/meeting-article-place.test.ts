import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { agreedPlace, presenceIn, type PresenceStatement } from '../../src/extract/meetings/article-place.js';
import { meetingPlace } from '../../src/extract/meetings/places.js';
import type { CountryMention, Span } from '../../src/extract/types.js';
import { extractArticle } from '../../src/pipeline/extract.js';

/** The spans of `words` in `text` (each its first occurrence). */
const spans = (text: string, ...words: string[]): Span[] => words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w }));
const whole = (text: string): Span => ({ start: 0, end: text.length, text });
const presence = (text: string, own: string[], others: string[], places: string[], countries: CountryMention[] = []) =>
  presenceIn(text, whole(text), spans(text, ...own), spans(text, ...others), spans(text, ...places), countries).map((s) => s.place.name);

describe('where an article puts a participant', () => {
  it('is a place after the participant and a presence cue', () => {
    expect(presence('Britain\'s finance minister, George Osborne, said in Beijing before flying to Busan.', ['George Osborne'], [], ['Beijing', 'Busan'])).toEqual(['Beijing']);
    expect(presence('Lagarde made the comments in Beijing, the latest leg of her tour.', ['Lagarde'], [], ['Beijing'])).toEqual(['Beijing']);
    expect(presence('Merkel said on Tuesday during a visit to Athens marred by clashes.', ['Merkel'], [], ['Athens'])).toEqual(['Athens']);
    expect(presence('Geithner, who leaves Beijing on Tuesday night for talks in Britain, said so.', ['Geithner'], [], ['Beijing', 'Britain'])).toEqual(['Beijing']);
    expect(presence('Geithner will travel to Beijing on Tuesday.', ['Geithner'], [], ['Beijing'])).toEqual(['Beijing']);
    // Words of time to come right after the place (settings.json `toCome`): where the participant goes, not where they are.
    expect(presence('Geithner will travel to Beijing next week.', ['Geithner'], [], ['Beijing'])).toEqual([]);
    expect(presence('Monti headed to Berlin on Wednesday.', ['Monti'], [], ['Berlin'])).toEqual(['Berlin']);
    expect(presence('Monti met Merkel before heading to Brussels.', ['Monti'], [], ['Brussels'])).toEqual([]);
  });

  it('is a place opening the sentence whose subject is the participant', () => {
    expect(presence('And in Beijing, Lagarde indicated she was listening.', ['Lagarde'], [], ['Beijing'])).toEqual(['Beijing']);
    expect(presence('In Beijing, Flaherty said Lagarde was right.', ['Lagarde'], ['Flaherty'], ['Beijing'])).toEqual([]);
  });

  it('is not where someone else named in between is, nor a place named for another reason', () => {
    expect(presence('Osborne said Flaherty, speaking in Tokyo, was wrong.', ['Osborne'], ['Flaherty'], ['Tokyo'])).toEqual([]);
    expect(presence('Osborne said growth in China was slowing.', ['Osborne'], [], ['China'])).toEqual([]);
    expect(presence('Paulson said a strong dollar is in the United States\' interest.', ['Paulson'], [], ['United States'])).toEqual([]);
    expect(presence('Obama, making his first official visit to Europe, said so.', ['Obama'], [], ['Europe'])).toEqual([]);
    // A copula puts its own subject somewhere, not the speaker of a clause about something else.
    expect(presence('Lagarde said the problem is in Spain.', ['Lagarde'], [], ['Spain'])).toEqual([]);
    expect(presence('Lagarde, on her world tour, was in Beijing.', ['Lagarde'], [], ['Beijing'])).toEqual(['Beijing']);
  });
});

describe('a place too wide to be a setting', () => {
  it('is no venue, in the meeting sentence either', () => {
    const text = 'Geithner met Monti in Europe on Wednesday.';
    expect(meetingPlace(text, whole(text), spans(text, 'Europe'), [])).toBeNull();
    const rome = 'Geithner met Monti in Rome on Wednesday.';
    expect(meetingPlace(rome, whole(rome), spans(rome, 'Rome'), [])?.name).toBe('Rome');
  });
});

describe('the place the statements agree on', () => {
  const at = (name: string, country: string | null, wholeCountry = false): PresenceStatement => ({ place: { name, country }, at: 0, wholeCountry });
  it('is the city over its country, and none when two places differ', () => {
    expect(agreedPlace([at('China', 'CN', true), at('Beijing', 'CN')])).toEqual({ name: 'Beijing', country: 'CN' });
    expect(agreedPlace([at('Beijing', 'CN'), at('Shanghai', 'CN')])).toBeNull();
    expect(agreedPlace([at('Beijing', 'CN'), at('Busan', 'KR')])).toBeNull();
    expect(agreedPlace([])).toBeNull();
    // Whole words: Oman is not in Romania, nor Iran in Tirana.
    expect(agreedPlace([at('Romania', 'RO', true), at('Oman', 'OM', true)])).toBeNull();
    expect(agreedPlace([at('Tirana', 'AL'), at('Iran', 'IR', true)])).toBeNull();
  });
});

describe('an article-level setting of a meeting', () => {
  const placeOf = (body: string, who: string) => {
    const meeting = extractArticle(parseArticle(`G20 ministers meet\n2010-06-03 11:29:00.0\n${body}`, 'test/article-place.txt')).meetings.find((m) => m.participants.some((p) => p.includes(who)));
    expect(meeting).toBeDefined();
    return meeting?.place;
  };
  const talks = '"The euro zone crisis came up in the meetings I\'ve had here," Osborne said after talks with Chinese Vice Premier Wang Qishan.';

  it('is where the article puts a participant when the meeting sentence names no place', () => {
    expect(placeOf(`(Reuters) - British finance minister George Osborne said in Beijing that deficits must fall.\n${talks}`, 'Wang')?.name).toBe('Beijing');
  });

  it('is the venue of a meeting a participant holds a sentence or two away, a city but not a whole country', () => {
    const trichet = '(Reuters) - ECB President Jean-Claude Trichet met German Chancellor Angela Merkel on Wednesday to discuss Greece.';
    const talks = (where: string) => `Merkel later held talks with French President Nicolas Sarkozy in ${where} late into the night, sources said.`;
    const meeting = (where: string) =>
      extractArticle(parseArticle(`G20 ministers meet\n2010-06-03 11:29:00.0\n${trichet}\n${talks(where)}`, 'test/article-place.txt')).meetings.find(
        (m) => m.participants.includes('Jean-Claude Trichet') && m.participants.includes('Angela Merkel'),
      );
    expect(meeting('Berlin')?.evidence.text).toBe(trichet);
    expect(meeting('Berlin')?.place?.name).toBe('Berlin');
    expect(meeting('France')).toBeDefined();
    expect(meeting('France')?.place).toBeUndefined();
  });

  it('is the venue of a held meeting a sentence away though words of time to come follow the venue, not precede it', () => {
    const trichet = '(Reuters) - ECB President Jean-Claude Trichet met German Chancellor Angela Merkel on Wednesday to discuss Greece.';
    const meeting = (talks: string) =>
      extractArticle(parseArticle(`G20 ministers meet\n2010-06-03 11:29:00.0\n${trichet}\n${talks}`, 'test/article-place.txt')).meetings.find(
        (m) => m.participants.includes('Jean-Claude Trichet') && m.participants.includes('Angela Merkel'),
      );
    const after = meeting('Merkel hoped the talks with French President Nicolas Sarkozy in Berlin would revive momentum, sources said.');
    expect(after?.evidence.text).toBe(trichet);
    expect(after?.place?.name).toBe('Berlin');
    const before = meeting('Merkel will hold talks with French President Nicolas Sarkozy in Berlin, sources said.');
    expect(before?.evidence.text).toBe(trichet);
    expect(before?.place).toBeUndefined();
    const nextWeek = meeting("Merkel's talks next week with French President Nicolas Sarkozy in Berlin are unlikely to settle it, sources said.");
    expect(nextWeek?.evidence.text).toBe(trichet);
    expect(nextWeek?.place).toBeUndefined();
    // The words before the venue where the venue is named, not where its name first occurs ("The Berlin daily").
    const bild = meeting('The Berlin daily Bild said Merkel will hold talks with French President Nicolas Sarkozy in Berlin.');
    expect(bild?.evidence.text).toBe(trichet);
    expect(bild?.place).toBeUndefined();
    expect(meeting('The Berlin daily Bild said Merkel held talks with French President Nicolas Sarkozy in Berlin.')?.place?.name).toBe('Berlin');
    // Words of time to come inside a quotation are the speaker's, not the venue's.
    const quoted = meeting('"We would like more," Merkel said after talks with French President Nicolas Sarkozy in Berlin.');
    expect(quoted?.evidence.text).toBe(trichet);
    expect(quoted?.place?.name).toBe('Berlin');
    // Words of time to come in a side clause are that clause's.
    const side = meeting('Merkel, who faces an election next month, held talks with French President Nicolas Sarkozy at the Chancellery in Berlin.');
    expect(side?.evidence.text).toBe(trichet);
    expect(side?.place?.name).toBe('Chancellery');
    // Where a participant goes next month is no place they are in: no presence statement.
    const travels = meeting('Merkel, who travels to China next month, held talks with French President Nicolas Sarkozy in Berlin.');
    expect(travels?.evidence.text).toBe(trichet);
    expect(travels?.place?.name).not.toBe('China');
    expect(meeting('Merkel, who travelled to China, held talks with French President Nicolas Sarkozy in Berlin.')?.place?.name).toBe('China');
    // The words of time to come are one list for days and places: "tomorrow" puts a venue to come as it does a day.
    const tomorrow = meeting("Merkel's talks tomorrow with French President Nicolas Sarkozy in Berlin are unlikely to settle it, sources said.");
    expect(tomorrow?.evidence.text).toBe(trichet);
    expect(tomorrow?.place).toBeUndefined();
  });

  it('is not the venue of talks a later sentence reports elsewhere', () => {
    // A look-ahead to "the talks in X" in the next sentences was tried (branch when11) and taken out after a review:
    // the later sentence may be another meeting's.
    const body = [
      '(Reuters) - German Chancellor Angela Merkel met French President Francois Hollande on Monday to discuss Greece.',
      'Separately, the talks in Geneva between Iran and world powers stalled on Tuesday, diplomats said.',
    ].join('\n');
    const m = extractArticle(parseArticle(`Europe\n2012-10-23 02:00:00.0\n${body}`, 'test/article-place.txt')).meetings.find((x) => x.participants.includes('Francois Hollande'));
    expect(m).toBeDefined();
    expect(m?.place).toBeUndefined();
  });

  it('is the venue of the meeting named before when the evidence speaks of "the meeting"', () => {
    const meeting = (where: string) => {
      const body = [
        `(Reuters) - The board of Goldman Sachs held its first annual meeting in ${where} on Thursday, sources said.`,
        'India has become a difficult market for foreign banks.',
        'Economic growth slowed to 6.1 percent in the December quarter.',
        'Goldman director Lakshmi Mittal held talks with Goldman chief executive Lloyd Blankfein at the meeting, the sources said.',
      ].join('\n');
      return extractArticle(parseArticle(`Goldman in India\n2012-03-29 20:43:00.0\n${body}`, 'test/article-place.txt')).meetings.find((m) => m.participants.includes('Lakshmi Mittal'));
    };
    expect(meeting('Mumbai')?.place?.name).toBe('Mumbai');
    expect(meeting('India')).toBeDefined();
    expect(meeting('India')?.place).toBeUndefined();
  });

  it('is none when the article puts the participants in two places', () => {
    expect(placeOf(`(Reuters) - British finance minister George Osborne said in Beijing that deficits must fall.\n${talks}\nOsborne told reporters in Tokyo that he agreed.`, 'Wang')).toBeUndefined();
  });
});
