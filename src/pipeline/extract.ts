/**
 * The extraction pipeline: an article through the stages, in order. It sits above both:
 * extract/ finds things in text (tokens, the tagger's spans, countries, known organizations,
 * topics, roles, meetings), resolve/ turns the tagger's spans into the article's people and
 * organizations. The pipeline loads the models and hands them to the stages that need them.
 */
import { foldName } from '../article/names.js';
import type { ParsedArticle } from '../article/parse.js';
import type { Extraction, ExtractedCountry, ExtractedTopic } from '../extract/contract.js';
import { countryName } from '../extract/countries/gazetteer.js';
import { findCountryMentions } from '../extract/countries/mentions.js';
import { findCreditSpans } from '../extract/credits.js';
import { findIndexMentions } from '../extract/indices.js';
import { SpanSet } from '../extract/intervals.js';
import { findMeetings } from '../extract/meetings/patterns/find.js';
import { findContactsLearned } from '../extract/meetings/decode.js';
import { groupMeetings } from '../extract/meetings/groups.js';
import { patternHints } from '../extract/meetings/hints.js';
import { loadMeetingModel } from '../extract/meetings/model.js';
import { meetingSettings } from '../extract/meetings/when-where.js';
import { meetingPeople } from '../extract/meetings/references.js';
import { loadNerModel, tagDocument, type NerModel } from '../extract/ner/index.js';
import { findKnownOrganizations } from '../extract/organizations.js';
import { findRoles } from '../extract/roles.js';
import { splitSentences } from '../extract/tokenize.js';
import { listTopics, scoreTopics, termEvidence } from '../extract/topics.js';
import { loadTopicModel, predictTopics } from '../extract/topic-model.js';
import type { Sentence, Span } from '../extract/types.js';
import { confidentLabel } from '../resolve/corpus-lexicon.js';
import { resolveOrganizations } from '../resolve/organizations.js';
import { resolvePeople } from '../resolve/people.js';
import { settleTaggedSpans, type SpanObserver } from '../resolve/settle-spans.js';
import { knownOutsideBodies, repairOrganizationSpans } from '../resolve/org-spans.js';
import { relabelFirmsNamedLikePeople } from '../resolve/org-context.js';
import { relabelNonPeople } from '../resolve/person-context.js';
import { organizationFeatures, verifierKeeps, type OrgVerifier, type VerifierContext } from '../resolve/org-verifier.js';
import type { SpanTypeModel } from '../resolve/span-types.js';
import { loadLexicon, loadOrgVerifier, spanTypesOf } from './models.js';

/** "(Reuters) -": the agency's dateline, not a mention of Reuters as an actor. */
function datelineSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\((?:Reuters|AP|AFP|Reuters Breakingviews|IFR)\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return spans;
}

/** The sentences extraction reads: the title's, then the body's (not the date line). Offsets index `article.text`. */
export function articleSentences(article: ParsedArticle): Sentence[] {
  const { text } = article;
  return [
    ...(article.titleEnd > article.titleStart ? splitSentences(text, article.titleStart, article.titleEnd) : []),
    ...splitSentences(text, article.bodyStart, text.length),
  ];
}

/**
 * The article's topics, main topic first: the trained classifier's (npm run train:topics), the
 * term lists among its features; without a trained model, the term lists' own scores, the best
 * marked main. `text` starts at the title.
 */
export function articleTopics(text: string, titleEnd: number, countries: Iterable<string>, source?: string, organizations?: Iterable<string>): ExtractedTopic[] {
  const model = loadTopicModel();
  const info = topicInfo();
  if (!model) return scoreTopics(text, { titleEnd }).map((t, i) => ({ id: t.id, label: t.label, score: t.score, main: i === 0, ...(t.iptc ? { iptc: t.iptc } : {}) }));
  // The term lists are read once: they are the classifier's features and the back-off's scores.
  const evidence = termEvidence(text, titleEnd);
  const learned = predictTopics(model, text, { titleEnd, countries, source, organizations, evidence }).map((t) => {
    const def = info.get(t.id)!;
    return { id: t.id, label: def.label, score: t.score, main: t.main, ...(def.iptc ? { iptc: def.iptc } : {}) };
  });
  // A topic the classifier saw too few examples of (diplomacy in a business-heavy sample) is left to the term lists.
  const positives = (model.meta.trainPositives ?? {}) as Record<string, number>;
  const have = new Set(learned.map((t) => t.id));
  const backoff = scoreTopics(text, { titleEnd, evidence })
    .filter((t) => (positives[t.id] ?? 0) < MIN_TRAIN_POSITIVES && !have.has(t.id))
    .map((t) => ({ id: t.id, label: t.label, score: t.score, main: false, ...(t.iptc ? { iptc: t.iptc } : {}) }));
  return [...learned, ...backoff];
}

