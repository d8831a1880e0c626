import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byCodePoint } from "../../src/loader/order";
import { contentDir, issueText } from "./content-dir";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const DIGEST = join(import.meta.dirname, "build-digest.ts");

// Publications whose order differs between locales (ö after z in Swedish, Chinese by pinyin in zh-CN, before Latin).
const PAPERS = ["Zeitung", "Ärzteblatt", "örebro tidning", "zebra news", "北京日报", "市中区报", "枣庄日报", "Ångermanland"];
const files = Object.fromEntries(
  PAPERS.map((p, i) => [`issues/p${i}.txt`, issueText(`${p}的头条`, `本报讯 7月26日，${p}报道了区里召开的会议。`)]),
);
const manifest = { issues: Object.fromEntries(PAPERS.map((p, i) => [`p${i}.txt`, { publication: p, date: "2022-07-27" }])) };

const digestUnder = (root: string, env: Record<string, string>) =>
  JSON.parse(execFileSync(TSX, [DIGEST, root], { encoding: "utf8", env: { ...process.env, ...env } })) as {
    locale: string;
    digest: Record<string, string>;
  };

describe("builds are byte-identical on any machine", () => {
  it("under different LANG, LC_ALL and TZ every file the loader writes is the same", () => {
    const root = contentDir({ ...files, "manifest.json": JSON.stringify(manifest) });
    const runs = [
      { LANG: "C", LC_ALL: "C", TZ: "UTC" },
      { LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8", TZ: "America/Los_Angeles" },
      { LANG: "zh_CN.UTF-8", LC_ALL: "zh_CN.UTF-8", TZ: "Asia/Shanghai" },
    ].map((env) => digestUnder(root, env));
    // The locales really differ (Node's ICU follows LANG), so a locale-dependent sort would show.
    expect(runs.map((r) => r.locale)).toEqual(["en-US", "sv-SE", "zh-CN"]);
    expect(Object.keys(runs[0].digest).length).toBeGreaterThan(30);
    expect(runs[1].digest).toEqual(runs[0].digest);
    expect(runs[2].digest).toEqual(runs[0].digest);
  });

  it("no locale-dependent comparison or formatting anywhere in src/ (byCodePoint is the one order)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/u.test(name)) {
          readFileSync(path, "utf8")
            .split("\n")
            .forEach((line, i) => {
              if (/\.localeCompare\(|Intl\.Collator|\.toLocale(Lower|Upper)Case\(/u.test(line)) offenders.push(`${path}:${i + 1}`);
            });
        }
      }
    };
    walk(join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });

  it("byCodePoint orders by code point, astral characters after the BMP", () => {
    expect(["z", "Ä", "北", "a", "\u{20000}", "\uffe0", "Z"].sort(byCodePoint)).toEqual(["Z", "a", "z", "Ä", "北", "\uffe0", "\u{20000}"]);
    expect(["\u{20000}", "\uffe0"].sort()).toEqual(["\u{20000}", "\uffe0"]); // what UTF-16 order would do
  });
});
