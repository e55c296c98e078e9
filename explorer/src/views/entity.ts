/** One entity: its ego network, meetings (people), mentions by month, and articles. */
import { html, svg, type TemplateResult } from 'lit-html';
import type { EgoGraph } from '../graph';
import { KIND_STYLE } from '../graph';
import type { ExplorerPersonMeetingsQuery, ExplorerTimelineQuery, MeetingFieldsFragment } from '../gql/graphql';
import { EntityArticlesQuery, EntityQuery, PersonMeetingsQuery, TimelineQuery } from '../queries';
import { apiFilter, type Filters, type Kind, nodeKey, parseNodeKey } from '../state';
import { exportButtons, download, toGraphml, type Row } from '../export';
import { failed, loading, paged, panel } from '../store';
import { count, day, empty, entityLink, href, kindBadge, legend } from './common';
import { type End, linkEvidence, meetingItem, meetingRow } from './evidence';

type EntityState = { name: 'entity'; kind: Kind; id: string; edge?: string; expanded: string[] };

export function entityPage(v: EntityState, filters: Filters, graph: EgoGraph, go: (v: EntityState) => void): TemplateResult {
  const root = { kind: v.kind, id: v.id };
  return html`${panel('the entity', EntityQuery, { ref: root }, (d) => {
    const e = d.entity;
    if (!e) return html`<h1 tabindex="-1">Not found</h1>${empty(`No ${KIND_STYLE[v.kind].label.toLowerCase()} with id "${v.id}" in the graph.`)}`;
    document.title = `${e.name} · newsgraph explorer`;
    const roles = 'roles' in e && e.roles?.length ? e.roles : [];
    const aliases = 'aliases' in e && e.aliases?.length ? e.aliases : [];
    return html`<header class="entity-head">
      <h1 tabindex="-1">${e.name} ${kindBadge(e.kind as Kind)}</h1>
      <p>
        ${count(e.articleCount, 'article')}${aliases.length ? html` · also written ${aliases.join(', ')}` : ''}
        ${roles.length
          ? html` · ${roles.map((r, i) => html`${i ? '; ' : ''}${r.title}${r.country ? `, ${r.country.name}` : ''}${r.organization ? `, ${r.organization.name}` : ''}`)}`
          : ''}
      </p>
    </header>`;
  })}
    <section class="graph-area" aria-labelledby="graph-h">
      <div class="graph-main">
        <h2 id="graph-h">Network</h2>
        <p class="hint">Entities mentioned with it, and the people it met (red). Click a node to grow the graph from it; click a link for the articles behind it.</p>
        ${legend(v.kind === 'TOPIC' ? ['PERSON', 'COUNTRY', 'ORGANIZATION', 'TOPIC'] : ['PERSON', 'COUNTRY', 'ORGANIZATION'])}
        <div class="graph" role="img" aria-label="Network of entities linked to this one; the table of connections below lists the same links"></div>
        ${graphStatus(graph)}
      </div>
      <aside class="detail" aria-live="polite">${detail(v, filters, graph, go)}</aside>
    </section>
    <section aria-labelledby="conn-h">
      <h2 id="conn-h">Connections</h2>
      ${connections(v, filters, graph, go)}
    </section>
    ${v.kind === 'PERSON'
      ? html`<section aria-labelledby="meet-h">
          <h2 id="meet-h">Who met whom</h2>
          ${paged('meetings', PersonMeetingsQuery, { id: v.id, ...apiFilter(filters), first: 20 }, (d) => d.meetings, (pages, more) => meetings(pages, more, v.id, filters))}
        </section>`
      : null}
    <section aria-labelledby="time-h">
      <h2 id="time-h">Mentions by month</h2>
      <p class="hint">Bars: articles that mention it each month; the table adds the mentions and meetings.</p>
      ${panel('the timeline', TimelineQuery, { ref: root, ...apiFilter(filters) }, (d) => timeline(d))}
    </section>
    <section aria-labelledby="art-h">
      <h2 id="art-h">Articles</h2>
      ${paged('articles', EntityArticlesQuery, { mentions: [root], ...apiFilter(filters), first: 20 }, (d) => d.articles, (pages, more) => {
        const total = pages[0].articles.totalCount;
        const list = pages.flatMap((d) => d.articles.nodes);
        if (!total) return empty('No articles with these filters.');
        return html`<p>${count(total, 'article')}${total > list.length ? `, newest ${list.length} shown` : ''}
            ${exportButtons('these articles', `${v.id}-articles`, () => list.map((a) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt ?? null })))}</p>
          <ol class="articles">
            ${list.map((a) => html`<li><a href=${href({ name: 'article', id: a.id }, filters)}>${a.title}</a> <time datetime=${a.publishedAt ?? ''}>${day(a.publishedAt)}</time></li>`)}
          </ol>
          ${more}`;
      })}
    </section>`;
}

