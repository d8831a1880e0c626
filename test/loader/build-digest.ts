/** `tsx test/loader/build-digest.ts ROOT`: a SHA-256 per file of everything the loader writes for ROOT (data, pages, feeds, ledger), as JSON. */
import { createHash } from "node:crypto";
import { buildContent, dataFiles } from "../../src/loader/build";
import { feeds, sitemaps } from "../../src/loader/site/feeds";
import { pageFile, sitePages } from "../../src/loader/site/pages";
import { redirectFiles } from "../../src/loader/site/redirects";
import { tagNamesOf } from "../shared/search-helpers";

// Pages are rendered by the app from these files (the e2e suite covers that); what the loader writes is compared here.
const build = buildContent(process.argv[2], { saveIds: false });
const site = { origin: "https://kanbao.example", base: "/" };
const data = dataFiles(build);
const tags = await tagNamesOf(data);
const files = new Map<string, string | Uint8Array>([
  ...data,
  ...feeds(site, build.catalog, build.issues),
  ...sitemaps(site, sitePages(build, tags).pages),
  ...redirectFiles(site, build, pageFile),
  ["ids.jsonl", build.ledger],
]);
const digest = Object.fromEntries([...files].map(([path, body]) => [path, createHash("sha256").update(body).digest("hex")]));
process.stdout.write(JSON.stringify({ locale: Intl.DateTimeFormat().resolvedOptions().locale, digest }));
