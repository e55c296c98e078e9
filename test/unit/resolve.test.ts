import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { extractArticle } from '../../src/extract/index.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { dropImpossibleSpans } from '../../src/resolve/spans.js';

const extract = (body: string) => extractArticle(parseBodyOnly(body, 'test'));
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).sort();

describe('span repair and resolution', () => {
  it('separates an organization from the person a title joins them with', () => {
    const x = extract('European Commission President Jose Manuel Barroso said the bloc would act. Barroso spoke in Brussels.');
    expect(names(x.people)).toEqual(['Jose Manuel Barroso']);
    expect(names(x.organizations)).toContain('European Commission');
    const barroso = x.people[0];
    expect(barroso.mentions.map((m) => m.text)).toEqual(['Jose Manuel Barroso', 'Barroso']);
  });

  it('runs a name on through particles and joins particle-led surnames to the full name', () => {
    const x = extract(
      'Brazil\'s former president Luiz Inacio Lula da Silva met EU Council President Herman Van Rompuy on Monday. Van Rompuy said the talks went well, and Lula da Silva agreed.',
    );
    expect(names(x.people)).toEqual(['Herman Van Rompuy', 'Luiz Inacio Lula da Silva']);
    const vanRompuy = x.people.find((p) => p.name === 'Herman Van Rompuy')!;
    expect(vanRompuy.mentions.map((m) => m.text)).toContain('Van Rompuy');
  });

  it('keeps hyphenated names whole', () => {
    const x = extract('IMF chief Dominique Strauss-Kahn met Luxembourg Prime Minister Jean-Claude Juncker in Washington.');
    expect(names(x.people)).toEqual(['Dominique Strauss-Kahn', 'Jean-Claude Juncker']);
  });

  it('joins an institution\'s name broken at a connector, but not a company and its home country', () => {
    const x = extract('Analysts at the Center for Strategic and International Studies said the Central Bank of Iran would act.');
    expect(names(x.organizations)).toEqual(expect.arrayContaining(['Center for Strategic and International Studies', 'Central Bank of Iran']));
  });

  it('names a known organization by the form the article uses, keyed by its curated id', () => {
    const x = extract('NATO ministers met in Brussels. NATO said it would respond.');
    const nato = x.organizations.find((o) => o.id === 'nato');
    expect(nato?.name).toBe('NATO');
  });
});

describe('dropImpossibleSpans', () => {
  const span = (text: string, sub: string, label: EntitySpan['label']): EntitySpan => {
    const start = text.indexOf(sub);
    return { start, end: start + sub.length, text: sub, label };
  };
  it('drops tickers, straits, agreements, nationality words as people and lone function words', () => {
    const text = 'No deal. Gazprom (GAZP.MM) ships oil through the Strait of Hormuz under the North American Free Trade Agreement, Greeks said.';
    const spans = [
      span(text, 'No', 'ORG'),
      span(text, 'Gazprom', 'ORG'),
      span(text, 'GAZP.MM', 'ORG'),
      span(text, 'Strait of Hormuz', 'ORG'),
      span(text, 'North American Free Trade Agreement', 'ORG'),
      span(text, 'Greeks', 'PER'),
    ];
    expect(dropImpossibleSpans(text, spans).map((s) => s.text)).toEqual(['Gazprom']);
  });
});
