/**
 * Reading the content folder safely: only regular files inside it are read,
 * never more than a limit, and nothing that can block (a FIFO) or never end (a device).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import { InputError, MAX_BYTES } from "./decode";

/** True when `path` is `dir` or inside it (both real paths). */
export function inside(dir: string, path: string): boolean {
  const r = relative(dir, path);
  return r === "" || (r !== ".." && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/** What a file system entry is, when it is neither a file nor a folder. */
function special(st: Stats): string {
  if (st.isFIFO()) return "a named pipe (FIFO), not a file";
  if (st.isSocket()) return "a socket, not a file";
  if (st.isCharacterDevice()) return "a character device, not a file";
  if (st.isBlockDevice()) return "a block device, not a file";
  return "not a regular file";
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? "";

/** A reason in words for a failed file system call. */
export function fsReason(e: unknown): string {
  const c = code(e);
  if (c === "EACCES" || c === "EPERM") return "it cannot be read (permission denied)";
  if (c === "ENOENT") return "it disappeared while the build ran";
  if (c === "ELOOP") return "a symbolic link that loops back on itself";
  return `it cannot be read (${c || (e as Error).message})`;
}

export type Entry = { kind: "file" | "dir"; real: string } | { kind: "refused"; reason: string };

/**
 * What `path` is once symbolic links are followed, refusing links that leave
 * `rootReal` (the content folder's real path), broken links, loops and special files.
 */
export function resolveEntry(path: string, rootReal: string): Entry {
  let st: Stats;
  let real = path;
  try {
    st = lstatSync(path);
    if (st.isSymbolicLink()) {
      try {
        real = realpathSync(path);
      } catch (e) {
        if (code(e) === "ENOENT") return { kind: "refused", reason: "a broken symbolic link (its target does not exist)" };
        if (code(e) === "ELOOP") return { kind: "refused", reason: "a symbolic link that loops back on itself" };
        return { kind: "refused", reason: `a symbolic link that cannot be followed (${code(e)})` };
      }
      if (!inside(rootReal, real)) return { kind: "refused", reason: "a symbolic link that leads outside the content folder: not read" };
      st = statSync(real);
    }
  } catch (e) {
    return { kind: "refused", reason: fsReason(e) };
  }
  if (st.isDirectory()) return { kind: "dir", real };
  if (st.isFile()) return { kind: "file", real };
  return { kind: "refused", reason: special(st) };
}

const NONBLOCK = constants.O_NONBLOCK ?? 0;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const CHUNK = 1 << 20;

/**
 * The bytes of a regular file, at most `limit`: opened without blocking and
 * without following a link, checked to be a file once open (the entry may have
 * changed since it was listed), read until `limit + 1` bytes at most, whatever
 * `stat` says its size is. Throws an InputError with the reason.
 */
export function readCapped(path: string, limit = MAX_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK | NOFOLLOW);
  } catch (e) {
    throw new InputError(code(e) === "ELOOP" ? "a symbolic link appeared where a file was listed: not read" : fsReason(e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(special(st));
    const chunks: Uint8Array[] = [];
    let total = 0;
    // stat's size is only a hint for the first buffer (one read for most files); reading goes on to the end or the limit.
    let size = Math.min(st.size + 1, CHUNK);
    while (total <= limit) {
      const buf = Buffer.allocUnsafe(Math.min(size, limit + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      size = CHUNK;
    }
    if (total > limit)
      throw new InputError(`the file is over the ${limit >= 1048576 ? `${+(limit / 1048576).toFixed(1)} MB` : `${limit} byte`} limit`);
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(fsReason(e));
  } finally {
    closeSync(fd);
  }
}
