// A small seeded pseudo-random generator for the demo data. The same seed always gives the same
// stream, on every platform: only 32-bit integer arithmetic (Math.imul, >>>) and plain
// floating-point additions and multiplications are used, never Math.random or transcendental
// functions. sfc32 ("small fast counter", Chris Doty-Humphrey) passes PractRand well beyond what
// demo data needs and is a few lines long.

/** Hashes a text to a 32-bit integer (FNV-1a), to derive independent streams from one seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** A stream for `seed`; `label` gives each part of the generator a stream of its own, so that
   * drawing one more number in one part never shifts the numbers of another. */
  constructor(seed: number, label = '') {
    this.#a = hash32(`a:${seed}:${label}`);
    this.#b = hash32(`b:${seed}:${label}`);
    this.#c = hash32(`c:${seed}:${label}`);
    this.#d = 1;
    // Warm up: the first outputs of a freshly seeded sfc32 are still correlated with the seed.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a key in proportion to its weight. Integer keys of an object ({ 1: 0.3, 2: 0.7 })
   * come back as numbers, as they were written. */
  weighted<K extends string | number>(weights: Readonly<Record<K, number>> | ReadonlyArray<readonly [K, number]>): K {
    const entries = (
      Array.isArray(weights)
        ? weights
        : Object.entries(weights).map(([k, w]) => [/^(0|[1-9]\d*)$/.test(k) ? Number(k) : k, w])
    ) as Array<[K, number]>;
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** An approximately normal deviate: the Irwin–Hall sum of twelve uniforms. Plain additions
   * only, so the result is bit-identical on every engine (Math.log and Math.cos need not be). */
  normal(mean = 0, sd = 1): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.next();
    return mean + sd * (sum - 6);
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  /** `count` distinct items of `items` in random order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.max(0, count));
  }

  /** A UUID shaped like version 4 (random), drawn from this stream. */
  uuid(): string {
    const w0 = this.uint32();
    const w1 = this.uint32();
    const w2 = this.uint32();
    const w3 = this.uint32();
    const b = (w: number, shift: number) => HEX[(w >>> shift) & 0xff];
    return (
      b(w0, 24) + b(w0, 16) + b(w0, 8) + b(w0, 0) + '-' +
      b(w1, 24) + b(w1, 16) + '-' +
      HEX[0x40 | ((w1 >>> 8) & 0x0f)] + b(w1, 0) + '-' +
      HEX[0x80 | ((w2 >>> 24) & 0x3f)] + b(w2, 16) + '-' +
      b(w2, 8) + b(w2, 0) + b(w3, 24) + b(w3, 16) + b(w3, 8) + b(w3, 0)
    );
  }
}
