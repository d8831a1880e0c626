/**
 * Lines as the model sees them: the file's lines with their spacing made
 * relative (a file with a blank line after every line counts one blank less), a
 * credit set after a line's text split off as a line of its own (`virtual`), and
 * the measures of the issue: the printed column around each line, whether the
 * text is hard-wrapped, whether indents mark paragraphs.
 */
import type { Line } from "../lines";
import { charCount, displayWidth } from "../text";
import { CAMERA, ROLE, bylineShape, personNames, tipOffAt } from "./shapes";

export interface ModelLine {
  /** 1-based line number in the file (a virtual line has its source line's number). */
  no: number;
  text: string;
  indent: boolean;
  /** Blank lines above, relative to the file's spacing. */
  gap: number;
  width: number;
  /** A credit split off the end of the line before it. */
  virtual: boolean;
  /** What stood between the text and a split-off credit (to join them back). */
  sep: string;
  /** Width of the printed column around this line (second widest of its neighbours). */
  column: number;
}

export interface Issue {
  lines: ModelLine[];
  /** Lines run on at a column width: line ends say little about paragraph ends. */
  wrapped: boolean;
  /** Paragraphs begin with an indent. */
  indents: boolean;
  /**
   * Wrapped text whose paragraphs' first lines run a few units short of the column
   * (print extraction dropped the indent): a full line after a sentence end goes on.
   */
  dropsIndent: boolean;
}

// A credit after the text: `…动力。 （梁晓雨）`, `…游玩。 记者 江秋悦 周邦静 摄影报道`, `…盛宴。本报记者 刘鹰 摄`.
// The text before it has a visible character: zero-width ones alone are not text to split off.
const TAIL_BRACKET = /^(.*?[^\s\u200b-\u200d\u2060\ufeff])(\s*)([（(][^（）()]{2,40}[）)])$/u;
const TAIL_PLAIN = /^(.*?[。！？!?…”」』）)])(\s*)((?:[^\s，。、；：！？,;:!?“”]{0,16}?)(?:记者|通讯员|摄影)[^，。；！？,;!?“”]{1,36})$/u;

// A camera credit with no role, after a sentence end: `…罐体。李 源 摄`, `…成熟。 朱云平 摄影报道`.
const TAIL_CAMERA = /^(.*?[。！？!?…”」』）)])(\s*)([\p{Script=Han} ]{2,14}?\s*(?:摄|摄影报道|文\/图|图\/文))$/u;
/** What follows the role in a credit like 新天水记者孙镇 or 记者：王沛: the names alone. */
const AFTER_ROLE = /^.*(?:记者|通讯员|摄影|实习生)[\s：:]*/u;

function splitTail(l: Line): [Line, Line, string] | null {
  // The tip-off goes with the credit before it: split as if it were not there, then give it back to the credit.
  const at = tipOffAt(l.text);
  if (at > 0) {
    const tip = l.text.slice(at);
    const split = creditTail({ ...l, text: l.text.slice(0, at), width: l.width - displayWidth(tip) });
    if (!split) return null;
    const text = split[1].text + tip;
    return [split[0], { ...split[1], text, width: displayWidth(text) }, split[2]];
  }
  return creditTail(l);
}

function creditTail(l: Line): [Line, Line, string] | null {
  // Cheap tests first: a bracket at the end, or a role or camera near the end.
  const t = l.text;
  const bracket = t.endsWith("）") || t.endsWith(")");
  const role = /(记者|通讯员|摄影)/u.test(t.slice(-40));
  if (!bracket && !role && !/(摄|文\/图|图\/文)$/u.test(t)) return null;
  const plain = bracket || !role ? null : TAIL_PLAIN.exec(t);
  const camera = bracket || plain ? null : TAIL_CAMERA.exec(t);
  if (camera && !personNames(camera[3].replace(/\s*(摄|摄影报道|文\/图|图\/文)$/u, ""))) return null;
  const m = bracket ? TAIL_BRACKET.exec(t) : (plain ?? camera);
  if (!m || !m[1]) return null;
  const credit = m[3];
  if (!bylineShape(credit) || /\d/u.test(credit)) return null;
  const inner = credit.replace(/^[（(]|[）)]$/gu, "");
  // A bracket needs a sentence end or a space before it, or a role or camera in it.
  if (bracket && !m[2] && !/[。！？!?…”」』]$/u.test(m[1]) && !ROLE.test(inner) && !CAMERA.test(inner)) return null;
  // A role with names after it and nothing else (新天水记者孙镇, 记者：王沛) is a credit without a space or camera too.
  const named = () => personNames(credit.replace(AFTER_ROLE, ""));
  if (!bracket && !camera && !(ROLE.test(credit) && (CAMERA.test(credit) || /\s/u.test(credit) || named()))) return null;
  const head = { ...l, text: m[1], width: l.width - displayWidth(m[2] + credit) };
  const tail = { ...l, text: credit, indent: false, blankBefore: 0, width: displayWidth(credit) };
  return [head, tail, m[2]];
}