function graphStatus(graph: EgoGraph): unknown {
  const s = graph.status;
  if (s.state === 'loading') return loading('the network');
  if (s.state === 'failed') return failed('the network', s.error, () => graph.retry());
  if (s.state === 'done' && graph.connections().length === 0) return empty('No links with these filters.');
  return null;
}

function detail(v: EntityState, filters: Filters, graph: EgoGraph, go: (v: EntityState) => void): TemplateResult {
  if (v.edge) {
    const [ka, kb] = v.edge.split('|');
    const a = graph.node(ka) ?? endOf(ka);
    const b = graph.node(kb) ?? endOf(kb);
    if (!a || !b) return html`<p class="error" role="alert">"${v.edge}" is not a link between two entities.</p>`;
    const c = graph.edge(v.edge);
    return html`<h3 tabindex="-1">${a.name} — ${b.name}</h3>
      ${c ? html`<p>${c.meetingCount ? `${count(c.meetingCount, 'meeting')} · ` : ''}${count(c.articleCount, 'article')} in common</p>` : null}
      <p class="links">${entityLink(a, filters)} ${entityLink(b, filters)}
        <button type="button" class="link" @click=${() => go({ ...v, edge: undefined })}>Close</button></p>
      ${linkEvidence(a, b, filters)}`;
  }
  return html`<h3>Details</h3>
    <p class="hint">Select a link in the network or in the connections table to see the meetings and articles behind it.</p>`;
}

/** Moves the focus (and the screen) to the evidence panel once it shows the chosen link. */
function focusDetail(): void {
  requestAnimationFrame(() => {
    const h = document.querySelector<HTMLElement>('aside.detail h3');
    if (!h) return;
    h.focus({ preventScroll: true });
    h.scrollIntoView({ block: 'nearest' });
  });
}

function endOf(key: string): End | undefined {
  const ref = parseNodeKey(key);
  return ref ? { ...ref, name: ref.id } : undefined;
}

