import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve, siteData } from "./render-app";
import { fakeSpeech, FakeUtterance } from "./fake-speech";
import { bookmarks, history } from "../../src/app/library/library";
import { listening } from "../../src/app/listen/listen-session";

const issue = JSON.parse(siteData.get("data/issues/000_7377606bfa394453.json") as string);
const [first, second] = issue.articles;
const at = (a: { id: string }) => `/issues/000_7377606bfa394453/${a.id}`;

beforeEach(() => {
  serve();
  localStorage.clear();
  bookmarks.reload();
  history.reload();
});
afterEach(() => {
  listening.stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function withVoices(langs: string[]) {
  const synth = fakeSpeech(langs);
  vi.stubGlobal("speechSynthesis", synth);
  vi.stubGlobal("SpeechSynthesisUtterance", FakeUtterance);
  return synth;
}

describe("语音朗读", () => {
  it("reads the headline, then each paragraph, marking it; pause, resume, speed, stop", async () => {
    const synth = withVoices(["en-US", "zh-CN"]);
    renderAt(at(first));
    await userEvent.click(await screen.findByRole("button", { name: "朗读本文" }));
    expect(synth.spoken[0].text).toContain(first.title);
    expect(synth.spoken[0].lang).toBe("zh-CN");
    act(() => synth.finish());
    const p1 = document.getElementById("p1")!;
    expect(p1).toHaveAttribute("aria-current", "true");
    expect(synth.spoken.at(-1)!.text).toBe(first.paragraphs[0].slice(0, synth.spoken.at(-1)!.text.length));
    const bar = screen.getByRole("region", { name: "语音朗读" });
    await userEvent.click(within(bar).getByRole("button", { name: "暂停" }));
    expect(synth.paused).toBe(true);
    expect(within(bar).getByText(/已暂停/)).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole("button", { name: "继续" }));
    expect(synth.paused).toBe(false);
    await userEvent.selectOptions(within(bar).getByRole("combobox", { name: "语速" }), "1.25");
    expect(synth.spoken.at(-1)!.rate).toBe(1.25);
    expect(p1).toHaveAttribute("aria-current", "true");
    // To the end of the article: the reading stops by itself.
    for (let i = 0; i < 200 && synth.current; i++) act(() => synth.finish());
    expect(screen.queryByRole("region", { name: "语音朗读" })).toBeNull();
    expect(document.querySelector("[aria-current='true']")).toBeNull();
  });

  it("reads a whole issue article after article, and the page follows", async () => {
    const synth = withVoices(["zh-CN"]);
    const { router } = renderAt("/issues/000_7377606bfa394453");
    await userEvent.click(await screen.findByRole("button", { name: "朗读本期" }));
    await screen.findByRole("heading", { level: 1, name: first.title });
    expect(router.state.location.pathname).toBe(at(first));
    for (let i = 0; i < 200 && listening.state.articleId === first.id; i++) act(() => synth.finish());
    await screen.findByRole("heading", { level: 1, name: second.title });
    await waitFor(() => expect(router.state.location.pathname).toBe(at(second)));
    expect(synth.spoken.at(-1)!.text).toContain(second.title);
  });

  it("starting again after a pause is heard at once (the synthesiser is resumed)", async () => {
    const synth = withVoices(["zh-CN"]);
    renderAt(at(first));
    await userEvent.click(await screen.findByRole("button", { name: "朗读本文" }));
    await userEvent.click(within(screen.getByRole("region", { name: "语音朗读" })).getByRole("button", { name: "暂停" }));
    expect(synth.paused).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "朗读本文" }));
    expect(synth.paused).toBe(false);
    expect(within(screen.getByRole("region", { name: "语音朗读" })).getByRole("button", { name: "暂停" })).toBeInTheDocument();
  });

  it("is not offered where the browser has no Chinese voice", async () => {
    withVoices(["en-US", "de-DE"]);
    renderAt(at(first));
    await screen.findByRole("heading", { level: 1, name: first.title });
    expect(screen.queryByRole("button", { name: /朗读/ })).toBeNull();
  });
});

