/** The browser's Chinese voice for 语音朗读, if it has one (voices may arrive after the page has loaded). */
import { useSyncExternalStore } from "react";

const synth = () => (typeof speechSynthesis === "undefined" ? null : speechSynthesis);

/** A Mandarin voice: zh-CN first, then any zh or cmn voice; null when the browser has none. */
export function chineseVoice(): SpeechSynthesisVoice | null {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === "undefined") return null;
  const voices = s.getVoices();
  const lang = (v: SpeechSynthesisVoice) => v.lang.replace("_", "-").toLowerCase();
  return (
    voices.find((v) => lang(v) === "zh-cn") ??
    voices.find((v) => lang(v).startsWith("zh-hans") || lang(v).startsWith("cmn")) ??
    voices.find((v) => lang(v).startsWith("zh")) ??
    null
  );
}

function subscribe(onChange: () => void) {
  const s = synth();
  if (!s) return () => {};
  s.addEventListener?.("voiceschanged", onChange);
  return () => s.removeEventListener?.("voiceschanged", onChange);
}

/** Whether there is a Chinese voice (its URI as a stable snapshot), following voiceschanged. */
export function useChineseVoice(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => chineseVoice()?.voiceURI ?? null,
    () => null,
  );
}
