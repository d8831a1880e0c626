/** Fetching the site's data files from the browser (page and search worker alike). */
import { fetchSiteFile } from "../data";
import { FormatMismatch, HttpError, NetworkError, SiteData, StaleBuild, type Fetch } from "../../shared/search/data-set";

/** A data file's bytes, gzip inflated; the entry is revalidated with the host, hashed files may come from any cache. */
export const browserFetch: Fetch = async (path, fresh) => {
  let res: Response;
  try {
    // Through the app's fetcher: at build time the prerenderer reads the files just written.
    res = await fetchSiteFile(path, fresh ? { cache: "no-cache" } : undefined);
  } catch (e) {
    throw new NetworkError(`${path}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new HttpError(path, res.status);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Response(bytes).body!.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

let site: SiteData | null = null;
/** The page's view of the current build (the filter panel, the tag finder). */
export const siteData = () => (site ??= new SiteData(browserFetch));

/** What a reader is told when a search or the filters cannot be answered. */
export function dataErrorMessage(e: unknown, online = navigator.onLine): string {
  if (e instanceof FormatMismatch) return "网站已经更新，请刷新页面后再搜索。";
  if (e instanceof StaleBuild) return "网站正在更新，请稍后刷新页面再试。";
  if (e instanceof NetworkError || !online)
    return online ? "连不上网站，请检查网络后重试。" : "现在处于离线状态，这次搜索需要的索引还没有保存在本机，联网后再试。";
  return `搜索出错：${(e as Error).message}`;
}

/** Test hook: forget the build the page has seen (its entry and files). */
export const resetSiteData = () => void (site = null);
