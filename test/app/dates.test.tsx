import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve } from "./render-app";
import { dataFiles } from "../../src/loader/build";
import { fixtureBuild } from "../archive-fixture";

// Two papers, an issue every third day from 2016 for 400 issues each (about 3.3 years), one undated issue each.
const build = fixtureBuild({ perPublication: 400 });
const files = dataFiles(build);
const in2017 = build.catalog.issues.filter((i) => i.date?.startsWith("2017"));

describe("往期 on home: any date in three taps", () => {
  it("year, month, day: only the catalog entry and the chosen month's file are fetched", async () => {
    const requested = serve(files);
    const { router } = renderAt("/");
    const nav = await screen.findByRole("region", { name: "往期" });
    expect(requested).toEqual(["data/catalog.json"]);
    const years = within(within(nav).getByRole("navigation", { name: "按年份" })).getAllByRole("link");
    const count = (y: string) => build.catalog.issues.filter((i) => i.date?.startsWith(y)).length;
    expect(years.map((y) => y.textContent)).toEqual([
      ...["2019", "2018", "2017", "2016"].map((y) => `${y}年（${count(y)}）`),
      "日期不详（2）",
    ]);
    await userEvent.click(years[2]);
    const months = await within(nav).findByRole("navigation", { name: "2017年的月份" });
    expect(requested).toEqual(["data/catalog.json"]);
    await userEvent.click(within(months).getByRole("link", { name: /^3月，/ }));
    const cal = await within(nav).findByRole("table", { name: "2017年3月出版的报纸" });
    expect(requested).toEqual(["data/catalog.json", "data/catalog/2017-03.json"]);
    // Two papers on the same day: the day leads to the month's page for that day.
    const day = within(cal).getAllByRole("link")[0];
    expect(day).toHaveAccessibleName(/，2期$/);
    await userEvent.click(day);
    expect(await screen.findByRole("heading", { level: 1, name: "2017年3月" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: /^2017年3月\d+日$/ });
    expect(within(list).getAllByRole("article")).toHaveLength(2);
    expect(router.state.location.pathname).toBe("/dates/2017/03");
  });

  it("with one paper chosen, a day of that paper leads straight to its issue", async () => {
    serve(files);
    const { router } = renderAt("/?pub=乙报&month=2017-03");
    const cal = await screen.findByRole("table", { name: "2017年3月出版的报纸" });
    const first = within(cal).getAllByRole("link")[0];
    expect(first).toHaveAccessibleName(/，1期$/);
    await userEvent.click(first);
    await screen.findByRole("list", { name: "本期目录" });
    expect(router.state.location.pathname).toMatch(/^\/issues\/p1-2017-03-\d\d$/);
  });
});

describe("the newest issues of one paper", () => {
  it("are its dated issues only, however few", async () => {
    const few = fixtureBuild({ perPublication: 3, undated: 2 });
    serve(dataFiles(few));
    renderAt("/?pub=甲报");
    const list = await screen.findByRole("list", { name: "甲报 · 最新各期" });
    expect(
      within(list)
        .getAllByRole("article")
        .map((a) => within(a).getByRole("heading").textContent),
    ).toEqual(
      few.catalog.issues
        .filter((i) => i.publication === "甲报" && i.date)
        .map((i) => `甲报 · ${Number(i.date!.slice(0, 4))}年${Number(i.date!.slice(5, 7))}月${Number(i.date!.slice(8))}日`),
    );
  });
});

describe("year and month pages", () => {
  it("a year page lists every issue of the year by month; the paper filter narrows it", async () => {
    serve(files);
    renderAt("/dates/2017");
    expect(await screen.findByRole("heading", { level: 1, name: "2017年" })).toBeInTheDocument();
    expect(screen.getByText(`共 ${in2017.length} 期`)).toBeInTheDocument();
    const march = screen.getByRole("list", { name: "2017年3月的报纸" });
    expect(within(march).getAllByRole("link")).toHaveLength(in2017.filter((i) => i.date!.startsWith("2017-03")).length);
    expect(screen.getByRole("link", { name: "← 2016年" })).toHaveAttribute("href", "/dates/2016/");
    await userEvent.click(screen.getByRole("link", { name: /^甲报（/ }));
    expect(await screen.findByText(`共 ${in2017.filter((i) => i.publication === "甲报").length} 期`)).toBeInTheDocument();
  });

  it("a month page shows the month's issues with their headlines and the months beside it", async () => {
    serve(files);
    renderAt("/dates/2017/03");
    const list = await screen.findByRole("list", { name: "2017年3月各期" });
    expect(within(list).getAllByRole("article")).toHaveLength(in2017.filter((i) => i.date!.startsWith("2017-03")).length);
    expect(screen.getByRole("link", { name: "← 2017年2月" })).toHaveAttribute("href", "/dates/2017/02/");
    expect(screen.getByRole("link", { name: "2017年4月 →" })).toHaveAttribute("href", "/dates/2017/04/");
  });

  it("undated issues have their own page, never among the newest", async () => {
    serve(files);
    renderAt("/dates/undated");
    const list = await screen.findByRole("list", { name: "日期不详的报纸" });
    expect(
      within(list)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["甲报 · 日期不详", "乙报 · 日期不详"]);
  });

  it.each(["/dates/1999", "/dates/2017/13", "/dates/20x7/03", "/dates/2015/03"])("%s is a 404", async (path) => {
    serve(files);
    renderAt(path);
    expect(await screen.findByRole("heading", { name: "找不到这个页面" })).toBeInTheDocument();
  });
});
