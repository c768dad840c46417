/**
 * Word-level text helpers every stage shares (ingest, analysis, planning): the leaf module the stages import instead
 * of one another's internals. Pure, no dependencies.
 */

/** Whitespace that {@link collapse} would change: any but a single space between two other characters. */
const RE_UNCOLLAPSED = /[^\S ]|\s\s|^\s|\s$/

/** Collapses runs of whitespace to one space and trims. */
export function collapse(text: string): string {
  // most text reaching here is collapsed already (it is collapsed at every step): testing is cheaper than rebuilding
  return RE_UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text
}

/** A URL- and id-safe slug. Non-Latin letters are kept (ids stay stable for Russian headings). */
export function slugify(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  // at most 48 characters, cut at a word boundary
  const cut = s.length > 48 ? s.slice(0, 49).replace(/-[^-]*$/, '') : s
  return cut || 'section'
}

/** Makes `base` unique against `taken` by suffixing -2, -3, … (and records it). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

const RE_WORD_CHAR = /[\p{L}\p{N}]/u
/** A letter or digit (code point); ASCII is decided without a regular expression. */
const isWordChar = (cp: number) => (cp < 0x80 ? (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : RE_WORD_CHAR.test(String.fromCodePoint(cp)))
/** Characters that join two runs of letters into one word: `' ’ - .` ("don’t", "S-400", "U.S"). */
const isWordJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46

/**
 * Counts words the way a reader would: runs of letters/digits (with inner apostrophes, hyphens), i.e. the
 * matches of `[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*` (Unicode), counted by a scan that makes no match
 * objects (it runs on every bullet and block; ~3× faster than the regular expression).
 */
export function countWords(text: string): number {
  let words = 0
  let i = 0
  while (i < text.length) {
    let cp = text.codePointAt(i)!
    if (!isWordChar(cp)) { i += cp > 0xffff ? 2 : 1; continue }
    words++
    // the rest of the word: letters and digits, and a joiner when a letter or digit follows it
    for (;;) {
      i += cp > 0xffff ? 2 : 1
      if (i >= text.length) break
      cp = text.codePointAt(i)!
      if (isWordChar(cp)) continue
      const next = isWordJoiner(cp) ? text.codePointAt(i + 1) : undefined
      if (next === undefined || !isWordChar(next)) break
      i += 1
      cp = next
    }
  }
  return words
}

/** Every bracket and double quotation mark the text opens it closes: a cut never falls inside a quotation or an aside. */
export function balanced(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0
  return count(/\(/gu) === count(/\)/gu) && count(/\[/gu) === count(/\]/gu) && count(/“/gu) === count(/”/gu) && count(/"/gu) % 2 === 0
}
