/** How many result lists the page keeps in memory (result-memory.ts); a file of its own, so benchmarks read it without React. */
export const KEPT_LISTS = 12;
