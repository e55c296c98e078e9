/**
 * The explorer's shell: reads the state from the URL, renders the view with lit-html, and turns
 * link clicks and form changes into history entries, so every view is a shareable address.
 */
import { html, render } from 'lit-html';
import { EgoGraph } from './graph';
import { TopicsQuery } from './queries';
import { apiRange, type Filters, formatState, parseState, type State, type View } from './state';
import { panel, whenAnswered } from './store';
import { href } from './views/common';
import { articlePage } from './views/article';
import { countriesPage } from './views/countries';
import { entityPage } from './views/entity';
import { homePage } from './views/home';
import './style.css';

const root = document.getElementById('app')!;
let state: State = parseState(location.search);

function navigate(next: State, opts: { replace?: boolean } = {}): void {
  const url = `${location.pathname}${formatState(next)}`;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  const moved = next.view.name !== state.view.name;
  state = next;
  scheduleRender();
  if (moved) window.scrollTo(0, 0);
}

const go = (view: View) => navigate({ view, filters: state.filters });

const graph = new EgoGraph({
  onNode: (key) => {
    const v = state.view;
    if (v.name !== 'entity' || v.expanded.includes(key) || key === `${v.kind}:${v.id}`) return;
    navigate({ view: { ...v, expanded: [...v.expanded, key] }, filters: state.filters });
  },
  onEdge: (id) => {
    const v = state.view;
    if (v.name === 'entity') navigate({ view: { ...v, edge: id }, filters: state.filters });
  },
  changed: () => scheduleRender(),
});

let searchTimer: ReturnType<typeof setTimeout> | undefined;
function search(q: string, now: boolean): void {
  clearTimeout(searchTimer);
  const run = () => navigate({ view: { name: 'home', q }, filters: state.filters }, { replace: state.view.name === 'home' });
  if (now) run();
  else searchTimer = setTimeout(run, 250);
}

function setFilters(f: Filters): void {
  const clean: Filters = {};
  if (f.from) clean.from = f.from;
  if (f.to) clean.to = f.to;
  if (f.topic) clean.topic = f.topic;
  navigate({ view: state.view, filters: clean }, { replace: true });
}

function header(s: State) {
  const q = s.view.name === 'home' ? (s.view.q ?? '') : '';
  const f = s.filters;
  return html`<header class="top">
    <a class="brand" href=${href({ name: 'home' }, f)}>newsgraph <span>explorer</span></a>
    <form role="search" @submit=${(e: Event) => {
      e.preventDefault();
      search(((e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value, true);
    }}>
      <label for="q" class="sr-only">Search people, countries, organizations, topics and article titles</label>
      <input id="q" name="q" type="search" placeholder="Search people, countries, organizations, topics, titles" autocomplete="off"
        .value=${q} @input=${(e: Event) => search((e.target as HTMLInputElement).value, false)} />
      <button type="submit">Search</button>
    </form>
    <nav aria-label="Views">
      <a href=${href({ name: 'countries', order: 'ARTICLES' }, f)} aria-current=${s.view.name === 'countries' ? 'page' : 'false'}>Countries together</a>
      <a href="/graphql">API playground</a>
    </nav>
  </header>
  <form class="filters" aria-label="Filters for every view" @submit=${(e: Event) => e.preventDefault()}>
    <label>From <input type="date" name="from" .value=${f.from ?? ''} @change=${(e: Event) => setFilters({ ...f, from: (e.target as HTMLInputElement).value })} /></label>
    <label>To <input type="date" name="to" .value=${f.to ?? ''} @change=${(e: Event) => setFilters({ ...f, to: (e.target as HTMLInputElement).value })} /></label>
    <label>Topic
      <select name="topic" @change=${(e: Event) => setFilters({ ...f, topic: (e.target as HTMLSelectElement).value })}>
        <option value="">Any topic</option>
        ${panel('topics', TopicsQuery, {}, (d) => d.topics.nodes.map((t) => html`<option value=${t.id} ?selected=${t.id === f.topic}>${t.name} (${t.articleCount})</option>`))}
      </select>
    </label>
    ${f.from || f.to || f.topic ? html`<button type="button" @click=${() => setFilters({})}>Clear filters</button>` : null}
  </form>`;
}

function page(s: State) {
  const v = s.view;
  switch (v.name) {
    case 'home':
      return homePage(v.q, s.filters);
    case 'entity':
      return entityPage(v, s.filters, graph, go);
    case 'countries':
      return countriesPage(v, s.filters, go);
    case 'article':
      return articlePage(v.id, s.filters);
  }
}

let queued = false;
function scheduleRender(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    render(html`${header(state)}<main id="main">${page(state)}</main>`, root);
    // The graph draws into its container once the container is in the document.
    const v = state.view;
    const container = root.querySelector<HTMLElement>('div.graph');
    if (v.name === 'entity' && container) {
      graph.sync(container, { root: { kind: v.kind, id: v.id }, range: apiRange(state.filters), expanded: v.expanded, selectedEdge: v.edge });
    }
  });
}

// Links to other views stay in the page: same document, a new history entry.
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element).closest?.('a');
  // Only the explorer's own links (a query string); the skip link, the playground and others navigate as usual.
  if (!a || a.target || !a.getAttribute('href')?.startsWith('?')) return;
  e.preventDefault();
  navigate(parseState(a.search));
});
window.addEventListener('popstate', () => {
  state = parseState(location.search);
  scheduleRender();
});
whenAnswered(scheduleRender);
scheduleRender();
