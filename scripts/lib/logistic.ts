// L2-regularised logistic regression over named sparse features, fitted by full-batch Adam for a
// fixed number of steps from zero weights, so the same rows always give the same weights.

export interface Sample {
  x: Record<string, number>;
  y: 0 | 1;
}

export interface FitOptions {
  lambda: number;
  /** Features seen in fewer rows are left out (their weight would only fit noise). */
  minCount: number;
  steps?: number;
}

export type Weights = Record<string, number>;

export function fitLogistic(samples: Sample[], { lambda, minCount, steps = 1500 }: FitOptions): Weights {
  const seen = new Map<string, number>();
  for (const s of samples) for (const k of Object.keys(s.x)) seen.set(k, (seen.get(k) ?? 0) + 1);
  const names = [...seen].filter(([k, n]) => n >= minCount || k === 'bias').map(([k]) => k).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  // The rows as flat arrays (feature index and value, row by row): the same sums in the same order as
  // walking each row's entries, several times faster over thousands of rows and steps.
  const offsets = new Int32Array(samples.length + 1);
  const entries = samples.map((s) => Object.entries(s.x).filter(([k]) => index.has(k)));
  entries.forEach((row, i) => (offsets[i + 1] = offsets[i] + row.length));
  const features = new Int32Array(offsets[samples.length]);
  const values = new Float64Array(offsets[samples.length]);
  entries.forEach((row, i) => row.forEach(([k, val], n) => {
    features[offsets[i] + n] = index.get(k)!;
    values[offsets[i] + n] = val;
  }));
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const rate = 0.05, b1 = 0.9, b2 = 0.999;
  const bias = index.get('bias');
  for (let step = 1; step <= steps; step++) {
    grad.fill(0);
    for (let i = 0; i < samples.length; i++) {
      let z = 0;
      for (let n = offsets[i]; n < offsets[i + 1]; n++) z += w[features[n]] * values[n];
      const d = 1 / (1 + Math.exp(-z)) - samples[i].y;
      for (let n = offsets[i]; n < offsets[i + 1]; n++) grad[features[n]] += d * values[n];
    }
    for (let j = 0; j < names.length; j++) {
      const g = grad[j] / samples.length + (j === bias ? 0 : lambda * w[j]);
      m[j] = b1 * m[j] + (1 - b1) * g;
      v[j] = b2 * v[j] + (1 - b2) * g * g;
      w[j] -= (rate * (m[j] / (1 - b1 ** step))) / (Math.sqrt(v[j] / (1 - b2 ** step)) + 1e-8);
    }
  }
  // `+ 0` turns a weight rounded to -0 into 0, which is what its JSON copy holds.
  return Object.fromEntries(names.map((n, i) => [n, Math.round(w[i] * 1e4) / 1e4 + 0]));
}
