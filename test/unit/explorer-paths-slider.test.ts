import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ExplorerPathsDocument } from '../../explorer/src/gql/graphql.ts';
import { formatState, monthSpan, parseState, PATH_HOPS_MAX, sliderDays, sliderPosition, type State, validDay } from '../../explorer/src/state.ts';
import { loadConfig } from '../../src/config.js';
import { operationCost } from '../../src/graphql/cost.js';
import { typeDefs } from '../../src/graphql/server.js';

describe('the paths view in the address', () => {
  it('round-trips the two ends, the hops, the kinds allowed and the link opened', () => {
    const states: State[] = [
      { view: { name: 'paths' }, filters: {} },
      { view: { name: 'paths', a: 'PERSON:hillary-clinton' }, filters: { from: '2009-01-01' } },
      { view: { name: 'paths', a: 'PERSON:hillary-clinton', b: 'COUNTRY:DE', hops: 4, wide: true, edge: 'PERSON:angela-merkel|PERSON:hillary-clinton' }, filters: {} },
    ];
    for (const s of states) expect(parseState(formatState(s))).toEqual(s);
  });

  it('drops ends that are not KIND:id and hops beyond what the API takes, and writes country codes in capitals', () => {
    expect(parseState('?view=paths&a=nobody&b=PLANET:mars&hops=9').view).toEqual({ name: 'paths' });
    expect(parseState('?view=paths&a=COUNTRY:de&hops=0').view).toEqual({ name: 'paths', a: 'COUNTRY:DE' });
  });
});

describe('the time slider', () => {
  it('spans every month from the first article to the last, and nothing when a date is missing or the span absurd', () => {
    expect(monthSpan('2007-05-24T10:00:00Z', '2008-02-03T00:00:00Z')).toEqual([
      '2007-05', '2007-06', '2007-07', '2007-08', '2007-09', '2007-10', '2007-11', '2007-12', '2008-01', '2008-02',
    ]);
    expect(monthSpan('2009-10-13T17:23:00Z', '2009-10-13T17:23:00Z')).toEqual(['2009-10']);
    expect(monthSpan(null, '2009-10-13')).toEqual([]);
    expect(monthSpan('1000-01-01', '2026-01-01')).toEqual([]);
  });

  it('turns handle positions into complete days, the whole span into no filter, and back', () => {
    const months = monthSpan('2007-05-24', '2013-08-27');
    const last = months.length - 1;
    expect(sliderDays(months, 0, last)).toEqual({});
    expect(sliderDays(months, 1, last)).toEqual({ from: '2007-06-01' });
    // February of a leap year ends on the 29th; the handles given crossed are read in order.
    const feb = months.indexOf('2012-02');
    expect(sliderDays(months, feb, 3)).toEqual({ from: '2007-08-01', to: '2012-02-29' });
    for (let i = 0; i <= last; i++) {
      for (const j of [i, last - 1, last]) {
        if (j < i) continue;
        const days = sliderDays(months, i, j);
        for (const d of Object.values(days)) expect(validDay(d!)).toBe(d);
        expect(sliderPosition(days, months)).toEqual([i, j]);
      }
    }
    // Dates set in the date fields put the handles at their months; outside the span, at its ends.
    expect(sliderPosition({ from: '2009-10-13', to: '2009-10-20' }, months)).toEqual([months.indexOf('2009-10'), months.indexOf('2009-10')]);
    expect(sliderPosition({ from: '1999-01-01', to: '2030-01-01' }, months)).toEqual([0, last]);
    expect(sliderPosition({ from: '2013-01-01', to: '2010-01-01' }, months)[0]).toBeLessThanOrEqual(sliderPosition({ from: '2013-01-01', to: '2010-01-01' }, months)[1]);
  });
});

describe('the paths view’s operation', () => {
  it('costs less than the service allows for the longest chains it asks for (the cost rule runs with the variables, so validation alone misses it)', () => {
    const schema = buildSchema(typeDefs);
    const doc = parse(String(ExplorerPathsDocument));
    const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const limit = loadConfig({} as NodeJS.ProcessEnv).graphql.limits.cost;
    const ref = { kind: 'PERSON', id: 'x' };
    const cost = operationCost({ schema, operation, fragments: {}, variables: { source: ref, target: ref, maxHops: PATH_HOPS_MAX, via: ['PERSON', 'ORGANIZATION', 'COUNTRY', 'TOPIC'] } });
    expect(cost).toBeLessThan(limit);
  });
});