function connections(v: EntityState, filters: Filters, graph: EgoGraph, go: (v: EntityState) => void): TemplateResult {
  const all = graph.connections();
  if (!all.length) return empty(graph.status.state === 'loading' ? 'Loading…' : 'None yet.');
  const rootKey = nodeKey(v.kind, v.id);
  const rows = all.filter((c) => graph.inFocus(c));
  const context = all.length - rows.length;
  const connectionRows = (): Row[] =>
    rows.map((c) => ({ source: c.source.name, sourceKind: c.source.kind, sourceId: c.source.id, target: c.target.name, targetKind: c.target.kind, targetId: c.target.id, meetings: c.meetingCount, articles: c.articleCount }));
  return html`<p class="hint">Links of the entities opened in the network, people met first.${context ? ` ${count(context, 'faint link')} among their neighbours are not listed.` : ''}</p>
  <p>Export ${exportButtons('these connections', `${v.id}-connections`, connectionRows)}
    <button type="button" class="link" aria-label="Export the drawn network as GraphML" @click=${() => {
      const drawn = graph.drawn();
      download(`${v.id}-network.graphml`, 'application/graphml+xml', toGraphml(drawn.nodes, drawn.edges));
    }}>GraphML</button></p>
  <table class="connections">
    <thead><tr><th scope="col">Between</th><th scope="col">Meetings</th><th scope="col">Articles</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
    <tbody>
      ${rows.map(
        (c) => html`<tr class=${v.edge === c.id ? 'selected' : ''}>
          <td>${entityLink(c.source, filters)} — ${entityLink(c.target, filters)}</td>
          <td>${c.meetingCount || ''}</td>
          <td>${c.articleCount}</td>
          <td>
            <button type="button" class="link" aria-pressed=${v.edge === c.id ? 'true' : 'false'} @click=${() => {
              go({ ...v, edge: c.id });
              focusDetail();
            }}>Evidence</button>
            ${[c.source, c.target]
              .filter((n) => n.key !== rootKey && !v.expanded.includes(n.key))
              .map((n) => html`<button type="button" class="link" @click=${() => go({ ...v, expanded: [...v.expanded, n.key] })}>Grow from ${n.name}</button>`)}
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function meetings(pages: ExplorerPersonMeetingsQuery[], more: TemplateResult | null, id: string, filters: Filters): TemplateResult {
  const d = pages[0];
  const list: MeetingFieldsFragment[] = pages.flatMap((p) => p.meetings.nodes);
  const exported = exportButtons('these meetings with their evidence', `${id}-meetings`, () => list.map(meetingRow));
  if (!list.length) return empty('No meetings reported with these filters.');
  const times = list.map((m) => Date.parse(m.date ?? '')).filter((t) => !Number.isNaN(t));
  // Articles ingested without a date give undated meetings: then there is no strip to draw.
  if (!times.length) return html`<p>${count(d.meetings.totalCount, 'meeting')}, none dated ${exported}</p><ol class="meetings">${list.map((m) => meetingItem(m, filters))}</ol>${more}`;
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, 86_400_000);
  const W = 800;
  const x = (t: number) => 20 + ((t - min) / span) * (W - 40);
  return html`<p>${count(d.meetings.totalCount, 'meeting')}${d.meetings.totalCount > list.length ? `, newest ${list.length} shown` : ''} ${exported}</p>
    <figure class="meeting-timeline">
      <svg viewBox="0 0 ${W} 60" role="img" aria-label=${`Meetings from ${day(new Date(min).toISOString())} to ${day(new Date(max).toISOString())}`}>
        ${svg`<line x1="20" y1="30" x2=${W - 20} y2="30" class="axis"></line>
        ${list.map((m) => {
          const t = Date.parse(m.date ?? '');
          if (Number.isNaN(t)) return null;
          const others = m.participants.filter((p) => p.id !== id).map((p) => p.name).join(', ');
          return svg`<circle cx=${x(t)} cy="30" r="6" class="dot"><title>${day(m.date)}: ${others}</title></circle>`;
        })}
        <text x="20" y="55" class="tick">${day(new Date(min).toISOString())}</text>
        <text x=${W - 20} y="55" text-anchor="end" class="tick">${day(new Date(max).toISOString())}</text>`}
      </svg>
    </figure>
    <ol class="meetings">${list.map((m) => meetingItem(m, filters))}</ol>
    ${more}`;
}

function timeline(d: ExplorerTimelineQuery): TemplateResult {
  // The API fills the empty months between the first and the last, so gaps show as gaps.
  const rows = d.timeline.map((b) => ({ month: b.start.slice(0, 7), articles: b.articles, mentions: b.mentions, meetings: b.meetings }));
  if (!rows.length) return empty('No mentions with these filters.');
  const top = Math.max(...rows.map((r) => r.articles), 1);
  const W = 800;
  const H = 140;
  const bw = Math.max(2, Math.min(40, (W - 40) / rows.length - 2));
  const step = (W - 40) / rows.length;
  return html`<figure class="timeline">
      <svg viewBox="0 0 ${W} ${H + 30}" role="img" aria-label=${`Articles per month, ${rows[0].month} to ${rows[rows.length - 1].month}, at most ${top}`}>
        ${svg`${rows.map((r, i) => {
          const h = (r.articles / top) * H;
          return svg`<rect x=${20 + i * step} y=${H - h + 5} width=${bw} height=${Math.max(h, r.articles ? 1 : 0)} class="bar"><title>${r.month}: ${count(r.articles, 'article')}, ${count(r.mentions, 'mention')}${r.meetings ? `, ${count(r.meetings, 'meeting')}` : ''}</title></rect>`;
        })}
        <text x="20" y=${H + 25} class="tick">${rows[0].month}</text>
        <text x=${W - 20} y=${H + 25} text-anchor="end" class="tick">${rows[rows.length - 1].month}</text>`}
      </svg>
    </figure>
    <details>
      <summary>As a table</summary>
      <table>
        <thead><tr><th scope="col">Month</th><th scope="col">Articles</th><th scope="col">Mentions</th><th scope="col">Meetings</th></tr></thead>
        <tbody>${rows.filter((r) => r.articles).map((r) => html`<tr><td>${r.month}</td><td>${r.articles}</td><td>${r.mentions}</td><td>${r.meetings}</td></tr>`)}</tbody>
      </table>
    </details>`;
}
