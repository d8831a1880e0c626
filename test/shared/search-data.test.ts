import { describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildContent } from "../../src/loader/build";
import { searchDocs } from "../../src/loader/search-index";
import { SearchEngine } from "../../src/shared/search/engine";
import { Facets } from "../../src/shared/search/facets";
import { DataSet, FormatMismatch, SiteData, StaleBuild } from "../../src/shared/search/data-set";
import { FORMAT_VERSION, type Entry } from "../../src/shared/search/entry";
import { paths } from "../../src/shared/search/format";
import { CONTENT, bruteForce, memoryFetch, siteFiles } from "./search-helpers";

const SEEDS = ["000_7377606bfa394453.txt", "004_5b522bed40a50bb1.txt"];
const OLDER = "全区召开春耕备耕工作会议\n\n□记者 李华\n\n本报讯 2019年3月1日，区里召开春耕备耕工作会议。";
const NEWER = "全区推进光伏储能示范项目\n\n□记者 王明\n\n本报讯 2023年8月1日，区里召开光伏储能示范项目推进会。";

/** The seeds, and the seeds with a newer issue (dated by the manifest). */
function contents() {
  const dir = (extra: boolean) => {
    const root = mkdtempSync(join(tmpdir(), "kanbao-build-"));
    mkdirSync(join(root, "issues"));
    for (const s of SEEDS) copyFileSync(join(CONTENT, "issues", s), join(root, "issues", s));
    copyFileSync(join(CONTENT, "manifest.json"), join(root, "manifest.json"));
    if (extra) writeFileSync(join(root, "issues", "999_newer.txt"), NEWER);
    return root;
  };
  return { before: buildContent(dir(false)).issues, after: buildContent(dir(true)).issues };
}

const { before, after } = contents();
const filesA = siteFiles(before);
const filesB = siteFiles(after);
const entryOf = (files: Map<string, string | Uint8Array>) => JSON.parse(files.get(paths.entry()) as string) as Entry;

describe("the entry and content-hashed files", () => {
  it("the entry names the format and the build; every other file carries its hash and is named by the entry", async () => {
    const e = entryOf(filesA);
    expect(e.version).toBe(FORMAT_VERSION);
    expect(e.build).toMatch(/^[a-z2-7]{8}$/);
    for (const path of filesA.keys())
      if (path.startsWith("data/search/") && path !== paths.entry()) expect(path).toMatch(/\.[a-z2-7]{8}\./);
    expect(entryOf(filesB).build).not.toBe(e.build);
    // A rebuild of the same content gives the same names and the same build.
    expect(entryOf(siteFiles(before)).build).toBe(e.build);
  });

  it("adding a newer issue keeps every doc number, and only its docs are new", () => {
    const a = searchDocs(before);
    const b = searchDocs(after);
    expect(b).toHaveLength(a.length + 1);
    a.forEach((d, i) => expect(b[i].article.id).toBe(d.article.id));
    expect(b[a.length].issue.issue.source).toBe("999_newer.txt");
  });

  it("adding an older issue (a backfill) keeps every doc number too: issues are numbered in the order the archive took them", () => {
    const root = mkdtempSync(join(tmpdir(), "kanbao-build-"));
    mkdirSync(join(root, "issues"));
    for (const s of SEEDS) copyFileSync(join(CONTENT, "issues", s), join(root, "issues", s));
    copyFileSync(join(CONTENT, "manifest.json"), join(root, "manifest.json"));
    const first = searchDocs(buildContent(root).issues);
    writeFileSync(join(root, "issues", "001_older.txt"), OLDER);
    const later = buildContent(root).issues;
    expect(later.find((f) => f.issue.source === "001_older.txt")!.issue.date).toMatch(/^2019/);
    const docs = searchDocs(later);
    expect(docs).toHaveLength(first.length + 1);
    first.forEach((d, i) => expect(docs[i].article.id).toBe(d.article.id));
    expect(docs[first.length].issue.issue.source).toBe("001_older.txt");
    // Without the ledger (a folder built for the first time) the older issue's articles come first.
    rmSync(join(root, "ids.jsonl"));
    expect(searchDocs(buildContent(root, { saveIds: false }).issues)[0].issue.issue.source).toBe("001_older.txt");
  });

  it("an engine whose build was replaced (its files gone) opens the new build instead of answering from a mix", async () => {
    let host = filesA;
    const site = new SiteData((path) => memoryFetch(host)(path));
    const engines = new Map<DataSet, SearchEngine>();
    const search = (q: string) =>
      site.run((d) => (engines.get(d) ?? engines.set(d, new SearchEngine(d)).get(d)!).search(q).then((r) => r.total));
    // A single character: only a unigram bucket of the old build is loaded.
    expect(await search("营")).toBe(bruteForce(before, "营").size);
    // A deploy replaces the site: the old build's files are gone, the entry is new.
    host = filesB;
    expect(await search("光伏储能")).toBe(1);
    expect(engines.size).toBe(2);
  });

  it("a file missing from the current build is an error, never an empty result", async () => {
    const broken = new Map([...filesA].filter(([p]) => !p.includes("/b/")));
    const site = new SiteData(memoryFetch(broken));
    await expect(site.run((d) => new SearchEngine(d).search("营商环境"))).rejects.toBeInstanceOf(StaleBuild);
  });

  it("data of another format is refused, so the page asks the reader to reload", async () => {
    const old = new Map(filesA).set(paths.entry(), JSON.stringify({ ...entryOf(filesA), version: FORMAT_VERSION - 1 }));
    await expect(new SearchEngine(new DataSet(memoryFetch(old))).search("营商环境")).rejects.toBeInstanceOf(FormatMismatch);
    await expect(new Facets(new DataSet(memoryFetch(old))).counts(null)).rejects.toBeInstanceOf(FormatMismatch);
  });
});
