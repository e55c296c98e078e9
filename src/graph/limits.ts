import type { Extraction } from '../extract/contract.js';

/**
 * The longest entity name (and so id, a slug of it) the graph keeps, in characters. Entity ids
 * and Person name keys are in RANGE indexes, which refuse a value over about 8 KB with a
 * DatabaseError that sinks the whole transaction; a name this long is never a real name either
 * (the longest in the gazetteers is under 100), but a run of capitals in a hostile or broken
 * file ("XQZ…" 8,000 times) is tagged as one. 200 characters are at most 800 bytes in UTF-8.
 */
export const MAX_ENTITY_NAME_CHARS = 200;

const fits = (s: string | undefined | null) => s === undefined || s === null || s.length <= MAX_ENTITY_NAME_CHARS;
const shown = (s: string) => `"${s.slice(0, 40)}…" (${s.length} characters)`;

/**
 * The extraction with every entity, alias and role whose name or key is over
 * MAX_ENTITY_NAME_CHARS left out, and a note for each thing left out. The article itself
 * is kept: one garbage token does not make the rest of its text worthless. Pure; idempotent.
 */
export function boundExtraction(x: Extraction): { extraction: Extraction; dropped: string[] } {
  // One note per kind of thing left out, whatever their number: a file of 10,000 long tokens gives four lines, not 10,000.
  const left = { person: [] as string[], organization: [] as string[], alias: [] as string[], role: [] as string[] };
  const longPeople = new Set<string>();
  const people = x.people.flatMap((p) => {
    if (!fits(p.name) || !fits(p.id)) {
      longPeople.add(p.name);
      left.person.push(p.name);
      return [];
    }
    const aliases = p.aliases.filter(fits);
    const roles = p.roles.filter((r) => fits(r.title) && fits(r.organization));
    left.alias.push(...p.aliases.filter((a) => !fits(a)));
    left.role.push(...p.roles.filter((r) => !fits(r.title) || !fits(r.organization)).map((r) => (fits(r.title) ? (r.organization ?? '') : r.title)));
    return aliases.length < p.aliases.length || roles.length < p.roles.length ? [{ ...p, aliases, roles }] : [p];
  });
  const organizations = x.organizations.flatMap((o) => {
    if (!fits(o.name) || !fits(o.id)) {
      left.organization.push(o.name);
      return [];
    }
    const aliases = o.aliases.filter(fits);
    left.alias.push(...o.aliases.filter((a) => !fits(a)));
    return aliases.length < o.aliases.length ? [{ ...o, aliases }] : [o];
  });
  const countries = x.countries.filter((c) => fits(c.code) && fits(c.name));
  const topics = x.topics.filter((t) => fits(t.id));
  const meetings =
    longPeople.size === 0
      ? x.meetings
      : x.meetings
          .map((m) => ({ ...m, participants: m.participants.filter((n) => !longPeople.has(n)) }))
          .filter((m) => m.participants.length >= 2);
  const dropped = Object.entries(left)
    .filter(([, names]) => names.length > 0)
    .map(([kind, names]) =>
      names.length === 1
        ? `${kind} ${shown(names[0])} not kept: names are at most ${MAX_ENTITY_NAME_CHARS} characters`
        : `${names.length} ${kind}s not kept, e.g. ${shown(names[0])}: names are at most ${MAX_ENTITY_NAME_CHARS} characters`,
    );
  if (dropped.length === 0 && countries.length === x.countries.length && topics.length === x.topics.length) return { extraction: x, dropped };
  return { extraction: { ...x, people, organizations, countries, topics, meetings }, dropped };
}
