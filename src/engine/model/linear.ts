// A linear model over hashed features, stored as data (as fastText stores its small models):
// feature strings are hashed into 2^bits buckets, and only the buckets that carry a weight are
// kept — sorted bucket ids (delta-encoded varints) and one int8 weight per head, with a scale per
// head. Lookup is a binary search, so a model of ~100k buckets costs well under a millisecond a
// sentence and a few megabytes of memory, and loads without parsing any JSON.

/** The serialised form, written by `npm run train` into src/engine/generated/. */
export interface LinearModelData {
  bits: number;
  heads: string[];
  bias: number[];
  /** int8 weight × scale[head] = weight. */
  scale: number[];
  /** Base64 of the bucket ids, delta-encoded as LEB128 varints. */
  buckets: string;
  /** Base64 of int8 weights, bucket-major: weights[i * heads.length + h]. */
  weights: string;
}

/** FNV-1a, 32 bits: cheap, stable across runtimes, good enough spread for feature hashing. */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class LinearModel {
  readonly heads: readonly string[];
  private readonly mask: number;
  private readonly ids: Uint32Array;
  private readonly weights: Int8Array;
  private readonly bias: Float64Array;
  private readonly scale: Float64Array;

  constructor(data: LinearModelData) {
    this.heads = data.heads;
    this.mask = data.bits >= 32 ? 0xffffffff : (1 << data.bits) - 1;
    this.ids = decodeBuckets(base64Bytes(data.buckets));
    const raw = base64Bytes(data.weights);
    this.weights = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    this.bias = Float64Array.from(data.bias);
    this.scale = Float64Array.from(data.scale);
  }

  bucketOf(feature: string): number {
    return (hashFeature(feature) & this.mask) >>> 0;
  }

  /** Raw scores (log-odds) of every head for a bag of features; repeated features count again. */
  scores(features: readonly string[]): Float64Array {
    const n = this.heads.length;
    const out = Float64Array.from(this.bias);
    const acc = new Float64Array(n);
    for (const f of features) {
      const at = this.find(this.bucketOf(f));
      if (at < 0) continue;
      const base = at * n;
      for (let h = 0; h < n; h++) acc[h] += this.weights[base + h];
    }
    for (let h = 0; h < n; h++) out[h] += acc[h] * this.scale[h];
    return out;
  }

  private find(bucket: number): number {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.ids[mid];
      if (v === bucket) return mid;
      if (v < bucket) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function decodeBuckets(bytes: Uint8Array): Uint32Array {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  let previous = 0;
  for (const byte of bytes) {
    value += (byte & 0x7f) * 2 ** shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    previous += value;
    out.push(previous);
    value = 0;
    shift = 0;
  }
  return Uint32Array.from(out);
}

export function encodeBuckets(sortedIds: readonly number[]): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (const id of sortedIds) {
    let delta = id - previous;
    previous = id;
    while (delta >= 0x80) {
      bytes.push((delta % 0x80) | 0x80);
      delta = Math.floor(delta / 0x80);
    }
    bytes.push(delta);
  }
  return Uint8Array.from(bytes);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/**
 * Base64 to bytes. `atob` (native in the service worker, Node ≥ 16 and the test runner) decodes a
 * megabyte of weights several times faster than JavaScript does, which is most of a cold start's
 * model load; the hand-written decoder stays for a runtime without it.
 */
export function base64Bytes(text: string): Uint8Array {
  const atob = (globalThis as { atob?: (data: string) => string }).atob;
  if (typeof atob === 'function') {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  return base64BytesByHand(text);
}

export function base64BytesByHand(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = B64_INDEX[clean.charCodeAt(i)];
    const b = B64_INDEX[clean.charCodeAt(i + 1)];
    const c = B64_INDEX[clean.charCodeAt(i + 2)] ?? 0;
    const d = B64_INDEX[clean.charCodeAt(i + 3)] ?? 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 0xff;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

export function bytesBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    s += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return s;
}
