/**
 * Context rules for the country forms that depend on context: "Georgia" (country vs US state),
 * "Washington" (capital vs state or person), "Brussels" (Belgium vs the EU institutions),
 * "Korea", "Congo", "the Islamic Republic", first-name-like words ("Jordan", "Chad", "Paris"),
 * and a place followed by a US state ("Paris, Texas").
 */
import { countryOfSurface, type Entry, type Rule, type Tok } from './gazetteer.ts';

const FUNCTION_CAPS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'But', 'With', 'From', 'To', 'By', 'Of', 'As', 'If', 'When',
  'While', 'Both', 'That', 'This', 'Neighbouring', 'Neighboring', 'Like', 'Unlike', 'Only', 'Even', 'Where',
  'Since', 'After', 'Before', 'Under', 'Over', 'Against', 'Between', 'Including', 'Said', 'Says', 'Why', 'How',
  'What', 'Officials', 'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'Meanwhile', 'Also', 'Then', 'So', 'Now', 'Still', 'Yet', 'Or', 'Nor', 'Although', 'Though', 'Because',
  'Across', 'Into', 'Through', 'Towards', 'Toward', 'Via', 'Per', 'Host', 'Hosts', 'Visit', 'Visits', 'Leave',
  'Leaves', 'Leaving', 'Left', 'Back', 'Until', 'Its', 'His', 'Her', 'Their', 'Our', 'Your', 'My',
  // directional / group qualifiers still refer to the country
  'Central', 'Greater', 'Downtown', 'Metropolitan', 'Official', 'Modern', 'Neutral', 'Democratic', 'Wartime',
]);
const CONTINUATIONS = new Set([
  'Summit', 'Club', 'Air', 'Motor', 'Bourse', 'Agreement', 'Accord', 'Accords', 'Conference', 'Talks', 'Treaty',
  'Declaration', 'Stock', 'Exchange', 'Metal', 'Olympics', 'Games', 'Airport', 'Police', 'Court', 'Mayor', 'City',
  'Government', 'Administration', 'Chamber', 'Street', 'Protocol', 'Pact', 'Process', 'Round', 'Consensus',
  'Embassy', 'Ministry', 'Prime', 'President', 'King', 'Queen', 'Foreign', 'Defence', 'Defense', 'Finance',
  'Interior', 'Central', 'National', 'Armed', 'Army', 'Navy', 'Air', 'State', 'Federal', 'Republic', 'Kingdom',
  'University', 'Institute', 'Marathon', 'Peace', 'Fashion', 'Opera', 'Zoo', 'Basin', 'Region', 'Province',
  'Parliament', 'Senate', 'Congress', 'Cabinet', 'Council', 'Commission', 'Supreme', 'Constitutional', 'Telecom',
  'Airways', 'Airlines', 'Times', 'Post', 'Herald', 'Tribune', 'News', 'Daily', 'Pact', 'Communique',
]);

const WASHINGTON_STATE_CITIES = new Set(['Seattle', 'Spokane', 'Tacoma', 'Redmond', 'Bellevue', 'Olympia', 'Vancouver', 'Everett', 'Yakima', 'Richland', 'Kirkland', 'Issaquah', 'Renton', 'Bremerton']);

// "Paris, Texas", "Dublin, Ohio", "Holland, Mich.": a US town, not the country. New York,
// Washington and Georgia are left out: "London, New York and Tokyo" is a list of cities.
const US_STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Wisconsin', 'Wyoming',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Wis', 'Wyo',
]);
const US_STATE_FIRST = new Set(['New', 'North', 'South', 'West', 'Rhode']);
const US_STATE_SECOND = new Set(['Hampshire', 'Jersey', 'Mexico', 'Carolina', 'Dakota', 'Virginia', 'Island']);

export function followedByUsState(toks: Tok[], j: number): boolean {
  const c = toks[j + 1];
  const s = toks[j + 2];
  if (!c || !s || c.t !== ',') return false;
  const t = s.t.length > 2 && /^[A-Z]+$/.test(s.t) ? s.t[0] + s.t.slice(1).toLowerCase() : s.t;
  if (US_STATES.has(t)) return true;
  const s2 = toks[j + 3];
  return US_STATE_FIRST.has(t) && !!s2 && US_STATE_SECOND.has(s2.t);
}

function titleCase(t: string): string {
  return t.length > 1 && /^[A-Z]+$/.test(t) ? t[0] + t.slice(1).toLowerCase() : t;
}

