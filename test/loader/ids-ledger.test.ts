import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent, type ContentBuild } from "../../src/loader/build";
import { redirectFiles } from "../../src/loader/site/redirects";
import { pageFile } from "../../src/loader/site/pages";
import { contentDir, issueText, SEEDS } from "./content-dir";

const SITE = { origin: "https://kanbao.example", base: "/" };
const SEED = SEEDS[0];
const HEADLINE = "市领导来我区调研";
const CORRECTED = "副市长左文来我区调研指导工作";
const LEAD = "本报讯 7月26日，副市长左文来我区调研。";

const seedPath = (root: string) => join(root, "issues", SEED);
const edit = (root: string, from: string, to: string) => {
  const text = readFileSync(seedPath(root), "utf8");
  expect(text).toContain(from);
  writeFileSync(seedPath(root), text.replace(from, to));
};

/** What a reader finds at a URL of the built site: the article, a redirect, or nothing. */
function open(build: ContentBuild, url: string): { title: string; first: string } | { redirect: string } | null {
  const [, issueId, articleId] = /^\/issues\/([^/]+)(?:\/([^/]+))?$/u.exec(url) ?? [];
  const f = build.issues.find((i) => i.issue.id === issueId);
  const a = articleId ? f?.articles.find((x) => x.id === articleId) : undefined;
  if (a) return { title: a.title, first: a.paragraphs[0] };
  if (f && !articleId) return { title: f.issue.id, first: "" };
  const page = redirectFiles(SITE, build, pageFile).get(pageFile(url.slice(1)));
  const to = page && /<meta http-equiv="refresh" content="0; url=([^"]+)"/u.exec(page)?.[1];
  // Redirects lead to the canonical URL, with its trailing slash.
  return to ? { redirect: to.replace(/\/$/u, "") } : null;
}

const urlOf = (build: ContentBuild, title: string) => {
  for (const f of build.issues) for (const a of f.articles) if (a.title === title) return `/issues/${f.issue.id}/${a.id}`;
  throw new Error(`no article ${title}`);
};

