/**
 * A generated issue being written: printed lines with their gold labels, and the
 * gaps between them, rendered at the end under the spacing (blank lines
 * between paragraphs, none at all, a blank after every line, or mostly blank).
 */
import { chance, type Rnd } from "./print";

/**
 * What each printed line is, as the generator knows it. A line that ends in a
 * credit set after its text carries a second label after `|` (`pcont|credit`).
 */
export type GoldLabel =
  "noise" | "page" | "kicker" | "title" | "head+" | "subtitle" | "byline" | "byline+" | "pstart" | "pcont" | "credit" | "credit+";

export type Spacing = "blank" | "none" | "double" | "mostly";

type Item = { text: string; label: string } | { gap: number } | { brk: true };

export interface Rendered {
  text: string;
  /** Gold label per raw line (index = line number − 1); null for blank lines. */
  labels: (string | null)[];
  /** Raw line number (1-based) of each written line item, by the item's index. */
  lineOf: Map<number, number>;
}

export class Sheet {
  readonly items: Item[] = [];

  line(text: string, label: string): number {
    this.items.push({ text, label });
    return this.items.length - 1;
  }

  /** A gap of `n` blank lines where the spacing keeps blank lines. */
  gap(n = 1): void {
    this.items.push({ gap: n });
  }

  /** A column or page break inside a paragraph: a blank line in most extractions. */
  brk(): void {
    this.items.push({ brk: true });
  }

  get size(): number {
    return this.items.length;
  }

  render(spacing: Spacing, rnd: Rnd): Rendered {
    const out: string[] = [];
    const labels: (string | null)[] = [];
    const lineOf = new Map<number, number>();
    let pending = 0;
    let started = false;
    const blank = (n: number) => {
      for (let k = 0; k < n; k++) {
        out.push("");
        labels.push(null);
      }
    };
    this.items.forEach((it, i) => {
      if ("gap" in it) {
        pending = Math.max(pending, it.gap);
        return;
      }
      if ("brk" in it) {
        pending = Math.max(pending, spacing === "none" ? 0 : 1);
        return;
      }
      if (started) {
        let n = pending;
        if (spacing === "none") n = 0;
        else if (spacing === "double") n = 1 + 2 * pending;
        else if (spacing === "mostly" && pending === 1 && chance(0.12, rnd)) n = 0;
        blank(n);
      }
      pending = 0;
      started = true;
      lineOf.set(i, out.length + 1);
      out.push(it.text);
      labels.push(it.label);
    });
    return { text: out.join("\n") + "\n", labels, lineOf };
  }
}
