/** One article: its text with people, countries and organizations highlighted, its topics and meetings. */
import { html, type TemplateResult } from 'lit-html';
import type { ExplorerArticleQuery } from '../gql/graphql';
import { ArticleQuery } from '../queries';
import type { Filters } from '../state';
import { panel } from '../store';
import { day, empty, entityLink, highlighted, legend, marksOf } from './common';

export function articlePage(id: string, filters: Filters): TemplateResult {
  return html`${panel('the article', ArticleQuery, { id }, (d) => (d.article ? article(d.article, filters) : html`<h1 tabindex="-1">Not found</h1>${empty(`No article with id "${id}".`)}`))}`;
}

/** Where an article came from as a reader can use it: a URL as is, a file by its name alone (not the path it was ingested from). */
export function sourceLabel(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  return source.split(/[\\/]/).pop() || source;
}

type Article = NonNullable<ExplorerArticleQuery['article']>;

/** Where the body starts: after the title and date lines the text opens with (shown above it already). */
export function bodyStart(text: string, title: string): number {
  const first = text.indexOf('\n');
  if (first < 0 || text.slice(0, first).trim() !== title.trim()) return 0;
  const second = text.indexOf('\n', first + 1);
  return second < 0 || !/^\s*\d{4}-\d{2}-\d{2}/.test(text.slice(first + 1, second)) ? 0 : second + 1;
}

function article(a: Article, filters: Filters): TemplateResult {
  document.title = `${a.title} · newsgraph explorer`;
  const marks = marksOf([...a.people, ...a.countries, ...a.organizations]);
  const groups = [
    ['People', a.people],
    ['Countries', a.countries],
    ['Organizations', a.organizations],
  ] as const;
  return html`<article class="article">
      <h1 tabindex="-1">${a.title}</h1>
      <p class="meta"><time datetime=${a.publishedAt ?? ''}>${day(a.publishedAt)}</time>${a.source ? html` · <span class="source">${sourceLabel(a.source)}</span>` : ''}</p>
      ${a.topics.length
        ? html`<ul class="topics" aria-label="Topics">
            ${[...a.topics]
              .sort((x, y) => Number(y.main) - Number(x.main))
              .map(
                (t) =>
                  html`<li class=${t.main ? 'main' : ''}>${entityLink({ kind: 'TOPIC', ...t.topic }, filters)} ${t.main ? html`<small>main topic</small> ` : null}<small>${t.score.toFixed(2)}</small></li>`,
              )}
          </ul>`
        : null}
      ${legend(['PERSON', 'COUNTRY', 'ORGANIZATION'])}
      <div class="text">${highlighted(a.text, marks, bodyStart(a.text, a.title), a.text.length, filters)}</div>
    </article>
    <aside class="mentions">
      ${groups.map(
        ([label, rows]) => html`<h2>${label}</h2>
          ${rows.length ? html`<ul>${rows.map((r) => html`<li>${entityLink(r.entity, filters)} <small>×${r.count}</small></li>`)}</ul>` : empty('None.')}`,
      )}
      <h2>Meetings</h2>
      ${a.meetings.length
        ? html`<ul>
            ${a.meetings.map(
              (m) => html`<li>
                ${m.participants.map((p, i) => html`${i ? ' · ' : ''}${entityLink({ kind: 'PERSON', ...p }, filters)}`)}
                <small>${m.date ? (m.dateSource === 'TEXT' ? m.date.slice(0, 10) : `${m.date.slice(0, 10)} (reported)`) : ''}${m.place?.name ? ` · ${m.place.name}` : ''}</small>:
                <q>${a.text.slice(m.evidence.start, m.evidence.end)}</q>
              </li>`,
            )}
          </ul>`
        : empty('None reported.')}
    </aside>`;
}
