/**
 * Property tests draw their inputs from one fixed seed, so `npm test` is the same
 * run on every machine and a red CI is never luck. To look further, run with
 * `KANBAO_FC_SEED=random` (or a number): a failure prints its seed to replay.
 */
import fc from "fast-check";

const wanted = process.env.KANBAO_FC_SEED;
const seed = wanted === "random" ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(wanted ?? 20261201);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261201 });
