/**
 * 语音朗读: one reading at a time, across pages. An article is read headline
 * first, then paragraph by paragraph, each in sentence-sized utterances (long
 * utterances stall in some browsers); in issue mode the next article follows,
 * and the page follows it. Pause, resume, stop and speed act at once.
 */
import { useSyncExternalStore } from "react";
import { withoutIndent } from "../format";
import { loadArticleAt } from "../data";
import type { IssueIndex, PublishedArticle } from "../../shared/archive";
import { chineseVoice } from "./voice";

export const RATES = [0.8, 1, 1.25, 1.5] as const;

export interface ListenState {
  status: "idle" | "playing" | "paused";
  issueId?: string;
  articleId?: string;
  title?: string;
  /** The paragraph being read (1-based); 0 while the headline is read. */
  paragraph: number;
  rate: number;
  /** Read the issue's next article when this one ends. */
  issueMode: boolean;
}

const MAX_CHUNK = 120;

/** A paragraph in pieces of whole sentences, each at most about MAX_CHUNK characters. */
export function chunks(text: string): string[] {
  const sentences = text.match(/[^。！？!?；;]+[。！？!?；;”’」』）)]*/gu) ?? [text];
  const out: string[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && [...last].length + [...s].length <= MAX_CHUNK) out[out.length - 1] = last + s;
    else for (let i = 0; i < s.length; i += MAX_CHUNK * 2) out.push(s.slice(i, i + MAX_CHUNK * 2));
  }
  return out.filter((c) => c.trim());
}

class ListenSession {
  state: ListenState = { status: "idle", paragraph: 0, rate: 1, issueMode: false };
  private listeners = new Set<() => void>();
  private issue: IssueIndex | null = null;
  private at = 0;
  private texts: string[] = [];
  private piece = 0;
  private pieces: string[] = [];
  /** Bumped by every start, stop and restart: callbacks of older utterances are ignored. */
  private generation = 0;
  /** The reading moved on from one article to the next (the page may follow). */
  onAdvance: ((issueId: string, from: string, to: string) => void) | null = null;

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  };
  snapshot = () => this.state;

  private set(patch: Partial<ListenState>) {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }

  /** Read `article` (at position `at` of `issue`); in issue mode, the articles after it too. */
  start(issue: IssueIndex, at: number, article: PublishedArticle, issueMode: boolean) {
    speechSynthesis.cancel();
    // A paused synthesiser keeps new utterances waiting.
    speechSynthesis.resume();
    this.generation++;
    this.issue = issue;
    this.at = at;
    const head = [article.kicker, article.title, article.subtitle].filter(Boolean).join("，");
    this.texts = [head, ...article.paragraphs.map(withoutIndent)];
    this.set({ status: "playing", issueId: issue.issue.id, articleId: article.id, title: article.title, issueMode });
    this.speakParagraph(0);
  }

  private speakParagraph(p: number) {
    if (p >= this.texts.length) return void this.articleEnded();
    this.pieces = chunks(this.texts[p]);
    this.piece = 0;
    this.set({ paragraph: p });
    this.speakPiece();
  }

  private speakPiece() {
    const gen = this.generation;
    const text = this.pieces[this.piece];
    if (text === undefined) return this.speakParagraph(this.state.paragraph + 1);
    const u = new SpeechSynthesisUtterance(text);
    const voice = chineseVoice();
    if (voice) u.voice = voice;
    u.lang = voice?.lang ?? "zh-CN";
    u.rate = this.state.rate;
    u.onend = () => {
      if (gen !== this.generation) return;
      this.piece++;
      this.speakPiece();
    };
    u.onerror = (e) => {
      if (gen !== this.generation || e.error === "interrupted" || e.error === "canceled") return;
      this.stop();
    };
    speechSynthesis.speak(u);
  }

  private async articleEnded() {
    const gen = this.generation;
    if (!this.state.issueMode || !this.issue) return this.stop();
    const next = await loadArticleAt(this.issue, this.at + 1).catch(() => null);
    if (gen !== this.generation) return;
    if (!next) return this.stop();
    const from = this.state.articleId!;
    this.start(this.issue, this.at + 1, next, true);
    this.onAdvance?.(this.issue.issue.id, from, next.id);
  }

  pause() {
    speechSynthesis.pause();
    this.set({ status: "paused" });
  }

  resume() {
    speechSynthesis.resume();
    this.set({ status: "playing" });
  }

  stop() {
    this.generation++;
    if (this.state.status !== "idle") speechSynthesis.cancel();
    this.set({ status: "idle", issueId: undefined, articleId: undefined, title: undefined, paragraph: 0 });
  }

  /** A new speed applies from the current sentence on. */
  setRate(rate: number) {
    this.set({ rate });
    if (this.state.status === "idle") return;
    this.generation++;
    speechSynthesis.cancel();
    speechSynthesis.resume();
    if (this.state.status === "paused") this.set({ status: "playing" });
    this.speakPiece();
  }
}

export const listening = new ListenSession();

export const useListening = () => useSyncExternalStore(listening.subscribe, listening.snapshot, listening.snapshot);
