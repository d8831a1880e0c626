/** `tsx test/loader/build-digest.ts ROOT`: a SHA-256 per file of everything the loader writes for ROOT (data, pages, feeds, ledger), as JSON. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildContent, dataFiles } from "../../src/loader/build";
import { siteFiles } from "../../src/loader/site/site-files";

const build = buildContent(process.argv[2], { saveIds: false });
const template = readFileSync(join(import.meta.dirname, "..", "..", "index.html"), "utf8");
const files = new Map<string, string | Uint8Array>([
  ...dataFiles(build),
  ...siteFiles(build, template, { origin: "https://kanbao.example", base: "/" }),
  ["ids.jsonl", build.ledger],
]);
const digest = Object.fromEntries([...files].map(([path, body]) => [path, createHash("sha256").update(body).digest("hex")]));
process.stdout.write(JSON.stringify({ locale: Intl.DateTimeFormat().resolvedOptions().locale, digest }));
