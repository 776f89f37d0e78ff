// Child process for the cache atomicity test: rewrites one key with its own verdicts for a while.
import { createResponseCache } from '../response-cache.ts';
import { sampleRecord } from './sample-record.ts';

const [dir, key, label, count] = process.argv.slice(2);
if (dir === undefined || key === undefined || label === undefined)
  throw new Error('usage: put-forever dir key label n');
const cache = createResponseCache(dir);
const verdict = sampleRecord().verdict;
const big = `${label}:${'x'.repeat(20_000)}`;
for (let i = 0; i < Number(count ?? 200); i++) {
  if (verdict.outcome !== 'ok') throw new Error('fixture verdict must be ok');
  cache.put(key, { ...verdict, body: { ...verdict.body, rationale: big } }, new Date());
}
