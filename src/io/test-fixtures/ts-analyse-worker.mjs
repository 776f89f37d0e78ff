// The analysis worker from its TypeScript source, for tests: a worker's --import runs too late
// on Node 20 to load a .ts entry, so register tsx here and import it.
import { register } from 'tsx/esm/api';

register();
await import('../../run/analyse-worker.ts');
