import { describe, expect, it } from 'vitest';
import {
  canonicalOrganization,
  findKnownOrganizations,
  isCountryLike,
  listOrganizations,
  normalizeOrganizationName,
} from '../../src/extract/organizations.ts';

describe('canonicalOrganization', () => {
  it('ignores case, dots, hyphens, "the" and country prefixes', () => {
    expect(canonicalOrganization('U.N.')?.name).toBe('United Nations');
    expect(canonicalOrganization('UN')?.name).toBe('United Nations');
    expect(canonicalOrganization('the IMF')?.name).toBe('International Monetary Fund');
    expect(canonicalOrganization('G-20')?.name).toBe('Group of 20');
    expect(canonicalOrganization('the U.S. State Department')?.name).toBe('State Department');
    expect(canonicalOrganization('U.S. Federal Reserve')?.name).toBe('Federal Reserve');
    expect(canonicalOrganization('Acme Widgets')).toBeUndefined();
  });
  it("keeps another country's body of a curated national name apart, and strips the body's own country", () => {
    // A national body knows its country (data "country"): any other country's word or demonym keeps its own body.
    expect(canonicalOrganization('British Treasury')).toBeUndefined();
    expect(canonicalOrganization('Spanish Treasury')).toBeUndefined();
    expect(normalizeOrganizationName('British Treasury')).toBe('British Treasury');
    expect(canonicalOrganization('Italian Senate')).toBeUndefined();
    // ... whether or not the entry's running-text context lists that country.
    expect(normalizeOrganizationName('Turkish Treasury')).toBe('Turkish Treasury');
    expect(canonicalOrganization('Russian Treasury')).toBeUndefined();
    expect(canonicalOrganization('Mexican Treasury')).toBeUndefined();
    expect(canonicalOrganization('Chinese Commerce Department')).toBeUndefined();
    // The body's own country, in any spelling, strips to the curated body.
    expect(canonicalOrganization('U.S. Treasury')?.id).toBe('us-treasury');
    expect(canonicalOrganization('US Treasury')?.id).toBe('us-treasury');
    expect(canonicalOrganization("America's Treasury")?.id).toBe('us-treasury');
    expect(canonicalOrganization('U.S. Senate')?.id).toBe('us-senate');
    expect(canonicalOrganization('American Federal Reserve')?.name).toBe('Federal Reserve');
    expect(canonicalOrganization('German Bundesbank')?.id).toBe('bundesbank');
    expect(canonicalOrganization("Israel's Knesset")?.id).toBe('knesset');
  });
  it('lets the notAfter context decide for an organization with no country', () => {
    // Kyodo has no "country" and no notAfter: a country word before it strips.
    expect(canonicalOrganization("Japan's Kyodo")?.id).toBe('kyodo');
  });
  it('has unique ids', () => {
    const ids = listOrganizations().map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('normalizeOrganizationName', () => {
  it('strips the article, possessive and country prefixes of known bodies', () => {
    expect(normalizeOrganizationName("the European Commission's")).toBe('European Commission');
    expect(normalizeOrganizationName('German Finance Ministry')).toBe('German Finance Ministry');
    expect(normalizeOrganizationName('U.S. State Department')).toBe('State Department');
    expect(normalizeOrganizationName('German Council on Foreign Relations')).toBe('German Council on Foreign Relations');
  });
});

describe('findKnownOrganizations', () => {
  const names = (t: string) => [...new Set(findKnownOrganizations(t).map((m) => m.name))];

  it('finds international bodies by acronym and full name with offsets', () => {
    const text = 'The IMF and the U.N. backed the G20 plan; the European Central Bank (ECB) agreed.';
    const ms = findKnownOrganizations(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms.find((m) => m.name === 'United Nations')?.text).toBe('U.N.');
    expect(names(text).sort()).toEqual(['European Central Bank', 'Group of 20', 'International Monetary Fund', 'United Nations']);
  });

  it('finds the U.N. General Assembly written with dots: its context rule reads "U.N." before a space', () => {
    // The rule once ended "U.N." with a word boundary, which a space after the dot never gives.
    expect(names('leaders met on the sidelines of the annual U.N. General Assembly session.')).toContain('United Nations General Assembly');
    expect(names('The U.N. chief spoke. The General Assembly voted.')).toContain('United Nations General Assembly');
    expect(names('The Illinois House passed it. The General Assembly adjourned.')).not.toContain('United Nations General Assembly');
  });

  it('needs the right case for short aliases', () => {
    expect(names('They were fed up with the eu rules.')).toEqual([]);
    expect(names('The Fed raised rates and the EU objected.').sort()).toEqual(['European Union', 'Federal Reserve']);
  });

  it('finds a name the list itself writes in lower case as so written, and no lower-case start of another', () => {
    expect(names('the raid that killed al Qaeda leader Osama bin Laden')).toEqual(['al Qaeda']);
    expect(names('an al-Qaeda spokesman said')).toEqual(['al Qaeda']);
    // "the" begins no spelling in lower case: the names capitalised in the list still need a capital in the text.
    expect(names('the international monetary fund and al jazeera said')).toEqual([]);
    // A lower-case word the list does not begin a spelling with starts no match: "the Guardian" is "Guardian".
    expect(findKnownOrganizations('a column in the Guardian said').map((m) => m.text)).not.toContain('the Guardian');
  });

  it('takes Treasury as the US department only, not bonds or the secretary', () => {
    expect(names('U.S. Treasury Secretary Henry Paulson said Treasury yields rose.')).toEqual([]);
    expect(names('The U.S. Treasury said on Monday it would act.')).toEqual(['Treasury Department']);
  });

  it('never counts the Reuters dateline', () => {
    expect(names('(Reuters) - The EU said.')).toEqual(['European Union']);
  });

  it('counts Thomson Reuters as a data source, not a Reuters poll', () => {
    expect(names('(Reuters) - Analysts expected 5 cents, according to Thomson Reuters data.')).toEqual(['Reuters']);
    expect(names('(Reuters) - The EU said in a Reuters poll.')).toEqual(['European Union']);
  });

  it('takes the U.S. parties by their adjective only before a politician\'s role or after a state', () => {
    expect(names('WASHINGTON - Republican senators and a Maryland Democrat met at the White House.')).toEqual([
      'Republican Party',
      'Democratic Party',
    ]);
    expect(names('WASHINGTON - The Republican administration pushed the bailout through Congress.')).toEqual(['Congress']);
    expect(names('WASHINGTON - Kinshasa and the Democratic Republic of Congo.')).toEqual([]);
  });

  it('takes "Democrat" and "Republican" as nouns before "from"/"who"/"of", not before a name: foreign parties are named so too', () => {
    expect(names('U.S. Rep. Peter Welch, a Democrat from Vermont, proposed a tax.')).toEqual(['Democratic Party']);
    expect(names('WASHINGTON - Obama defeated Republican challenger Mitt Romney.')).toEqual(['Republican Party']);
    expect(names('U.S. Senator Herb Kohl, the Democratic head of the panel, spoke.')).toEqual(['Democratic Party']);
    // "Democrat" before a name, a lower-case "party": foreign parties are written so in a story that names Washington
    expect(names("Italy's centre-left Democrat Pier Luigi Bersani led the polls, and Washington is watching.")).toEqual([]);
    expect(names("South Korea's main opposition Democratic party said, as Washington urged calm.")).toEqual([]);
    expect(names('WASHINGTON - A Democrat, Obama criticized the policies.')).toEqual([]);
    // A person's party in apposition or with a rank ("Copps, a Democrat, said"; "the top Republican on the panel").
    expect(names('U.S. regulator Michael Copps, a Democrat, said so.')).toEqual(['Democratic Party']);
    expect(names('In Washington, Frank, the top Democrat on the panel, wrote.')).toEqual(['Democratic Party']);
    expect(names('U.S. Senator Grassley, the ranking Republican, wrote.')).toEqual(['Republican Party']);
    // Not without a U.S. context, nor a lone adjective after the comma.
    // The apposition needs a U.S. cue near the mention, not just a U.S. word somewhere in the story.
    expect(names('ROME - Pier Luigi Bersani, a Democrat, led the polls on Monday, and Washington is watching.')).toEqual([]);
    expect(names('BANGKOK - Abhisit Vejjajiva, a Democrat, said the vote was fair. The U.S. embassy urged calm.')).toEqual([]);
    expect(names('DUBLIN - Gerry Adams, a Republican, criticised the budget, a day after talks in Washington.')).toEqual([]);
    expect(names('DUBLIN - The top Republican in the assembly spoke before U.S. President Barack Obama arrived.')).toEqual([]);
    expect(names('WASHINGTON - The visitor, a Democrat from Sweden, met U.S. officials.')).toEqual([]);
    // ... and the noun: "a Republican proposal" is the adjective before a thing.
    expect(names('In Washington, the plan, a Republican proposal, passed. The measure, a Republican-backed bill, failed.')).toEqual([]);
    // The cues that do tell: a title before the name, given here or elsewhere, a state after, a committee.
    expect(names('In Washington, Sen. Max Baucus, a Democrat who chairs the panel, spoke.')).toEqual(['Democratic Party']);
    expect(names('In Washington, Bill Huizenga, a Republican from Michigan, spoke.')).toEqual(['Republican Party']);
    expect(names('In Washington, McCain, the top Republican on the Armed Services subcommittee, spoke.')).toEqual(['Republican Party']);
    expect(names('Sen. Christopher Dodd met Obama. Later Dodd, a Democrat, said no.')).toEqual(['Democratic Party']);
    expect(names('WASHINGTON - The Republican National Committee said.')).toEqual([]);
    expect(names('WASHINGTON - The Republican White House said.')).toEqual([]);
  });

  it('takes no curated name that is the second partner of another firm\'s name', () => {
    const fitch = names('Fitch cut the rating.');
    expect(fitch).toHaveLength(1);
    expect(names('Abercrombie & Fitch Co said sales rose.')).toEqual([]);
    // A curated name with "&" of its own still is one.
    expect(names("Standard & Poor's cut the rating.")).toEqual(["Standard & Poor's"]);
    // Two organizations listed with "&" are both found.
    expect(names("Fitch & Moody's cut Greece, and the ECB & IMF warned.").sort()).toEqual(['European Central Bank', 'Fitch Ratings', 'International Monetary Fund', "Moody's"]);
  });

  it('reads "U.S." before a space as a U.S. context', () => {
    expect(names('The U.S. economy slowed and Congress would act, the Justice Department said.')).toEqual(['Congress', 'Justice Department']);
  });

  it('finds Congress after "members of", but not the Library of Congress or Spain\'s Congress of Deputies', () => {
    expect(names('WASHINGTON - Obama and several members of Congress called for an overhaul.')).toEqual(['Congress']);
    expect(names('WASHINGTON - Democrats sought to keep control of Congress.')).toContain('Congress');
    expect(names('WASHINGTON - A U.S. scholar at the Library of Congress said.')).toEqual([]);
  });

  it('finds Congress before "for" and a lower-case word, not a body named "Congress for ..."', () => {
    // train: 20070921_us-fanniemae-freddiemac ("sent to Congress for action")
    expect(names('WASHINGTON - Obama will send the plan to Congress for action.')).toEqual(['Congress']);
    expect(names('WASHINGTON - Obama met the Congress for Democracy in Ghana.')).toEqual([]);
    expect(names('WASHINGTON - Obama met the Congress of the People.')).toEqual([]);
    // A person or the country after "for"/"of" starts no body's name: "pressure in Congress for President Obama to act".
    expect(names('WASHINGTON - Pressure mounted in Congress for President Barack Obama to act.')).toEqual(['Congress']);
    expect(names('WASHINGTON - A defining year in Congress for U.S. tax policy.')).toEqual(['Congress']);
  });

  it('finds the Treasury as an actor without "the" before it, not as a bond market', () => {
    expect(names('WASHINGTON - U.S. banks said Treasury and the Fed were worried.')).toEqual(['Treasury Department', 'Federal Reserve']);
    expect(names('WASHINGTON - U.S. lenders will be talking to Treasury.')).toEqual(['Treasury Department']);
    expect(names('WASHINGTON - Geithner said. Treasury officials will consider it.')).toEqual(['Treasury Department']);
    expect(names("WASHINGTON - Geithner said. Treasury's Lael Brainard said.")).toEqual(['Treasury Department']);
    expect(names('WASHINGTON - U.S. data sent Treasury yields higher.')).toEqual([]);
  });

  it('finds the Commerce Department without a U.S. context', () => {
    expect(names('The Commerce Department said retail sales rose.')).toEqual(['Commerce Department']);
  });

  it('does not cut longer names', () => {
    expect(names('said Ulrike Guerot at the European Council on Foreign Relations.')).toEqual([]);
  });
});

describe('isCountryLike', () => {
  it('recognises countries and government metonyms', () => {
    expect(isCountryLike('Russia')).toBe(true);
    expect(isCountryLike('the Kremlin')).toBe(true);
    expect(isCountryLike('U.S.')).toBe(true);
    expect(isCountryLike('Gazprom')).toBe(false);
  });
});

describe('regional Federal Reserve Banks', () => {
  it('are not the Federal Reserve, which is still found beside them', () => {
    const text = 'The New York Fed and the Federal Reserve Bank of Dallas disagreed; the Chicago Federal Reserve Bank and the U.S. Federal Reserve Board did not, the Fed said.';
    expect(findKnownOrganizations(text).map((m) => `${m.name}: ${text.slice(m.start, m.end)}`)).toEqual([
      'Federal Reserve: U.S. Federal Reserve',
      'Federal Reserve: Fed',
    ]);
  });
});
