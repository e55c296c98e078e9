/**
 * The explorer's whole state lives in the query string, so any view can be shared as a link and
 * the browser's back button walks back through what the analyst looked at.
 */
export const ENTITY_KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'TOPIC'] as const;
export type Kind = (typeof ENTITY_KINDS)[number];
export const PAIR_ORDERS = ['ARTICLES', 'LIFT', 'PMI'] as const;
export type PairOrder = (typeof PAIR_ORDERS)[number];

export interface Filters {
  /** First day included, YYYY-MM-DD. */
  from?: string;
  /** Last day included, YYYY-MM-DD. */
  to?: string;
  /** A topic id. */
  topic?: string;
}

export type View =
  | { name: 'home'; q?: string }
  | { name: 'entity'; kind: Kind; id: string; edge?: string; expanded: string[] }
  | { name: 'countries'; order: PairOrder; pair?: string; size?: number; min?: number }
  | { name: 'article'; id: string };

export interface State {
  view: View;
  filters: Filters;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real, complete calendar day, YYYY-MM-DD: "2009-02-30" (which Date would roll into March) is
 * not one, nor "0002-01-01", what a date field holds after the first digit of a year is typed.
 */
export function validDay(value: string | null): string | undefined {
  if (!value || !DAY.test(value) || value < '1000') return undefined;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value ? value : undefined;
}

/** The most countries the matrix shows on a side. */
export const MATRIX_MAX = 30;

/** A whole number within [lo, hi] from the query string; undefined otherwise. */
function boundedInt(value: string | null, lo: number, hi: number): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= lo && n <= hi ? n : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Reads a query string; anything unknown or malformed falls back to the home view, never throws. */
export function parseState(search: string): State {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  const from = validDay(p.get('from'));
  const to = validDay(p.get('to'));
  const topic = p.get('topic')?.trim();
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (topic) filters.topic = topic;

  const kind = oneOf(ENTITY_KINDS, p.get('kind'));
  const given = p.get('id')?.trim();
  // Country ids are ISO codes, which the API answers in capitals: `ru` is RU.
  const id = kind === 'COUNTRY' ? given?.toUpperCase() : given;
  switch (p.get('view')) {
    case 'entity':
      if (kind && id) {
        const edge = p.get('edge') ?? undefined;
        const expanded = (p.get('expand') ?? '').split(',').filter((x) => x.includes(':'));
        return { view: { name: 'entity', kind, id, ...(edge ? { edge } : {}), expanded }, filters };
      }
      break;
    case 'countries': {
      const pair = p.get('pair') ?? undefined;
      const size = boundedInt(p.get('size'), 2, MATRIX_MAX);
      const min = boundedInt(p.get('min'), 1, 10_000);
      return {
        view: { name: 'countries', order: oneOf(PAIR_ORDERS, p.get('order')) ?? 'ARTICLES', ...(pair ? { pair } : {}), ...(size ? { size } : {}), ...(min ? { min } : {}) },
        filters,
      };
    }
    case 'article':
      if (id) return { view: { name: 'article', id }, filters };
      break;
  }
  const q = p.get('q') ?? undefined;
  return { view: { name: 'home', ...(q ? { q } : {}) }, filters };
}

/** The query string for a state (with its leading "?"), the inverse of parseState. */
export function formatState(state: State): string {
  const p = new URLSearchParams();
  const v = state.view;
  if (v.name !== 'home') p.set('view', v.name);
  switch (v.name) {
    case 'home':
      if (v.q) p.set('q', v.q);
      break;
    case 'entity':
      p.set('kind', v.kind);
      p.set('id', v.id);
      if (v.expanded.length) p.set('expand', v.expanded.join(','));
      if (v.edge) p.set('edge', v.edge);
      break;
    case 'countries':
      p.set('order', v.order);
      if (v.size) p.set('size', String(v.size));
      if (v.min) p.set('min', String(v.min));
      if (v.pair) p.set('pair', v.pair);
      break;
    case 'article':
      p.set('id', v.id);
      break;
  }
  if (state.filters.from) p.set('from', state.filters.from);
  if (state.filters.to) p.set('to', state.filters.to);
  if (state.filters.topic) p.set('topic', state.filters.topic);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Every filter as the API's arguments: the date range and the topic. */
export function apiFilter(filters: Filters): { from?: string; to?: string; topicId: string | null } {
  return { ...apiRange(filters), topicId: filters.topic ?? null };
}

/** Whether the filters' dates leave no day at all: From after To. */
export function emptyRange(filters: Filters): boolean {
  return !!filters.from && !!filters.to && filters.from > filters.to;
}

/** The API's range for the filters: `to` is the last day shown, so the API's exclusive end is the day after. */
export function apiRange(filters: Filters): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (filters.from) range.from = filters.from;
  if (filters.to) range.to = new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return range;
}

/** A graph node's id as the API writes it: `KIND:id`. */
export function nodeKey(kind: Kind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id of a `KIND:id` node key; undefined when it is not one. */
export function parseNodeKey(key: string): { kind: Kind; id: string } | undefined {
  const at = key.indexOf(':');
  const kind = oneOf(ENTITY_KINDS, key.slice(0, at));
  const id = key.slice(at + 1);
  return at > 0 && kind && id ? { kind, id } : undefined;
}

/** A day `n` days after (before, when negative) a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The ready-made periods: the newest 30 days of the news the graph holds, and each year it covers. */
export function presets(first: string | null | undefined, last: string | null | undefined): Array<{ id: string; label: string; from: string; to: string }> {
  if (!first || !last) return [];
  const end = last.slice(0, 10);
  const out = [{ id: 'last30', label: `Last 30 days (to the newest article, ${end})`, from: addDays(end, -29), to: end }];
  for (let y = Number(last.slice(0, 4)); y >= Number(first.slice(0, 4)) && out.length < 40; y--) {
    out.push({ id: String(y), label: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
  }
  return out;
}
