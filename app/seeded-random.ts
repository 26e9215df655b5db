// Seeded pseudo-random numbers for whatever must come out the same on every run and
// platform: the interview's question selection, the coding problems' timing inputs, the
// parser evaluation's synthetic corpus. mulberry32 (small, fast, 32-bit state). d3-random's
// randomLcg (used for the market bootstrap) would do as well, but a different generator
// would pick different questions and build a different corpus for the same seeds.

export type Random = () => number;

/** Numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from text (FNV-1a). */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
