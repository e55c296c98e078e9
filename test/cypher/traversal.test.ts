import { describe, it } from 'vitest';
import { neighbourhood, paths } from '../../src/read/traversal.js';
import { HOSTILE, HOSTILE_VALUES, expectStatements, recordingDb } from './record.js';

const check = (name: string, statements: Parameters<typeof expectStatements>[2]) => expectStatements('traversal', name, statements, HOSTILE_VALUES);

describe('neighbourhoods and paths: the statements', () => {
  it('neighbourhood to depth 2: a statement per hop, then the links among the nodes kept', async () => {
    // The start's one neighbour, who has none further.
    const { db, statements } = recordingDb((name, params) =>
      name === 'neighbours' && (params.frontier as Array<{ id: string }>)[0].id === HOSTILE.id
        ? [{ fromKind: 'Person', fromId: HOSTILE.id, kind: 'Country', id: HOSTILE.country, n: 3, meetings: 0 }]
        : [],
    );
    await neighbourhood(db, { kind: 'Person', id: HOSTILE.id }, {
      depth: 2,
      kinds: ['Person', 'Country'],
      perNode: 10,
      maxNodes: 50,
      filter: { from: HOSTILE.from, to: HOSTILE.to, topicId: HOSTILE.topicId },
    });
    await check('neighbourhood', statements);
  });

  it('paths between two entities, then the weights of the hops found', async () => {
    const { db, statements } = recordingDb((name) =>
      name === 'paths'
        ? [{ seq: [['Person', HOSTILE.id], ['Article', 'article-1'], ['Organization', HOSTILE.otherId]] }]
        : name === 'pairCounts'
          ? [{ i: 0, articles: 1, meetings: 0 }]
          : [],
    );
    await paths(db, { kind: 'Person', id: HOSTILE.id }, { kind: 'Organization', id: HOSTILE.otherId }, { maxHops: 3, via: ['Person', 'Organization'], first: 5 });
    await check('paths', statements);
  });
});
