import { describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve, siteData } from "./render-app";

const issue = JSON.parse(siteData.get("data/issues/000_7377606bfa394453.json") as string);
const [first, second] = issue.articles;
const at = (a: { id: string }) => `/issues/000_7377606bfa394453/${a.id}`;

describe("article /issues/$issueId/$articleId", () => {
  it("shows title, byline, publication, date, reading time and every paragraph as text", async () => {
    serve();
    renderAt(at(first));
    expect(await screen.findByRole("heading", { level: 1, name: "市领导来我区调研" })).toBeInTheDocument();
    expect(screen.getByText("记者 程修建")).toBeInTheDocument();
    expect(screen.getByText("市中区报")).toBeInTheDocument();
    expect(screen.getByText("2022年7月27日（推断）")).toHaveAttribute("datetime", "2022-07-27");
    expect(screen.getByText(`约 ${Math.max(1, Math.round(first.chars / 500))} 分钟读完`)).toBeInTheDocument();
    for (const p of first.paragraphs) expect(screen.getByText(p)).toBeInTheDocument();
    expect(screen.getByText("程修建：市领导来我区调研，《市中区报》2022年7月27日（推断）")).toBeInTheDocument();
  });

  it("previous/next by link and by the → ← keys, back to the issue", async () => {
    serve();
    const { router } = renderAt(at(first));
    await screen.findByRole("heading", { level: 1, name: first.title });
    expect(screen.queryByRole("link", { name: /上一篇/ })).toBeNull();
    expect(screen.getByRole("link", { name: /下一篇/ })).toHaveAttribute("href", `${at(second)}/`);
    await userEvent.keyboard("{ArrowRight}");
    expect(await screen.findByRole("heading", { level: 1, name: second.title })).toBeInTheDocument();
    await userEvent.keyboard("{ArrowLeft}");
    expect(await screen.findByRole("heading", { level: 1, name: first.title })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "本期目录" })).toHaveAttribute("href", "/issues/000_7377606bfa394453/");
    expect(router.state.location.pathname).toBe(at(first));
  });

  it("copy link puts the article URL on the clipboard and says so", async () => {
    serve();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderAt(at(first));
    await userEvent.click(await screen.findByRole("button", { name: "复制链接" }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^http:\/\/localhost(:\d+)?\/$|\/issues\//));
    await waitFor(() => expect(screen.getByText("链接已复制")).toBeInTheDocument());
  });

  it("an unknown article in a known issue is a 404", async () => {
    serve();
    renderAt("/issues/000_7377606bfa394453/nope");
    expect(await screen.findByRole("heading", { name: "找不到这个页面" })).toBeInTheDocument();
  });
});

describe("reading settings", () => {
  it("font size and theme are chosen by radio buttons and kept for the next visit", async () => {
    serve();
    renderAt(at(first));
    await screen.findByRole("heading", { level: 1, name: first.title });
    await userEvent.click(screen.getByText("阅读设置"));
    await userEvent.click(screen.getByRole("radio", { name: "大" }));
    await userEvent.click(screen.getByRole("radio", { name: "深色" }));
    expect(document.documentElement.dataset.fontSize).toBe("l");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(JSON.parse(localStorage.getItem("kanbao:settings")!)).toEqual({ fontSize: "l", theme: "dark" });
  });
});
