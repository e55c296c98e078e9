/**
 * "Connect two entities": pick two (by name, as it is typed), see the chains of entities the API's
 * `paths` finds between them, each hop with the articles and meetings behind it, and the chains
 * drawn. A hop's link opens the whole evidence beside the drawing, as on an entity's page.
 */
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { EgoGraph } from '../graph';
import { KIND_STYLE } from '../graph';
import type { EntityKind, ExplorerEntityPickQuery, ExplorerPathsQuery } from '../gql/graphql';
import { evidenceSentences, type Mark } from '../highlight';
import { EdgeArticlesQuery, EntityPickQuery, EntityQuery, PathsQuery } from '../queries';
import { type Filters, type Kind, nodeKey, parseNodeKey, PATH_HOPS_MAX, type PathsView } from '../state';
import { download, exportButtons, type Row, toGraphml } from '../export';
import { loading, onAnswered, panel, peek } from '../store';
import { count, day, empty, entityLink, highlighted, href, kindBadge, legend, marksOf } from './common';
import { linkEvidence } from './evidence';

type End = 'a' | 'b';
type Hop = ExplorerPathsQuery['paths']['paths'][number]['hops'][number];
type PickNode = ExplorerEntityPickQuery['search'][number]['node'];
type Pick = Exclude<PickNode, { __typename: 'Article' }>;

/** The entities among the hits (the query asks for no articles; the type cannot know). */
function entitiesOf(d: ExplorerEntityPickQuery): Pick[] {
  return d.search.map((h) => h.node).filter((n): n is Pick => n.__typename !== 'Article');
}

const LABEL: Record<End, string> = { a: 'First entity', b: 'Second entity' };
/** How long typing pauses before the names are looked up. */
const TYPING_PAUSE_MS = 250;
const DEFAULT_HOPS = 3;

/** What is typed in each box, and what was last looked up (after a pause in typing). */
const typed: Record<End, string> = { a: '', b: '' };
const asked: Record<End, string> = { a: '', b: '' };
const timers: Partial<Record<End, ReturnType<typeof setTimeout>>> = {};

function lookUp(end: End, text: string, now: boolean): void {
  typed[end] = text;
  clearTimeout(timers[end]);
  const run = () => {
    asked[end] = text.trim();
    onAnswered();
  };
  if (now) run();
  else timers[end] = setTimeout(run, TYPING_PAUSE_MS);
}

/** The API's arguments for the chains the view asks for; undefined until both ends are chosen (and differ). */
export function pathVariables(v: PathsView) {
  const a = parseNodeKey(v.a ?? '');
  const b = parseNodeKey(v.b ?? '');
  if (!a || !b || v.a === v.b) return undefined;
  const via: EntityKind[] = v.wide ? ['PERSON', 'ORGANIZATION', 'COUNTRY', 'TOPIC'] : ['PERSON', 'ORGANIZATION'];
  return { source: a, target: b, maxHops: v.hops ?? DEFAULT_HOPS, via } as { source: { kind: EntityKind; id: string }; target: { kind: EntityKind; id: string }; maxHops: number; via: EntityKind[] };
}

/** The entity a chosen end names: its name once known, `missing` when the graph has no such entity. */
function endEntity(key: string | undefined): { state: 'none' | 'pending' | 'missing' } | { state: 'failed'; error: Error } | { state: 'found'; kind: Kind; id: string; name: string } {
  const ref = key ? parseNodeKey(key) : undefined;
  if (!ref) return { state: 'none' };
  const e = peek(EntityQuery, { ref });
  if (e.state === 'pending') return e;
  if (e.state === 'failed') return e;
  return e.value.entity ? { state: 'found', kind: ref.kind, id: ref.id, name: e.value.entity.name } : { state: 'missing' };
}

