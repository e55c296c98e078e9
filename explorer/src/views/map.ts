/**
 * A country's partners on a world map: every country discussed with it, coloured by the chosen
 * measure (articles in common, lift or PMI, as `Country.partners` ranks them), each a link to its
 * page, with a legend and the same partners as a table. The world's shapes load on first use.
 */
import { html, svg, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { ExplorerPartnersQuery } from '../gql/graphql';
import { PartnersQuery } from '../queries';
import { apiFilter, type Filters, type Kind, type PairOrder, PAIR_ORDERS } from '../state';
import { exportButtons } from '../export';
import { onAnswered, panel, failed, loading } from '../store';
import type { World } from '../world';
import { count, empty, entityLink, href, minArticlesControl } from './common';
import { ORDER_LABEL } from './countries';
import { CLASS_COLOURS, classify } from '../classes';

type CountryState = { name: 'entity'; kind: Kind; id: string; edge?: string; expanded: string[]; order?: PairOrder; min?: number };
type Partner = NonNullable<ExplorerPartnersQuery['country']>['partners'][number];

const CHOSEN_COLOUR = '#d97706';
const NONE_COLOUR = '#e5e7eb';

let world: { state: 'pending' } | { state: 'done'; value: World } | { state: 'failed'; error: Error } | undefined;

/** The world's shapes, asked for once: a chunk of its own, so pages without a map never load it. */
function worldShapes(): NonNullable<typeof world> {
  if (!world) {
    world = { state: 'pending' };
    import('../world').then(
      (m) => {
        world = { state: 'done', value: m.buildWorld() };
        onAnswered();
      },
      (error: Error) => {
        world = { state: 'failed', error };
        onAnswered();
      },
    );
  }
  return world;
}

function measure(p: Partner, order: PairOrder): number {
  return order === 'ARTICLES' ? p.articleCount : order === 'LIFT' ? p.lift : p.pmi;
}

function shown(value: number, order: PairOrder): string {
  return order === 'ARTICLES' ? value.toLocaleString('en') : value.toFixed(2);
}

export function partnersMap(v: CountryState, filters: Filters, go: (v: CountryState) => void): TemplateResult {
  const order = v.order ?? 'ARTICLES';
  const min = v.min ?? (order === 'ARTICLES' ? 1 : 3);
  return html`<section aria-labelledby="map-h">
    <h2 id="map-h">Partners on the map</h2>
    <p class="hint">Countries mentioned in the same articles as this one, coloured by the chosen measure; each links to its page.</p>
    <form class="controls" aria-label="Partners map" @submit=${(e: Event) => e.preventDefault()}>
      <label>Colour by
        <select name="map-order" .value=${live(order)} @change=${(e: Event) => go({ ...v, order: (e.target as HTMLSelectElement).value as PairOrder })}>
          ${PAIR_ORDERS.map((o) => html`<option value=${o}>${ORDER_LABEL[o]}</option>`)}
        </select>
      </label>
      ${minArticlesControl('map-min', min, (n) => go({ ...v, min: n }))}
    </form>
    ${panel('the partners', PartnersQuery, { code: v.id, ...apiFilter(filters), orderBy: order, minArticles: min }, (d) => {
      const country = d.country;
      if (!country) return empty(`No country with code "${v.id}".`);
      if (!country.partners.length) return empty('No partner shares enough articles with these filters.');
      return partnersBody(country, order, filters);
    })}
  </section>`;
}

function partnersBody(country: NonNullable<ExplorerPartnersQuery['country']>, order: PairOrder, filters: Filters): TemplateResult {
  const partners = country.partners;
  const { shadeOf, ranges } = classify(partners.map((p) => measure(p, order)));
  const label = (p: Partner) =>
    `${p.b.name}: ${count(p.articleCount, 'article')} in common with ${country.name}, lift ${p.lift.toFixed(2)}, PMI ${p.pmi.toFixed(2)}`;
  const w = worldShapes();
  const unit = order === 'ARTICLES' ? 'articles in common' : order === 'LIFT' ? 'lift' : 'PMI';
  return html`<div class="partners-map">
      ${w.state === 'done'
        ? drawing(w.value, country, partners, filters, (p) => CLASS_COLOURS[shadeOf(measure(p, order))], label)
        : w.state === 'failed'
          ? failed('the world map', w.error)
          : loading('the world map')}
      <ul class="legend map-legend" aria-label=${`Colours: ${unit}`}>
        ${ranges.map(
          (r) => html`<li>
            <svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">${svg`<rect width="14" height="14" fill=${CLASS_COLOURS[r.shade]}></rect>`}</svg>
            ${r.lo === r.hi ? shown(r.lo, order) : `${shown(r.lo, order)}–${shown(r.hi, order)}`} ${order === 'ARTICLES' ? (r.hi === 1 ? 'article' : 'articles') : unit}
          </li>`,
        )}
        <li><svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">${svg`<rect width="14" height="14" fill=${CHOSEN_COLOUR}></rect>`}</svg> ${country.name}</li>
        <li><svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">${svg`<rect width="14" height="14" fill=${NONE_COLOUR}></rect>`}</svg> not a partner with these settings</li>
      </ul>
    </div>
    <details class="partners-table">
      <summary>The ${count(partners.length, 'partner')} as a table</summary>
      <p>${exportButtons('these partners', `${country.id}-partners`, () =>
        partners.map((p) => ({ country: p.b.id, name: p.b.name, articles: p.articleCount, expected: p.expected, lift: p.lift, pmi: p.pmi })),
      )}</p>
      <table class="pairs">
        <caption>Countries discussed with ${country.name}, by ${ORDER_LABEL[order]}</caption>
        <thead><tr><th scope="col">Country</th><th scope="col">Articles</th><th scope="col">Expected</th><th scope="col">Lift</th><th scope="col">PMI</th></tr></thead>
        <tbody>
          ${partners.map(
            (p) => html`<tr>
              <td>${entityLink({ kind: 'COUNTRY', ...p.b }, filters)}</td>
              <td>${p.articleCount}</td><td>${p.expected.toFixed(2)}</td><td>${p.lift.toFixed(2)}</td><td>${p.pmi.toFixed(2)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
}

/** The readout under the map: what the pointer or the focus is on (the same words as the link's title). */
function readout(e: Event): void {
  const a = (e.target as Element).closest?.('a[data-label]');
  const out = (e.currentTarget as Element).parentElement?.querySelector('.map-readout');
  if (out) out.textContent = a?.getAttribute('data-label') ?? '';
}

function drawing(
  world: World,
  country: NonNullable<ExplorerPartnersQuery['country']>,
  partners: readonly Partner[],
  filters: Filters,
  colour: (p: Partner) => string,
  label: (p: Partner) => string,
): TemplateResult {
  const byCode = new Map(partners.map((p) => [p.b.id, p]));
  const link = (p: Partner, shape: unknown) =>
    svg`<a href=${href({ name: 'entity', kind: 'COUNTRY', id: p.b.id, expanded: [] }, filters)} aria-label=${label(p)} data-label=${label(p)} data-code=${p.b.id}>${shape}</a>`;
  // Partners too small for the 1:110m shapes (Singapore, Bahrain…) are dots at a point inside them.
  const dots = partners.filter((p) => !world.hasShape(p.b.id));
  const chosenPoint = world.hasShape(country.id) ? undefined : world.point(country.id);
  return html`<figure class="world">
    <svg viewBox="0 0 ${world.width} ${world.height}" role="group" aria-label=${`World map of ${country.name}'s partners; the table below lists the same`}
      @mouseover=${readout} @focusin=${readout}>
      ${svg`${world.shapes.map((s) => {
        const p = s.code ? byCode.get(s.code) : undefined;
        if (p) return link(p, svg`<path d=${s.d} fill=${colour(p)} class="partner"><title>${label(p)}</title></path>`);
        if (s.code === country.id) return svg`<path d=${s.d} fill=${CHOSEN_COLOUR} class="chosen"><title>${country.name}</title></path>`;
        return svg`<path d=${s.d} fill=${NONE_COLOUR} aria-hidden="true"><title>${s.name}</title></path>`;
      })}
      ${dots.map((p) => {
        const at = world.point(p.b.id);
        return at ? link(p, svg`<circle cx=${at[0]} cy=${at[1]} r="4" fill=${colour(p)} class="partner small"><title>${label(p)}</title></circle>`) : null;
      })}
      ${chosenPoint ? svg`<circle cx=${chosenPoint[0]} cy=${chosenPoint[1]} r="5" fill=${CHOSEN_COLOUR} class="chosen small"><title>${country.name}</title></circle>` : null}`}
    </svg>
    <figcaption class="map-readout hint" aria-hidden="true"></figcaption>
  </figure>`;
}
