import { describe, expect, it } from 'vitest';
import { reresolveOrganization } from '../../src/graph/resolution.js';
import { resolveOrganizationAcross, type OrganizationCandidate } from '../../src/resolve/across.js';

const org = (name: string, articles: number): OrganizationCandidate => ({ id: name.toLowerCase().replace(/[^a-z]+/g, '-'), name, articles });

describe('reresolve settles ties as ingest does', () => {
  const corp = org('Delta Corp', 2);
  const inc = org('Delta Inc', 2);

  it('of two nodes of one core name and equal size, the larger id goes to the smaller, never the other way', () => {
    expect(reresolveOrganization(inc, [corp])).toEqual({ id: 'delta-corp', via: 'legal-suffix' });
    // Decided first (smallest first, then by id), the smaller id stays: before, it went to delta-inc.
    expect(reresolveOrganization(corp, [inc])).toBeUndefined();
  });

  it('decides as ingest does: at ingest the row’s own node is among the candidates, with fixed expected ids', () => {
    // Ingest's rule with the row's own node as a candidate (selfId), written out with the answer expected, so that a
    // change to either side is seen: the larger id of a tie goes to the smaller, the smaller stays.
    expect(resolveOrganizationAcross(inc.name, [inc, corp], () => false, undefined, inc.id)).toEqual({ id: 'delta-corp', via: 'legal-suffix' });
    expect(resolveOrganizationAcross(corp.name, [corp, inc], () => false, undefined, corp.id)?.id ?? corp.id).toBe('delta-corp');
    expect(reresolveOrganization(inc, [corp])?.id).toBe('delta-corp');
    expect(reresolveOrganization(corp, [inc])?.id ?? corp.id).toBe('delta-corp');
  });

  it('a bigger node still takes the smaller, whatever the ids; the node itself in the list is not a second candidate', () => {
    expect(reresolveOrganization(org('Delta Corp', 1), [org('Delta Inc', 3)])).toEqual({ id: 'delta-inc', via: 'legal-suffix' });
    expect(reresolveOrganization(org('Delta Inc', 3), [org('Delta Corp', 1)])).toBeUndefined();
    expect(reresolveOrganization(inc, [inc])).toBeUndefined();
  });

  it('a node kept apart by an analyst is no candidate, even the one a tie would choose', () => {
    expect(reresolveOrganization(inc, [corp], (id) => id === 'delta-corp')).toBeUndefined();
  });
});
