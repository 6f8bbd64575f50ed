import iconv from "iconv-lite";

/**
 * Markers that show up when UTF-8 is read as Mac Roman (`‚Ä`, `√`, `ü[ìí]`,
 * the Apple-logo private-use char U+F8FF) or as Windows-1252/Latin-1 (`Ã`, `â€`),
 * plus the replacement char U+FFFD left behind by an earlier failed decode.
 */
const MOJIBAKE_PATTERN = /‚Ä.?|√.?|Ã.?|â€.?|ü[ìí].?|\uF8FF|\uFFFD/gu;

/**
 * iconv-lite's "macintosh" table predates Apple's current mapping: it has no
 * byte for the Apple logo (0xF0, which the emoji lead byte turns into), uses ¤
 * for 0xDB and the Ohm sign for 0xBD. Those bytes are encoded by hand so that
 * text mangled by a modern Mac Roman decoder still round-trips.
 */
const APPLE_EXTRAS: ReadonlyMap<string, number> = new Map([
  ["\uF8FF", 0xf0],
  ["€", 0xdb],
  ["Ω", 0xbd],
]);
const APPLE_EXTRAS_SPLIT = /([\uF8FF€Ω])/u;

/**
 * Lists the suspicious sequences (with the char that follows, when there is one)
 * found in `text`; an empty list means the text looks clean.
 */
export function findMojibake(text: string): string[] {
  return text.match(MOJIBAKE_PATTERN) ?? [];
}

/**
 * Undoes "UTF-8 read as Mac Roman": encodes `text` back to Mac Roman bytes and
 * decodes those bytes as UTF-8. Text without mojibake markers is returned
 * unchanged, so repairing twice equals repairing once.
 *
 * @throws Error when a char has no Mac Roman byte or the bytes are not valid
 *   UTF-8 (e.g. half-repaired text) — mangling it further would lose content.
 */
export function repairMojibake(text: string): string {
  if (findMojibake(text).length === 0) return text;

  const bytes = Buffer.concat(
    text.split(APPLE_EXTRAS_SPLIT).map((part) => encodeMacRoman(part, text)),
  );
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(
      "repairMojibake: the Mac Roman bytes of the text are not valid UTF-8 " +
        "(is the text partly repaired already, or not Mac Roman mojibake?)",
    );
  }
}

/** Encodes one piece of text, refusing the `?` iconv-lite silently substitutes. */
function encodeMacRoman(part: string, whole: string): Buffer {
  const extra = APPLE_EXTRAS.get(part);
  if (extra !== undefined) return Buffer.from([extra]);

  const bytes = iconv.encode(part, "macintosh");
  if (iconv.decode(bytes, "macintosh") === part) return bytes;

  const bad = [...part].find((ch) => iconv.decode(iconv.encode(ch, "macintosh"), "macintosh") !== ch);
  const at = bad === undefined ? -1 : whole.indexOf(bad);
  const code = bad?.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0") ?? "?";
  throw new Error(
    `repairMojibake: character U+${code} ${JSON.stringify(bad)} at index ${at} ` +
      "has no Mac Roman byte, so the text is not UTF-8 read as Mac Roman",
  );
}
