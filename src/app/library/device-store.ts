/**
 * A list kept on this device (localStorage), with a memory copy for when
 * storage is blocked (private modes, policies, quota): then it lasts for the
 * visit and nothing fails. Components read it through useSyncExternalStore.
 */
import { useSyncExternalStore } from "react";

export class DeviceList<T> {
  private items: T[] | null = null;
  private listeners = new Set<() => void>();

  constructor(
    private readonly key: string,
    private readonly valid: (x: unknown) => x is T,
    private readonly max: number,
  ) {}

  all = (): T[] => {
    if (this.items) return this.items;
    try {
      const raw: unknown = JSON.parse(localStorage.getItem(this.key) ?? "[]");
      this.items = Array.isArray(raw) ? raw.filter(this.valid).slice(0, this.max) : [];
    } catch {
      this.items = [];
    }
    return this.items;
  };

  set(items: T[]): void {
    this.items = items.slice(0, this.max);
    try {
      localStorage.setItem(this.key, JSON.stringify(this.items));
    } catch {
      // Storage blocked or full: kept in memory for this visit.
    }
    this.listeners.forEach((l) => l());
  }

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  };

  /** Forget the memory copy (tests; another tab wrote the storage). */
  reload(): void {
    this.items = null;
    this.listeners.forEach((l) => l());
  }
}

const EMPTY: never[] = [];

export function useDeviceList<T>(list: DeviceList<T>): T[] {
  return useSyncExternalStore(list.subscribe, list.all, () => EMPTY);
}
