import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent, dataFiles, summary } from "../../src/loader/build";
import { readCapped, resolveEntry } from "../../src/loader/safe-read";
import { contentDir, issueText, SEEDS } from "./content-dir";

const published = (root: string) =>
  [...dataFiles(buildContent(root)).values()].map((v) => (typeof v === "string" ? v : Buffer.from(v).toString("latin1"))).join("\n");
const reasons = (b: ReturnType<typeof buildContent>) => Object.fromEntries(b.problems.map((p) => [p.file, p.reason]));

describe("only content is published: links, pipes and devices", () => {
  const root = contentDir({ "elsewhere/inside.txt": issueText("链接进来的文章", "本报讯 区里开会。") });
  const issues = join(root, "issues");
  symlinkSync("/etc/passwd", join(issues, "passwd.txt"));
  symlinkSync("/etc", join(issues, "etc"));
  symlinkSync("/dev/zero", join(issues, "zero.txt"));
  symlinkSync(join(issues, "nowhere.txt"), join(issues, "broken.txt"));
  symlinkSync(join(issues, "loop-b.txt"), join(issues, "loop-a.txt"));
  symlinkSync(join(issues, "loop-a.txt"), join(issues, "loop-b.txt"));
  symlinkSync(join(root, "elsewhere", "inside.txt"), join(issues, "linked.txt"));
  mkdirSync(join(issues, "sub"));
  symlinkSync(issues, join(issues, "sub", "up"));
  execFileSync("mkfifo", [join(issues, "pipe.txt")]);
  writeFileSync(join(issues, ".DS_Store"), "\0\0\0\x01Bud1");
  mkdirSync(join(issues, ".git"));
  writeFileSync(join(issues, ".git", "notes.txt"), issueText("隐藏文件夹里的文章", "本报讯 不该发布。"));
  writeFileSync(join(issues, "tab\there.txt"), issueText("名字里有制表符", "本报讯 正文。"));
  const build = buildContent(root);

  it("refuses a link out of the content folder (/etc/passwd is never published)", () => {
    expect(reasons(build)).toMatchObject({
      "passwd.txt": "a symbolic link that leads outside the content folder: not read",
      etc: "a symbolic link that leads outside the content folder: not read",
      "zero.txt": "a symbolic link that leads outside the content folder: not read",
    });
    const site = published(root);
    expect(site).not.toContain("root:x:0");
    expect(site).not.toContain("/bin/");
  });

  it("skips broken links, link loops, folder loops, FIFOs and odd names with a reason each, without hanging", () => {
    expect(reasons(build)).toMatchObject({
      "broken.txt": expect.stringMatching(/broken symbolic link/),
      "loop-a.txt": expect.stringMatching(/loops back on itself/),
      "loop-b.txt": expect.stringMatching(/loops back on itself/),
      "sub/up": expect.stringMatching(/a link to a folder that is read already/),
      "pipe.txt": "a named pipe (FIFO), not a file",
      '"tab\\there.txt"': expect.stringMatching(/control characters/),
    });
  });

  it("follows a link that stays inside the content folder", () => {
    expect(build.issues.map((f) => f.issue.source).sort()).toEqual([...SEEDS, "linked.txt"].sort());
  });

  it("reports hidden files and folders without failing the build for them", () => {
    expect(build.notes.filter((n) => /hidden/.test(n.reason)).map((n) => n.file)).toEqual([".DS_Store", ".git"]);
    expect(build.problems.map((p) => p.file)).not.toContain(".DS_Store");
    expect(published(root)).not.toContain("隐藏文件夹里的文章");
  });

  it("says each in one line of the build output", () => {
    const out = summary(build);
    expect(out).toMatch(/^ {2}✗ passwd\.txt: a symbolic link that leads outside the content folder: not read$/mu);
    expect(out).toMatch(/^ {2}· \.DS_Store: hidden/mu);
    expect(out).not.toMatch(/\n\s+at /u);
  });
});

describe("the content folder's own files get the same protection", () => {
  it("manifest.json, topics.json and ids.jsonl as links out, FIFOs or folders: named, and the build goes on", () => {
    const root = contentDir();
    symlinkSync("/etc/passwd", join(root, "manifest.json"));
    execFileSync("mkfifo", [join(root, "topics.json")]);
    mkdirSync(join(root, "ids.jsonl"));
    const build = buildContent(root);
    expect(reasons(build)).toEqual({
      "manifest.json": "a symbolic link that leads outside the content folder: not read",
      "topics.json": "a named pipe (FIFO), not a file",
      "ids.jsonl": "a folder, not a file",
    });
    expect(build.issues).toHaveLength(2);
    expect(statSync(join(root, "ids.jsonl")).isDirectory()).toBe(true);
  });

  it("an issues folder that is a link out of the content folder is not read", () => {
    const root = contentDir({}, []);
    rmSync(join(root, "issues"), { recursive: true });
    symlinkSync("/etc", join(root, "issues"));
    const build = buildContent(root);
    expect(build.issues).toEqual([]);
    expect(reasons(build).issues).toMatch(/outside the content folder/);
  });
});

describe("reading with a cap, never trusting stat", () => {
  it.skipIf(!existsSync("/proc/self/status"))("reads a file whose stat size is 0 in full, and stops past the limit", () => {
    expect(statSync("/proc/self/status").size).toBe(0);
    expect(readCapped("/proc/self/status").length).toBeGreaterThan(100);
    expect(() => readCapped("/proc/self/status", 10)).toThrow("the file is over the 10 byte limit");
  });

  it("refuses devices and FIFOs once open, without reading or blocking", () => {
    expect(() => readCapped("/dev/zero")).toThrow("a character device, not a file");
    expect(resolveEntry("/dev/null", "/")).toEqual({ kind: "refused", reason: "a character device, not a file" });
    const root = contentDir({}, []);
    execFileSync("mkfifo", [join(root, "p")]);
    expect(() => readCapped(join(root, "p"))).toThrow("a named pipe (FIFO), not a file");
  });

  it("a file over the limit is named with the limit", () => {
    const root = contentDir({}, []);
    writeFileSync(join(root, "big.txt"), Buffer.alloc(2048, 0x41));
    expect(() => readCapped(join(root, "big.txt"), 1024)).toThrow("the file is over the 1024 byte limit");
    expect(readCapped(join(root, "big.txt"), 2048).length).toBe(2048);
    expect(readFileSync(join(root, "big.txt")).length).toBe(2048);
  });
});
