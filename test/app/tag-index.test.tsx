import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve, siteData } from "./render-app";
import { lookupPaths, type TagNames } from "../../src/shared/search/tag-lookup-paths";
import { tagsByKind, TAGS_PER_KIND } from "../../src/app/tag-index";
import { memoryEngine } from "../shared/search-helpers";

// Read as the app reads it: through the build's entry (data files have hashed names).
const names = await memoryEngine([], siteData).data.json<TagNames>(lookupPaths.names());

describe("tag index /tags/", () => {
  it("lists each kind with its number of tags, and its tags with their article counts, most first", async () => {
    serve();
    renderAt("/tags/");
    await screen.findByRole("heading", { level: 1, name: "标签" });
    const people = names.filter(([t]) => t.startsWith("人物:"));
    const section = screen.getByRole("region", { name: `人物（${people.length}）` });
    const links = within(section).getAllByRole("link");
    const counts = links.map((l) => Number(/（(\d+)）$/u.exec(l.textContent!)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(links).toHaveLength(Math.min(people.length, TAGS_PER_KIND));
    const song = within(section).getByRole("link", {
      name: new RegExp(`^宋磊\\s*（${people.find(([t]) => t === "人物:宋磊")![1]}）$`, "u"),
    });
    expect(song).toHaveAttribute("href", "/tags/%E4%BA%BA%E7%89%A9/%E5%AE%8B%E7%A3%8A/");
    await userEvent.click(song);
    expect(await screen.findByRole("heading", { level: 1, name: "人物：宋磊" })).toBeInTheDocument();
  });

  it("a kind with more tags than the index lists shows the most frequent and says how many more", async () => {
    const many: TagNames = Array.from({ length: TAGS_PER_KIND + 7 }, (_, i) => [`地点:地${String(i).padStart(3, "0")}`, 1 + (i % 3)]);
    const file = await memoryEngine([], siteData).data.path(lookupPaths.names());
    serve(new Map([...siteData, [file, JSON.stringify(many)]]));
    renderAt("/tags/");
    const section = await screen.findByRole("region", { name: `地点（${TAGS_PER_KIND + 7}）` });
    const links = within(section).getAllByRole("link");
    expect(links).toHaveLength(TAGS_PER_KIND);
    expect(links[0]).toHaveTextContent("地002（3）");
    expect(within(section).getByText(`另有 7 个地点标签，用上面的“查找标签”找。`)).toBeInTheDocument();
    expect(tagsByKind(many)[0].tags.at(-1)![1]).toBe(1);
  });
});
