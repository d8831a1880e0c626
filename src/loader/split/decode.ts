/**
 * The decoder: the best sequence of states under the grammar (Viterbi), and for
 * every line the best score of any sequence that gives it another role (max-
 * marginals), whose distance to the best is the model's margin on that line.
 *
 * A line's score for a state is the sum of its features' weights for the state's
 * role; an arc's score is its weight. Forced labels (an editor's corrections)
 * remove every other state at their line.
 */
import { arcs, ARC_NAMES, ROLES, STATES, roleOf, type Role } from "./grammar";
import { FEATURES } from "./features";

export interface Weights {
  /** feature → role → weight; missing entries are 0. */
  emit: Record<string, Partial<Record<Role, number>>>;
  /** arc name (`A.title>A.pstart`, `^>A.title`, `A.pcont>$`) → weight; every allowed arc is listed. */
  arcs: Record<string, number>;
}

const R = ROLES.length;
const S = STATES.length;
const NEG = -1e18;

export interface Compiled {
  /** FEATURES.length × R emission weights. */
  emit: Float64Array;
  /** Arc weights, by weight index (see ARC_NAMES); arcs of the same name share one. */
  arcW: Float64Array;
  /** Per target state: predecessor states and their arcs. */
  into: { from: Int32Array; arc: Int32Array }[];
  /** Per source state: successor states and their arcs (for the backward pass). */
  outOf: { to: Int32Array; arc: Int32Array }[];
  /** Arc index from the start into each state, from each state to the end; −1 where none. */
  startArc: Int32Array;
  endArc: Int32Array;
}

export const ARCS = arcs();
const weightOf = new Map(ARC_NAMES.map((n, i) => [n, i]));
/** The weight index of each arc. */
export const ARC_WEIGHT = Int32Array.from(ARCS.map((a) => weightOf.get(a.name)!));

export function compile(weights: Weights): Compiled {
  const emit = new Float64Array(FEATURES.length * R);
  FEATURES.forEach((f, i) => {
    const row = weights.emit[f];
    if (row) for (const [r, w] of Object.entries(row)) emit[i * R + ROLES.indexOf(r as Role)] = w ?? 0;
  });
  const arcW = Float64Array.from(ARC_NAMES.map((n) => weights.arcs[n] ?? 0));
  const inFrom: number[][] = STATES.map(() => []);
  const inArc: number[][] = STATES.map(() => []);
  const outTo: number[][] = STATES.map(() => []);
  const outArc: number[][] = STATES.map(() => []);
  const startArc = new Int32Array(S).fill(-1);
  const endArc = new Int32Array(S).fill(-1);
  ARCS.forEach((a, k) => {
    const w = ARC_WEIGHT[k];
    if (a.from < 0) startArc[a.to] = w;
    else if (a.to < 0) endArc[a.from] = w;
    else {
      inFrom[a.to].push(a.from);
      inArc[a.to].push(w);
      outTo[a.from].push(a.to);
      outArc[a.from].push(w);
    }
  });
  return {
    emit,
    arcW,
    into: inFrom.map((f, s) => ({ from: Int32Array.from(f), arc: Int32Array.from(inArc[s]) })),
    outOf: outTo.map((t, s) => ({ to: Int32Array.from(t), arc: Int32Array.from(outArc[s]) })),
    startArc,
    endArc,
  };
}

/** Longest headline line and byline line, in characters: longer lines are never read so. */
export const MAX_HEADLINE_CHARS = 60;
export const MAX_BYLINE_CHARS = 50;
const HEAD_ROLES = ROLES.map((r, i) => [i, r] as const).filter(([, r]) => /^(kicker|title|subtitle)/.test(r));
const BYLINE_ROLES = ROLES.map((r, i) => [i, r] as const).filter(([, r]) => /^(byline|credit)/.test(r));

/**
 * Role scores of each line: N × R. `limits[i]` is line i's length in characters,
 * negative where a sentence ends inside the line: a line too long for a headline or
 * byline, or with a sentence inside, cannot take those roles (the grammar's only
 * limits on text).
 */
