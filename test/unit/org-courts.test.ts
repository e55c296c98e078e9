import { describe, expect, it } from 'vitest';
import { withCourtSeats } from '../../src/resolve/org-courts.ts';
import { repairOrganizationSpans } from '../../src/resolve/org-spans.ts';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.ts';
import type { EntitySpan } from '../../src/extract/types.ts';

const w = {
  courtHeads: ['Court', 'Court of Appeals', "Attorney's Office"],
  regionPrefixes: ['Southern', 'Eastern', 'Northern', 'Western', 'Central'],
  endWords: new Set(['Monday', 'March']),
  seatedCourtWords: ['District', 'Circuit', 'Bankruptcy', "Attorney's Office"],
  namedCircuits: ['Federal'],
  circuitCourts: ['Circuit Court'],
  courtCountryWords: ['U.S.'],
};
const span = (text: string, s: string, label: EntitySpan['label'] = 'ORG'): EntitySpan => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, label });
/** Places the place test knows here (the pipeline's: a country, a U.S. state, a confident LOC of the corpus lexicon). */
const places = new Set(['Brooklyn', 'Manhattan', 'Delaware', 'Washington', 'Washington D.C.']);
const isPlace = (s: string) => places.has(s);
const seats = (text: string, spans: Array<[string, EntitySpan['label']?]>) =>
  withCourtSeats(text, spans.map(([s, l]) => span(text, s, l)), w, isPlace).map((e) => `${e.label}:${e.text}`);

describe('withCourtSeats', () => {
  it('takes in a district, a circuit or a city after the court, and the seat\'s own span goes', () => {
    const t = 'The suit, filed in U.S. District Court for the Southern District of New York, seeks damages.';
    expect(seats(t, [['U.S. District Court'], ['Southern District of New York', 'MISC']])).toEqual(['ORG:U.S. District Court for the Southern District of New York']);
    const u = 'the U.S. Court of Appeals for the 9th Circuit upheld a ruling.';
    expect(seats(u, [['U.S. Court of Appeals'], ['Circuit']])).toEqual(['ORG:U.S. Court of Appeals for the 9th Circuit']);
    const v = 'The case is U.S. v. Berkman, U.S. District Court, Southern District of New York, No. 13-mg-00732.';
    expect(seats(v, [['U.S. District Court'], ['Southern District of New York']])).toEqual(['ORG:U.S. District Court, Southern District of New York']);
    expect(seats('a hearing in U.S. District Court in Brooklyn. Kumar said.', [['U.S. District Court']])).toEqual(['ORG:U.S. District Court in Brooklyn']);
    expect(seats("officials at the U.S. Attorney's Office in Manhattan, the statement said.", [["U.S. Attorney's Office"]])).toEqual(["ORG:U.S. Attorney's Office in Manhattan"]);
    expect(seats('filed in the Court of Appeals for the Federal Circuit in Washington.', [['Court of Appeals'], ['Federal Circuit']])).toEqual([
      'ORG:Court of Appeals for the Federal Circuit',
    ]);
  });

  it('takes in a circuit court\'s ordinal before it', () => {
    expect(seats('and 2nd U.S. Circuit Court of Appeals, No. 11-4416.', [['U.S. Circuit Court of Appeals']])).toEqual(['ORG:2nd U.S. Circuit Court of Appeals']);
    expect(seats('the 5th U.S. Circuit Court of Appeals ruled.', [['Circuit Court of Appeals']])).toEqual(['ORG:5th U.S. Circuit Court of Appeals']);
  });

  it('leaves other courts, other names and a time alone', () => {
    // "in <Place>" is a seat only for a district's, a circuit's or a bankruptcy court.
    expect(seats('the Supreme Court in Moscow ruled.', [['Supreme Court']])).toEqual(['ORG:Supreme Court']);
    expect(seats('filed in U.S. District Court in March.', [['U.S. District Court']])).toEqual(['ORG:U.S. District Court']);
    expect(seats('filed in U.S. District Court on Monday.', [['U.S. District Court']])).toEqual(['ORG:U.S. District Court']);
    // Not a firm's "in": no court head.
    expect(seats('analysts at Acme Capital in Boston said.', [['Acme Capital']])).toEqual(['ORG:Acme Capital']);
    // Not a district's lower-case "for the district".
    expect(seats('the U.S. District Court for the district ruled.', [['U.S. District Court']])).toEqual(['ORG:U.S. District Court']);
    // Not an ordinal before another court.
    expect(seats('the 2nd Supreme Court hearing.', [['Supreme Court']])).toEqual(['ORG:Supreme Court']);
  });
});

