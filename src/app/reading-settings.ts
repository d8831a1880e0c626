import { useCallback, useSyncExternalStore } from "react";

export type FontSize = "s" | "m" | "l";
export type Theme = "light" | "dark" | "system";
export interface ReadingSettings {
  fontSize: FontSize;
  theme: Theme;
}

export const FONT_SIZES: { value: FontSize; label: string }[] = [
  { value: "s", label: "小" },
  { value: "m", label: "中" },
  { value: "l", label: "大" },
];
export const THEMES: { value: Theme; label: string }[] = [
  { value: "light", label: "浅色" },
  { value: "dark", label: "深色" },
  { value: "system", label: "跟随系统" },
];

const KEY = "kanbao:settings";
const DEFAULTS: ReadingSettings = { fontSize: "m", theme: "system" };
const listeners = new Set<() => void>();
let current: ReadingSettings | null = null;

function read(): ReadingSettings {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    return {
      fontSize: FONT_SIZES.some((f) => f.value === s.fontSize) ? s.fontSize : DEFAULTS.fontSize,
      theme: THEMES.some((t) => t.value === s.theme) ? s.theme : DEFAULTS.theme,
    };
  } catch {
    return DEFAULTS;
  }
}

/** Put the settings on <html>: CSS reads data-font-size and data-theme (index.html does the same before first paint). */
export function applySettings(s: ReadingSettings): void {
  const root = document.documentElement;
  root.dataset.fontSize = s.fontSize;
  const dark = s.theme === "dark" || (s.theme === "system" && matchMedia?.("(prefers-color-scheme: dark)").matches);
  root.dataset.theme = dark ? "dark" : "light";
}

export function getSettings(): ReadingSettings {
  return (current ??= read());
}

export function setSettings(patch: Partial<ReadingSettings>): void {
  current = { ...getSettings(), ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode: the setting holds for this visit only.
  }
  applySettings(current);
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useReadingSettings(): [ReadingSettings, (patch: Partial<ReadingSettings>) => void] {
  const s = useSyncExternalStore(subscribe, getSettings, () => DEFAULTS);
  return [s, useCallback(setSettings, [])];
}
