import { Link } from "@tanstack/react-router";
import { issueDateLabel } from "../format";
import { useDeviceList, type DeviceList } from "./device-store";
import { exportFile, removeFrom, type SavedArticle } from "./library";

interface Props {
  list: DeviceList<SavedArticle>;
  /** 收藏 or 最近阅读 */
  title: string;
  /** Name in the exported file's name. */
  fileName: string;
  empty: string;
}

/** Download `text` as a file, without a server. */
function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A list kept on this device: each article linked, removable; the whole list cleared or exported as a file. */
export function LibraryPage({ list, title, fileName, empty }: Props) {
  const items = useDeviceList(list);
  const save = () => {
    const f = exportFile(fileName, items, location.origin, import.meta.env.BASE_URL ?? "/");
    download(f.filename, f.text);
  };
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title" className="page-title">
        {title}
      </h1>
      <p className="text-muted">只保存在这台设备的浏览器里，不会上传。</p>
      {items.length === 0 && <p className="mt-4">{empty}</p>}
      {items.length > 0 && (
        <>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className="button" onClick={save}>
              导出为文件
            </button>
            <button type="button" className="button" onClick={() => list.set([])}>
              全部清除
            </button>
          </div>
          <ul aria-label={title} className="issue-lines mt-4">
            {items.map((a) => (
              <li key={`${a.issueId}/${a.articleId}`} className="library-item">
                <div className="min-w-0">
                  <Link to="/issues/$issueId/$articleId" params={{ issueId: a.issueId, articleId: a.articleId }}>
                    {a.title}
                  </Link>
                  <p className="text-sm text-muted">
                    {a.publication ?? "未署名报纸"} · {issueDateLabel({ date: a.date, dateInferred: false })}
                  </p>
                </div>
                <button type="button" className="button" onClick={() => removeFrom(list, a)} aria-label={`移除：${a.title}`}>
                  移除
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