/** Topics with fewer train articles than this are decided by the term lists, not the classifier. */
const MIN_TRAIN_POSITIVES = 5;

let TOPIC_INFO: Map<string, { label: string; iptc?: string }> | undefined;
function topicInfo(): Map<string, { label: string; iptc?: string }> {
  return (TOPIC_INFO ??= new Map(listTopics().map((t) => [t.id, t])));
}

/**
 * Who met whom among the article's people. The trained meeting model decides (npm run train:meetings); the
 * pattern finder's verdicts are among its features. Without a trained model the patterns decide, as before
 * the model existed.
 */
function findArticleMeetings(
  text: string,
  sentences: Sentence[],
  people: ReturnType<typeof resolvePeople>,
  roles: Map<string, ReturnType<typeof findRoles>>,
  countryMentions: ReturnType<typeof findCountryMentions>,
  bodyStart: number,
) {
  const meetingModel = loadMeetingModel();
  if (!meetingModel) return findMeetings(text, sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })), people);
  // Candidates also pair the people that "the two leaders", "his French counterpart" or "the Chinese premier" refer to.
  const candidatePeople = meetingPeople(text, sentences, people.map((p) => ({ ...p, roles: roles.get(p.name) })), countryMentions);
  // Met pairs one sentence states are one group meeting; planned, negated and remote contacts come along, marked.
  return groupMeetings(findContactsLearned(meetingModel, text, sentences, candidatePeople, patternHints(text, sentences, people), bodyStart));
}

/**
 * The pure extraction pipeline: sentences, named entities, then people,
 * countries, organizations, topics, roles and meetings resolved within the
 * article. Text in, plain data out; offsets index `article.text`.
 */
export interface ExtractOptions {
  /** The organization verifier to apply: the shipped one when absent, none when null (training reads the unverified output). */
  orgVerifier?: OrgVerifier | null;
  /** Called with each organization resolution found, before the verifier, and its features: what `npm run train:orgs` learns from. */
  observeOrganizations?: (orgs: ReadonlyArray<{ name: string; aliases: string[] }>, features: string[][]) => void;
  /** Called with the entity spans after each step from the tagger's to the organizations' repair, by the step's name. */
  observeSpans?: SpanObserver;
  /** The tagger to run: the shipped one when absent (training the verifier on an out-of-fold tagger's view gives another). */
  nerModel?: NerModel;
  /** The learned span types: the shipped ones when absent, none when null (the verifier's out-of-fold view gives its fold's). */
  spanTypes?: SpanTypeModel | null;
}

