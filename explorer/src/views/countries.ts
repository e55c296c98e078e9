/** Countries discussed together: a matrix of the most discussed countries, cell by cell, and the ranked pairs. */
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { ExplorerCountryPairsQuery } from '../gql/graphql';
import { exportButtons } from '../export';
import { CountryPairsQuery, RankedPairsQuery } from '../queries';
import { apiFilter, type Filters, MATRIX_MAX, type PairOrder, PAIR_ORDERS } from '../state';
import { paged, panel } from '../store';
import { count, empty, entityLink, href, minArticlesControl } from './common';
import { linkEvidence } from './evidence';

type CountriesState = { name: 'countries'; order: PairOrder; pair?: string; size?: number; min?: number };
type Pair = ExplorerCountryPairsQuery['countryPairs']['nodes'][number];

const MATRIX_SIZE = 12;
const SIZES = [6, 8, 12, 16, 20, 25, 30].filter((n) => n <= MATRIX_MAX);
export const ORDER_LABEL: Record<PairOrder, string> = {
  ARTICLES: 'articles in common',
  LIFT: 'lift (observed ÷ expected by chance)',
  PMI: 'PMI (log₂ of lift)',
};

export function countriesPage(v: CountriesState, filters: Filters, go: (v: CountriesState) => void): TemplateResult {
  document.title = 'Countries discussed together · newsgraph explorer';
  const range = apiFilter(filters);
  const size = v.size ?? MATRIX_SIZE;
  const min = v.min ?? (v.order === 'ARTICLES' ? 1 : 3);
  return html`<h1 tabindex="-1">Countries discussed together</h1>
    <p class="hint">
      Pairs of countries mentioned in the same articles${filters.topic ? ' about the chosen topic' : ''}. Lift above 1 means the two appear together more
      often than chance would have it. Pairs with fewer articles in common than the minimum are left out (by default 1 when
      ranking by articles, 3 by lift or PMI, where one shared article between two rarely mentioned countries would top the list).
    </p>
    <form class="controls" aria-label="Matrix" @submit=${(e: Event) => e.preventDefault()}>
      <label>Rank by
        <select name="order" .value=${live(v.order)} @change=${(e: Event) => go({ ...v, pair: undefined, order: (e.target as HTMLSelectElement).value as PairOrder })}>
          ${PAIR_ORDERS.map((o) => html`<option value=${o}>${ORDER_LABEL[o]}</option>`)}
        </select>
      </label>
      <label>Countries
        <select name="size" .value=${live(String(size))} @change=${(e: Event) => go({ ...v, size: Number((e.target as HTMLSelectElement).value) })}>
          ${[...new Set([...SIZES, size])].sort((x, y) => x - y).map((n) => html`<option value=${n}>${n}</option>`)}
        </select>
      </label>
      ${minArticlesControl('min', min, (n) => go({ ...v, min: n }))}
    </form>
    ${panel('country pairs', CountryPairsQuery, { ...range, orderBy: v.order, minArticles: min }, (d) => {
      const pairs = d.countryPairs.nodes;
      if (!pairs.length) return empty('No two countries share enough articles with these filters.');
      return html`<div class="countries">
        ${matrix(pairs, v, size, filters, go)}
        <aside class="detail" aria-live="polite">${pairDetail(pairs, v, filters, go)}</aside>
      </div>`;
    })}
    <h2>Ranked pairs</h2>
    ${paged('ranked pairs', RankedPairsQuery, { ...range, orderBy: v.order, minArticles: min, first: 50 }, (d) => d.countryPairs, (pages, more) => {
      const pairs = pages.flatMap((d) => d.countryPairs.nodes);
      if (!pairs.length) return empty('No pairs with these filters.');
      return html`<p>${count(pages[0].countryPairs.totalCount, 'pair')}${pairs.length < pages[0].countryPairs.totalCount ? `, the first ${pairs.length} shown` : ''}
          ${exportButtons('these country pairs', 'country-pairs', () =>
            pairs.map((p) => ({ a: p.a.id, aName: p.a.name, b: p.b.id, bName: p.b.name, articles: p.articleCount, expected: p.expected, lift: p.lift, pmi: p.pmi })),
          )}</p>
      <table class="pairs">
        <thead><tr><th scope="col">Countries</th><th scope="col">Articles</th><th scope="col">Expected</th><th scope="col">Lift</th><th scope="col">PMI</th></tr></thead>
        <tbody>
          ${pairs.map(
            (p) => html`<tr>
              <td><a href=${href({ ...v, pair: `${p.a.id}|${p.b.id}` }, filters)}>${p.a.name} – ${p.b.name}</a></td>
              <td>${p.articleCount}</td><td>${p.expected.toFixed(2)}</td><td>${p.lift.toFixed(2)}</td><td>${p.pmi.toFixed(2)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${more}`;
    })}`;
}

function score(p: Pair, order: PairOrder): number {
  return order === 'ARTICLES' ? p.articleCount : order === 'LIFT' ? p.lift : p.pmi;
}

function matrix(pairs: Pair[], v: CountriesState, size: number, filters: Filters, go: (v: CountriesState) => void): TemplateResult {
  // The countries of the best pairs by the chosen measure, in the order of their best pair.
  const countries = new Map<string, Pair['a']>();
  for (const p of pairs) {
    for (const c of [p.a, p.b]) if (!countries.has(c.id) && countries.size < size) countries.set(c.id, c);
  }
  const axis = [...countries.values()];
  const byKey = new Map<string, Pair>();
  for (const p of pairs) {
    byKey.set(`${p.a.id}|${p.b.id}`, p);
    byKey.set(`${p.b.id}|${p.a.id}`, p);
  }
  const scores = pairs.map((p) => score(p, v.order));
  const lo = Math.min(0, ...scores);
  const hi = Math.max(...scores);
  return html`<table class="matrix">
    <caption>The ${axis.length} countries of the top pairs by ${ORDER_LABEL[v.order]}, in the order of their best pair; cells show articles in common, shaded by the same measure.</caption>
    <thead><tr><td></td>${axis.map((c) => html`<th scope="col" title=${c.name}>${c.id}</th>`)}</tr></thead>
    <tbody>
      ${axis.map(
        (row) => html`<tr>
          <th scope="row">${row.name}</th>
          ${axis.map((col) => {
            if (row.id === col.id) return html`<td class="diag"></td>`;
            const p = byKey.get(`${row.id}|${col.id}`);
            if (!p) return html`<td></td>`;
            const key = `${row.id}|${col.id}`;
            const strength = hi > lo ? (score(p, v.order) - lo) / (hi - lo) : 1;
            const selected = v.pair === key || v.pair === `${col.id}|${row.id}`;
            const label = `${row.name} and ${col.name}: ${count(p.articleCount, 'article')} in common, lift ${p.lift.toFixed(2)}, PMI ${p.pmi.toFixed(2)}`;
            return html`<td class=${selected ? 'selected' : ''}>
              <button type="button" class=${`cell s${Math.round(strength * 5)}`} title=${label} aria-label=${label} aria-pressed=${selected ? 'true' : 'false'}
                @click=${() => go({ ...v, pair: key })}>${p.articleCount}</button>
            </td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function pairDetail(pairs: Pair[], v: CountriesState, filters: Filters, go: (v: CountriesState) => void): TemplateResult {
  if (!v.pair) return html`<h3>Details</h3><p class="hint">Select a cell for the articles behind the pair.</p>`;
  const [x, y] = v.pair.split('|').map((c) => c.toUpperCase());
  const p = pairs.find((q) => (q.a.id === x && q.b.id === y) || (q.a.id === y && q.b.id === x));
  if (!p) {
    // Not among the pairs fetched (or below the 3 articles LIFT and PMI ask for): the articles still tell.
    if (!x || !y) return html`<h3>Details</h3>${empty(`"${v.pair}" is not a pair of country codes.`)}`;
    return html`<h3>${x} – ${y}</h3>
      <p>Not among the top pairs ranked here, so no score is shown.</p>
      ${linkEvidence({ kind: 'COUNTRY', id: x, name: x }, { kind: 'COUNTRY', id: y, name: y }, filters)}`;
  }
  return html`<h3>${p.a.name} – ${p.b.name}</h3>
    <p>${count(p.articleCount, 'article')} in common, ${p.expected.toFixed(2)} expected by chance: lift ${p.lift.toFixed(2)}, PMI ${p.pmi.toFixed(2)}.</p>
    <p class="links">${entityLink({ kind: 'COUNTRY', ...p.a }, filters)} ${entityLink({ kind: 'COUNTRY', ...p.b }, filters)}
      <button type="button" class="link" @click=${() => go({ ...v, pair: undefined })}>Close</button></p>
    ${linkEvidence({ kind: 'COUNTRY', ...p.a }, { kind: 'COUNTRY', ...p.b }, filters)}`;
}
