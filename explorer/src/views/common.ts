/** Pieces every view uses: links that keep the filters, highlighted text, the kind badges. */
import { html, svg, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { KIND_STYLE } from '../graph';
import { type Mark, pieces } from '../highlight';
import { formatState, type Filters, type Kind, type State, type View } from '../state';

/** The href of a view with the current filters, so links can be opened in a new tab or shared. */
export function href(view: View, filters: Filters): string {
  return formatState({ view, filters } satisfies State) || '?';
}

export function entityView(kind: Kind, id: string): View {
  return { name: 'entity', kind, id, expanded: [] };
}

export function entityLink(e: { kind: string; id: string; name: string }, filters: Filters): TemplateResult {
  return html`<a class="entity k-${e.kind.toLowerCase()}" href=${href(entityView(e.kind as Kind, e.id), filters)}>${e.name}</a>`;
}

export function kindBadge(kind: Kind | 'ARTICLE'): TemplateResult {
  const label = kind === 'ARTICLE' ? 'Article' : KIND_STYLE[kind].label;
  return html`<span class="badge k-${kind.toLowerCase()}">${label}</span>`;
}

export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : 'undated';
}

/** Mentions as marks: `{ entity, spans }` rows of the API, flattened. */
export function marksOf(rows: ReadonlyArray<{ entity: { id: string; kind: string; name: string }; spans: ReadonlyArray<{ start: number; end: number }> }>): Mark[] {
  return rows.flatMap((r) => r.spans.map((s) => ({ start: s.start, end: s.end, kind: r.entity.kind as Kind, id: r.entity.id, name: r.entity.name })));
}

/** Text of [from, to) with its marks highlighted by kind; marks link to their entity when `filters` is given. */
export function highlighted(text: string, marks: readonly Mark[], from: number, to: number, filters?: Filters): TemplateResult {
  return html`${pieces(text, marks, from, to).map((p) =>
    p.mark
      ? html`<mark class="k-${p.mark.kind.toLowerCase()}" title=${`${KIND_STYLE[p.mark.kind].label}: ${p.mark.name}`}
          >${filters ? html`<a href=${href(entityView(p.mark.kind, p.mark.id), filters)}>${p.text}</a>` : p.text}</mark
        >`
      : p.text,
  )}`;
}

/** Each kind's shape as the network draws it, so the legend does not rest on colour alone. */
const SHAPES: Record<Kind, string> = {
  PERSON: 'M7 1a6 6 0 1 1 0 12A6 6 0 1 1 7 1z',
  COUNTRY: 'M3 1h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z',
  ORGANIZATION: 'M7 0l7 7-7 7-7-7z',
  TOPIC: 'M4 1h6l4 6-4 6H4L0 7z',
};

export function legend(kinds: readonly Kind[] = Object.keys(KIND_STYLE) as Kind[]): TemplateResult {
  return html`<ul class="legend" aria-label="Kinds by colour and shape">
    ${kinds.map(
      (k) => html`<li>
        <svg class="shape" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">${svg`<path d=${SHAPES[k]} fill=${KIND_STYLE[k].colour}></path>`}</svg>
        ${KIND_STYLE[k].label}
      </li>`,
    )}
  </ul>`;
}

export function empty(message: string): TemplateResult {
  return html`<p class="empty">${message}</p>`;
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}


/** The "At least N articles in common" control of the country views: `set` gets a whole number from 1 to 10,000. */
export function minArticlesControl(name: string, min: number, set: (n: number) => void): TemplateResult {
  return html`<label>At least
        <input name=${name} type="number" min="1" max="10000" step="1" inputmode="numeric" .value=${live(String(min))}
          @change=${(e: Event) => {
            const n = (e.target as HTMLInputElement).valueAsNumber;
            if (Number.isInteger(n) && n >= 1 && n <= 10_000) set(n);
          }} />
        articles in common</label>`;
}
