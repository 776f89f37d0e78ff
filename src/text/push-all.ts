/**
 * Appends every item to `target`. `target.push(...items)` passes the items as arguments, and an
 * answer that yields more hits than the engine's argument limit (about 100,000: one line of
 * steering repeated in a few megabytes) throws a RangeError; a loop has no limit.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
