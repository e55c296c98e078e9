/**
 * The explorer's shell: reads the state from the URL, renders the view with lit-html, and turns
 * link clicks and form changes into history entries, so every view is a shareable address.
 */
import { html, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { EgoGraph } from './graph';
import { StatsQuery, TopicsQuery } from './queries';
import { apiFilter, emptyRange, type Filters, formatState, nodeKey, parseState, presets, type State, validDay, type View } from './state';
import { failed, forget, peek, whenAnswered } from './store';
import { href } from './views/common';
import { articlePage } from './views/article';
import { countriesPage } from './views/countries';
import { entityPage } from './views/entity';
import { homePage } from './views/home';
import './style.css';

const root = document.getElementById('app')!;
let state: State = parseState(location.search);

/** Set when another page opens (not while a search is typed): its heading takes the focus once drawn. */
let focusWanted = false;

/** Notes a move to another page: to the top, and the new heading will take the focus. */
function pageChange(from: View, to: View, byTyping = false): void {
  if (JSON.stringify(pageOf(from)) === JSON.stringify(pageOf(to))) return;
  window.scrollTo(0, 0);
  focusWanted = !byTyping;
}

function navigate(next: State, opts: { replace?: boolean; fromSearch?: boolean } = {}): void {
  // A search still waiting to run would undo this move.
  if (!opts.fromSearch) clearTimeout(searchTimer);
  const url = `${location.pathname}${formatState(next)}`;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  pageChange(state.view, next.view, opts.fromSearch);
  state = next;
  scheduleRender();
}

const go = (view: View) => navigate({ view, filters: state.filters });

const graph = new EgoGraph({
  onNode: (key) => {
    const v = state.view;
    if (v.name !== 'entity' || v.expanded.includes(key) || key === nodeKey(v.kind, v.id)) return;
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
  const run = () => navigate({ view: { name: 'home', q }, filters: state.filters }, { replace: state.view.name === 'home', fromSearch: true });
  if (now) run();
  else searchTimer = setTimeout(run, 250);
}

function setFilters(f: Filters): void {
  clearTimeout(dateTimer);
  const clean: Filters = {};
  if (f.from) clean.from = f.from;
  if (f.to) clean.to = f.to;
  if (f.topic) clean.topic = f.topic;
  navigate({ view: state.view, filters: clean });
}

/** A date typed while the field has the focus waits this long for the next key before it applies. */
const TYPING_PAUSE_MS = 900;
let dateTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Applies a date field's value once it is a complete day: on blur, on Enter, or after a pause in
 * typing. A field typed key by key holds "0002-01-01", "0020-01-01"… on the way to "2009-01-01":
 * none of those is ever sent, and a half-typed (empty) field clears the filter only when left.
 */
function commitDate(name: 'from' | 'to', el: HTMLInputElement, final: boolean): void {
  clearTimeout(dateTimer);
  const f = state.filters;
  const value = el.value;
  if (value === (f[name] ?? '')) return;
  if (!value) {
    if (final) setFilters({ ...f, [name]: undefined });
    return;
  }
  if (!validDay(value)) return;
  if (final) setFilters({ ...f, [name]: value });
  else dateTimer = setTimeout(() => commitDate(name, el, true), TYPING_PAUSE_MS);
}

function dateField(name: 'from' | 'to', label: string, f: Filters) {
  return html`<label>${label} <input type="date" name=${name} min="1000-01-01" max="2999-12-31" .value=${f[name] ?? ''}
    @change=${(e: Event) => commitDate(name, e.target as HTMLInputElement, document.activeElement !== e.target)}
    @blur=${(e: Event) => commitDate(name, e.target as HTMLInputElement, true)}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Enter') commitDate(name, e.target as HTMLInputElement, true);
    }} /></label>`;
}

function presetField(f: Filters) {
  const stats = peek(StatsQuery, {});
  if (stats.state !== 'done') return null;
  const list = presets(stats.value.stats.firstPublishedAt, stats.value.stats.lastPublishedAt);
  if (!list.length) return null;
  const chosen = list.find((p) => p.from === f.from && p.to === f.to)?.id ?? '';
  return html`<label>Period
    <select name="period" .value=${live(chosen)} @change=${(e: Event) => {
      const p = list.find((x) => x.id === (e.target as HTMLSelectElement).value);
      setFilters(p ? { ...f, from: p.from, to: p.to } : { ...f, from: undefined, to: undefined });
    }}>
      <option value="">${f.from || f.to ? 'Custom dates' : 'Any time'}</option>
      ${list.map((p) => html`<option value=${p.id} ?selected=${p.id === chosen}>${p.label}</option>`)}
    </select>
  </label>`;
}

function header(s: State) {
  const q = s.view.name === 'home' ? (s.view.q ?? '') : '';
  const f = s.filters;
  const topics = peek(TopicsQuery, {});
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
  <form class="filters" aria-label="Filters" @submit=${(e: Event) => e.preventDefault()}>
    ${dateField('from', 'From', f)}
    ${dateField('to', 'To', f)}
    ${presetField(f)}
    <label>Topic
      <select name="topic" .value=${live(f.topic ?? '')} @change=${(e: Event) => setFilters({ ...f, topic: (e.target as HTMLSelectElement).value })}>
        <option value="">Any topic</option>
        ${topics.state === 'done' ? topics.value.topics.nodes.map((t) => html`<option value=${t.id} ?selected=${t.id === f.topic}>${t.name} (${t.articleCount})</option>`) : null}
        ${f.topic && topics.state === 'done' && !topics.value.topics.nodes.some((t) => t.id === f.topic) ? html`<option value=${f.topic} selected>${f.topic} (unknown)</option>` : null}
      </select>
    </label>
    ${f.from || f.to || f.topic ? html`<button type="button" @click=${() => setFilters({})}>Clear filters</button>` : null}
    ${topics.state === 'failed'
      ? failed('the topics', topics.error, () => {
          forget(TopicsQuery, {});
          scheduleRender();
        })
      : null}
    ${emptyRange(f) ? html`<p class="error" role="alert">From (${f.from}) is after To (${f.to}): no day is left to show.</p>` : null}
  </form>`;
}

function page(s: State) {
  const v = s.view;
  if (v.name !== 'home' && emptyRange(s.filters)) return html`<h1 tabindex="-1">Nothing to show</h1><p>Set From on or before To, or clear the filters.</p>`;
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

/** What makes a page a different page: the view and its subject, not its selection or growth. */
function pageOf(v: View): unknown {
  switch (v.name) {
    case 'entity':
      return [v.name, v.kind, v.id];
    case 'article':
      return [v.name, v.id];
    case 'countries':
      return [v.name];
    case 'home':
      return [v.name, v.q ? 'results' : ''];
  }
}

let queued = false;
function scheduleRender(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    render(html`${header(state)}<main id="main">${page(state)}</main>`, root);
    // A new page (not a new filter or selection on the same one): its heading takes the focus as
    // soon as it is drawn, so keyboard and screen-reader users start there and hear what opened.
    const heading = focusWanted ? root.querySelector<HTMLElement>('main h1') : null;
    // Not while the user is typing in a field meanwhile.
    if (heading && !document.activeElement?.matches('input, select, textarea')) {
      focusWanted = false;
      heading.focus();
    }
    // The graph draws into its container once the container is in the document.
    const v = state.view;
    const container = root.querySelector<HTMLElement>('div.graph');
    if (v.name === 'entity' && container) {
      graph.sync(container, { root: { kind: v.kind, id: v.id }, range: apiFilter(state.filters), expanded: v.expanded, selectedEdge: v.edge });
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
  clearTimeout(searchTimer);
  const next = parseState(location.search);
  pageChange(state.view, next.view);
  state = next;
  scheduleRender();
});
whenAnswered(scheduleRender);
scheduleRender();
