import { describe, expect, it } from 'vitest';
import { apiRange, formatState, parseNodeKey, parseState, type State } from '../../explorer/src/state.ts';

describe('explorer URL state', () => {
  it('round-trips every view with its filters through the query string', () => {
    const states: State[] = [
      { view: { name: 'home' }, filters: {} },
      { view: { name: 'home', q: 'Clinton & Lavrov' }, filters: { topic: 'sanctions' } },
      { view: { name: 'entity', kind: 'PERSON', id: 'hillary-clinton', expanded: ['PERSON:sergei-lavrov', 'COUNTRY:RU'], edge: 'PERSON:dmitry-medvedev|PERSON:hillary-clinton' }, filters: { from: '2009-01-01', to: '2009-12-31' } },
      { view: { name: 'countries', order: 'LIFT', pair: 'US|RU' }, filters: { from: '2009-10-01' } },
      { view: { name: 'entity', kind: 'COUNTRY', id: 'CN', expanded: [], order: 'PMI', min: 5 }, filters: {} },
      { view: { name: 'article', id: 'a572bf6403c7c660' }, filters: {} },
    ];
    for (const s of states) expect(parseState(formatState(s))).toEqual(s);
  });

  it('falls back to the home view on unknown or incomplete views, and drops malformed filters', () => {
    expect(parseState('?view=entity&kind=PLANET&id=mars')).toEqual({ view: { name: 'home' }, filters: {} });
    expect(parseState('?view=entity&kind=PERSON')).toEqual({ view: { name: 'home' }, filters: {} });
    expect(parseState('?view=nope&from=2009-13-45&to=yesterday&topic=%20')).toEqual({ view: { name: 'home' }, filters: {} });
    expect(parseState('?view=countries&order=RANDOM').view).toEqual({ name: 'countries', order: 'ARTICLES' });
    // Expanded nodes that are not KIND:id are ignored, not sent to the API.
    expect(parseState('?view=entity&kind=COUNTRY&id=RU&expand=junk,PERSON:x').view).toEqual({ name: 'entity', kind: 'COUNTRY', id: 'RU', expanded: ['PERSON:x'] });
    // A partners map's ranking is a country's alone, and a bad one is left out.
    expect(parseState('?view=entity&kind=PERSON&id=x&order=LIFT&min=3').view).toEqual({ name: 'entity', kind: 'PERSON', id: 'x', expanded: [] });
    expect(parseState('?view=entity&kind=COUNTRY&id=cn&order=RANDOM&min=0').view).toEqual({ name: 'entity', kind: 'COUNTRY', id: 'CN', expanded: [] });
  });

  it('turns the inclusive last day into the API exclusive end', () => {
    expect(apiRange({ from: '2009-10-13', to: '2009-10-13' })).toEqual({ from: '2009-10-13', to: '2009-10-14' });
    expect(apiRange({ to: '2008-12-31' })).toEqual({ to: '2009-01-01' });
    expect(apiRange({ topic: 'sanctions' })).toEqual({});
  });

  it('reads node keys of every kind and refuses others', () => {
    expect(parseNodeKey('ORGANIZATION:united-nations')).toEqual({ kind: 'ORGANIZATION', id: 'united-nations' });
    expect(parseNodeKey('TOPIC:a:b')).toEqual({ kind: 'TOPIC', id: 'a:b' });
    expect(parseNodeKey('Person:x')).toBeUndefined();
    expect(parseNodeKey('PERSON:')).toBeUndefined();
    expect(parseNodeKey('nocolon')).toBeUndefined();
  });
});