export function pathsPage(v: PathsView, filters: Filters, graph: EgoGraph, go: (v: PathsView) => void): TemplateResult {
  const a = endEntity(v.a);
  const b = endEntity(v.b);
  document.title = `${a.state === 'found' && b.state === 'found' ? `${a.name} to ${b.name}` : 'Connect two entities'} · newsgraph explorer`;
  return html`<h1 tabindex="-1">Connect two entities</h1>
    <p class="hint">Pick two people, organizations, countries or topics: the shortest chains between them, each link an article that mentions both or a meeting of the two.
      Chains are found over the whole graph; the date and topic filters apply to the evidence opened from a link.</p>
    <form class="controls paths" aria-label="The two entities and the chains to look for" @submit=${(e: Event) => e.preventDefault()}>
      ${picker('a', v, a, filters, go)} ${picker('b', v, b, filters, go)}
      <label>Longest chain
        <select name="hops" .value=${live(String(v.hops ?? DEFAULT_HOPS))} @change=${(e: Event) => go({ ...v, hops: Number((e.target as HTMLSelectElement).value), edge: undefined })}>
          ${Array.from({ length: PATH_HOPS_MAX }, (_, i) => i + 1).map((n) => html`<option value=${n} ?selected=${n === (v.hops ?? DEFAULT_HOPS)}>${count(n, 'hop')}</option>`)}
        </select>
      </label>
      <label><input type="checkbox" name="wide" .checked=${live(!!v.wide)} @change=${(e: Event) => go({ ...v, wide: (e.target as HTMLInputElement).checked || undefined, edge: undefined })} />
        Through countries and topics too</label>
    </form>
    ${chains(v, a, b, filters, graph, go)}`;
}

function picker(end: End, v: PathsView, chosen: ReturnType<typeof endEntity>, filters: Filters, go: (v: PathsView) => void): TemplateResult {
  const key = v[end];
  if (chosen.state === 'pending') return html`<p class="picked">${LABEL[end]}: ${loading(key ?? '')}</p>`;
  if (chosen.state === 'found') {
    return html`<p class="picked" id=${`picked-${end}`}>${LABEL[end]}: ${entityLink(chosen, filters)} ${kindBadge(chosen.kind)}
      <button type="button" class="link" aria-label=${`Change the ${LABEL[end].toLowerCase()}, ${chosen.name}`} @click=${() => {
        typed[end] = asked[end] = '';
        go({ ...v, [end]: undefined, edge: undefined });
        focusLater(`#pick-${end}`);
      }}>Change</button></p>`;
  }
  const q = asked[end];
  const hits = q.length >= 2 ? peek(EntityPickQuery, { query: q }) : undefined;
  const choose = (kind: Kind, id: string) => {
    typed[end] = asked[end] = '';
    const other: End = end === 'a' ? 'b' : 'a';
    go({ ...v, [end]: nodeKey(kind, id), edge: undefined });
    focusLater(v[other] ? 'main h2' : `#pick-${other}`);
  };
  return html`<div class="picker">
    <label for=${`pick-${end}`}>${LABEL[end]}</label>
    <input id=${`pick-${end}`} type="search" autocomplete="off" placeholder="Type a name" aria-describedby=${`pick-${end}-hits`}
      .value=${live(typed[end])}
      @input=${(e: Event) => lookUp(end, (e.target as HTMLInputElement).value, false)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        const text = (e.target as HTMLInputElement).value.trim();
        // Enter takes the best hit for what is typed, once it is known; else looks it up now.
        const now = text.length >= 2 ? peek(EntityPickQuery, { query: text }) : undefined;
        const first = now?.state === 'done' ? entitiesOf(now.value)[0] : undefined;
        if (first) choose(first.kind as Kind, first.id);
        else lookUp(end, text, true);
      }} />
    <div id=${`pick-${end}-hits`} class="hits" aria-live="polite">
      ${key && chosen.state === 'missing' ? html`<p class="error" role="alert">${missing(key)}</p>` : null}
      ${chosen.state === 'failed' ? html`<p class="error" role="alert">Could not look up ${key}: ${chosen.error.message}</p>` : null}
      ${!hits
        ? q
          ? empty('Type at least two letters.')
          : null
        : hits.state === 'pending'
          ? loading('matching names')
          : hits.state === 'failed'
            ? html`<p class="error" role="alert">Could not look up “${q}”: ${hits.error.message}</p>`
            : entitiesOf(hits.value).length
              ? html`<ul class="picks" aria-label=${`Entities matching “${q}”`}>
                  ${entitiesOf(hits.value).map(
                    (node) => html`<li>
                      <button type="button" class="link" @click=${() => choose(node.kind as Kind, node.id)}>${node.name}</button>
                      ${kindBadge(node.kind as Kind)} <small>${count(node.articleCount, 'article')}</small>
                    </li>`,
                  )}
                </ul>`
              : html`<p class="empty" role="status">No person, country, organization or topic named “${q}” in the graph. Try another spelling.</p>`}
    </div>
  </div>`;
}

