/**
 * `npm run bench:ids`: do article URLs survive an editor's corrections at corpus scale?
 * Lays the corpus out as raw issues, builds (writing the id ledger), then corrects
 * headlines, bodies and both in a sample of articles, adds issues, moves files into
 * folders, lays some files out anew in another layout (the same stories, split by
 * the parser another way: what a parser change does), rebuilds, and opens every URL
 * of the first build: the same article, a redirect to it, or broken. Also the ledger's size and what it costs the build.
 * `--check` exits non-zero when any URL broke or left its article (of files laid out anew: more than 1% left); `--limit N` uses the first N stories.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { byIssue, readCorpus, rng } from "./lib/corpus";
import { seedLayoutIssues } from "./lib/seed-layouts";
import { buildContent, type ContentBuild } from "../src/loader/build";

const args = process.argv.slice(2);
const limitAt = args.indexOf("--limit");
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const SAMPLE = 150; // articles per kind of correction
const ADDED = 40; // issues added after the first build
const MOVED = 40; // files moved into a folder
const RELAID = 40; // files laid out again in the next layout

const groups = byIssue(readCorpus(limit));
const all = seedLayoutIssues(groups, "both", 2026);
const first = all.slice(0, all.length - ADDED);
const dir = join(".tmp", "bench-ids");
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, "issues"), { recursive: true });
for (const i of first) writeFileSync(join(dir, "issues", i.name), i.text);

const timed = (f: () => ContentBuild) => {
  const t0 = performance.now();
  const b = f();
  return { b, s: (performance.now() - t0) / 1000 };
};
const fresh = timed(() => buildContent(dir));
const again = timed(() => buildContent(dir));
const ledgerBytes = statSync(join(dir, "ids.jsonl")).size;

// Who is who in the first build: URL → (source, print position, body).
const before = new Map<string, { source: string; order: number; body: string }>();
for (const f of fresh.b.issues)
  for (const a of f.articles)
    before.set(`issues/${f.issue.id}/${a.id}`, { source: f.issue.source, order: a.order, body: a.paragraphs.join("") });

// Corrections, each where its text occurs once in its file, so the edit is unambiguous.
const pick = rng(7);
const texts = new Map(first.map((i) => [i.name, readFileSync(join(dir, "issues", i.name), "utf8")]));
const once = (text: string, s: string) => s.length > 3 && text.indexOf(s) >= 0 && text.indexOf(s) === text.lastIndexOf(s);
const articles = fresh.b.issues.flatMap((f) => f.articles.map((a) => ({ f, a })));
const edited = { headline: 0, body: 0, both: 0 };
const touched = new Set<string>();
for (let tries = 0; tries < articles.length * 4 && edited.headline + edited.body + edited.both < SAMPLE * 3; tries++) {
  const { f, a } = articles[Math.floor(pick() * articles.length)];
  const key = `${f.issue.source}#${a.order}`;
  const text = texts.get(f.issue.source)!;
  if (touched.has(key) || !text) continue;
  const kind = edited.headline < SAMPLE ? "headline" : edited.body < SAMPLE ? "body" : "both";
  let next = text;
  if (kind !== "body") {
    if (!once(next, a.title) || a.title.length < 6) continue;
    next = next.replace(a.title, `${a.title.slice(0, -2)}新${a.title.slice(-1)}`); // a word corrected near the end
  }
  if (kind !== "headline") {
    const p = a.paragraphs[Math.floor(pick() * a.paragraphs.length)];
    const at = Math.floor(pick() * Math.max(1, p.length - 12));
    const piece = p.slice(at, at + 12);
    if (!once(next, piece) || /\s/u.test(piece)) continue;
    next = next.replace(piece, `${piece.slice(0, 5)}误${piece.slice(6)}`); // a typo fixed
  }
  touched.add(key);
  texts.set(f.issue.source, next);
  edited[kind]++;
}
// Another layout for some untouched files: the seed layout they were not printed in.
const relaid = new Set<string>();
for (const [k, g] of groups.entries()) {
  if (relaid.size >= RELAID) break;
  const name = `${g[0].issue}.txt`;
  if (k % 5 !== 3 || !texts.has(name)) continue;
  const was = first.find((f) => f.name === name)!.layout;
  const other = seedLayoutIssues([g], was === "A" ? "B" : "A", k)[0];
  if (!other) continue;
  texts.set(name, other.text);
  relaid.add(name);
}
for (const [name, text] of texts) writeFileSync(join(dir, "issues", name), text);
for (const i of all.slice(first.length)) writeFileSync(join(dir, "issues", i.name), i.text);
mkdirSync(join(dir, "issues", "moved"));
const movedFiles = first.filter((i, k) => k % Math.max(1, Math.floor(first.length / MOVED)) === 1 && !relaid.has(i.name)).slice(0, MOVED);
for (const i of movedFiles) renameSync(join(dir, "issues", i.name), join(dir, "issues", "moved", i.name));
const moves = new Map(movedFiles.map((i) => [i.name, `moved/${i.name}`]));

const after = timed(() => buildContent(dir));
const now = new Map<string, { source: string; order: number; body: string }>();
for (const f of after.b.issues)
  for (const a of f.articles)
    now.set(`issues/${f.issue.id}/${a.id}`, { source: f.issue.source, order: a.order, body: a.paragraphs.join("") });
const redirects = new Map(after.b.redirects.map((r) => [r.from, r.to]));
// The text of an article, for recognising it in another split: letters and digits only.
const words = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "");
// One holds the other when it has the other's opening or, when a split glued a neighbour's headline onto it,
// the middle of it.
const middle = (w: string) => w.slice(Math.max(0, (w.length >> 1) - 15), Math.max(0, (w.length >> 1) - 15) + 30);
const holds = (a: string, b: string) => {
  const [x, y] = [words(a), words(b)];
  return x.includes(y.slice(0, 30)) || y.includes(x.slice(0, 30)) || x.includes(middle(y)) || y.includes(middle(x));
};
const tally = () => ({ same: 0, redirected: 0, toIssue: 0, other: 0, broken: 0 });
const count = tally();
const split = tally();
const issuePages = new Set(after.b.issues.map((f) => `issues/${f.issue.id}`));
for (const [url, was] of before) {
  const to = redirects.get(url);
  const target = now.get(url) ?? now.get(to ?? "");
  const c = relaid.has(was.source) ? split : count;
  const same =
    target &&
    (relaid.has(was.source)
      ? holds(target.body, was.body)
      : target.source === (moves.get(was.source) ?? was.source) && target.order === was.order);
  // Led to its issue: right when no article of its issue holds its text any more.
  if (!target && to && issuePages.has(to)) {
    const source = moves.get(was.source) ?? was.source;
    if ([...now.values()].some((n) => n.source === source && holds(n.body, was.body))) c.other++;
    else c.toIssue++;
  } else if (!target) c.broken++;
  else if (!same) c.other++;
  else if (now.has(url)) c.same++;
  else c.redirected++;
}

// What the same corrections would have done without the ledger: ids from paths and headlines only.
rmSync(join(dir, "ids.jsonl"));
const bare = buildContent(dir, { saveIds: false });
const bareUrls = new Set(bare.issues.flatMap((f) => f.articles.map((a) => `issues/${f.issue.id}/${a.id}`)));
const lostWithout = [...before.keys()].filter((u) => !bareUrls.has(u)).length;

const result = {
  issues: first.length,
  articles: before.size,
  corrected: edited,
  addedIssues: all.length - first.length,
  movedFiles: moves.size,
  relaidFiles: relaid.size,
  urls: count,
  urlsOfRelaidFiles: split,
  urlsLostWithoutLedger: lostWithout,
  ledgerKB: Math.round(ledgerBytes / 1024),
  buildSeconds: { noLedger: +fresh.s.toFixed(2), withLedger: +again.s.toFixed(2), afterEdits: +after.s.toFixed(2) },
};
console.log(JSON.stringify(result, null, 2));
console.log(
  `ids: ${before.size} article URLs; after ${edited.headline} headline, ${edited.body} body and ${edited.both} headline+body corrections, ${result.addedIssues} added issues and ${moves.size} moved files: ${count.same} open the same article, ${count.redirected} redirect to it, ${count.toIssue} lead to their issue, ${count.other} lead elsewhere, ${count.broken} broken (without the ledger ${lostWithout} would break); ledger ${result.ledgerKB} KB`,
);
console.log(
  `ids: ${relaid.size} files laid out anew (${Object.values(split).reduce((a, b) => a + b, 0)} URLs): ${split.same} open the article holding their text, ${split.redirected} redirect to it, ${split.toIssue} lead to their issue (their story is not printed in the new layout), ${split.other} lead elsewhere, ${split.broken} broken`,
);
// Corrections, added and moved files must keep every URL on its article; a file split anew must break
// none. Of its URLs, 1% may lead to their issue or to a neighbour where the new split itself went
// wrong (stories merged or cut: the ledger cannot know which part was meant).
const lost =
  count.other + count.broken + count.toIssue + split.broken + Math.max(0, split.other - Math.floor(0.01 * (split.same + split.other)));
if (args.includes("--check") && lost) {
  console.error(`bench:ids: ${lost} URL(s) no longer lead to their article`);
  process.exit(1);
}
