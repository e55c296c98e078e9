import { describe, expect, it } from 'vitest';
import { resolveOrganizations } from '../../src/resolve/organizations.js';
import type { Span } from '../../src/extract/types.js';

/** ORG spans over every occurrence of the given names, as the tagger would give them. */
function orgs(text: string, names: string[]) {
  const spans: Span[] = [];
  for (const n of names) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) spans.push({ start: i, end: i + n.length, text: n });
  return resolveOrganizations(text, spans, [], { capStat: new Map() });
}

describe('"The" in a name and mixed-case acronyms', () => {
  it('keeps "The Widget Street Journal" as an alias of the one Widget Street Journal', () => {
    // train: 20080905_us-iraq-fighters-us ("reported first by The Wall Street Journal")
    // (a made-up paper: the curated Wall Street Journal counts only where the gazetteer found it)
    const text = 'The deal, reported first by The Widget Street Journal, could change. The Widget Street Journal said more. A Widget Street Journal editor agreed.';
    const out = orgs(text, ['Widget Street Journal']);
    expect(out).toHaveLength(1);
    expect(out[0].name).toBe('Widget Street Journal');
    expect(out[0].aliases).toEqual(['The Widget Street Journal']);
    expect(out[0].mentions).toHaveLength(3);
  });

  it('a sentence\'s first "The" makes no alias', () => {
    const text = 'Shares fell. The Acme Widgets board met on Monday. "The Acme Widgets plan works," he said.';
    expect(orgs(text, ['Acme Widgets'])[0].aliases).toEqual([]);
    // Nor the first word after a Reuters dateline, or after a double dash.
    expect(orgs('WASHINGTON (Reuters) - The Acme Widgets board met on Monday.', ['Acme Widgets'])[0].aliases).toEqual([]);
    expect(orgs('Shares fell -- The Acme Widgets board met on Monday.', ['Acme Widgets'])[0].aliases).toEqual([]);
  });

  it('a newspaper\'s title keeps its "The" at a sentence\'s start too, and no other name does', () => {
    const text = 'Shares fell. The Widget Street Journal reported the deal. The Acme Widgets board met. The Widget Press said more.';
    const out = orgs(text, ['Widget Street Journal', 'Acme Widgets', 'Widget Press']);
    expect(out.map((o) => [o.name, o.aliases])).toEqual([
      ['Widget Street Journal', ['The Widget Street Journal']],
      ['Acme Widgets', []],
      ['Widget Press', ['The Widget Press']],
    ]);
    // A one-word name ending like a title is no title ("The Times said" keeps its spans' own spelling), nor is
    // a title word that does not end the name ("The Star Alliance").
    expect(orgs('Shares fell. The Star Alliance grew.', ['Star Alliance'])[0].aliases).toEqual([]);
    expect(orgs('Shares fell. The Times said so.', ['Times'])[0].aliases).toEqual([]);
  });

  it('joins "BofA" to the Bank of America of the same article', () => {
    const text = 'Bank of America Corp said on Monday it would cut jobs. BofA shares rose 2 percent.';
    const out = orgs(text, ['Bank of America Corp', 'BofA']);
    expect(out).toHaveLength(1);
    expect(out[0].name).toBe('Bank of America Corp');
    expect(out[0].aliases).toContain('BofA');
  });

  it('also when the acronym comes first, and not when two names spell it', () => {
    const first = orgs('BofA said on Monday that Bank of America would sell a unit.', ['BofA', 'Bank of America']);
    expect(first.map((o) => o.name)).toEqual(['Bank of America']);
    const two = orgs('BofA said Bank of America and Bank of Arabia both bid.', ['BofA', 'Bank of America', 'Bank of Arabia']);
    expect(two.map((o) => o.name).sort()).toEqual(['Bank of America', 'Bank of Arabia', 'BofA']);
  });
});

