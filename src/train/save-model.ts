/** Writes a trained model in the format src/extract/ner/io.ts reads. */
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { NT } from '../extract/ner/labels.js';
import type { Header, NerModelData } from '../extract/ner/io.js';

/** Drop features whose weights are all zero after quantization, then write. */
export function saveModel(path: string, m: NerModelData): { features: number; bytes: number } {
  const nF = m.space.size;
  const scales = m.weights.map((W) => {
    let mx = 0;
    for (let i = 0; i < W.length; i++) mx = Math.max(mx, Math.abs(W[i]));
    return mx / 32767 || 1;
  });
  const q = m.weights.map((W, p) => {
    const out = new Int16Array(W.length);
    for (let i = 0; i < W.length; i++) out[i] = Math.round(W[i] / scales[p]);
    return out;
  });
  const names: string[] = new Array(nF);
  for (const [s, i] of m.space.map) names[i] = s;
  const keep: number[] = [];
  for (let f = 0; f < nF; f++) {
    let nz = false;
    for (const Q of q) {
      for (let t = 0; t < NT && !nz; t++) if (Q[f * NT + t] !== 0) nz = true;
      if (nz) break;
    }
    if (nz) keep.push(f);
  }
  const header: Header = {
    meta: m.meta,
    nt: NT,
    passes: m.weights.length,
    clusters: [...m.res.clusters.entries()],
    capStat: [...m.res.capStat.entries()],
    brown: [...m.res.brown.entries()],
    gaz: [...m.res.gaz.entries()],
    tgaz: [...m.res.tgaz.entries()],
  };
  const parts: Buffer[] = [Buffer.from('NER1')];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const hb = Buffer.from(JSON.stringify(header), 'utf8');
  parts.push(u32(hb.length), hb);
  const fb = Buffer.from(keep.map((f) => names[f]).join('\n'), 'utf8');
  parts.push(u32(fb.length), fb);
  for (let p = 0; p < q.length; p++) {
    const Q = q[p];
    const idx: number[] = [];
    const val: number[] = [];
    keep.forEach((f, nf) => {
      for (let t = 0; t < NT; t++) {
        const v = Q[f * NT + t];
        if (v !== 0) {
          idx.push(nf * NT + t);
          val.push(v);
        }
      }
    });
    // delta-encode indices for better compression
    const di = new Int32Array(idx.length);
    let prev = 0;
    for (let k = 0; k < idx.length; k++) {
      di[k] = idx[k] - prev;
      prev = idx[k];
    }
    const sb = Buffer.alloc(4);
    sb.writeFloatLE(scales[p]);
    parts.push(u32(idx.length), sb, Buffer.from(di.buffer), Buffer.from(Int16Array.from(val).buffer));
  }
  const out = gzipSync(Buffer.concat(parts), { level: 9 });
  writeFileSync(path, out);
  return { features: keep.length, bytes: out.length };
}
