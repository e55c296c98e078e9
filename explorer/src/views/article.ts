/** One article: its text with people, countries and organizations highlighted, its topics and meetings. */
import { html, type TemplateResult } from 'lit-html';
import type { ExplorerArticleQuery } from '../gql/graphql';
import { ArticleQuery } from '../queries';
import type { Filters } from '../state';
import { panel } from '../store';
import { day, empty, entityLink, highlighted, href, legend, marksOf } from './common';

export function articlePage(id: string, filters: Filters): TemplateResult {
  return html`${panel('the article', ArticleQuery, { id }, (d) => (d.article ? article(d.article, filters) : html`<h1>Not found</h1>${empty(`No article with id "${id}".`)}`))}`;
}

type Article = NonNullable<ExplorerArticleQuery['article']>;

function article(a: Article, filters: Filters): TemplateResult {
  document.title = `${a.title} · newsgraph explorer`;
  const marks = marksOf([...a.people, ...a.countries, ...a.organizations]);
  const groups = [
    ['People', a.people],
    ['Countries', a.countries],
    ['Organizations', a.organizations],
  ] as const;
  return html`<article class="article">
      <h1>${a.title}</h1>
      <p class="meta"><time datetime=${a.publishedAt ?? ''}>${day(a.publishedAt)}</time>${a.source ? html` · <span class="source">${a.source}</span>` : ''}</p>
      ${a.topics.length
        ? html`<ul class="topics" aria-label="Topics">
            ${a.topics.map((t) => html`<li><a href=${href({ name: 'entity', kind: 'TOPIC', id: t.topic.id, expanded: [] }, filters)}>${t.topic.name}</a> <small>${t.score.toFixed(2)}</small></li>`)}
          </ul>`
        : null}
      ${legend()}
      <div class="text">${highlighted(a.text, marks, 0, a.text.length, filters)}</div>
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
                ${m.participants.map((p, i) => html`${i ? ' · ' : ''}<a href=${href({ name: 'entity', kind: 'PERSON', id: p.id, expanded: [] }, filters)}>${p.name}</a>`)}:
                <q>${a.text.slice(m.evidence.start, m.evidence.end)}</q>
              </li>`,
            )}
          </ul>`
        : empty('None reported.')}
    </aside>`;
}
