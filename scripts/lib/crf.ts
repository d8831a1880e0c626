/**
 * Fitting the splitter's weights as a linear-chain conditional random field:
 * the log-likelihood of the gold states under the grammar, its gradient from
 * forward-backward (in log space), AdaGrad steps with an L2 penalty. The model
 * it fits is the loader's own (src/loader/split/decode.ts), so the weights mean
 * the same at fitting and at decoding.
 */
import { emissions, type Compiled } from "../../src/loader/split/decode";
import { ROLES, STATES } from "../../src/loader/split/grammar";

const R = ROLES.length;
const S = STATES.length;
const NEG = -1e18;

function lse(a: number, b: number): number {
  if (a === NEG) return b;
  if (b === NEG) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

export interface Example {
  feats: number[][];
  gold: number[];
  /** Arc weight indices of the gold path, start and end included. */
  goldArcs: number[];
  /** Each line's length (for the grammar's length limits). */
  chars: number[];
}

export interface Trainer {
  model: Compiled;
  gEmit: Float64Array;
  gArc: Float64Array;
  hEmit: Float64Array;
  hArc: Float64Array;
}

export function trainer(model: Compiled): Trainer {
  return {
    model,
    gEmit: new Float64Array(model.emit.length),
    gArc: new Float64Array(model.arcW.length),
    hEmit: new Float64Array(model.emit.length).fill(1e-8),
    hArc: new Float64Array(model.arcW.length).fill(1e-8),
  };
}

/** Add the gradient of −log p(gold) for one issue to the trainer's buffers; returns −log p(gold). */
export function accumulate(t: Trainer, ex: Example): number {
  const m = t.model;
  const n = ex.feats.length;
  const em = emissions(m, ex.feats, ex.chars);
  const w = m.arcW;
  const a = new Float64Array(n * S).fill(NEG);
  for (let s = 0; s < S; s++) if (m.startArc[s] >= 0) a[s] = w[m.startArc[s]] + em[s % R];
  for (let i = 1; i < n; i++)
    for (let s = 0; s < S; s++) {
      const { from, arc } = m.into[s];
      let v = NEG;
      for (let k = 0; k < from.length; k++) {
        const x = a[(i - 1) * S + from[k]];
        if (x > NEG) v = lse(v, x + w[arc[k]]);
      }
      if (v > NEG) a[i * S + s] = v + em[i * R + (s % R)];
    }
  const b = new Float64Array(n * S).fill(NEG);
  for (let s = 0; s < S; s++) if (m.endArc[s] >= 0) b[(n - 1) * S + s] = w[m.endArc[s]];
  for (let i = n - 2; i >= 0; i--)
    for (let s = 0; s < S; s++) {
      const { to, arc } = m.outOf[s];
      let v = NEG;
      for (let k = 0; k < to.length; k++) {
        const x = b[(i + 1) * S + to[k]];
        if (x > NEG) v = lse(v, x + w[arc[k]] + em[(i + 1) * R + (to[k] % R)]);
      }
      b[i * S + s] = v;
    }
  let z = NEG;
  for (let s = 0; s < S; s++) z = lse(z, a[(n - 1) * S + s] + b[(n - 1) * S + s]);
  // Gold score.
  let gold = 0;
  for (let i = 0; i < n; i++) gold += em[i * R + (ex.gold[i] % R)];
  for (const k of ex.goldArcs) gold += w[k];
  // Expected counts minus gold counts.
  for (let i = 0; i < n; i++) {
    const pr = new Float64Array(R);
    for (let s = 0; s < S; s++) {
      const x = a[i * S + s] + b[i * S + s];
      if (x > NEG / 2) pr[s % R] += Math.exp(x - z);
    }
    pr[ex.gold[i] % R] -= 1;
    for (const f of ex.feats[i]) for (let r = 0; r < R; r++) if (pr[r] !== 0) t.gEmit[f * R + r] += pr[r];
  }
  for (let s = 0; s < S; s++) {
    if (m.startArc[s] >= 0 && a[s] > NEG / 2) t.gArc[m.startArc[s]] += Math.exp(a[s] + b[s] - z);
    if (m.endArc[s] >= 0 && a[(n - 1) * S + s] > NEG / 2) t.gArc[m.endArc[s]] += Math.exp(a[(n - 1) * S + s] + b[(n - 1) * S + s] - z);
  }
  for (let i = 1; i < n; i++)
    for (let s = 0; s < S; s++) {
      const tail = em[i * R + (s % R)] + b[i * S + s];
      if (tail < NEG / 2) continue;
      const { from, arc } = m.into[s];
      for (let k = 0; k < from.length; k++) {
        const x = a[(i - 1) * S + from[k]];
        if (x > NEG / 2) t.gArc[arc[k]] += Math.exp(x + w[arc[k]] + tail - z);
      }
    }
  for (const k of ex.goldArcs) t.gArc[k] -= 1;
  return z - gold;
}

/** One AdaGrad step on the accumulated gradient (plus L2), then clear the buffers. */
export function step(t: Trainer, rate: number, l2: number): void {
  const upd = (w: Float64Array, g: Float64Array, h: Float64Array) => {
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] + l2 * w[i];
      if (gi === 0) continue;
      h[i] += gi * gi;
      w[i] -= (rate * gi) / Math.sqrt(h[i]);
      g[i] = 0;
    }
  };
  upd(t.model.emit, t.gEmit, t.hEmit);
  upd(t.model.arcW, t.gArc, t.hArc);
}