describe("收藏 and 最近阅读, kept on this device", () => {
  it("a bookmark is a toggle; the page lists it, removes it, exports the list as a file", async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => (created.push(b as Blob), "blob:x"));
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const text = (b: Blob) =>
      new Promise<string>((resolve) => {
        const r = new FileReader();
        r.onload = () => resolve(String(r.result));
        r.readAsText(b);
      });
    const { router } = renderAt(at(first));
    const button = await screen.findByRole("button", { name: /收藏/ });
    expect(button).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(JSON.parse(localStorage.getItem("kanbao:bookmarks")!)[0]).toMatchObject({ articleId: first.id, title: first.title });
    await act(() => router.navigate({ to: "/bookmarks" }));
    const list = await screen.findByRole("list", { name: "收藏" });
    expect(within(list).getByRole("link", { name: first.title })).toHaveAttribute("href", `${at(first)}/`);
    await userEvent.click(screen.getByRole("button", { name: "导出为文件" }));
    const file = JSON.parse(await text(created[0]));
    expect(file.items[0]).toMatchObject({ title: first.title, url: expect.stringMatching(new RegExp(`${at(first)}/$`)) });
    await userEvent.click(within(list).getByRole("button", { name: `移除：${first.title}` }));
    expect(await screen.findByText(/还没有收藏的文章/)).toBeInTheDocument();
  });

  it("articles read are listed newest first, once each", async () => {
    const { router } = renderAt(at(first));
    await screen.findByRole("heading", { level: 1, name: first.title });
    await act(() => router.navigate({ to: "/issues/$issueId/$articleId", params: { issueId: issue.issue.id, articleId: second.id } }));
    await screen.findByRole("heading", { level: 1, name: second.title });
    await act(() => router.navigate({ to: "/issues/$issueId/$articleId", params: { issueId: issue.issue.id, articleId: first.id } }));
    await screen.findByRole("heading", { level: 1, name: first.title });
    await act(() => router.navigate({ to: "/history" }));
    const list = await screen.findByRole("list", { name: "最近阅读" });
    expect(
      within(list)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual([first.title, second.title]);
  });

  it("blocked storage: bookmarks last for the visit and nothing fails", async () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    bookmarks.reload();
    renderAt(at(first));
    const button = await screen.findByRole("button", { name: /收藏/ });
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-pressed", "true");
    vi.restoreAllMocks();
  });
});

describe("相关文章", () => {
  it("an article ends with the related articles computed at build time, each linked with its date", async () => {
    renderAt(at(first));
    const related = await screen.findByRole("region", { name: "相关文章" });
    const links = within(related).getAllByRole("link");
    expect(links.length).toBe(first.related.length);
    expect(first.related.length).toBeGreaterThan(0);
    first.related.forEach((r: { i: string; a: string; t: string }, k: number) => {
      expect(links[k]).toHaveAttribute("href", `/issues/${r.i}/${r.a}/`);
      expect(links[k].textContent).toContain(r.t);
    });
  });
});

describe("纠错", () => {
  const withReport = (report: string | null) => {
    const files = new Map(siteData);
    files.set("data/catalog.json", JSON.stringify({ ...JSON.parse(siteData.get("data/catalog.json") as string), report }));
    return files;
  };

  it("opens a mail prefilled with the article's URL, id, title and the selected text", async () => {
    serve(withReport("mailto:jiucuo@example.org"));
    renderAt(at(first));
    const link = await screen.findByRole("link", { name: "纠错" });
    const p = document.getElementById("p1")!.firstChild!;
    const range = document.createRange();
    range.setStart(p, 0);
    range.setEnd(p, 8);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
    fireEvent.pointerDown(link);
    const href = new URL(link.getAttribute("href")!);
    expect(href.protocol).toBe("mailto:");
    expect(href.pathname).toBe("jiucuo@example.org");
    expect(href.searchParams.get("subject")).toBe(`纠错：${first.title}`);
    const body = href.searchParams.get("body")!;
    expect(body).toContain(`编号：000_7377606bfa394453/${first.id}`);
    expect(body).toContain(`有误的文字：${first.paragraphs[0].replace(/^[\s\u3000]+/u, "").slice(0, 8)}`);
    expect(body).toMatch(/链接：http:\/\/localhost(:\d+)?\//);
  });

  it("a form's URL gets the same as parameters; without a configured place there is no link", async () => {
    serve(withReport("https://example.org/report?site=kanbao"));
    const { unmount } = renderAt(at(first));
    const link = await screen.findByRole("link", { name: "纠错" });
    fireEvent.pointerDown(link);
    const u = new URL(link.getAttribute("href")!);
    expect([u.origin, u.searchParams.get("site"), u.searchParams.get("id")]).toEqual([
      "https://example.org",
      "kanbao",
      `000_7377606bfa394453/${first.id}`,
    ]);
    unmount();
    serve(withReport(null));
    renderAt(at(first));
    await screen.findByRole("heading", { level: 1, name: first.title });
    expect(screen.queryByRole("link", { name: "纠错" })).toBeNull();
  });
});