function missing(key: string): string {
  const ref = parseNodeKey(key)!;
  return `No ${KIND_STYLE[ref.kind].label.toLowerCase()} with id "${ref.id}" in the graph.`;
}

function focusLater(selector: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus()));
}

/** A `KIND:id|KIND:id` link id, its ends in order, as the drawing names its links. */
function linkId(x: { kind: string; id: string }, y: { kind: string; id: string }): string {
  return [nodeKey(x.kind as Kind, x.id), nodeKey(y.kind as Kind, y.id)].sort().join('|');
}

function chains(v: PathsView, a: ReturnType<typeof endEntity>, b: ReturnType<typeof endEntity>, filters: Filters, graph: EgoGraph, go: (v: PathsView) => void): unknown {
  if (!v.a || !v.b) return empty('Choose both entities to see what connects them.');
  if (v.a === v.b) return html`<p class="error" role="alert">The two entities are the same: choose another second entity.</p>`;
  if (a.state === 'missing' || b.state === 'missing') return empty('Choose an entity the graph holds for each end.');
  if (a.state !== 'found' || b.state !== 'found') return a.state === 'failed' || b.state === 'failed' ? null : loading('the two entities');
  const vars = pathVariables(v)!;
  const hops = vars.maxHops;
  return panel('the chains', PathsQuery, vars, (d) => {
    const found = d.paths.paths;
    if (!found.length) {
      return html`<h2 tabindex="-1">No chain found</h2>
        <p class="empty" role="status">No chain of at most ${count(hops, 'hop')} joins ${a.name} and ${b.name} through ${v.wide ? 'people, organizations, countries or topics' : 'people and organizations'}.</p>
        <p>
          ${hops < PATH_HOPS_MAX ? html`<button type="button" @click=${() => go({ ...v, hops: PATH_HOPS_MAX })}>Allow ${count(PATH_HOPS_MAX, 'hop')}</button>` : null}
          ${v.wide ? null : html`<button type="button" @click=${() => go({ ...v, wide: true })}>Through countries and topics too</button>`}
        </p>`;
    }
    const weight = new Map(d.paths.subgraph.edges.map((e) => [e.id, e]));
    const nodeKeyOf = new Map(d.paths.subgraph.nodes.map((n) => [n.id, nodeKey(n.kind as Kind, n.entity.id)]));
    // The API's edge ids name its own node ids; the view's, the explorer's KIND:id keys.
    const counts = new Map([...weight.values()].map((e) => [[nodeKeyOf.get(e.source) ?? e.source, nodeKeyOf.get(e.target) ?? e.target].sort().join('|'), e]));
    const file = `${a.id}-${b.id}-chains`;
    const rows = (): Row[] => found.flatMap((p, i) => p.hops.map((h, j) => hopRow(i, j, h, counts.get(linkId(h.from, h.to)))));
    return html`<h2 tabindex="-1">${count(found.length, 'chain')} of ${count(d.paths.length ?? 0, 'hop')}</h2>
      <p class="hint">Best supported first (the weakest link of each has the most articles and meetings behind it). Click a link in the drawing, or “All evidence” on a hop, for every article and meeting behind it.</p>
      <p>Export ${exportButtons('these chains', file, rows)}
        <button type="button" class="link" aria-label="Export the drawn chains as GraphML" @click=${() => {
          const drawn = graph.drawn();
          download(`${file}.graphml`, 'application/graphml+xml', toGraphml(drawn.nodes, drawn.edges));
        }}>GraphML</button></p>
      <section class="graph-area" aria-label="The chains drawn">
        <div class="graph-main">
          ${legend((['PERSON', 'COUNTRY', 'ORGANIZATION', 'TOPIC'] as Kind[]).filter((k) => d.paths.subgraph.nodes.some((n) => n.kind === k)))}
          <div class="graph" role="img" aria-label=${`The chains from ${a.name} (left) to ${b.name} (right); the list below gives the same links`}></div>
        </div>
        <aside class="detail" aria-live="polite">${detail(v, filters, go)}</aside>
      </section>
      <ol class="chains">
        ${found.map(
          (p, i) => html`<li class="chain">
            <h3>Chain ${i + 1}: ${[p.hops[0].from, ...p.hops.map((h) => h.to)].map((e, k) => html`${k ? ' → ' : ''}${entityLink(e, filters)}`)}</h3>
            <ol class="hops">${p.hops.map((h) => hopItem(v, h, counts.get(linkId(h.from, h.to)), filters, go))}</ol>
          </li>`,
        )}
      </ol>`;
  });
}

