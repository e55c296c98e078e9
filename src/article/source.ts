/**
 * Where an article came from, as the API shows it. Ingest keeps the source it was given (the file,
 * archive entry or feed line it read, with its path: what an operator needs to find it again), but
 * the local directories it was read from are nobody else's business and mean nothing on another
 * machine. The API answers with the file's name, the archive's or feed's name with the entry in it,
 * or a web address as it is. Applied when an article is read, so graphs ingested before show no
 * path either.
 */

/** A web address: kept whole. (A file: address is a local path like any other.) */
const WEB = /^(https?|ftp):\/\//i;

/** An entry inside an archive or a feed, as ingest names it: "ARCHIVE:entry" (see ingest/sources.ts). */
const CONTAINED = /^(.*?\.(?:tar\.gz|tgz|zip|jsonl|ndjson)):(.+)$/i;

/** The last part of a path, with / or \ between directories. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * The public form of a stored source: "/data/reuters/2009/a.txt" → "a.txt",
 * "/data/corpus.tar.gz:2009/a.txt" → "corpus.tar.gz:2009/a.txt", "/data/feed.jsonl:12" →
 * "feed.jsonl:12", "https://example.com/news/1" unchanged.
 */
export function publicSource(source: string): string;
export function publicSource(source: string | null): string | null;
export function publicSource(source: string | null): string | null {
  if (source === null) return null;
  if (WEB.test(source)) return source;
  const inside = CONTAINED.exec(source);
  // The entry's path is the archive's own layout, not a directory of this machine.
  if (inside) return `${baseName(inside[1])}:${inside[2]}`;
  return baseName(source.replace(/^file:\/\//i, ''));
}