export function extractArticle(article: ParsedArticle, opts: ExtractOptions = {}): Extraction {
  const { text } = article;
  const sentences = articleSentences(article);
  const model = opts.nerModel ?? loadNerModel();
  const tagged = tagDocument(model, sentences, text);
  const lexicon = loadLexicon();
  const observe = opts.observeSpans;
  observe?.('tagged', tagged);
  const spans = settleTaggedSpans(text, sentences, tagged, { capStat: model.data.res.capStat, lexicon, spanTypes: opts.spanTypes === undefined ? spanTypesOf(model.data.res) : opts.spanTypes ? { model: opts.spanTypes, res: model.data.res } : undefined, observe });
  const firms = relabelFirmsNamedLikePeople(text, spans);
  observe?.('relabelFirmsNamedLikePeople', firms);
  const nonPeople = relabelNonPeople(text, firms);
  observe?.('relabelNonPeople', nonPeople);
  const entities = repairOrganizationSpans(text, nonPeople, { lex: lexicon, capStat: model.data.res.capStat });
  observe?.('repairOrganizationSpans', entities);
  const credits = findCreditSpans(text);
  const datelines = datelineSpans(text);

  // A name the curated organizations list holds is that organization, not a person ("Kyodo said").
  const known = findKnownOrganizations(text, { start: article.titleStart, exclude: [...credits, ...datelines] });
  const people = resolvePeople(
    text,
    entities.filter((e) => e.label === 'PER'),
    {
      exclude: [...credits, ...known],
      sentences,
      organizations: entities.filter((e) => e.label === 'ORG'),
      // A tagged organization the corpus lexicon confidently calls one: "Tata Steel" beside Ratan Tata.
      isFirm: (name: string) => confidentLabel(lexicon, name) === 'ORG',
    },
  );
  const personSpans = people.flatMap((p) => p.mentions);

  const countryMentions = findCountryMentions(text, { start: article.titleStart, exclude: [...personSpans, ...credits] });
  const byCode = new Map<string, ExtractedCountry>();
  for (const m of countryMentions) {
    const c = byCode.get(m.code) ?? { code: m.code, name: countryName(m.code), mentions: [] };
    c.mentions.push({ start: m.start, end: m.end, text: m.text, via: m.via });
    byCode.set(m.code, c);
  }

  // "the Nikkei average", "S&P 500 futures": an index's words name no organization there (data/ner/index-designators.json).
  const notOrg = [...personSpans, ...credits, ...datelines, ...findIndexMentions(text)];
  const personSet = new SpanSet(personSpans);
  const resolvedOrganizations = resolveOrganizations(
    text,
    entities.filter((e) => e.label === 'ORG'),
    // findKnownOrganizations' exclusion only drops matches: the same as matching again without the people.
    knownOutsideBodies(entities, known, text).filter((k) => !personSet.overlaps(k.start, k.end)),
    // The corpus's capitalisation statistics name an organization found only in capitals.
    { exclude: notOrg, capStat: model.data.res.capStat },
  );
  // The learned verifier drops what it reads as no organization: a product, an index, a programme, a place.
  const verifier = opts.orgVerifier === undefined ? loadOrgVerifier() : opts.orgVerifier;
  let organizations = resolvedOrganizations;
  if (verifier || opts.observeOrganizations) {
    const personWords = new Set(people.flatMap((p) => foldName(p.name).split(' ')));
    const ctx: VerifierContext = { text, tagged, lexicon, titleEnd: article.titleEnd, personWords, tokens: sentences.flatMap((s) => s.tokens) };
    const features = resolvedOrganizations.map((o) => organizationFeatures(o, ctx));
    opts.observeOrganizations?.(resolvedOrganizations, features);
    if (verifier) organizations = resolvedOrganizations.filter((_, i) => verifierKeeps(verifier, features[i]));
  }
  const orgMentions = organizations.flatMap((o) => o.mentions.map((m) => ({ ...m, name: o.name })));

  const roles = new Map(people.map((p) => [p.name, findRoles(text, p, { countries: countryMentions, organizations: orgMentions })]));
  // A contact joins two people at least: an article naming fewer (456 of the first 1,000
  // corpus articles, mostly business news) has none to look for.
  const meetings = people.length < 2 ? [] : findArticleMeetings(text, sentences, people, roles, countryMentions, article.bodyStart);
  const places = entities.filter((e) => e.label === 'LOC');
  const settingOf = meetingSettings({ text, sentences, bodyStart: article.bodyStart, publishedAt: article.publishedAt, people, places, countries: countryMentions });

  return {
    source: article.source ?? '<input>',
    article: { id: article.id, title: article.title, publishedAt: article.publishedAt },
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      roles: roles.get(p.name) ?? [],
      mentions: p.mentions,
    })),
    countries: [...byCode.values()],
    organizations,
    topics: articleTopics(
      text.slice(article.titleStart),
      article.titleEnd - article.titleStart,
      byCode.keys(),
      article.source,
      known.map((k) => k.id),
    ),
    meetings: meetings.map((m) => {
      // A contact that did not take place (yet) has no day of its own to read back from the article's: its date is the article's.
      if (m.status !== undefined) {
        const date = article.publishedAt ? { date: article.publishedAt.slice(0, 10), source: 'published' as const } : null;
        return { participants: m.participants, evidence: m.evidence, status: m.status, ...(date ? { date } : {}) };
      }
      const { date, place } = settingOf(m);
      return { participants: m.participants, evidence: m.evidence, ...(date ? { date } : {}), ...(place ? { place } : {}) };
    }),
  };
}
