import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { findExcessiveNesting, MAX_NESTING } from './check-nesting.ts';
import type { Diagnostic } from './schema.ts';

/** A parsed YAML (or JSON) document that can say on which line a key path sits. */
export interface LocatedYaml {
  readonly value: unknown;
  /** 1-based line of the node at `path`, or of its nearest existing ancestor. */
  readonly lineOf: (path: readonly PropertyKey[]) => number;
  /** 1-based line of `key` inside the mapping at `path` (for unknown keys). */
  readonly lineOfKey: (path: readonly PropertyKey[], key: string) => number;
  readonly diagnostics: Diagnostic[];
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range = (node as { range?: unknown }).range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}

/**
 * Parses YAML or JSON with the `yaml` library (JSON is YAML 1.2 flow syntax) and keeps its
 * positions, so schema errors can point at a line. `lineOffset` shifts lines for front matter.
 */
export function locateYaml(text: string, file: string, lineOffset = 0): LocatedYaml {
  const deep = findExcessiveNesting(text);
  if (deep !== undefined) {
    const message = `expected YAML/JSON nested at most ${MAX_NESTING} levels deep, got deeper nesting`;
    return refused(file, deep + lineOffset, message);
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined): number =>
    offset === undefined ? 1 + lineOffset : lineCounter.linePos(offset).line + lineOffset;
  const nodeAt = (path: readonly PropertyKey[]): unknown =>
    path.length === 0 ? doc.contents : doc.getIn(path, true);
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const start = rangeStart(nodeAt(path.slice(0, n)));
      if (start !== undefined) return lineAt(start);
    }
    return lineAt(undefined);
  };
  const lineOfKey = (path: readonly PropertyKey[], key: string): number => {
    const map = nodeAt(path);
    if (isMap(map)) {
      const pair = map.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      const start = rangeStart(pair?.key);
      if (start !== undefined) return lineAt(start);
    }
    return lineOf(path);
  };
  // One broken bracket can make the YAML parser report the same problem several times.
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const severity = doc.errors.includes(e) ? 'error' : 'warning';
    const line = lineAt(e.pos[0]);
    const message = `expected valid YAML/JSON, got a syntax problem: ${e.message.split('\n')[0] ?? e.message}`;
    if (seen.has(`${line}\0${message}`)) continue;
    seen.add(`${line}\0${message}`);
    diagnostics.push({ severity, file, line, message });
  }
  if (doc.errors.length > 0) return { value: undefined, lineOf, lineOfKey, diagnostics };
  try {
    // `maxAliasCount` stops "billion laughs" alias bombs: the library throws instead of expanding.
    return { value: doc.toJS({ maxAliasCount: 100 }), lineOf, lineOfKey, diagnostics };
  } catch (cause) {
    const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    const message = `expected YAML whose aliases expand to a reasonable size, got ${why}`;
    return { ...refused(file, lineAt(0), message), lineOf, lineOfKey };
  }
}

/** A document that could not be read at all: no value, one error. */
function refused(file: string, line: number, message: string): LocatedYaml {
  return {
    value: undefined,
    lineOf: () => line,
    lineOfKey: () => line,
    diagnostics: [{ severity: 'error', file, line, message }],
  };
}