/** The articles a hop's sentence is read from: the newest that mention both ends, as the API's hop lists them first. */
function hopArticleVariables(h: Hop) {
  return { mentions: [{ kind: h.from.kind, id: h.from.id }, { kind: h.to.kind, id: h.to.id }], first: 1 };
}

/** The sentence of the hop's newest article that names both ends (or, failing that, either), marked. */
function hopSentence(h: Hop): { text: string; marks: Mark[]; start: number; end: number; article: { id: string } } | undefined {
  const d = peek(EdgeArticlesQuery, hopArticleVariables(h));
  const art = d.state === 'done' ? d.value.articles.nodes[0] : undefined;
  if (!art) return undefined;
  const ka = nodeKey(h.from.kind as Kind, h.from.id);
  const kb = nodeKey(h.to.kind as Kind, h.to.id);
  const marks = marksOf([...art.people, ...art.countries, ...art.organizations]).filter((m) => [ka, kb].includes(nodeKey(m.kind, m.id)));
  const s = evidenceSentences(art.sentences, marks, ka, kb, 1)[0];
  return s ? { text: art.text, marks, start: s.start, end: s.end, article: art } : undefined;
}

function hopItem(v: PathsView, h: Hop, weight: { articleCount: number; meetingCount: number } | undefined, filters: Filters, go: (v: PathsView) => void): TemplateResult {
  const id = linkId(h.from, h.to);
  const sentence = hopSentence(h);
  return html`<li class="hop">
    <h4>${h.from.name} — ${h.to.name}</h4>
    <p>${weight ? html`${weight.meetingCount ? `${count(weight.meetingCount, 'meeting')} · ` : ''}${count(weight.articleCount, 'article')} in common` : null}
      <button type="button" class="link" aria-pressed=${v.edge === id ? 'true' : 'false'} aria-label=${`All evidence for ${h.from.name} and ${h.to.name}`} @click=${() => {
        go({ ...v, edge: id });
        focusLater('aside.detail h3');
      }}>All evidence</button></p>
    ${h.meetings.length
      ? html`<ol class="meetings">
          ${h.meetings.map(
            (m) => html`<li class="meeting">
              <div class="meta">
                Met <time datetime=${m.date ?? ''}>${day(m.date)}${m.dateSource === 'TEXT' ? '' : ' (reported)'}</time>${m.place?.name ? ` in ${m.place.name}` : ''}:
                ${m.participants.map((p, i) => html`${i ? ' · ' : ''}${entityLink({ kind: 'PERSON', ...p }, filters)}`)}
              </div>
              <blockquote>${m.evidence.text}</blockquote>
              <a class="source" href=${href({ name: 'article', id: m.article.id }, filters)}>${m.article.title}</a>
            </li>`,
          )}
        </ol>`
      : null}
    <ol class="articles">
      ${h.articles.map(
        (art) => html`<li>
          <a href=${href({ name: 'article', id: art.id }, filters)}>${art.title}</a> <time datetime=${art.publishedAt ?? ''}>${day(art.publishedAt)}</time>
          ${sentence?.article.id === art.id ? html`<blockquote>${highlighted(sentence.text, sentence.marks, sentence.start, sentence.end)}</blockquote>` : null}
        </li>`,
      )}
    </ol>
    ${sentence && !h.articles.some((a) => a.id === sentence.article.id)
      ? html`<blockquote>${highlighted(sentence.text, sentence.marks, sentence.start, sentence.end)}</blockquote>`
      : sentence
        ? null
        : // Loading, or what went wrong, with "Try again".
          panel('the sentence behind this link', EdgeArticlesQuery, hopArticleVariables(h), () => null)}
  </li>`;
}