function isCapWord(t: string | undefined): boolean {
  return !!t && /^\p{Lu}[\p{Ll}\p{M}']/u.test(t);
}

export class DocContext {
  private cache = new Map<string, boolean>();
  constructor(private readonly text: string) {}
  has(name: string, re: RegExp): boolean {
    let v = this.cache.get(name);
    if (v === undefined) {
      v = re.test(this.text);
      this.cache.set(name, v);
    }
    return v;
  }
  georgiaCountry(): boolean {
    return this.has('ge', GE_STRONG);
  }
  georgiaState(): boolean {
    return this.has('gs', /\b(?:Atlanta|Savannah|Ga\.|U\.S\. states?|state of Georgia|Georgia state|Georgia-based)|\b(?:Alabama|Florida|Carolina|Tennessee|Texas|California|Michigan|Ohio|Arizona)\b/);
  }
  eu(): boolean {
    return this.has('eu', /\b(EU|European Union|European Commission|European Council|European Parliament|NATO|euro zone|eurozone|Eurogroup|ECB)\b/);
  }
  belgian(): boolean {
    return this.has('be', /\b(Belgi(?:um|an|ans)|Flemish|Walloon|Flanders|Wallonia)\b/);
  }
  northKorea(): boolean {
    return this.has('kp', /\b(North Korea|Pyongyang|DPRK|N\. ?Korea|Kim Jong|North Korean)/);
  }
  southKorea(): boolean {
    return this.has('kr', /\b(South Korea|Seoul|S\. ?Korea|South Korean|Republic of Korea|Bank of Korea|Lee Myung|Park Geun|Roh Moo|Moon Jae)/);
  }
  congoRepublic(): boolean {
    return this.has('cg', /\b(Brazzaville|Republic of (?:the )?Congo|Congo Republic|Sassou)/) && !this.has('cd', /\b(Kinshasa|Democratic Republic|DRC|Kabila|Goma|Kivu)/);
  }
  iran(): boolean {
    return this.has('ir', /\b(Iran|Iranian|Iranians|Tehran)\b/);
  }
  britain(): boolean {
    return this.has('gb', /\b(Britain|British|London|Downing Street|Prime Minister)\b/);
  }
}

const GE_STRONG = /Tbilisi|Saakashvili|Ossetia|Abkhaz|Caucasus|Ivanishvili|Shevardnadze|Margvelashvili|Garibashvili|Kvirikashvili|Batumi|(?:ex|former)[- ]Soviet|Russian?[- ]Georgian?\b|Georgian?[- ]Russian?\b|war (?:with|in|against) Georgia|Georgia war|Georgian (?:President|Prime|Foreign|Defen[cs]e|troops|army|government|forces|capital|leader|opposition|parliament|region|regions|Dream|authorities|officials|border)/;
const US_STATE_NAME_RE = /\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Wisconsin|Wyoming|Atlanta|Savannah)\b/;

/** Whether the word just before (if any) is a capitalised name's, not a function word's. */
function capNameBefore(prevAdj: Tok | undefined): boolean {
  return !!prevAdj && isCapWord(prevAdj.t) && !FUNCTION_CAPS.has(prevAdj.t);
}

