/**
 * Lighthouse's mobile CPU throttling is relative to the host: its 4× slowdown turns a high-end desktop
 * (benchmark index ≥ 1500, Lighthouse's docs/throttling.md) into its reference phone, and the same 4× on a
 * slower host simulates a slower phone, whose every main-thread task grows and whose score falls. To judge
 * the budget on the same simulated phone on any CI host, the multiplier is scaled down on a slower host
 * (never up on a faster one), from Lighthouse's own benchmark run several times in the browser under test.
 */
import type { Browser } from "playwright-core";
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";

/** The benchmark index Lighthouse's default 4× slowdown is calibrated for (bottom of its "high-end desktop"). */
export const REFERENCE_INDEX = 1500;
export const DEFAULT_MULTIPLIER = 4;
const RUNS = 5;

/** Median of RUNS runs of Lighthouse's benchmark (one second each) in a blank page of `browser`. */
export async function hostBenchmarkIndex(browser: Browser): Promise<{ median: number; runs: number[] }> {
  const page = await browser.newPage();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`));
  await page.close();
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(RUNS / 2)], runs };
}

/** The CPU slowdown that simulates Lighthouse's reference phone on a host of this benchmark index. */
export const cpuMultiplierFor = (index: number) =>
  Math.round(DEFAULT_MULTIPLIER * Math.min(1, Math.max(0.25, index / REFERENCE_INDEX)) * 100) / 100;