/** A hop as a row of the export: its ends, its weight, and the first evidence the view shows for it. */
function hopRow(chain: number, hop: number, h: Hop, weight: { articleCount: number; meetingCount: number } | undefined): Row {
  const meeting = h.meetings[0];
  const art = h.articles[0];
  const sentence = meeting ? undefined : hopSentence(h);
  return {
    chain: chain + 1,
    hop: hop + 1,
    from: h.from.name,
    fromKind: h.from.kind,
    fromId: h.from.id,
    to: h.to.name,
    toKind: h.to.kind,
    toId: h.to.id,
    meetings: weight?.meetingCount ?? h.meetings.length,
    articles: weight?.articleCount ?? h.articles.length,
    evidence: meeting ? meeting.evidence.text : sentence ? sentence.text.slice(sentence.start, sentence.end) : null,
    articleId: meeting ? meeting.article.id : (art?.id ?? null),
    articleTitle: meeting ? meeting.article.title : (art?.title ?? null),
    articleDate: meeting ? (meeting.date?.slice(0, 10) ?? null) : (art?.publishedAt?.slice(0, 10) ?? null),
  };
}

function detail(v: PathsView, filters: Filters, go: (v: PathsView) => void): TemplateResult {
  const [ka, kb] = (v.edge ?? '').split('|');
  const a = parseNodeKey(ka ?? '');
  const b = parseNodeKey(kb ?? '');
  if (!v.edge) return html`<h3>Evidence</h3><p class="hint">Select a link in the drawing, or “All evidence” on a hop, to see every meeting and article behind it.</p>`;
  if (!a || !b) return html`<p class="error" role="alert">"${v.edge}" is not a link between two entities.</p>`;
  const name = (ref: { kind: Kind; id: string }) => {
    const e = peek(EntityQuery, { ref });
    return e.state === 'done' && e.value.entity ? e.value.entity.name : ref.id;
  };
  const ea = { ...a, name: name(a) };
  const eb = { ...b, name: name(b) };
  return html`<h3 tabindex="-1">${ea.name} — ${eb.name}</h3>
    <p class="links">${entityLink(ea, filters)} ${entityLink(eb, filters)}
      <button type="button" class="link" @click=${() => go({ ...v, edge: undefined })}>Close</button></p>
    ${linkEvidence(ea, eb, filters)}`;
}

/** Draws the chains the view shows, once they have arrived, into the page's graph container. */
export function drawPaths(v: PathsView, container: HTMLElement, graph: EgoGraph): void {
  const vars = pathVariables(v);
  if (!vars) return;
  const d = peek(PathsQuery, vars);
  if (d.state === 'done' && d.value.paths.paths.length) graph.show(container, v.a!, v.b!, d.value.paths.subgraph, v.edge);
}
