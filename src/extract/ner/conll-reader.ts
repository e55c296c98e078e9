import { readFileSync } from 'node:fs';

export interface ConllDoc {
  sents: string[][];
  tags: string[][];
}

/** Read a CoNLL-2003 file (word POS chunk NER) into documents. */
export function readConll(path: string): ConllDoc[] {
  const text = readFileSync(path, 'utf8');
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sw: string[] = [];
  let st: string[] = [];
  const endSent = () => {
    if (sw.length) {
      if (!doc) docs.push((doc = { sents: [], tags: [] }));
      doc.sents.push(sw);
      doc.tags.push(st);
    }
    sw = [];
    st = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line) {
      endSent();
      continue;
    }
    const parts = line.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      endSent();
      docs.push((doc = { sents: [], tags: [] }));
      continue;
    }
    sw.push(parts[0]);
    st.push(parts[parts.length - 1]);
  }
  endSent();
  return docs.filter((d) => d.sents.length > 0);
}
