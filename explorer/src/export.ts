/**
 * Export of what a view shows: tables as CSV (RFC 4180, for a spreadsheet) or JSON, the drawn
 * network as GraphML (for Gephi, yEd, networkx). Files are made in the page and downloaded from a
 * data: address, so nothing leaves the browser.
 */
import { html, type TemplateResult } from 'lit-html';

export type Row = Record<string, string | number | boolean | null>;

function csvCell(v: Row[string]): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV: a header line of the first row's columns, then one line per row. */
export function toCsv(rows: readonly Row[]): string {
  if (!rows.length) return '';
  const cols = Object.keys(rows[0]);
  return [cols.map(csvCell).join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c] ?? null)).join(','))].join('\r\n') + '\r\n';
}

function xml(s: string | number): string {
  return String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A network as GraphML: nodes with their kind, name and article count; edges with articles and meetings in common. */
export function toGraphml(
  nodes: ReadonlyArray<{ key: string; kind: string; name: string; articleCount: number }>,
  edges: ReadonlyArray<{ id: string; source: { key: string }; target: { key: string }; articleCount: number; meetingCount: number }>,
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="nodeArticles" for="node" attr.name="articleCount" attr.type="int"/>
  <key id="articles" for="edge" attr.name="articleCount" attr.type="int"/>
  <key id="meetings" for="edge" attr.name="meetingCount" attr.type="int"/>
  <graph id="newsgraph" edgedefault="undirected">
${nodes.map((n) => `    <node id="${xml(n.key)}"><data key="name">${xml(n.name)}</data><data key="kind">${xml(n.kind)}</data><data key="nodeArticles">${n.articleCount}</data></node>`).join('\n')}
${edges.map((e) => `    <edge id="${xml(e.id)}" source="${xml(e.source.key)}" target="${xml(e.target.key)}"><data key="articles">${e.articleCount}</data><data key="meetings">${e.meetingCount}</data></edge>`).join('\n')}
  </graph>
</graphml>
`;
}

/** Downloads text as a file named `name`. */
export function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/** "Export CSV" and "Export JSON" buttons for the rows a table shows, read when pressed. */
export function exportButtons(what: string, file: string, rows: () => Row[]): TemplateResult {
  return html`<span class="export">
    <button type="button" class="link" aria-label=${`Export ${what} as CSV`} @click=${() => download(`${file}.csv`, 'text/csv', toCsv(rows()))}>CSV</button>
    <button type="button" class="link" aria-label=${`Export ${what} as JSON`} @click=${() => download(`${file}.json`, 'application/json', `${JSON.stringify(rows(), null, 2)}\n`)}>JSON</button>
  </span>`;
}
