import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { toItemRow } from '../report/item-row.ts';
import { writeChunksAtomic } from './atomic-write.ts';
import { createRowSpool, readJsonLines } from './row-spool.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-spool-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const rows = FIXTURE_REPORT.items.map(toItemRow);

describe('createRowSpool', () => {
  it('reads back every row in the order written, on every pass, from a file only the owner can read', () => {
    const path = join(scratch(), 'rows.jsonl');
    const spool = createRowSpool(path);
    spool.append(rows.slice(0, 2));
    spool.append(rows.slice(2));
    const source = spool.finish();
    expect([...source]).toEqual(rows);
    expect([...source]).toEqual(rows);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    spool.remove();
    expect(() => statSync(path)).toThrow();
  });

  it('keeps many rows with multi-byte text intact across read chunks', () => {
    const path = join(scratch(), 'rows.jsonl');
    const spool = createRowSpool(path);
    const base = rows[0];
    if (base === undefined) throw new Error('fixture has no rows');
    // About 3 MB: lines cross the 1 MB read chunks, some in the middle of a character.
    const many = Array.from({ length: 6_000 }, (_, i) => ({
      ...base,
      key: `${'é€😀'.repeat(i % 50)}#${i}`,
      transcript: `t${i}`,
      reviewNotes: ['ü'.repeat(200)],
    }));
    spool.append(many);
    let n = 0;
    for (const row of spool.finish()) {
      expect(row).toEqual(many[n]);
      n += 1;
    }
    expect(n).toBe(many.length);
  });

  it('stops reading when a pass is abandoned, and an unclosed last line is still read', () => {
    const path = join(scratch(), 'rows.jsonl');
    const spool = createRowSpool(path);
    spool.append(rows);
    const source = spool.finish();
    for (const row of source) {
      expect(row).toEqual(rows[0]);
      break;
    }
    writeChunksAtomic(path, ['{"a":1}\n', '{"a":2}']);
    expect([...readJsonLines(path)]).toEqual([{ a: 1 }, { a: 2 }]);
  });
});

describe('writeChunksAtomic', () => {
  it('writes the pieces as one file, mode 600, and leaves nothing when rendering throws', () => {
    const dir = scratch();
    const path = join(dir, 'report.txt');
    const big = 'x'.repeat(700_000);
    writeChunksAtomic(path, ['a', big, big, 'b']);
    expect(readFileSync(path, 'utf8')).toBe(`a${big}${big}b`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    function* failing() {
      yield 'partial';
      throw new Error('renderer bug');
    }
    expect(() => writeChunksAtomic(join(dir, 'other.txt'), failing())).toThrow('renderer bug');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });
});
