export async function buildReutersStats(_tar: string, _o: unknown): Promise<{ clusters: Map<string, string[]>; capStat: Map<string, string> }> {
  return { clusters: new Map(), capStat: new Map() };
}
