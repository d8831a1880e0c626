/**
 * A credit inside the first paragraph (本报讯（记者 X 通讯员 Y）…, 新天水讯【记者 X】,
 * 本报讯 记者 X 近日…): its names are the article's byline; the paragraph stays whole.
 */
import { ROLE } from "./shapes";

export interface LeadCredit {
  byline: string;
  /** The names' end was guessed (a name run on into the text, 记者黄楚凡台风…). */
  guessed: boolean;
}

const DATELINE = /^[○●◎■□]?\s*[\p{Script=Han}A-Za-z0-9·]{0,20}?(?:讯|消息)\s*/u;
const BRACKETS = /^[（(【[]\s*([^（）()【】[\]]{2,48}?)\s*[）)】\]]/u;
const NAME = /^\p{Script=Han}{2,3}$/u;
const ROLE_TOKEN = /^(本报|本台)?\p{Script=Han}{0,10}?(记者|通讯员|实习生|摄影|特约|见习)[\p{Script=Han}/·]*$/u;

/** The byline a lead credit gives, or null when the paragraph opens with none. */
export function leadCredit(paragraph: string): LeadCredit | null {
  const d = DATELINE.exec(paragraph);
  if (!d) return null;
  const rest = paragraph.slice(d[0].length);
  const b = BRACKETS.exec(rest);
  if (b) {
    const inner = b[1].replace(/[^\S\uFEFF]+/gu, " ").trim();
    if (ROLE.test(inner) || inner.split(" ").every((t) => NAME.test(t))) {
      if (!/[，。；！？,;!?]/u.test(inner) && !/\d/u.test(inner)) return { byline: inner, guessed: false };
    }
    return null;
  }
  // Without brackets: roles and names up to the first word of the text.
  const toks = rest.split(/\s+/u);
  const taken: string[] = [];
  let role = false;
  for (const t of toks) {
    if (ROLE_TOKEN.test(t) && [...t].length <= 14) {
      taken.push(t);
      role = true;
    } else if (NAME.test(t) && taken.length < 8) taken.push(t);
    else {
      // A name run on into the text: the role and, by the common length of names, three characters.
      const run = /^((?:本报)?\p{Script=Han}{0,8}?(?:记者|通讯员))(\p{Script=Han}{3})/u.exec(t);
      if (run && !taken.length) return { byline: run[1] + run[2], guessed: true };
      break;
    }
  }
  if (!role) return null;
  // Trailing names without a role after them belong to the text only if the text has no words left.
  return { byline: taken.join(" "), guessed: false };
}