const STOPPED = /[。！？!?…；;][”’」』）)》"']*$/u;

export function prepare(lines: Line[]): Issue {
  // Spacing is relative: where nearly every line has blank lines above, the fewest of them are a line end
  // (a blank after every line, perhaps doubled again), and only more than that separate.
  const gaps = lines
    .slice(1)
    .map((l) => l.blankBefore)
    .sort((a, b) => a - b);
  const floor = lines.length >= 3 ? gaps[Math.floor(0.15 * gaps.length)] : 0;
  const out: ModelLine[] = [];
  for (const l of lines) {
    const gap = Math.max(0, l.blankBefore - floor);
    const split = splitTail(l);
    if (split) {
      out.push({ no: l.no, text: split[0].text, indent: l.indent, gap, width: split[0].width, virtual: false, sep: "", column: 0 });
      out.push({ no: l.no, text: split[1].text, indent: false, gap: 0, width: split[1].width, virtual: true, sep: split[2], column: 0 });
    } else out.push({ no: l.no, text: l.text, indent: l.indent, gap, width: l.width, virtual: false, sep: "", column: 0 });
  }
  // The column around each line: the second widest of the eleven lines centred on it.
  for (let i = 0; i < out.length; i++) {
    let first = -1;
    let second = -1;
    for (let k = Math.max(0, i - 5); k <= Math.min(out.length - 1, i + 5); k++) {
      if (out[k].virtual) continue;
      const w = out[k].width;
      if (w > first) {
        second = first;
        first = w;
      } else if (w > second) second = w;
    }
    out[i].column = second >= 0 ? second : first >= 0 ? first : out[i].width;
  }
  // Wrapped: most lines that fill their column run on into the next without a sentence end (headlines,
  // furniture and a paragraph's last line are shorter, and in text of one paragraph a line, the lines that
  // fill the column are paragraphs, ending a sentence).
  let long = 0;
  let runOn = 0;
  for (let i = 0; i + 1 < out.length; i++) {
    if (charCount(out[i].text) < 8 || out[i].virtual || out[i].width < 0.8 * out[i].column) continue;
    long++;
    if (!STOPPED.test(out[i].text.slice(-8)) && out[i + 1].gap === 0) runOn++;
  }
  const wrapped = long >= 3 && runOn >= 0.4 * long;
  // First lines of clear paragraphs (after a short line that ends a sentence, running on): how short of the column?
  const short: number[] = [];
  for (let i = 1; i + 1 < out.length; i++) {
    const p = out[i - 1];
    const l = out[i];
    if (p.virtual || l.virtual || p.column - p.width < 8 || out[i + 1].gap > 0) continue;
    if (!STOPPED.test(p.text.slice(-8)) || STOPPED.test(l.text.slice(-8))) continue;
    short.push(l.column - l.width);
  }
  short.sort((a, b) => a - b);
  const median = short[Math.floor(short.length / 2)] ?? 0;
  const dropsIndent = wrapped && short.length >= 3 && median >= 3 && median <= 9;
  // Indents mark paragraphs where they stand at a fair share of the lines.
  const indented = out.filter((l) => l.indent).length;
  const indents = indented >= 2 && indented >= 0.05 * out.length;
  return { lines: out, wrapped, indents, dropsIndent };
}
