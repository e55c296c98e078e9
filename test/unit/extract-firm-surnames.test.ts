import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';

// The pipeline hands resolvePeople the corpus lexicon's word on a tagged organization (isFirm): a family's surname
// that begins firms the corpus confidently calls organizations is the firms' there, not a repeat of a person's.
describe('extractArticle: firms named after a family', () => {
  const text =
    'Ratan Tata, chairman of Tata Sons, said Tata Steel and Tata Motors would cut costs. His half-brother Noel Tata ' +
    'runs Trent. Tata Motors shares fell 3 percent while Tata Steel rose. Tata said the plan was final.';
  const x = extractArticle(parseBodyOnly(text, 'tata'));

  it('keeps the firms that begin with a person\'s surname', () => {
    expect(x.organizations.map((o) => o.name).sort()).toEqual(['Tata Motors', 'Tata Steel']);
  });

  it('gives the people none of the firms\' words', () => {
    for (const p of x.people) for (const m of p.mentions) expect(text.slice(m.start, m.end + 7)).not.toMatch(/^Tata (?:Steel|Motors)/);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Noel Tata', 'Ratan Tata']);
  });
});
