/** The seeded PRNG of the fake server's fault mix and the test deps (mulberry32, shared with the core). */
export { mulberry32 as createPrng } from '../../src/prompt/mulberry32.ts';
