/**
 * Answers by operation and variables, kept while the page is open: going back to a view shows it
 * at once, and a re-render never asks twice. A view reads answers synchronously (`panel`); when an
 * answer arrives the page renders again. A failed answer stays shown, with a button to ask again.
 */
import { html, type TemplateResult } from 'lit-html';
import { execute } from './api';
import type { TypedDocumentString } from './gql/graphql';

type Entry = { state: 'pending'; promise: Promise<unknown> } | { state: 'done'; value: unknown } | { state: 'failed'; error: Error };

const MAX_ENTRIES = 300;
const answers = new Map<string, Entry>();
let onSettled: () => void = () => {};

/** What to run when an answer arrives: the app's render. */
export function whenAnswered(render: () => void): void {
  onSettled = render;
}

/** An answer's key: the operation's text and its variables. */
function keyOf<R, V>(doc: TypedDocumentString<R, V>, variables: V): string {
  return `${doc.toString()}\n${JSON.stringify(variables)}`;
}

function entry<R, V>(doc: TypedDocumentString<R, V>, variables: V): Entry {
  const key = keyOf(doc, variables);
  let e = answers.get(key);
  if (!e) {
    const promise = execute(doc, variables).then(
      (value) => {
        answers.set(key, { state: 'done', value });
        onSettled();
        return value;
      },
      (error: Error) => {
        answers.set(key, { state: 'failed', error });
        onSettled();
        throw error;
      },
    );
    promise.catch(() => {});
    e = { state: 'pending', promise };
    answers.set(key, e);
    if (answers.size > MAX_ENTRIES) answers.delete(answers.keys().next().value as string);
  }
  return e;
}

/** The answer's state now, asking for it if nobody has: for templates that need more than `panel`. */
export function peek<R, V>(doc: TypedDocumentString<R, V>, variables: V): { state: 'pending' } | { state: 'done'; value: R } | { state: 'failed'; error: Error } {
  const e = entry(doc, variables);
  return e.state === 'done' ? { state: 'done', value: e.value as R } : e.state === 'failed' ? e : { state: 'pending' };
}

/** Drops a kept answer (a failed one, before asking again). */
export function forget<R, V>(doc: TypedDocumentString<R, V>, variables: V): void {
  answers.delete(keyOf(doc, variables));
}

/** The answer, once it has arrived (for code outside the page's templates, e.g. the graph). */
export async function load<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const e = entry(doc, variables);
  if (e.state === 'done') return e.value as R;
  if (e.state === 'failed') throw e.error;
  return (await e.promise) as R;
}

export function loading(what: string): TemplateResult {
  return html`<p class="loading" role="status">Loading ${what}…</p>`;
}

export function failed(what: string, err: Error, retry?: () => void): TemplateResult {
  return html`<div class="error" role="alert">
    <strong>Could not load ${what}.</strong> ${err.message}
    ${retry ? html`<button type="button" @click=${retry}>Try again</button>` : null}
  </div>`;
}

/** A part of the page that shows "loading", then its answer, or the error in plain words. */
export function panel<R, V>(what: string, doc: TypedDocumentString<R, V>, variables: V, show: (data: R) => unknown): unknown {
  const e = entry(doc, variables);
  if (e.state === 'done') return show(e.value as R);
  if (e.state === 'failed') {
    return failed(what, e.error, () => {
      forget(doc, variables);
      onSettled();
    });
  }
  return loading(what);
}

/** Renders the page again (after a change kept outside the address, e.g. a longer list asked for). */
export function onAnswered(): void {
  onSettled();
}

/** How many pages of each list the analyst asked for ("More"), by operation and base variables: the cursors after which each page starts. */
const cursors = new Map<string, Array<string | null>>();

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A list that pages through the API's cursors: the first page, then one more page after the last
 * one's `endCursor` each time "More" is pressed. `show` gets every page loaded so far and the
 * "More" control (a button, "loading", an error with "Try again", or nothing at the end).
 */
export function paged<R, V extends { after?: string | null }>(
  what: string,
  doc: TypedDocumentString<R, V>,
  variables: V,
  connection: (r: R) => Page,
  show: (pages: R[], more: TemplateResult | null) => unknown,
): unknown {
  const key = keyOf(doc, variables);
  const wanted = cursors.get(key) ?? [null];
  const pages: R[] = [];
  for (const after of wanted) {
    const vars = { ...variables, after };
    const e = entry(doc, vars);
    if (e.state === 'done') {
      pages.push(e.value as R);
      continue;
    }
    const retry = () => {
      forget(doc, vars);
      onSettled();
    };
    if (!pages.length) return e.state === 'failed' ? failed(what, e.error, retry) : loading(what);
    return show(pages, e.state === 'failed' ? failed(`more ${what}`, e.error, retry) : loading(`more ${what}`));
  }
  const info = connection(pages[pages.length - 1]).pageInfo;
  const more =
    info.hasNextPage && info.endCursor
      ? html`<button type="button" class="more" @click=${() => {
          cursors.set(key, [...wanted, info.endCursor!]);
          onSettled();
        }}>More ${what}</button>`
      : null;
  return show(pages, more);
}
