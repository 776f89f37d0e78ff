import type { Rating, RatingValue } from './schema.ts';
import { assertFiniteRatings, countValues, distinctValues } from './values.ts';

/** The coincidence matrix of Krippendorff (2011), §A "Coincidence matrix". */
export interface Coincidences {
  /** The distinct pairable values, numbers ascending (the order the ordinal metric needs). */
  readonly values: readonly RatingValue[];
  /** o_ck: coincidences of value c with value k, symmetric, indexed like `values`. */
  readonly matrix: readonly (readonly number[])[];
  /** n_c = Σ_k o_ck: how often each value was pairable. */
  readonly marginals: readonly number[];
  /** n = Σ n_c: the number of pairable values. */
  readonly total: number;
  /** Units with at least two values (the others are not pairable and are dropped). */
  readonly units: number;
}

/**
 * Builds the coincidence matrix from reliability data (`data` is raters × units, `null` = missing).
 * Each unit u with m_u ≥ 2 values adds every ordered pair of values from different raters,
 * weighted 1/(m_u − 1), so each pairable value contributes exactly 1 to the matrix.
 */
export function buildCoincidences(data: readonly (readonly Rating[])[]): Coincidences {
  for (const row of data) assertFiniteRatings(row, 'krippendorffAlpha');
  const unitCount = data.reduce((max, row) => Math.max(max, row.length), 0);
  const units: Unit[] = [];
  for (let u = 0; u < unitCount; u++) {
    const unitValues: RatingValue[] = [];
    for (const row of data) {
      const value = row[u];
      if (value !== null && value !== undefined) unitValues.push(value);
    }
    if (unitValues.length >= 2) units.push({ size: unitValues.length, counts: countValues(unitValues) });
  }
  const values = distinctValues(units.flatMap((unit) => [...unit.counts.keys()]));
  const matrix = values.map((c) =>
    values.map((k) => units.reduce((sum, unit) => sum + coincide(unit, c, k), 0)),
  );
  const marginals = matrix.map((row) => row.reduce((sum, o) => sum + o, 0));
  const total = marginals.reduce((sum, nc) => sum + nc, 0);
  return { values, matrix, marginals, total, units: units.length };
}

interface Unit {
  readonly size: number;
  readonly counts: ReadonlyMap<RatingValue, number>;
}

/** One unit's contribution to o_ck: its ordered c–k pairs of values from different raters, over m_u − 1. */
function coincide(unit: Unit, c: RatingValue, k: RatingValue): number {
  const countC = unit.counts.get(c) ?? 0;
  const countK = unit.counts.get(k) ?? 0;
  const pairs = c === k ? countC * (countC - 1) : countC * countK;
  return pairs / (unit.size - 1);
}
