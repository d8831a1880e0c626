/**
 * `topics.json` read like every content file (tags/topics.ts has its format):
 * each bad value named in one line with its JSON path, the bad topic left out, the others used.
 */
import { readConfigText, parseJson, zodProblems, type Problem } from "./config-file";
import { hasControl } from "./sanitize";
import { Taxonomy, TOPICS_FILE } from "./tags/topics";

const Topic = Taxonomy.shape.topics.element;

export function loadTopics(root: string, problems: Problem[]): Taxonomy {
  const none: Taxonomy = { topics: [] };
  const text = readConfigText(root, TOPICS_FILE);
  if (text === null) return none;
  const bad = (reason: string) => {
    problems.push({ file: TOPICS_FILE, reason });
    return none;
  };
  if (typeof text !== "string") {
    problems.push(text);
    return none;
  }
  const json = parseJson(text);
  if ("error" in json) return bad(json.error);
  const doc = json.value as { topics?: unknown };
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return bad('not an object {"topics": [...]}');
  for (const k of Object.keys(doc)) if (k !== "topics") problems.push({ file: TOPICS_FILE, reason: `${k}: unknown key (expected topics)` });
  if (!Array.isArray(doc.topics)) return bad("topics: not a list of topics");
  const topics: Taxonomy["topics"] = [];
  doc.topics.forEach((t, i) => {
    const p = Topic.safeParse(t);
    if (!p.success) problems.push(...zodProblems(TOPICS_FILE, p.error, ["topics", i]));
    else if (hasControl(p.data.name)) problems.push({ file: TOPICS_FILE, reason: `topics[${i}].name: holds control characters` });
    else topics.push(p.data);
  });
  return { topics };
}
