/**
 * What lies behind a link between two entities: the meetings of two people (with the sentence that
 * reports each) and the articles that mention both (with the sentences that do). Used by the graph's
 * edges and the country matrix's cells.
 */
import { html, type TemplateResult } from 'lit-html';
import { evidenceSentences, type Mark } from '../highlight';
import { EdgeArticlesQuery, PairMeetingsQuery } from '../queries';
import { apiFilter, type Filters, type Kind, nodeKey } from '../state';
import type { Row } from '../export';
import { paged } from '../store';
import { count, day, empty, entityLink, highlighted, href, marksOf } from './common';
import type { MeetingFieldsFragment } from '../gql/graphql';

export interface End {
  kind: Kind;
  id: string;
  name: string;
}

export function meetingItem(m: MeetingFieldsFragment, filters: Filters, focus?: ReadonlySet<string>): TemplateResult {
  // The evidence's own text, so the marks move to its offsets.
  const at = m.evidence.start;
  const marks = marksOf(m.article.people)
    .filter((x) => !focus || focus.has(nodeKey(x.kind, x.id)))
    .map((x) => ({ ...x, start: x.start - at, end: x.end - at }));
  return html`<li class="meeting">
    <div class="meta">
      <time datetime=${m.date ?? ''} title=${m.dateSource === 'TEXT' ? 'the day the text gives' : 'no day in the text: the day it was reported'}>${day(m.date)}${m.dateSource === 'TEXT' ? '' : ' (reported)'}</time>
      ${m.place?.name ? html`<span class="place">in ${m.place.name}${m.place.country && m.place.country.name !== m.place.name ? `, ${m.place.country.name}` : ''}</span>` : null}
      ${m.participants.map((p, i) => html`${i ? ' · ' : ''}${entityLink({ kind: 'PERSON', ...p }, filters)}`)}
    </div>
    <blockquote>${highlighted(m.evidence.text, marks, 0, m.evidence.text.length)}</blockquote>
    <a class="source" href=${href({ name: 'article', id: m.article.id }, filters)}>${m.article.title}</a>
    ${m.reportCount > 1 ? html`<small class="reports">${count(m.reportCount, 'report')} in ${count(m.articleCount, 'article')}</small>` : null}
  </li>`;
}

/** A meeting as a row of an export: its day, place, people, reports and evidence. */
export function meetingRow(m: MeetingFieldsFragment): Row {
  return {
    id: m.id,
    date: m.date ? m.date.slice(0, 10) : null,
    dateSource: m.dateSource,
    place: m.place?.name ?? null,
    placeCountry: m.place?.country?.name ?? null,
    participants: m.participants.map((p) => p.name).join('; '),
    reportCount: m.reportCount,
    articleCount: m.articleCount,
    evidence: m.evidence.text,
    articleId: m.article.id,
    articleTitle: m.article.title,
  };
}

/** The meetings and articles behind the link a–b, with the two highlighted. */
export function linkEvidence(a: End, b: End, filters: Filters): TemplateResult {
  const range = apiFilter(filters);
  const ka = nodeKey(a.kind, a.id);
  const kb = nodeKey(b.kind, b.id);
  const focus = new Set([ka, kb]);
  const meetings =
    a.kind === 'PERSON' && b.kind === 'PERSON'
      ? paged('their meetings', PairMeetingsQuery, { a: a.id, b: b.id, ...range }, (d) => d.meetings, (pages, more) =>
          pages[0].meetings.totalCount
            ? html`<h4>${count(pages[0].meetings.totalCount, 'meeting')}</h4>
                <ol class="meetings">${pages.flatMap((d) => d.meetings.nodes).map((m) => meetingItem(m, filters, focus))}</ol>
                ${more}`
            : null,
        )
      : null;
  const articles = paged(
    'articles that mention both',
    EdgeArticlesQuery,
    { mentions: [{ kind: a.kind, id: a.id }, { kind: b.kind, id: b.id }], ...range, first: 5 },
    (d) => d.articles,
    (pages, more) => {
      const total = pages[0].articles.totalCount;
      const list = pages.flatMap((d) => d.articles.nodes);
      if (!total) return empty(`No article mentions both ${a.name} and ${b.name} with these filters.`);
      return html`<h4>${count(total, 'article')} ${total === 1 ? 'mentions' : 'mention'} both${total > list.length ? html`, newest ${list.length} shown` : ''}</h4>
        <ol class="articles">
          ${list.map((art) => {
            const marks: Mark[] = marksOf([...art.people, ...art.countries, ...art.organizations]).filter((m) => focus.has(nodeKey(m.kind, m.id)));
            return html`<li>
              <a href=${href({ name: 'article', id: art.id }, filters)}>${art.title}</a> <time datetime=${art.publishedAt ?? ''}>${day(art.publishedAt)}</time>
              ${evidenceSentences(art.sentences, marks, ka, kb).map((s) => html`<blockquote>${highlighted(art.text, marks, s.start, s.end)}</blockquote>`)}
            </li>`;
          })}
        </ol>
        ${more}`;
    },
  );
  return html`<div class="evidence">${meetings}${articles}</div>`;
}
