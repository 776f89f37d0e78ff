import type { BatchEntry, BatchState } from './schema.ts';

/** Where `batches.json` is read from and written to (atomically). */
export interface BatchStore {
  read(): BatchState;
  write(state: BatchState): void;
}

/** The run's batch entries in memory, written through to the store on every change. */
export interface BatchBook {
  entries(): readonly BatchEntry[];
  get(name: string): BatchEntry;
  add(entries: readonly BatchEntry[]): void;
  update(name: string, patch: Partial<Omit<BatchEntry, 'name'>>): BatchEntry;
  remove(names: readonly string[]): void;
}

/**
 * Opens the run's batch record. Every change is written at once, so what the file says is what
 * has happened: a crash between two steps leaves the last completed step on disk.
 */
export function openBatchBook(store: BatchStore): BatchBook {
  let entries: BatchEntry[] = [...store.read().entries];
  const save = () => store.write({ version: 1, entries });
  const get = (name: string): BatchEntry => {
    const entry = entries.find((e) => e.name === name);
    if (entry === undefined) throw new Error(`no batch entry ${name}`);
    return entry;
  };
  return {
    entries: () => entries,
    get,
    add(added) {
      if (added.length === 0) return;
      entries = [...entries, ...added];
      save();
    },
    update(name, patch) {
      const next = { ...get(name), ...patch };
      entries = entries.map((e) => (e.name === name ? next : e));
      save();
      return next;
    },
    remove(names) {
      if (names.length === 0) return;
      entries = entries.filter((e) => !names.includes(e.name));
      save();
    },
  };
}