/** "Georgia": the Caucasus country or the US state? Local evidence first, then the document. */
function georgiaIsCountry(toks: Tok[], i: number, j: number, text: string, ctx: DocContext): boolean {
  const prev = toks[i - 1];
  const next = toks[j + 1];
  const nextAdj = next && text.slice(toks[j].end, next.start) === ' ' ? next : undefined;
  const prevAdj = prev && text.slice(prev.end, toks[i].start) === ' ' ? prev : undefined;
  if (nextAdj && /^(?:state|State|Governor|governor|Bulldogs|Aquarium|Dome|Senate|House|Tech|Power|Institute|Southern|Pacific|Gulf)$/.test(nextAdj.t)) return false;
  if (prevAdj && /^(?:Gov|Sen|Rep|Southern|South|North|Central|of)$/.test(prevAdj.t) && !(prevAdj.t === 'of' && toks[i - 2]?.t === 'Republic')) {
    if (prevAdj.t !== 'of' || /^(?:University|state|State|Bank|Port)$/.test(toks[i - 2]?.t ?? '')) return false;
  }
  if (toks[j].t === 'Georgia' && nextAdj && isCapWord(nextAdj.t) && !CONTINUATIONS.has(nextAdj.t) && !/^(?:In|On|And|But)$/.test(nextAdj.t)) return false;
  const lo = Math.max(0, toks[i].start - 160);
  const hi = Math.min(text.length, toks[j].end + 160);
  const win = text.slice(lo, hi);
  if (GE_STRONG.test(win)) return true;
  // "Kennesaw, Georgia", "Atlanta, Georgia": a town then the state (but "Ukraine, Georgia, Armenia" is a list of countries)
  if (prev && prev.t === ',') {
    const before = toks[i - 2];
    if (before && isCapWord(titleCase(before.t))) {
      const c = countryOfSurface(titleCase(before.t));
      if (!c) return false;
    }
  }
  const local = text.slice(Math.max(0, toks[i].start - 60), Math.min(text.length, toks[j].end + 60));
  if (US_STATE_NAME_RE.test(local) || /U\.S\.|\bAmerican\b/.test(win)) {
    if (!/\b(?:Russia|Moscow|Ukraine|Armenia|Azerbaijan|Kazakhstan|Kremlin)/.test(local)) return false;
  }
  if (/\b(?:Rep\.|Sen\.|Senator|Representative|Republican|Democrat|Gov\.|Governor|county|County)/.test(text.slice(Math.max(0, toks[i].start - 50), toks[i].start))) return false;
  if (/\b(?:Russia|Moscow|Ukraine|Armenia|Azerbaijan|Kremlin)/.test(win)) return true;
  if (ctx.georgiaCountry()) return true;
  if (ctx.georgiaState()) return false;
  // No local or strong evidence: a country only if the article is about that part of the world.
  return ctx.has('ge-weak', /\b(?:Russia|Russian|Moscow|Kremlin|Ukraine|Armenia|Azerbaijan|NATO|Black Sea|Eastern Partnership|Turkey)\b/);
}

export function ruleAllows(rule: Rule, toks: Tok[], i: number, j: number, text: string, ctx: DocContext): boolean {
  const prev = toks[i - 1];
  const next = toks[j + 1];
  const prevAdj = prev && text.slice(prev.end, toks[i].start) === ' ' ? prev : undefined;
  const nextAdj = next && text.slice(toks[j].end, next.start) === ' ' ? next : undefined;
  switch (rule) {
    case 'none':
      return true;
    case 'personish': {
      if (capNameBefore(prevAdj)) return false; // "Michael Jordan", "Irving Berlin"
      if (nextAdj && isCapWord(nextAdj.t) && !CONTINUATIONS.has(nextAdj.t)) {
        // "Paris Hilton", "Chad Hurley", but "Jordan's" has no space
        return false;
      }
      return true;
    }
    case 'washington': {
      if (capNameBefore(prevAdj)) return false; // "George Washington", "Denzel Washington"
      if (prev && prev.t === ',' && WASHINGTON_STATE_CITIES.has(toks[i - 2]?.t ?? '')) return false;
      if (nextAdj && /^(?:state|State|Governor|governor|Huskies|Cougars)$/.test(nextAdj.t)) return false;
      if (prevAdj && /^(?:Gov|Sen|Rep)$/.test(prevAdj.t)) return false;
      return true;
    }
    case 'georgia':
      return georgiaIsCountry(toks, i, j, text, ctx);
    case 'brussels':
      return !ctx.eu() || ctx.belgian();
    case 'iran':
      return ctx.iran();
    case 'prefix':
      // "Sino-U.S.", "Franco-German": only as a combining form
      return !!next && next.t === '-' && next.start === toks[j].end;
    case 'britain':
      return ctx.britain();
    case 'us': {
      // "US" the country, not the pronoun of an all-capitals line ("LET US")
      const p = prevAdj?.t;
      const n = nextAdj?.t;
      if (p && /^[A-Z]{2,}$/.test(p) && !/^(?:EU|UK|UN|G\d+)$/.test(p) && n && /^[A-Z]{2,}$/.test(n)) return false;
      return true;
    }
    default:
      return true;
  }
}

export function resolveCode(entry: Entry, ctx: DocContext): string[] {
  const code = entry.code!;
  switch (entry.rule) {
    case 'korea':
      return [ctx.northKorea() && !ctx.southKorea() ? 'KP' : 'KR'];
    case 'koreas':
      return ['KR', 'KP'];
    case 'congo':
      return [ctx.congoRepublic() ? 'CG' : 'CD'];
    default:
      return [code];
  }
}
