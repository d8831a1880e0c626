/**
 * The content folder's own files (manifest.json, topics.json, ids.jsonl): read
 * with the same protections as issues, and every error one line naming the
 * file and the JSON path of the bad value, never a stack trace.
 */
import { join } from "node:path";
import { lstatSync, realpathSync } from "node:fs";
import type { z } from "zod";
import { InputError } from "./decode";
import { readCapped, resolveEntry } from "./safe-read";

export interface Problem {
  /** The file, relative to the issues folder (issue files) or the content folder (its own files). */
  file: string;
  reason: string;
  /** A warning: the file was used, something in it was ignored. `--strict` fails on warnings too. */
  warning?: boolean;
}

/** A config file is small; anything larger is not one. */
const CONFIG_LIMIT = 20 * 1024 * 1024;

/**
 * The text of `<root>/<name>`: null when there is none, a Problem when it is not
 * a readable UTF-8 file inside the content folder.
 */
export function readConfigText(root: string, name: string): string | null | Problem {
  const path = join(root, name);
  try {
    lstatSync(path);
  } catch {
    return null;
  }
  try {
    const entry = resolveEntry(path, realpathSync(root));
    if (entry.kind === "refused") return { file: name, reason: entry.reason };
    if (entry.kind === "dir") return { file: name, reason: "a folder, not a file" };
    const bytes = readCapped(entry.real, CONFIG_LIMIT);
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch (e) {
    if (e instanceof InputError) return { file: name, reason: e.message };
    if (e instanceof TypeError) return { file: name, reason: "not UTF-8 text" };
    return { file: name, reason: (e as Error).message };
  }
}

/** "at line 3, column 7" for an offset into `text`. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

const jsonError = (text: string): string | null => {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    return (e as Error).message.split("\n")[0];
  }
};

/** True when `prefix` can still be the start of valid JSON (it fails only for ending early). */
function extendable(prefix: string): boolean {
  const msg = jsonError(prefix);
  if (msg === null || /end of JSON input/u.test(msg)) return true;
  const at = /at position (\d+)/u.exec(msg);
  return at !== null && Number(at[1]) >= prefix.length;
}

/** Where JSON.parse gave up: from its message when it says, else the shortest prefix that cannot be JSON. */
function errorOffset(text: string, msg: string): number {
  const at = /at position (\d+)/u.exec(msg);
  if (at && Number(at[1]) < text.length) return Number(at[1]);
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (extendable(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** JSON.parse with its error as one line: where (line and column), and what. */
export function parseJson(text: string): { value: unknown } | { error: string } {
  const msg = jsonError(text);
  if (msg === null) return { value: JSON.parse(text) };
  if (!text.trim()) return { error: "empty, not JSON" };
  const what = /end of JSON input/u.test(msg)
    ? "it ends early"
    : msg
        .replace(/^Unexpected token '(.+?)', .*$/u, "unexpected '$1'")
        .replace(/ in JSON at position \d+.*$/u, "")
        .replace(/^./u, (c) => c.toLowerCase());
  return { error: `not valid JSON at ${lineAndColumn(text, errorOffset(text, msg))}: ${what}` };
}

/** One line of JSON Lines: the error says the column only (the caller names the line). */
export function parseJsonLine(line: string): { value: unknown } | { error: string } {
  const r = parseJson(line);
  return "error" in r ? { error: r.error.replace(/ at line 1, column/u, " at column") } : r;
}

/** A JSON path as a reader writes it: `issues["a.txt"].date`, `topics[2].keywords[0]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (typeof p === "string" && /^[A-Za-z_$][\w$]*$/u.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || "(the whole file)";
}

/** One line per zod issue: `file: path: message`. */
export function zodProblems(file: string, error: z.ZodError, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((i) => ({ file, reason: `${jsonPath([...prefix, ...i.path])}: ${i.message}` }));
}