describe('a seat\'s place', () => {
  it('ends before a title and a person, and the person stays', () => {
    const t = 'U.S. District Court for the District of Columbia Judge Amy Berman Jackson ruled on Tuesday.';
    expect(seats(t, [['U.S. District Court'], ['District of Columbia'], ['Amy Berman Jackson', 'PER']])).toEqual([
      'ORG:U.S. District Court for the District of Columbia',
      'PER:Amy Berman Jackson',
    ]);
    const u = 'U.S. District Court in Manhattan Judge Denise Cote approved the deal.';
    expect(seats(u, [['U.S. District Court'], ['Manhattan', 'LOC'], ['Denise Cote', 'PER']])).toEqual(['ORG:U.S. District Court in Manhattan', 'PER:Denise Cote']);
    // A person right after the place, with no title between.
    const v = 'in U.S. District Court in Manhattan Denise Cote said.';
    expect(seats(v, [['U.S. District Court'], ['Manhattan', 'LOC'], ['Denise Cote', 'PER']])).toEqual(['ORG:U.S. District Court in Manhattan', 'PER:Denise Cote']);
  });

  it('keeps an abbreviation whole', () => {
    const t = 'filed in U.S. District Court in Washington D.C. last year by investors.';
    expect(seats(t, [['U.S. District Court'], ['Washington', 'LOC']])).toEqual(['ORG:U.S. District Court in Washington D.C.']);
    // Tagged only "Washington", and the place test does not know the whole: the seat ends at the tagged place.
    places.delete('Washington D.C.');
    try {
      expect(seats(t, [['U.S. District Court'], ['Washington', 'LOC']])).toEqual(['ORG:U.S. District Court in Washington']);
    } finally {
      places.add('Washington D.C.');
    }
  });

  it('ends a headline\'s seat at the place, and takes in none after "in" where no place is found', () => {
    const t = 'Judge at U.S. Bankruptcy Court in Delaware Approves Plan\n';
    expect(seats(t, [['U.S. Bankruptcy Court']])).toEqual(['ORG:U.S. Bankruptcy Court in Delaware']);
    expect(seats('filed in U.S. District Court in Record Time, he said.', [['U.S. District Court']])).toEqual(['ORG:U.S. District Court']);
    // Another tagged name right after "in" is no seat.
    const u = 'filed in U.S. District Court in Acme Corp filings.';
    expect(seats(u, [['U.S. District Court'], ['Acme Corp']])).toEqual(['ORG:U.S. District Court', 'ORG:Acme Corp']);
  });
});

describe('a district court\'s seat through the span repairs', () => {
  it('is not cut as a place after "in"', () => {
    // Brooklyn a place, as the corpus lexicon has it: a firm's "in Brooklyn" is cut off ("Acme Capital in Brooklyn").
    const lex = makeLexicon({ Brooklyn: { tagged: [0, 0, 40, 0], docs: 30 } });
    const t = 'a hearing in U.S. District Court in Brooklyn. Kumar has paid.';
    const out = repairOrganizationSpans(t, [span(t, 'U.S. District Court')], { lex, capStat: new Map() });
    expect(out.map((e) => e.text)).toEqual(['U.S. District Court in Brooklyn']);
    const u = 'analysts at Acme Capital in Brooklyn said.';
    expect(repairOrganizationSpans(u, [span(u, 'Acme Capital in Brooklyn')], { lex, capStat: new Map() }).map((e) => e.text)).toEqual(['Acme Capital']);
  });
});

describe('court words from the data', () => {
  it('match each word literally ("U.S." is no pattern)', () => {
    const lit = { ...w, courtCountryWords: ['U.S.'] };
    const t = 'the 5th UXSX Circuit Court of Appeals ruled.';
    expect(withCourtSeats(t, [span(t, 'Circuit Court of Appeals')], lit, isPlace).map((e) => e.text)).toEqual(['Circuit Court of Appeals']);
  });
  it('take a named circuit only from the list', () => {
    const u = 'the U.S. Court of Appeals for the Federal Circuit ruled.';
    expect(seats(u, [['U.S. Court of Appeals']])).toEqual(['ORG:U.S. Court of Appeals for the Federal Circuit']);
    const none = { ...w, namedCircuits: ['Nonesuch'] };
    expect(withCourtSeats(u, [span(u, 'U.S. Court of Appeals')], none, isPlace).map((e) => e.text)).toEqual(['U.S. Court of Appeals']);
  });
});