describe('a country before a curated name', () => {
  it('keeps the article\'s spelling with its country as an alias', () => {
    const text = 'The U.S. Department of Justice sued. The Department of Justice said more.';
    const a = text.indexOf('Department of Justice');
    const b = text.indexOf('Department of Justice', a + 1);
    const known = [a, b].map((s) => ({ start: s, end: s + 21, text: 'Department of Justice', id: 'justice-department', name: 'Justice Department' }));
    const out = resolveOrganizations(text, [], known, { capStat: new Map() });
    expect(out).toHaveLength(1);
    expect(out[0].aliases).toContain('U.S. Department of Justice');
    expect(out[0].mentions).toHaveLength(2);
  });

  it('keeps it for a name the tagger found too, with the mention its own words', () => {
    const text = 'Data from the U.S. Bureau of Widget Statistics showed it. The Bureau of Widget Statistics said so.';
    const out = orgs(text, ['Bureau of Widget Statistics']);
    expect(out).toHaveLength(1);
    expect(out[0].name).toBe('Bureau of Widget Statistics');
    expect(out[0].aliases).toContain('U.S. Bureau of Widget Statistics');
    expect(out[0].mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Bureau of Widget Statistics', 'Bureau of Widget Statistics']);
  });
});

describe('a party named with "party" after it', () => {
  it('keeps "Socialist party" as an alias of Socialist, not a longer name\'s', () => {
    const text = 'Papandreou faces a revolt in his Socialist party, and the Socialist Workers party too. Socialist legislators agreed.';
    const out = orgs(text, ['Socialist party', 'Socialist Workers party', 'Socialist']);
    expect(out.find((o) => o.name === 'Socialist')?.aliases).toEqual(['Socialist party']);
    // The longer name has its own (kindsAfter: any name before its kind's word), not Socialist's.
    expect(out.find((o) => o.name === 'Socialist Workers')?.aliases).toEqual(['Socialist Workers party']);
  });
});

describe('a name with the word of its kind after it (data/ner/org-spans.json, kindsAfter)', () => {
  it('keeps "<name> radio", "<name> movement" as aliases of the name, not "<name>\'s office" nor a plural', () => {
    const text = 'He told Acme radio. The Tea Party movement grew, the Widget District Attorney\'s office said, and Zeta Holdings rose.';
    const out = orgs(text, ['Acme', 'Tea Party', 'Widget District Attorney', 'Zeta Holdings']);
    const aliases = (n: string) => out.find((o) => o.name === n)?.aliases;
    expect(aliases('Acme')).toEqual(['Acme radio']);
    expect(aliases('Tea Party')).toEqual(['Tea Party movement']);
    // A possessive is the body's thing, not its name ("Google's office"); a plural is its members ("EU banks").
    expect(aliases('Widget District Attorney')).toEqual([]);
    expect(orgs('Zeta Holdings banks rose', ['Zeta Holdings'])[0].aliases).toEqual([]);
    // No kind word after it: no alias; nor a kind word that runs on ("groupings").
    expect(aliases('Zeta Holdings')).toEqual([]);
    expect(orgs('the Acme groupings met', ['Acme'])[0].aliases).toEqual([]);
  });
});

describe('a chamber\'s committee written in lower case keeps its head', () => {
  it('names "House Appropriations subcommittee" and "Senate banking committee" as written', () => {
    const text = 'Schapiro told a House Appropriations subcommittee hearing. He later spoke to the Senate banking committee on Tuesday.';
    expect(orgs(text, ['House Appropriations subcommittee', 'Senate banking committee']).map((o) => o.name)).toEqual([
      'House Appropriations subcommittee',
      'Senate banking committee',
    ]);
  });

  it('cuts other lower-case words, a bare chamber\'s committee and another body\'s "committee"', () => {
    // What follows the committee's head still goes ("on financial institutions").
    expect(orgs('the House Financial Services subcommittee on financial institutions met.', ['House Financial Services subcommittee on financial institutions'])[0].name).toBe(
      'House Financial Services subcommittee',
    );
    expect(orgs('a House subcommittee said.', ['House subcommittee'])[0]?.name).not.toBe('House subcommittee');
    expect(orgs('the Acme Widgets audit committee said.', ['Acme Widgets audit committee'])[0].name).toBe('Acme Widgets');
    expect(orgs('the Housing Bank said.', ['Housing Bank said'])[0].name).toBe('Housing Bank');
  });
});

describe('a chamber\'s committee needs words of its own', () => {
  it('does not keep "House of Representatives subcommittee" as a name', () => {
    expect(orgs('a House of Representatives subcommittee said.', ['House of Representatives subcommittee'])[0].name).toBe('House of Representatives');
    expect(orgs("the House of Representatives' banking committee said.", ["House of Representatives' banking committee"])[0].name).toBe(
      "House of Representatives' banking committee",
    );
  });

  it('nor "House of Commons committee", "House of Lords committee" or a party\'s plural before "committee"', () => {
    expect(orgs('A House of Commons committee said.', ['House of Commons committee'])[0].name).toBe('House of Commons');
    expect(orgs('A House of Lords committee said.', ['House of Lords committee'])[0].name).toBe('House of Lords');
    const out = orgs('The Senate Democrats committee met on Tuesday.', ['Senate Democrats committee']);
    expect(out[0].name).not.toBe('Senate Democrats committee');
    expect(out[0].aliases).not.toContain('Democrats committee');
    // Still the committee's own words after the whole chamber's name.
    expect(orgs('a House of Commons treasury committee said.', ['House of Commons treasury committee'])[0].name).toBe('House of Commons treasury committee');
  });
});

describe('a name after its country word', () => {
  it('joins the name without the country and its acronym to the body', () => {
    const text = 'The U.S. Federal Widget Commission has the power to act. The FWC said on Monday it would.';
    const out = orgs(text, ['U.S. Federal Widget Commission', 'FWC']);
    expect(out.map((o) => [o.name, o.aliases])).toEqual([['U.S. Federal Widget Commission', ['FWC']]]);
    const u = 'Dutch Acme Electronics posted a loss. Acme Electronics said sales fell.';
    expect(orgs(u, ['Dutch Acme Electronics', 'Acme Electronics']).map((o) => o.name)).toEqual(['Dutch Acme Electronics']);
  });

  it('leaves a one-word remainder and a name without a country word apart', () => {
    // "American Express" is not "Express", nor is its "E" an acronym of it.
    const text = 'American Express said on Monday that Express would close.';
    expect(orgs(text, ['American Express', 'Express']).map((o) => o.name)).toEqual(['American Express', 'Express']);
    expect(orgs('Indian Widget Corp rose. Widget fell.', ['Indian Widget Corp', 'Widget']).map((o) => o.name)).toEqual(['Indian Widget Corp', 'Widget']);
    const u = 'Federal Widget Services and the FWC said.';
    expect(orgs(u, ['Federal Widget Services', 'FWC']).map((o) => o.name)).toEqual(['Federal Widget Services', 'FWC']);
  });
});

describe('another country\'s body of the same name', () => {
  it('keeps bodies after different countries\' words apart', () => {
    const pairs: Array<[string, string, string]> = [
      ['The Pakistani Supreme Court ruled. Separately, India\'s Supreme Court heard a petition.', 'Pakistani Supreme Court', 'Supreme Court'],
      ['The Egyptian Interior Ministry said so. Libya\'s Interior Ministry said it had no information.', 'Egyptian Interior Ministry', 'Interior Ministry'],
      ['The Russian Central Bank cut rates. Brazil\'s Central Bank kept its rate.', 'Russian Central Bank', 'Central Bank'],
      ['The Chinese Foreign Ministry said so. The Japanese Foreign Ministry summoned him.', 'Chinese Foreign Ministry', 'Foreign Ministry'],
    ];
    for (const [text, a, b] of pairs) expect(orgs(text, [a, b]).map((o) => o.name)).toEqual([a, b]);
  });

  it('joins the same country\'s mention, and a bare one only where one body fits', () => {
    const text = 'The Pakistani Supreme Court ruled. Pakistan\'s Supreme Court had heard it in May.';
    expect(orgs(text, ['Pakistani Supreme Court', 'Supreme Court']).map((o) => o.name)).toEqual(['Pakistani Supreme Court']);
    // Two countries' central banks of that name: a bare "Central Bank" joins neither.
    const u = 'The Russian Central Bank and the Brazilian Central Bank moved. The Central Bank said more.';
    expect(orgs(u, ['Russian Central Bank', 'Brazilian Central Bank', 'Central Bank']).map((o) => o.name)).toEqual([
      'Russian Central Bank',
      'Brazilian Central Bank',
      'Central Bank',
    ]);
  });

  it('joins no initials of two letters of the name after the country word', () => {
    const text = 'Shares of China Eastern Airlines rose. Video game publisher EA fell.';
    expect(orgs(text, ['China Eastern Airlines', 'EA']).map((o) => o.name)).toEqual(['China Eastern Airlines', 'EA']);
  });
});

describe('a court named with its seat, then without it', () => {
  it('joins the bare court to the one seated court of that name', () => {
    const text = 'The suit was filed in U.S. District Court in Manhattan on Monday. The case is pending in U.S. District Court, lawyers said.';
    const out = orgs(text, ['U.S. District Court in Manhattan', 'U.S. District Court']);
    expect(out.map((o) => [o.name, o.mentions.length])).toEqual([['U.S. District Court in Manhattan', 2]]);
    const u = 'The U.S. Court of Appeals for the 2nd Circuit ruled. The U.S. Court of Appeals declined to rehear it.';
    expect(orgs(u, ['U.S. Court of Appeals for the 2nd Circuit', 'U.S. Court of Appeals']).map((o) => o.name)).toEqual(['U.S. Court of Appeals for the 2nd Circuit']);
  });

  it('not where two seated courts have that name, nor another court', () => {
    const text = 'Suits in U.S. District Court in Manhattan and U.S. District Court in Brooklyn. A third is in U.S. District Court, lawyers said.';
    expect(orgs(text, ['U.S. District Court in Manhattan', 'U.S. District Court in Brooklyn', 'U.S. District Court']).map((o) => o.name)).toEqual([
      'U.S. District Court in Manhattan',
      'U.S. District Court in Brooklyn',
      'U.S. District Court',
    ]);
    const u = 'filed in U.S. District Court in Manhattan. The Supreme Court declined it.';
    expect(orgs(u, ['U.S. District Court in Manhattan', 'Supreme Court']).map((o) => o.name)).toEqual(['U.S. District Court in Manhattan', 'Supreme Court']);
  });
});

describe('a curated name with its legal suffix written after it', () => {
  const known = (text: string, surface: string, id: string, name: string) => {
    const i = text.indexOf(surface);
    return [{ start: i, end: i + surface.length, text: surface, id, name }];
  };
  it('keeps the suffixed spelling as an alias', () => {
    const text = 'a competitor to Widget Reuters Corp (TRI.TO) said on Monday.';
    const out = resolveOrganizations(text, [], known(text, 'Widget Reuters', 'widget-reuters', 'Widget Reuters'), { capStat: new Map() });
    expect(out.map((o) => [o.name, o.aliases])).toEqual([['Widget Reuters', ['Widget Reuters Corp']]]);
  });
  it('not across a comma, a line or before a word that only begins like a suffix', () => {
    for (const text of ['Widget Reuters, Co-founder Smith said.', 'Widget Reuters Co-founder Smith said.', 'Widget Reuters Coalition said.', 'Widget Reuters\nCorp results']) {
      const out = resolveOrganizations(text, [], known(text, 'Widget Reuters', 'widget-reuters', 'Widget Reuters'), { capStat: new Map() });
      expect(out[0].aliases).toEqual([]);
    }
  });
});

describe('a legal suffix after a comma', () => {
  it('keeps the company\'s full legal name as an alias', () => {
    const text = 'The SEC suspended trading in * Widgetmark Industries, Inc. * GroFeed Inc. on Monday.';
    expect(orgs(text, ['Widgetmark Industries'])[0].aliases).toEqual(['Widgetmark Industries, Inc.']);
  });
  it('not a lower-case word, a word that begins like a suffix, or a name after the comma', () => {
    for (const text of ['Widgetmark Industries, including its unit, fell.', 'Widgetmark Industries, Incorporated in 1990, fell.', 'Widgetmark Industries, Co-founder Smith said.', 'Widgetmark Industries, Acme and others fell.', 'Widgetmark Industries, AB Widgets and Carlsberg fell.', 'Widgetmark Industries, SA Widgets said.']) {
      expect(orgs(text, ['Widgetmark Industries'])[0].aliases).toEqual([]);
    }
  });
});
