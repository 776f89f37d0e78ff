/**
 * Quantiles of Student's t distribution, for confidence intervals.
 *
 * Hand-written on purpose: the one well-kept npm implementation (`@stdlib/stats-base-dists-t-quantile`)
 * installs 232 packages (26 MB) for this one function. The t CDF is the regularised incomplete beta
 * function, P(T > t) = ½ · I_x(ν/2, ½) with x = ν / (ν + t²); we evaluate I_x by its continued fraction
 * (modified Lentz) and invert it by bisection, which is slow but cannot fail to converge. Accuracy is
 * about 1e-12 relative (tested against closed forms for ν = 1…4 and against published tables).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: expected 0 < p < 1, got ${p}`);
  if (!(df > 0 && Number.isFinite(df))) throw new RangeError(`studentTQuantile: expected df > 0, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  // Solve I_x(ν/2, ½) = 2(1 − p) for x; I_x rises with x while t falls, so bisect on x in (0, 1).
  const target = 2 * (1 - p);
  let lo = 0;
  let hi = 1;
  for (let step = 0; step < 2000; step++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (regularizedIncompleteBeta(mid, df / 2, 0.5) < target) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  return Math.sqrt((df * (1 - x)) / x);
}

/** I_x(a, b), the regularised incomplete beta function, for 0 ≤ x ≤ 1 and a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  // The continued fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) above it.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

const TINY = 1e-300;

function betaContinuedFraction(x: number, a: number, b: number): number {
  const guard = (value: number): number => (Math.abs(value) < TINY ? TINY : value);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

// Lanczos approximation (g = 7, 9 terms): about 15 significant digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(x: number): number {
  // Reflection keeps the series in its accurate range; t quantiles only ask for x ≥ ½.
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
