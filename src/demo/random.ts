import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { mersenne } from 'pure-rand/generator/mersenne';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * The demo council's only source of chance: a seeded Mersenne Twister
 * (pure-rand), so the same seed gives the same council, byte for byte.
 *
 * Each part of the generator takes its own `fork('meetings')`, seeded from
 * the seed and the label, so adding a draw in one part does not reshuffle
 * every other part.
 *
 * @example
 * const random = new Random(1).fork('people');
 * random.pick(['Labour', 'Conservative']); // the same on every run
 */
export class Random {
  readonly #generator: RandomGenerator;

  constructor(readonly seed: number) {
    this.#generator = mersenne(seed);
  }

  /** An independent stream for one part of the generator. */
  fork(label: string): Random {
    return new Random((this.seed ^ fnv1a(label)) >>> 0);
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return uniformInt(this.#generator, min, max);
  }

  /** True with the given probability (0 to 1). */
  chance(probability: number): boolean {
    return this.int(0, 9999) < probability * 10000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** A new array in a random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** `count` different items, in random order (fewer if the list is shorter). */
  some<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }
}

/** FNV-1a: a fixed, well-known string hash, used only to derive fork seeds. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
