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
  const rows = samples.map((s) => Object.entries(s.x).filter(([k]) => index.has(k)).map(([k, v]) => [index.get(k)!, v] as const));
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  const rate = 0.05, b1 = 0.9, b2 = 0.999;
  const bias = index.get('bias');
  for (let step = 1; step <= steps; step++) {
    const grad = new Float64Array(names.length);
    rows.forEach((row, i) => {
      let z = 0;
      for (const [j, val] of row) z += w[j] * val;
      const d = 1 / (1 + Math.exp(-z)) - samples[i].y;
      for (const [j, val] of row) grad[j] += d * val;
    });
    for (let j = 0; j < names.length; j++) {
      const g = grad[j] / samples.length + (j === bias ? 0 : lambda * w[j]);
      m[j] = b1 * m[j] + (1 - b1) * g;
      v[j] = b2 * v[j] + (1 - b2) * g * g;
      w[j] -= (rate * (m[j] / (1 - b1 ** step))) / (Math.sqrt(v[j] / (1 - b2 ** step)) + 1e-8);
    }
  }
  return Object.fromEntries(names.map((n, i) => [n, Math.round(w[i] * 1e4) / 1e4]));
}
