/** Bytes → text, detecting the encoding without a flag. */

export class InputError extends Error {}

export const MAX_BYTES = 20 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: string;
}

const strict = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return strict(label).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of NUL bytes: text in UTF-8 or GB18030 has none; a binary file has many. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}

/**
 * Decode raw issue bytes. Order matters: a BOM is certain; valid UTF-8 is
 * almost never valid by accident for Chinese GB text; GB18030 is the fallback
 * that covers GBK and GB2312.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError("the file is empty");
  if (bytes.length > MAX_BYTES) {
    throw new InputError(`the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the 20 MB limit`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode("utf-8", bytes.subarray(3));
    if (text === null) throw new InputError("it starts with a UTF-8 BOM but holds bytes that are not UTF-8");
    return { text, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16("utf-16le", bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16("utf-16be", bytes);
  if (looksBinary(bytes)) throw new InputError("it looks binary (it contains NUL bytes), not text");
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = tryDecode("gb18030", bytes);
  if (gb !== null) return { text: gb, encoding: "gb18030" };
  throw new InputError("its bytes are neither UTF-8 nor GB18030 (GBK) text");
}

function utf16(label: string, bytes: Uint8Array): Decoded {
  if (bytes.length % 2 !== 0) throw new InputError(`it starts with a ${label.toUpperCase()} BOM but has an odd number of bytes`);
  const text = tryDecode(label, bytes.subarray(2));
  if (text === null) throw new InputError(`it starts with a ${label.toUpperCase()} BOM but holds invalid ${label.toUpperCase()}`);
  return { text, encoding: label };
}
