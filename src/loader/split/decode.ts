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
  /** The same arcs flattened for the decoder's inner loops: state s's predecessors are inFrom[inOff[s]..inOff[s+1]). */
  inOff: Int32Array;
  inFrom: Int32Array;
  inArc: Int32Array;
  outOff: Int32Array;
  outTo: Int32Array;
  outArc: Int32Array;
}

/** The role index of each state. */
const ROLE_OF_STATE = Int32Array.from(STATES.map((_, s) => s % R));

/** Lists of arrays → one array and the offsets where each list begins. */
function flatten(lists: Int32Array[]): [Int32Array, Int32Array] {
  const off = new Int32Array(lists.length + 1);
  lists.forEach((l, k) => (off[k + 1] = off[k] + l.length));
  const flat = new Int32Array(off[lists.length]);
  lists.forEach((l, k) => flat.set(l, off[k]));
  return [off, flat];
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
  const into = inFrom.map((f, s) => ({ from: Int32Array.from(f), arc: Int32Array.from(inArc[s]) }));
  const outOf = outTo.map((t, s) => ({ to: Int32Array.from(t), arc: Int32Array.from(outArc[s]) }));
  const [inOff, inFromFlat] = flatten(into.map((x) => x.from));
  const [, inArcFlat] = flatten(into.map((x) => x.arc));
  const [outOff, outToFlat] = flatten(outOf.map((x) => x.to));
  const [, outArcFlat] = flatten(outOf.map((x) => x.arc));
  return {
    emit,
    arcW,
    into,
    outOf,
    startArc,
    endArc,
    inOff,
    inFrom: inFromFlat,
    inArc: inArcFlat,
    outOff,
    outTo: outToFlat,
    outArc: outArcFlat,
  };
}

/** Longest headline line and byline line, in characters: longer lines are never read so. */
export const MAX_HEADLINE_CHARS = 60;
export const MAX_BYLINE_CHARS = 50;
const HEAD_ROLES = ROLES.map((r, i) => [i, r] as const).filter(([, r]) => /^(kicker|title|subtitle)/.test(r));
const BYLINE_ROLES = ROLES.map((r, i) => [i, r] as const).filter(([, r]) => /^(byline|credit)/.test(r));
const PAGE_ROLE = ROLES.indexOf("page");
const PAGE_NUMBER = FEATURES.indexOf("page:number");
const END_CREDIT = FEATURES.indexOf("end:credit");

/**
 * Role scores of each line: N × R. `limits[i]` is line i's length in characters,
 * negative where a sentence ends inside the line: a line too long for a headline or
 * byline, or with a sentence inside, cannot take those roles; a line that names no
 * page (no 版, no page number first) is no page header; a line ending with a camera credit
 * (`记者 向君玲 摄`, a caption's credit wrapped as `虎 摄`) is no headline (the grammar's only limits on text).
 */
export function emissions(model: Compiled, feats: number[][], limits?: number[]): Float64Array {
  const out = new Float64Array(feats.length * R);
  const emit = model.emit;
  feats.forEach((fs, i) => {
    const o = i * R;
    let page = false;
    let credit = false;
    for (let k = 0; k < fs.length; k++) {
      const base = fs[k] * R;
      for (let r = 0; r < R; r++) out[o + r] += emit[base + r];
      if (fs[k] === PAGE_NUMBER) page = true;
      else if (fs[k] === END_CREDIT) credit = true;
    }
    if (!page) out[o + PAGE_ROLE] = IMPOSSIBLE;
    const n = limits?.[i] ?? 0;
    if (credit || n < 0 || n > MAX_HEADLINE_CHARS) for (const [r] of HEAD_ROLES) out[i * R + r] = IMPOSSIBLE;
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
  // ok[i * S + s]: state s is allowed at line i (only built when an editor forced roles).
  const ok = anyForced ? new Uint8Array(n * S) : null;
  if (ok) for (let i = 0; i < n; i++) for (let s = 0; s < S; s++) ok[i * S + s] = !forced![i] || roleOf(s) === forced![i] ? 1 : 0;
  const fwd = new Float64Array(n * S).fill(NEG);
  const back = new Int32Array(n * S).fill(-1);
  const { arcW, inOff, inFrom, outOff, outTo, startArc, endArc } = model;
  // Arc weights per flattened arc, read once per call (the fitting script changes arcW between calls).
  const inW = Float64Array.from(model.inArc, (a) => arcW[a]);
  const outW = Float64Array.from(model.outArc, (a) => arcW[a]);
  const RS = ROLE_OF_STATE;
  for (let s = 0; s < S; s++) if ((!ok || ok[s]) && startArc[s] >= 0) fwd[s] = arcW[startArc[s]] + em[RS[s]];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * S;
    const o = i * S;
    const eo = i * R;
    for (let s = 0; s < S; s++) {
      if (ok && !ok[o + s]) continue;
      let best = NEG;
      let arg = -1;
      for (let k = inOff[s], end = inOff[s + 1]; k < end; k++) {
        const v = fwd[prev + inFrom[k]] + inW[k];
        if (v > best) {
          best = v;
          arg = inFrom[k];
        }
      }
      if (arg >= 0 && best > NEG / 2) {
        fwd[o + s] = best + em[eo + RS[s]];
        back[o + s] = arg;
      }
    }
  }
  const bwd = new Float64Array(n * S).fill(NEG);
  for (let s = 0; s < S; s++) bwd[(n - 1) * S + s] = endArc[s] < 0 ? NEG : arcW[endArc[s]];
  for (let i = n - 2; i >= 0; i--) {
    const o = i * S;
    const next = o + S;
    const eo = (i + 1) * R;
    for (let s = 0; s < S; s++) {
      let best = NEG;
      for (let k = outOff[s], end = outOff[s + 1]; k < end; k++) {
        const q = outTo[k];
        if (ok && !ok[next + q]) continue;
        const v = outW[k] + em[eo + RS[q]] + bwd[next + q];
        if (v > best) best = v;
      }
      bwd[o + s] = best;
    }
  }
  let best = NEG;
  let last = -1;
  for (let s = 0; s < S; s++) {
    const v = fwd[(n - 1) * S + s] + (endArc[s] < 0 ? NEG : arcW[endArc[s]]);
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
    const o = i * S;
    const ro = i * R;
    for (let s = 0; s < S; s++) {
      const v = fwd[o + s] + bwd[o + s];
      if (v > roleBest[ro + RS[s]]) roleBest[ro + RS[s]] = v;
    }
  }
  return { states, best, roleBest };
}
