/**
 * `npm run review:tags`: the script-assisted review of the corpus's most frequent
 * tags. It tags the 18,996 corpus stories as the build does, takes the 200 most
 * frequent people, places and organisations, and compares them with the verdicts
 * in scripts/tag-review/verdicts.tsv (`kind<TAB>name<TAB>ok|wrong<TAB>note`,
 * written by a person who read the contexts). It prints the share judged right
 * per kind; a tag in the top 200 without a verdict counts as not right.
 *
 *   --contexts [N]   print N contexts (default 3) of each top tag that has no verdict yet
 *   --all            print contexts of every top tag, verdict or not
 *   --check          exit non-zero when a kind's share is below 98%
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { issuesFromExport } from "../src/loader/issue-from-export";
import { loadTaxonomy } from "../src/loader/tags/topics";
import { finishTags } from "../src/loader/tags/finish";
import { readCorpus } from "./lib/corpus";

const TOP = 200;
const GOAL = 0.98;
const KINDS = ["people", "places", "orgs"] as const;
const VERDICTS = join(import.meta.dirname, "tag-review", "verdicts.tsv");
const args = process.argv.slice(2);
const ctxAt = args.indexOf("--contexts");
const contexts = ctxAt >= 0 ? Number(args[ctxAt + 1]) || 3 : 0;

const taxonomy = loadTaxonomy(join(import.meta.dirname, "..", "content"));
const stories = readCorpus();
const months = new Map<string, string[]>();
for (const s of stories) months.set(s.date.slice(0, 7), [...(months.get(s.date.slice(0, 7)) ?? []), JSON.stringify(s)]);
const issues = [...months].flatMap(([m, lines]) => issuesFromExport(`${m}.jsonl`, Buffer.from(lines.join("\n")), {}, taxonomy));
finishTags(issues);
const articles = issues.flatMap((f) => f.articles);

const verdicts = new Map<string, { ok: boolean; note: string }>();
if (existsSync(VERDICTS))
  for (const line of readFileSync(VERDICTS, "utf8").split("\n")) {
    const [kind, name, verdict, note = ""] = line.split("\t");
    if (!kind || kind.startsWith("#") || !name) continue;
    if (verdict !== "ok" && verdict !== "wrong")
      throw new Error(`${VERDICTS}: verdict of ${kind} ${name} is neither ok nor wrong: ${verdict}`);
    verdicts.set(`${kind}\t${name}`, { ok: verdict === "ok", note });
  }

const fails: string[] = [];
for (const kind of KINDS) {
  const count = new Map<string, number>();
  for (const a of articles) for (const t of a.tags[kind]) count.set(t, (count.get(t) ?? 0) + 1);
  const top = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
  let ok = 0;
  let wrong = 0;
  let open = 0;
  for (const [name, n] of top) {
    const v = verdicts.get(`${kind}\t${name}`);
    if (v?.ok) ok++;
    else if (v) wrong++;
    else open++;
    if ((contexts && !v) || args.includes("--all")) {
      console.log(`\n${kind}\t${name}\t(${n} articles)${v ? `\t${v.ok ? "ok" : "wrong"} ${v.note}` : ""}`);
      let shown = 0;
      for (const a of articles) {
        if (shown >= (contexts || 3)) break;
        if (!a.tags[kind].includes(name)) continue;
        const text = `${a.title}\n${a.paragraphs.join("")}`;
        const at = text.indexOf(name);
        if (at < 0) continue;
        console.log(`  ${text.slice(Math.max(0, at - 18), at + name.length + 12).replace(/\n/gu, " ")}`);
        shown++;
      }
    }
  }
  const share = ok / (top.length || 1);
  console.log(
    `review ${kind}: ${ok}/${top.length} of the most frequent judged right (${(100 * share).toFixed(1)}%), ${wrong} wrong, ${open} without a verdict`,
  );
  if (share < GOAL) fails.push(`${kind} ${(100 * share).toFixed(1)}% < ${100 * GOAL}%`);
}
if (fails.length) {
  console.error(`review:tags: ${fails.join("; ")}`);
  if (args.includes("--check")) process.exit(1);
}
