/**
 * Model file format (gzipped; written by src/train/save-model.ts):
 *   magic "NER1", uint32 header length, header JSON (meta, resources),
 *   uint32 features-text length, features joined by "\n",
 *   per pass: uint32 nnz, float32 scale, Int32 indices (feature*NT+tag), Int16 values.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { NT } from './labels.js';
import { FeatSpace, indexFirst, type Resources } from './features.js';

/** A trained model: its features, the lexical resources they read, and one weight matrix per pass. */
export interface NerModelData {
  space: FeatSpace;
  res: Resources;
  /** one weight matrix (nFeat*NT) per pass */
  weights: Float32Array[];
  meta: Record<string, unknown>;
}

export interface Header {
  meta: Record<string, unknown>;
  nt: number;
  passes: number;
  clusters: [string, string[]][];
  capStat: [string, string][];
  brown?: [string, string][];
  gaz: [string, string[]][];
  tgaz?: [string, number[]][];
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
  res.gazFirst = indexFirst(res.gaz.keys());
  return { space: new FeatSpace(map, false), res, weights, meta: header.meta };
}
