// Throwaway check: known-organization gazetteer vs the dev gold organizations.
import { readFileSync, readdirSync } from 'node:fs';
import { findKnownOrganizations, organizationKey, canonicalOrganization } from '../../src/extract/organizations.ts';
const dir = process.argv[2] ?? '/work/shared/eval/dev';
let tp = 0, fp = 0, fnKnown = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const gold = JSON.parse(readFileSync(`${dir}/${f.replace(/\.txt$/, '.gold.json')}`, 'utf8'));
  const goldSets: string[][] = gold.organizations.map((o: string | string[]) => (Array.isArray(o) ? o : [o]).map(organizationKey));
  const got = new Map<string, string>();
  for (const m of findKnownOrganizations(text)) got.set(m.name, m.text);
  const matched = new Set<number>();
  const fps: string[] = [];
  for (const [name, surf] of got) {
    const k = organizationKey(name);
    const gi = goldSets.findIndex((g) => g.includes(k) || g.includes(organizationKey(surf)));
    if (gi >= 0) { tp++; matched.add(gi); } else { fp++; fps.push(`${name}(${surf})`); }
  }
  const misses = gold.organizations.filter((o: string | string[], i: number) => !matched.has(i) && (Array.isArray(o) ? o : [o]).some((s) => canonicalOrganization(s)));
  fnKnown += misses.length;
  if (fps.length || misses.length) console.log(f.slice(0, 40), 'FP', fps.join('; '), '| MISS(known)', JSON.stringify(misses));
}
console.log(`known-org gazetteer: tp=${tp} fp=${fp} missed-known=${fnKnown}`);