export function emissions(model: Compiled, feats: number[][], limits?: number[]): Float64Array {
  const out = new Float64Array(feats.length * R);
  const emit = model.emit;
  feats.forEach((fs, i) => {
    const o = i * R;
    for (let k = 0; k < fs.length; k++) {
      const base = fs[k] * R;
      for (let r = 0; r < R; r++) out[o + r] += emit[base + r];
    }
    const n = limits?.[i] ?? 0;
    if (n < 0 || n > MAX_HEADLINE_CHARS) for (const [r] of HEAD_ROLES) out[i * R + r] = IMPOSSIBLE;
    if (n < 0 || n > MAX_BYLINE_CHARS) for (const [r] of BYLINE_ROLES) out[i * R + r] = IMPOSSIBLE;
  });
  return out;
}
const IMPOSSIBLE = -1e9;

export interface Decoded {
  /** Best state of each line. */
  states: number[];
  /** Score of the best sequence. */
  best: number;
  /** For each line and role, the best score of a sequence giving the line that role (N × R). */
  roleBest: Float64Array;
}

/**
 * Viterbi with max-marginals. `forced[i]`, where set, is the only role line i may take.
 */
export function decode(model: Compiled, em: Float64Array, forced?: (Role | null)[]): Decoded {
  const n = em.length / R;
  if (!n) return { states: [], best: 0, roleBest: new Float64Array(0) };
  const anyForced = !!forced?.some((f) => f);
  const allowed = (i: number, s: number) => !anyForced || !forced![i] || roleOf(s) === forced![i];
  const fwd = new Float64Array(n * S).fill(NEG);
  const back = new Int32Array(n * S).fill(-1);
  const { arcW } = model;
  const startW = (s: number) => (model.startArc[s] < 0 ? NEG : arcW[model.startArc[s]]);
  const endW = (s: number) => (model.endArc[s] < 0 ? NEG : arcW[model.endArc[s]]);
  for (let s = 0; s < S; s++) if ((!anyForced || allowed(0, s)) && model.startArc[s] >= 0) fwd[s] = startW(s) + em[s % R];
  for (let i = 1; i < n; i++) {
    for (let s = 0; s < S; s++) {
      if (anyForced && !allowed(i, s)) continue;
      const { from, arc } = model.into[s];
      let best = NEG;
      let arg = -1;
      for (let k = 0; k < from.length; k++) {
        const v = fwd[(i - 1) * S + from[k]] + arcW[arc[k]];
        if (v > best) {
          best = v;
          arg = from[k];
        }
      }
      if (arg >= 0 && best > NEG / 2) {
        fwd[i * S + s] = best + em[i * R + (s % R)];
        back[i * S + s] = arg;
      }
    }
  }
  const bwd = new Float64Array(n * S).fill(NEG);
  for (let s = 0; s < S; s++) bwd[(n - 1) * S + s] = endW(s);
  for (let i = n - 2; i >= 0; i--) {
    for (let s = 0; s < S; s++) {
      const { to, arc } = model.outOf[s];
      let best = NEG;
      for (let k = 0; k < to.length; k++) {
        const q = to[k];
        if (anyForced && !allowed(i + 1, q)) continue;
        const v = arcW[arc[k]] + em[(i + 1) * R + (q % R)] + bwd[(i + 1) * S + q];
        if (v > best) best = v;
      }
      bwd[i * S + s] = best;
    }
  }
  let best = NEG;
  let last = -1;
  for (let s = 0; s < S; s++) {
    const v = fwd[(n - 1) * S + s] + endW(s);
    if (v > best) {
      best = v;
      last = s;
    }
  }
  const states = new Array<number>(n);
  states[n - 1] = last;
  for (let i = n - 1; i > 0; i--) states[i - 1] = back[i * S + states[i]];
  const roleBest = new Float64Array(n * R).fill(NEG);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < S; s++) {
      const v = fwd[i * S + s] + bwd[i * S + s];
      const r = s % R;
      if (v > roleBest[i * R + r]) roleBest[i * R + r] = v;
    }
  }
  return { states, best, roleBest };
}