describe("links never break: an article's URL survives", () => {
  it("a corrected headline (the old URL opens the same article, with the new headline)", () => {
    const root = contentDir();
    const url = urlOf(buildContent(root), HEADLINE);
    edit(root, `${HEADLINE}\n`, `${CORRECTED}\n`);
    const after = buildContent(root);
    expect(open(after, url)).toEqual({ title: CORRECTED, first: expect.stringContaining(LEAD) });
    expect(readFileSync(join(root, "ids.jsonl"), "utf8")).toContain(`"title":"${CORRECTED}"`);
    // Without the ledger the headline would have moved it: the ledger is what keeps it.
    rmSync(join(root, "ids.jsonl"));
    expect(urlOf(buildContent(root, { saveIds: false }), CORRECTED)).not.toBe(url);
  });

  it("a corrected body, and a headline and body corrected together", () => {
    const root = contentDir();
    const url = urlOf(buildContent(root), HEADLINE);
    edit(root, "副秘书长张清民参加", "副秘书长张清明参加");
    expect(open(buildContent(root), url)).toMatchObject({ title: HEADLINE });
    edit(root, `${HEADLINE}\n`, `${CORRECTED}\n`);
    edit(root, "孟庄镇下道沟村、", "");
    expect(open(buildContent(root), url)).toMatchObject({ title: CORRECTED });
  });

  it("a better split that joins two articles: the one that is gone leads to the one holding its text", () => {
    // An export fixes the split exactly: first two records, then the same text as one.
    const body = (...ps: string[]) => ps.join("\n");
    const [p1, p2, p3] = [
      "本报讯 7月26日，区里召开会议，部署安全生产工作。",
      "会议强调，要压实责任，排查隐患。",
      "随后，与会人员到企业现场察看。",
    ];
    const records = (...rs: object[]) => rs.map((r) => JSON.stringify(r)).join("\n");
    const root = contentDir(
      { "issues/cms.jsonl": records({ title: "区里部署安全生产", body: body(p1, p2) }, { title: "到企业现场察看", body: p3 }) },
      [],
    );
    const before = buildContent(root);
    const [first, gone] = [urlOf(before, "区里部署安全生产"), urlOf(before, "到企业现场察看")];
    writeFileSync(join(root, "issues", "cms.jsonl"), records({ title: "区里部署安全生产", body: body(p1, p2, p3) }));
    const after = buildContent(root);
    expect(open(after, first)).toMatchObject({ title: "区里部署安全生产" });
    expect(open(after, gone)).toEqual({ redirect: first });
    expect(after.redirects).toEqual([{ from: gone.slice(1), to: first.slice(1) }]);
    // Split again later: the article comes back under its first URL, not a third one.
    writeFileSync(
      join(root, "issues", "cms.jsonl"),
      records({ title: "区里部署安全生产", body: body(p1, p2) }, { title: "到企业现场察看", body: p3 }),
    );
    const again = buildContent(root);
    expect(urlOf(again, "区里部署安全生产")).toBe(first);
    expect(urlOf(again, "到企业现场察看")).toBe(gone);
  });

  it("a headline that loses its line (the parser's first words stand in): its body keeps the URL", () => {
    const root = contentDir();
    const second = "我区组织收看全市“工业强市、产业兴市”链长制工作上半年调度推进会议实况";
    const url = urlOf(buildContent(root), second);
    edit(root, `${second}\n\n`, "");
    expect(open(buildContent(root), url)).toMatchObject({ first: expect.stringMatching(/^本报讯 7月27日/u) });
  });

  it("an article taken out: its URL leads to its issue", () => {
    const root = contentDir();
    const before = buildContent(root);
    const url = urlOf(before, HEADLINE);
    const text = readFileSync(seedPath(root), "utf8");
    const start = text.indexOf(`${HEADLINE}\n`);
    writeFileSync(seedPath(root), text.slice(0, start) + text.slice(text.indexOf("我区组织收看全市", start)));
    const after = buildContent(root);
    expect(open(after, url)).toEqual({ redirect: `/issues/${url.split("/")[2]}` });
  });

  it("the manifest giving an issue a new id: every old issue and article URL leads to the new ones", () => {
    const root = contentDir();
    const before = buildContent(root);
    const url = urlOf(before, HEADLINE);
    writeFileSync(join(root, "manifest.json"), JSON.stringify({ issues: { [SEED]: { id: "shizhong-20220727" } } }));
    const after = buildContent(root);
    const now = urlOf(after, HEADLINE);
    expect(now).toBe(`/issues/shizhong-20220727/${url.split("/")[3]}`);
    expect(open(after, url)).toEqual({ redirect: now });
    expect(open(after, "/issues/000_7377606bfa394453")).toEqual({ redirect: "/issues/shizhong-20220727" });
    // …and a later headline correction still reaches the article from the oldest URL.
    edit(root, `${HEADLINE}\n`, `${CORRECTED}\n`);
    expect(open(buildContent(root), url)).toEqual({ redirect: now });
  });

  it("other issues added, and the file moved to a folder (same text, or edited on the way)", () => {
    const root = contentDir();
    const url = urlOf(buildContent(root), HEADLINE);
    writeFileSync(join(root, "issues", "001_new.txt"), issueText(HEADLINE, "本报讯 另一期报纸，同一个标题。"));
    mkdirSync(join(root, "issues", "2022"));
    renameSync(seedPath(root), join(root, "issues", "2022", SEED));
    const moved = buildContent(root);
    expect(open(moved, url)).toMatchObject({ title: HEADLINE, first: expect.stringContaining(LEAD) });
    expect(moved.notes.map((n) => `${n.file}: ${n.reason}`)).toContain(
      `2022/${SEED}: was ${SEED}: keeps its id 000_7377606bfa394453 and its links`,
    );
    const text = readFileSync(join(root, "issues", "2022", SEED), "utf8").replace(`${HEADLINE}\n`, `${CORRECTED}\n`);
    rmSync(join(root, "issues", "2022", SEED));
    writeFileSync(join(root, "issues", "2022-07-27.txt"), text);
    expect(open(buildContent(root), url)).toMatchObject({ title: CORRECTED });
  });

  it("a file that is unreadable for a build keeps its ids for when it is fixed", () => {
    const root = contentDir();
    const url = urlOf(buildContent(root), HEADLINE);
    const text = readFileSync(seedPath(root));
    writeFileSync(seedPath(root), "");
    writeFileSync(join(root, "issues", "copy.txt"), text);
    const broken = buildContent(root);
    expect(broken.problems.map((p) => p.file)).toEqual([SEED]);
    expect(urlOf(broken, HEADLINE)).not.toBe(url);
    rmSync(join(root, "issues", "copy.txt"));
    writeFileSync(seedPath(root), text);
    expect(urlOf(buildContent(root), HEADLINE)).toBe(url);
  });
});

