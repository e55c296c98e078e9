/**
 * Lexical resources for the tagger: gazetteers (from the `compromise`
 * package's lexicon plus hand-written lists of titles and organization
 * words), and statistics from unlabeled Reuters news (capitalization rates,
 * distributional word clusters). Used at training time only; the results are
 * stored inside the model file.
 */
import type { Resources } from '../extract/ner/features.js';

export function emptyResources(): Resources {
  return { clusters: new Map(), brown: new Map(), capStat: new Map(), gaz: new Map(), gazFirst: new Map(), tgaz: new Map(), tgazFirst: new Map() };
}

export const TITLES = `president vice prime minister ministers chancellor secretary general gen. gen lt. col. colonel
 spokesman spokeswoman spokesperson senator sen. rep. representative governor gov. mayor king queen prince princess
 sheikh emir ayatollah pope cardinal archbishop bishop rev. reverend dr. mr. mrs. ms. chairman chairwoman chief executive
 ceo cfo director ambassador envoy commissioner judge justice attorney lawyer analyst economist adviser advisor
 leader premier deputy foreign finance defence defense interior trade economy energy treasury state speaker commander
 admiral marshal captain sergeant officer minister-president president-elect coach striker midfielder defender goalkeeper
 champion captain manager founder owner chief head professor prof. candidate challenger opponent dictator leader
 strongman lord sir lady dame baroness duke senator-elect congressman congresswoman lawmaker mp`;

export const ORG_WORDS = `corp corp. corporation inc inc. ltd ltd. llc plc co co. company companies group holdings holding
 bank banks ministry ministries party union council committee commission agency fund authority association
 federation foundation institute university college school army navy force forces command police department office
 board bureau court parliament assembly congress senate house cabinet government administration organisation
 organization club united city fc ag sa nv bv gmbh spa ab asa oy airlines airways motors motor energy oil petroleum
 telecom communications systems technologies partners capital securities exchange investments insurance industries
 reserve times post journal news press network television radio tv broadcasting newspaper agency service services
 front movement alliance league brotherhood coalition tribunal`;

export function addGaz(res: Resources, phrase: string, cls: string): void {
  const toks = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  if (!toks.length || toks.length > 6) return;
  const key = toks.join(' ');
  let a = res.gaz.get(key);
  if (!a) res.gaz.set(key, (a = []));
  if (!a.includes(cls)) a.push(cls);
  let l = res.gazFirst.get(toks[0]);
  if (!l) res.gazFirst.set(toks[0], (l = []));
  if (!l.includes(toks.length)) {
    l.push(toks.length);
    l.sort((x, y) => y - x);
  }
}

/** Build gazetteers from compromise's lexicon (a devDependency) and the lists above. */
export async function buildGazetteers(res: Resources): Promise<void> {
  const mod = (await import('compromise')) as unknown as { default: { model(): { one: { lexicon: Record<string, string | string[]> } } } };
  const lex = mod.default.model().one.lexicon;
  const map: Record<string, string> = {
    FirstName: 'FIRST', MaleName: 'FIRST', FemaleName: 'FIRST', LastName: 'LAST', Person: 'PERSON',
    Country: 'COUNTRY', City: 'CITY', Region: 'REGION', Place: 'PLACE', Demonym: 'DEMONYM',
    Organization: 'ORG', SportsTeam: 'TEAM', Honorific: 'HONOR', Month: 'MONTH', WeekDay: 'DAY', Currency: 'CURRENCY',
  };
  const keys = Object.keys(lex).sort();
  for (const w of keys) {
    const t = lex[w];
    const tags = Array.isArray(t) ? t : [t];
    for (const tg of tags) {
      const cls = map[tg];
      if (cls) addGaz(res, w, cls);
    }
  }
  for (const w of TITLES.split(/\s+/).filter(Boolean)) addGaz(res, w, 'TITLE');
  for (const w of ORG_WORDS.split(/\s+/).filter(Boolean)) addGaz(res, w, 'ORGW');
}
