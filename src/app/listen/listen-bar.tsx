import { useRouter } from "@tanstack/react-router";
import type { IssueIndex, PublishedArticle } from "../../shared/archive";
import { listening, RATES, useListening } from "./listen-session";
import { useChineseVoice } from "./voice";

const rateLabel = (r: number) => `${r}×`;

/** Pause or resume, stop, speed: shown fixed at the bottom while a reading is on, whatever the page. */
export function ListenControls() {
  const s = useListening();
  if (s.status === "idle") return null;
  return (
    <div role="region" aria-label="语音朗读" className="listen-bar no-print">
      <p className="min-w-0 truncate text-sm" aria-live="polite">
        {s.status === "paused" ? "已暂停" : "正在朗读"}：{s.title}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {s.status === "playing" ? (
          <button type="button" className="button" onClick={() => listening.pause()}>
            暂停
          </button>
        ) : (
          <button type="button" className="button" onClick={() => listening.resume()}>
            继续
          </button>
        )}
        <button type="button" className="button" onClick={() => listening.stop()}>
          停止
        </button>
        <label className="date-field">
          语速
          <select value={s.rate} onChange={(e) => listening.setRate(Number(e.target.value))}>
            {RATES.map((r) => (
              <option key={r} value={r}>
                {rateLabel(r)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

interface Props {
  issue: IssueIndex;
  at: number;
  /** The article to start with; the issue page starts with the first one. */
  article: () => Promise<PublishedArticle | null>;
  /** The whole issue, article after article. */
  issueMode: boolean;
  label: string;
}

/** 朗读: start reading; hidden where the browser has no Chinese voice. */
export function ListenButton({ issue, at, article, issueMode, label }: Props) {
  const voice = useChineseVoice();
  const router = useRouter();
  if (!voice) return null;
  const on = (issueId: string, articleId: string) => router.state.location.pathname.endsWith(`/issues/${issueId}/${articleId}`);
  const go = (issueId: string, articleId: string) =>
    void router.navigate({ to: "/issues/$issueId/$articleId", params: { issueId, articleId } });
  const start = async () => {
    const a = await article();
    if (!a) return;
    // The page follows the reading to the next article, unless the reader has gone elsewhere.
    listening.onAdvance = (issueId, from, to) => on(issueId, from) && go(issueId, to);
    listening.start(issue, at, a, issueMode);
    if (!on(issue.issue.id, a.id)) go(issue.issue.id, a.id);
  };
  return (
    <button type="button" className="button" onClick={() => void start()}>
      <span aria-hidden="true">▶ </span>
      {label}
    </button>
  );
}
