import { parseArticle } from '../article/parse.js';
import { extractArticle } from '../pipeline/extract.js';
import { loadAnnotated, annotationGold, sampleDomains } from './annotations.js';
import { formatGoldScores, scoreArticle, totals, type ArticleScore, type GoldScores } from './gold.js';
import { addDetails, emptyDetails, formatDetails, scoreMeetingDetails, type MeetingDetailCounts } from './meeting-details.js';
import type { Split } from './split.js';

export interface AnnotatedScores {
  /** One set of scores per split, and per domain within it ("tune", "tune/business"). */
  groups: Array<{ name: string; scores: GoldScores; meetingDetails: MeetingDetailCounts }>;
}

/**
 * Extraction scored against the annotated Reuters articles (annotations/), split by split and,
 * within each, by the domain the article was sampled as. The locked test split is scored only
 * when asked for by name.
 */
export async function scoreAnnotations(splits: readonly Split[], opts: { textDir?: string } = {}): Promise<AnnotatedScores> {
  const articles = await loadAnnotated({ splits, textDir: opts.textDir });
  const domains = sampleDomains();
  const scored: Array<{ split: Split; domain: string; score: ArticleScore; details: MeetingDetailCounts }> = articles.map((a) => {
    const x = extractArticle(parseArticle(a.text, a.name));
    return {
      split: a.split,
      domain: domains.get(a.annotation.file) ?? 'unsampled',
      score: scoreArticle(a.name, x, annotationGold(a.annotation)),
      details: scoreMeetingDetails(x, a.annotation, a.name),
    };
  });
  // The locked test is scored, never read for errors: its wrong days and places are not listed.
  const details = (part: typeof scored) => part.reduce((acc, s) => addDetails(acc, s.split === 'test' ? { ...s.details, wrong: [] } : s.details), emptyDetails());
  const groups: AnnotatedScores['groups'] = [];
  for (const split of splits) {
    const inSplit = scored.filter((s) => s.split === split);
    if (inSplit.length === 0) continue;
    groups.push({ name: split, scores: { articles: inSplit.map((s) => s.score), total: totals(inSplit.map((s) => s.score)) }, meetingDetails: details(inSplit) });
    for (const domain of ['diplomacy', 'business']) {
      const part = inSplit.filter((s) => s.domain === domain);
      if (part.length) {
        const scores = part.map((s) => s.score);
        groups.push({ name: `${split}/${domain}`, scores: { articles: scores, total: totals(scores) }, meetingDetails: details(part) });
      }
    }
  }
  return { groups };
}

export function formatAnnotatedScores(s: AnnotatedScores, opts: { verbose?: boolean } = {}): string {
  return s.groups
    .map((g) => `== ${g.name}: ${formatGoldScores(g.scores, { verbose: opts.verbose && !g.name.includes('/') })}\n${formatDetails(g.meetingDetails, { verbose: opts.verbose && !g.name.includes('/') })}`)
    .join('\n');
}
