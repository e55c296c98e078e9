/**
 * Model file format (gzipped):
 *   magic "NER1", uint32 header length, header JSON (meta, resources),
 *   uint32 features-text length, features joined by "\n",
 *   per pass: uint32 nnz, float32 scale, Int32 indices (feature*NT+tag), Int16 values.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { NT } from './labels.js';
import { FeatSpace, indexFirst, type Resources } from './features.js';
import type { NerModelData } from './model.js';

interface Header {
  meta: Record<string, unknown>;
  nt: number;
  passes: number;
  clusters: [string, string[]][];
  capStat: [string, string][];
  brown?: [string, string][];
  gaz: [string, string[]][];
  tgaz?: [string, number[]][];
}

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

export function loadModelFile(path: string): NerModelData {
  const buf = gunzipSync(readFileSync(path));
  if (buf.toString('latin1', 0, 4) !== 'NER1') throw new Error(`not an NER model: ${path}`);
  let off = 4;
  const hl = buf.readUInt32LE(off);
  off += 4;
  const header = JSON.parse(buf.toString('utf8', off, off + hl)) as Header;
  off += hl;
  if (header.nt !== NT) throw new Error('model tag set mismatch');
  const fl = buf.readUInt32LE(off);
  off += 4;
  const names = fl ? buf.toString('utf8', off, off + fl).split('\n') : [];
  off += fl;
  const map = new Map<string, number>();
  for (let i = 0; i < names.length; i++) map.set(names[i], i);
  const weights: Float32Array[] = [];
  for (let p = 0; p < header.passes; p++) {
    const nnz = buf.readUInt32LE(off);
    const scale = buf.readFloatLE(off + 4);
    off += 8;
    const W = new Float32Array(names.length * NT);
    // aligned copies of the delta-coded indices and values (buffer offsets may be unaligned)
    const di = new Int32Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + nnz * 4));
    const vals = new Int16Array(buf.buffer.slice(buf.byteOffset + off + nnz * 4, buf.byteOffset + off + nnz * 6));
    let idx = 0;
    for (let k = 0; k < nnz; k++) {
      idx += di[k];
      W[idx] = vals[k] * scale;
    }
    off += nnz * 6;
    weights.push(W);
  }
  const res: Resources = {
    clusters: new Map(header.clusters),
    capStat: new Map(header.capStat),
    brown: new Map(header.brown ?? []),
    gaz: new Map(header.gaz),
    gazFirst: new Map(),
    tgaz: new Map(header.tgaz ?? []),
    tgazFirst: new Map(),
  };
  res.tgazFirst = indexFirst(res.tgaz.keys());
  for (const key of res.gaz.keys()) {
    const toks = key.split(' ');
    let l = res.gazFirst.get(toks[0]);
    if (!l) res.gazFirst.set(toks[0], (l = []));
    if (!l.includes(toks.length)) {
      l.push(toks.length);
      l.sort((x, y) => y - x);
    }
  }
  return { space: new FeatSpace(map, false), res, weights, meta: header.meta };
}