describe("the id ledger", () => {
  it("is written sorted and byte-identical; lines in any order read the same", () => {
    const root = contentDir();
    const a = buildContent(root);
    const ledger = readFileSync(join(root, "ids.jsonl"), "utf8");
    expect(ledger).toBe(a.ledger);
    const sources = ledger
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).source);
    expect(sources).toEqual([...sources].sort());
    const shuffled = ledger.trim().split("\n").reverse();
    writeFileSync(
      join(root, "ids.jsonl"),
      `${[...shuffled.filter((l) => !l.includes('"article"')), ...shuffled.filter((l) => l.includes('"article"'))].join("\n")}\n`,
    );
    const b = buildContent(root, { saveIds: false });
    expect(b.ledger).not.toBe("");
    expect(b.issues.map((f) => f.articles.map((x) => x.id))).toEqual(a.issues.map((f) => f.articles.map((x) => x.id)));
  });

  it("merges two editors' ledgers, with or without git's conflict markers: both sides' ids are kept", () => {
    const base = contentDir();
    buildContent(base);
    const branch = (change: (root: string) => void) => {
      const root = contentDir();
      writeFileSync(join(root, "ids.jsonl"), readFileSync(join(base, "ids.jsonl")));
      change(root);
      const b = buildContent(root);
      return { root, ledger: readFileSync(join(root, "ids.jsonl"), "utf8"), build: b };
    };
    const ours = branch((r) => writeFileSync(join(r, "issues", "a.txt"), issueText("甲编辑加的文章", "本报讯 甲。")));
    const theirs = branch((r) => {
      writeFileSync(join(r, "issues", "a.txt"), issueText("乙编辑也加了一篇", "本报讯 乙，另一篇。"));
      edit(r, `${HEADLINE}\n`, `${CORRECTED}\n`);
    });
    const url = urlOf(ours.build, HEADLINE);
    for (const flags of [[], ["--union"]]) {
      writeFileSync(join(base, "ours"), ours.ledger);
      writeFileSync(join(base, "theirs"), theirs.ledger);
      writeFileSync(join(base, "base"), readFileSync(join(base, "ids.jsonl")));
      let merged: string;
      try {
        merged = execFileSync("git", ["merge-file", "-p", ...flags, join(base, "ours"), join(base, "base"), join(base, "theirs")], {
          encoding: "utf8",
        });
      } catch (e) {
        merged = (e as { stdout: string }).stdout; // exit status = number of conflicts
      }
      if (!flags.length) expect(merged).toMatch(/^<{7} /mu);
      const root = contentDir();
      writeFileSync(join(root, "ids.jsonl"), merged);
      writeFileSync(join(root, "issues", "a.txt"), issueText("乙编辑也加了一篇", "本报讯 乙，另一篇。"));
      edit(root, `${HEADLINE}\n`, `${CORRECTED}\n`);
      const build = buildContent(root);
      expect(build.problems).toEqual([]);
      expect(open(build, url)).toMatchObject({ title: CORRECTED });
      const theirsUrl = urlOf(theirs.build, "乙编辑也加了一篇");
      expect(open(build, theirsUrl)).toMatchObject({ title: "乙编辑也加了一篇" });
      // Our side's article of a.txt is not in this text: its URL leads to the issue, not to nothing.
      expect(open(build, urlOf(ours.build, "甲编辑加的文章"))).toEqual({ redirect: `/issues/${theirsUrl.split("/")[2]}` });
      const written = readFileSync(join(root, "ids.jsonl"), "utf8");
      expect(written).not.toMatch(/^[<=>]{7}/mu);
      expect(written).toBe(build.ledger);
    }
  });

  it("numbers issues in the order the archive took them; two editors' new issues with one number get one each", () => {
    const base = contentDir();
    const seqs = (b: ContentBuild) => Object.fromEntries(b.issues.map((f) => [f.issue.source, f.seq]));
    const before = seqs(buildContent(base));
    const ledger = readFileSync(join(base, "ids.jsonl"), "utf8");
    expect(Object.values(before).sort()).toEqual(Object.keys(before).map((_, i) => i));
    const branch = (file: string, text: string) => {
      const root = contentDir();
      writeFileSync(join(root, "ids.jsonl"), ledger);
      writeFileSync(join(root, "issues", file), text);
      buildContent(root);
      return readFileSync(join(root, "ids.jsonl"), "utf8");
    };
    const ours = branch("b.txt", issueText("甲编辑加的一期", "本报讯 甲。"));
    const theirs = branch("c.txt", issueText("乙编辑加的一期", "本报讯 乙。"));
    expect(ours).toMatch(/"source":"b\.txt","issue":"b","seq":2\b/u);
    expect(theirs).toMatch(/"source":"c\.txt","issue":"c","seq":2\b/u);
    // Merged as git's union driver does: every line of both sides.
    const root = contentDir();
    writeFileSync(join(root, "ids.jsonl"), ours + theirs);
    writeFileSync(join(root, "issues", "b.txt"), issueText("甲编辑加的一期", "本报讯 甲。"));
    writeFileSync(join(root, "issues", "c.txt"), issueText("乙编辑加的一期", "本报讯 乙。"));
    const b = buildContent(root);
    expect(b.problems).toEqual([]);
    expect(seqs(b)).toEqual({ ...before, "b.txt": 2, "c.txt": 3 });
  });

  it("an invalid ledger is named, its valid lines still used, and never overwritten", () => {
    const root = contentDir();
    const url = urlOf(buildContent(root), HEADLINE);
    const broken = `${readFileSync(join(root, "ids.jsonl"), "utf8")}{"source": "x.txt", "issue": "Bad Id"}\nnot json\n`;
    writeFileSync(join(root, "ids.jsonl"), broken);
    edit(root, `${HEADLINE}\n`, `${CORRECTED}\n`);
    const b = buildContent(root);
    expect(b.problems.map((p) => `${p.file}: ${p.reason}`)).toEqual([
      expect.stringMatching(/^ids\.jsonl: line \d+: issue: not a URL-safe id$/u),
      expect.stringMatching(/^ids\.jsonl: line \d+: not valid JSON at column 2: unexpected 'o'$/u),
    ]);
    expect(open(b, url)).toMatchObject({ title: CORRECTED });
    expect(readFileSync(join(root, "ids.jsonl"), "utf8")).toBe(broken);
  });
});
