// Child process for the journal durability test: appends records until killed, and prints the
// number of each record after its append returned (written to the file; its fsync comes later,
// grouped, and a SIGKILL does not undo a completed write).
import { openJournal } from '../journal.ts';
import { sampleRecord } from './sample-record.ts';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: append-forever <journal path>');
const journal = openJournal(path);
for (let i = 0; ; i++) {
  journal.append(sampleRecord({ key: i.toString(16).padStart(64, '0'), latencyMs: i }));
  process.stdout.write(`${i}\n`);
  if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}
