/** The start: search results when there is a query, else what the graph holds and where to begin. */
import { html, type TemplateResult } from 'lit-html';
import { SearchQuery, StatsQuery } from '../queries';
import type { Filters, Kind } from '../state';
import { onAnswered, panel } from '../store';
import { count, day, empty, entityLink, href, kindBadge } from './common';

/** How many search hits to ask for, and at most (the API gives no cursor for search: "More" asks for a longer list). */
const SEARCH_PAGE = 20;
const SEARCH_MAX = 50;
const searchSize = new Map<string, number>();

export function homePage(q: string | undefined, filters: Filters): TemplateResult {
  document.title = q ? `${q} · newsgraph explorer` : 'newsgraph explorer';
  if (q?.trim()) {
    return html`<h1 tabindex="-1">Results for “${q}”</h1>
      ${filters.from || filters.to || filters.topic
        ? html`<p class="hint" id="search-scope">Search covers the whole graph: the date and topic filters do not narrow these results; they apply to the pages opened from them.</p>`
        : null}
      ${panel('search results', SearchQuery, { query: q.trim(), first: searchSize.get(q.trim()) ?? SEARCH_PAGE }, (d) =>
        d.search.length
          ? html`<ol class="results">
              ${d.search.map(({ node }) =>
                node.__typename === 'Article'
                  ? html`<li>${kindBadge('ARTICLE')} <a href=${href({ name: 'article', id: node.id }, filters)}>${node.title}</a> <time>${day(node.publishedAt)}</time></li>`
                  : html`<li>
                      ${kindBadge(node.kind as Kind)} ${entityLink(node, filters)} <small>${count(node.articleCount, 'article')}</small>
                      ${node.__typename === 'Person' && node.roles.length ? html`<small>· ${node.roles[0].title}</small>` : null}
                    </li>`,
              )}
            </ol>
            ${d.search.length === (searchSize.get(q.trim()) ?? SEARCH_PAGE)
              ? (searchSize.get(q.trim()) ?? SEARCH_PAGE) < SEARCH_MAX
                ? html`<button type="button" class="more" @click=${() => {
                    searchSize.set(q.trim(), Math.min(SEARCH_MAX, (searchSize.get(q.trim()) ?? SEARCH_PAGE) + SEARCH_PAGE));
                    onAnswered();
                  }}>More results</button>`
                : html`<p class="hint">The best ${SEARCH_MAX} hits are shown; more words narrow the search.</p>`
              : null}`
          : empty(`Nothing matches “${q}”. Try another spelling or fewer words.`),
      )}`;
  }
  return html`<h1 tabindex="-1">Explore the news graph</h1>
    <p>Search for a person, country, organization, topic or article title above, or start from one of these.</p>
    ${panel('the graph’s contents', StatsQuery, {}, (d) => {
      const s = d.stats;
      if (!s.articles) return empty('The graph is empty: ingest some articles first (newsgraph ingest DIR).');
      return html`<p>
          ${count(s.articles, 'article')} from ${day(s.firstPublishedAt)} to ${day(s.lastPublishedAt)}: ${count(s.people, 'person', 'people')},
          ${count(s.countries, 'country', 'countries')}, ${count(s.organizations, 'organization')}, ${count(s.topics, 'topic')}, ${count(s.meetings, 'meeting')}.
        </p>
        <div class="columns">
          <section><h2>Most mentioned people</h2><ul>${d.people.nodes.map((p) => html`<li>${entityLink({ kind: 'PERSON', ...p }, filters)} <small>${count(p.articleCount, 'article')}</small></li>`)}</ul></section>
          <section><h2>Most mentioned countries</h2><ul>${d.countries.nodes.map((c) => html`<li>${entityLink({ kind: 'COUNTRY', ...c }, filters)} <small>${count(c.articleCount, 'article')}</small></li>`)}</ul></section>
          <section><h2>Most mentioned organizations</h2><ul>${d.organizations.nodes.map((o) => html`<li>${entityLink({ kind: 'ORGANIZATION', ...o }, filters)} <small>${count(o.articleCount, 'article')}</small></li>`)}</ul></section>
          <section><h2>Largest topics</h2><ul>${d.topics.nodes.map((t) => html`<li>${entityLink({ kind: 'TOPIC', ...t }, filters)} <small>${count(t.articleCount, 'article')}</small></li>`)}</ul></section>
          <section><h2>Countries together</h2><p><a href=${href({ name: 'countries', order: 'ARTICLES' }, filters)}>The matrix of countries discussed together</a></p></section>
        </div>`;
    })}`;
}
