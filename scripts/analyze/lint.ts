/**
 * Content checks for `briefdeck check`: problems a reader of the deck would notice, found in the
 * Article. Pure: an Article in, diagnostics out. Rules (ids are stable):
 *
 * - `foreign-script`: a run of letters in another script than the article's dominant one
 *   (e.g. Chinese words inside English prose).
 * - `word-count`: the article states a word count more than {@link WORD_COUNT_TOLERANCE} off the real one.
 * - `apostrophe`: a plural-looking possessive ("Putins’") where the singular possessive ("Putin’s")
 *   also occurs, or an apostrophe glued between two words ("policy’Russian").
 * - `unbalanced`: “”, (), [] or straight double quotes that do not pair up within one block.
 * - `empty-section`: a heading with nothing under it.
 * - `long-paragraph`: a block over {@link MAX_SLIDE_WORDS} words, too long for any slide.
 *
 * `stray-line` is reported by every reader while reading (the text is gone by the time lint runs);
 * {@link checkArticle} merges the readers' diagnostics with these.
 */
import type { Article, Block, Diagnostic, Section, Span } from '../model.ts'
import { countWords } from '../text/words.ts'

/** Stated vs counted words may differ by this fraction before `word-count` fires. */
export const WORD_COUNT_TOLERANCE = 0.1
/** A block longer than this does not fit on one slide. */
export const MAX_SLIDE_WORDS = 120

/** Scripts we tell apart; letters in any other script count as `other`. */
const SCRIPTS: [name: string, re: RegExp][] = [
  ['Latin', /\p{Script=Latin}/u], ['Cyrillic', /\p{Script=Cyrillic}/u], ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u], ['Hiragana', /\p{Script=Hiragana}/u], ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u], ['Arabic', /\p{Script=Arabic}/u], ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u], ['Thai', /\p{Script=Thai}/u],
]
const scriptOf = (ch: string) => SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other'

const RE_LETTER = /\p{L}/u
/** A word ending in s + apostrophe: "Putins’". */
const RE_S_POSSESSIVE = /(?<![\p{L}’'])(\p{Lu}\p{L}*?)s[’'](?![\p{L}])/gu
/** An apostrophe glued between two words where no contraction or possessive ending follows. */
const RE_GLUED = /(?<![\p{L}])(\p{L}{2,})([’'])(?!(?:s|t|re|ve|ll|d|m|n|em|all)(?![\p{L}]))(\p{L}+)/gu
const PAIRS: [open: string, close: string][] = [['“', '”'], ['(', ')'], ['[', ']']]

/** All lint diagnostics for an article, sorted by position. */
export function lint(article: Article): Diagnostic[] {
  const lines = article.text.split('\n')
  const nums = bodyLines(article)
  const out: Diagnostic[] = [
    ...foreignScript(nums, lines), ...wordCount(article, lines), ...apostrophes(nums, lines),
    ...unbalanced(article, lines), ...emptySections(article.sections), ...longBlocks(article.sections),
  ]
  return sortDiagnostics(out)
}

/** What `briefdeck check` reports: the readers' diagnostics plus {@link lint}, without duplicates. */
export function checkArticle(article: Article): Diagnostic[] {
  return uniqueDiagnostics([...article.diagnostics, ...lint(article)])
}

/** Diagnostics without repeats (same rule at the same place), sorted by position. */
export function uniqueDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return sortDiagnostics(ds.filter(d => {
    const k = `${d.rule}:${d.line}:${d.column}`
    return seen.has(k) ? false : (seen.add(k), true)
  }))
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
}

/** 1-based column in code points of UTF-16 index `i` in `line`. */
const columnOf = (line: string, i: number) => Array.from(line.slice(0, i)).length + 1

function* walk(sections: Section[]): Generator<Section> {
  for (const s of sections) { yield s; yield* walk(s.children) }
}

/** Source line numbers that hold body text (headings and blocks), in order. */
function bodyLines(article: Article): number[] {
  const set = new Set<number>()
  const addSpan = (s: Span) => { for (let l = s.line; l <= s.endLine; l++) set.add(l) }
  for (const s of walk(article.sections)) {
    if (!s.synthetic) addSpan(s.span)
    for (const b of s.blocks) addSpan(b.span)
  }
  return [...set].sort((a, b) => a - b)
}

/**
 * The letters of `line` by script, counted in order of first appearance. ASCII letters are Latin and are
 * counted without a regular expression (they are most of the letters of most articles).
 */
function scriptCounts(line: string): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (script: string) => counts.set(script, (counts.get(script) ?? 0) + 1)
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) add('Latin')
      continue
    }
    const cp = line.codePointAt(i)!
    if (cp > 0xffff) i++
    const ch = String.fromCodePoint(cp)
    if (RE_LETTER.test(ch)) add(scriptOf(ch))
  }
  return counts
}

function foreignScript(nums: number[], lines: string[]): Diagnostic[] {
  const counts = new Map<string, number>()
  const scriptsOf = new Map<number, string[]>()
  for (const n of nums) {
    const own = scriptCounts(lines[n - 1] ?? '')
    for (const [script, k] of own) counts.set(script, (counts.get(script) ?? 0) + k)
    scriptsOf.set(n, [...own.keys()])
  }
  const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (!dominant) return []
  const out: Diagnostic[] = []
  for (const n of nums) {
    // a line whose letters are all of the dominant script (or none we name) has nothing to report
    if (scriptsOf.get(n)!.every(script => script === dominant || script === 'other')) continue
    const line = lines[n - 1] ?? ''
    let i = 0
    while (i < line.length) {
      const ch = String.fromCodePoint(line.codePointAt(i)!)
      const script: string = RE_LETTER.test(ch) ? scriptOf(ch) : dominant
      if (script === dominant || script === 'other') { i += ch.length; continue }
      // The run: letters of this script, across spaces and punctuation, until a letter of another script.
      let j = i
      for (let k = i; k < line.length;) {
        const c = String.fromCodePoint(line.codePointAt(k)!)
        if (RE_LETTER.test(c)) { if (scriptOf(c) !== script) break; j = k + c.length }
        k += c.length
      }
      const run = line.slice(i, j)
      // Capitalised Latin acronyms and Roman numerals (NATO, XXI) are normal in any script's prose.
      if (script === 'Latin' && !/\p{Ll}/u.test(run)) { i = j; continue }
      out.push({
        line: n, column: columnOf(line, i), severity: 'warning', rule: 'foreign-script',
        message: `"${run}" is ${script} script inside ${dominant} text; replace it with the ${dominant}-script term or delete it`,
      })
      i = j
    }
  }
  return out
}

function wordCount(article: Article, lines: string[]): Diagnostic[] {
  const { statedWordCount: stated, wordCount: real, span } = article.meta
  if (!stated || !real || Math.abs(stated - real) <= real * WORD_COUNT_TOLERANCE) return []
  const line = span ? lines[span.line - 1] ?? '' : ''
  const at = line.search(/word\s*count/i)
  const pct = Math.round((Math.abs(stated - real) / real) * 100)
  return [{
    line: span?.line ?? 1, column: at >= 0 ? columnOf(line, at) : 1, severity: 'warning', rule: 'word-count',
    message: `the article states ${stated} words but has ${real} (${pct}% off, more than ±${WORD_COUNT_TOLERANCE * 100}%); correct the stated count to ${real} or restore the missing text`,
  }]
}

/**
 * The runs of non-space characters that hold an apostrophe, with their offsets. Every match of the apostrophe
 * rules lies inside one such run (letters and apostrophes only, with one neighbour looked at on each side,
 * where a space and the end of the run read alike), so only these runs are searched.
 */
function apostropheRuns(text: string): { run: string; at: number }[] {
  return Array.from(text.matchAll(RE_APOSTROPHE_RUN), m => ({ run: m[0], at: m.index }))
}
/** From the start of a run (no non-space before it) to its first apostrophe, then to its end: one pass a run. */
const RE_APOSTROPHE_RUN = /(?<!\S)[^\s’']*[’']\S*/g
/** A word written with a singular possessive: "Putin’s". */
const RE_POSSESSIVE = /(?<![\p{L}])(\p{L}+)[’']s(?![\p{L}])/gu

function apostrophes(nums: number[], lines: string[]): Diagnostic[] {
  // the words the body writes with a singular possessive, found once (and only when a line needs them)
  let possessed: Set<string> | undefined
  const writesPossessive = (stem: string) => {
    possessed ??= new Set(apostropheRuns(nums.map(n => lines[n - 1] ?? '').join('\n')).flatMap(({ run }) => Array.from(run.matchAll(RE_POSSESSIVE), m => m[1]!)))
    return possessed.has(stem)
  }
  const out: Diagnostic[] = []
  for (const n of nums) {
    const line = lines[n - 1] ?? ''
    const runs = apostropheRuns(line)
    for (const { run, at } of runs) {
      for (const m of run.matchAll(RE_S_POSSESSIVE)) {
        const stem = m[1]!
        if (writesPossessive(stem)) {
          out.push({
            line: n, column: columnOf(line, at + m.index), severity: 'warning', rule: 'apostrophe',
            message: `"${m[0]}" looks like a misplaced apostrophe: the text also writes "${stem}’s"; write "${stem}’s" here too`,
          })
        }
      }
    }
    for (const { run, at } of runs) {
      for (const m of run.matchAll(RE_GLUED)) {
        out.push({
          line: n, column: columnOf(line, at + m.index + m[1]!.length), severity: 'warning', rule: 'apostrophe',
          message: `apostrophe glued between "${m[1]}" and "${m[3]}"; a space or other punctuation was probably lost: write "${m[1]}${m[2]} ${m[3]}" or fix the word`,
        })
      }
    }
  }
  return out
}

/** Text of the checkable parts of a block, each with its span. */
function textsOf(b: Block): { text: string; span: Span }[] {
  switch (b.kind) {
    case 'paragraph': case 'quote': return [{ text: b.text, span: b.span }]
    case 'item': return [{ text: `${b.label}: ${b.text}`, span: b.span }]
    case 'list': return b.items.map(it => ({ text: it.label ? `${it.label}. ${it.text}` : it.text, span: it.span }))
    case 'table': return []
  }
}

/** Line and column of the `nth` (0-based) occurrence of `ch` in the source lines of `span`. */
function locate(lines: string[], span: Span, ch: string, nth: number): { line: number; column: number } {
  let seen = 0
  for (let l = span.line; l <= span.endLine; l++) {
    const line = lines[l - 1] ?? ''
    for (let i = line.indexOf(ch); i >= 0; i = line.indexOf(ch, i + 1)) {
      if (seen++ === nth) return { line: l, column: columnOf(line, i) }
    }
  }
  return { line: span.line, column: 1 }
}

function unbalanced(article: Article, lines: string[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const s of walk(article.sections)) {
    for (const { text, span } of s.blocks.flatMap(textsOf)) {
      for (const [open, close] of PAIRS) {
        if (!text.includes(open) && !text.includes(close)) continue
        // Find the first unmatched character: a close with no open, or the earliest open left over.
        let depth = 0
        let bad: { ch: string; nth: number } | undefined
        const opens: number[] = []
        let nOpen = 0, nClose = 0
        for (const ch of text) {
          if (ch === open) { opens.push(nOpen++); depth++ }
          else if (ch === close) {
            if (depth === 0) { bad ??= { ch: close, nth: nClose } } else { depth--; opens.pop() }
            nClose++
          }
        }
        if (!bad && opens.length) bad = { ch: open, nth: opens[0]! }
        if (bad) {
          const at = locate(lines, span, bad.ch, bad.nth)
          out.push({ ...at, severity: 'warning', rule: 'unbalanced', message: `unbalanced "${bad.ch}": ${open}…${close} do not pair up in this paragraph; add the missing "${bad.ch === open ? close : open}" or remove the stray one` })
        }
      }
      const straight = text.split('"').length - 1
      if (straight % 2 === 1) {
        const at = locate(lines, span, '"', straight - 1)
        out.push({ ...at, severity: 'warning', rule: 'unbalanced', message: 'an odd number of straight quotes (") in this paragraph; add the missing quote or remove the stray one' })
      }
    }
  }
  return out
}

function emptySections(sections: Section[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const s of walk(sections)) {
    if (s.blocks.length === 0 && s.children.length === 0) {
      out.push({ line: s.span.line, column: 1, severity: 'warning', rule: 'empty-section', message: `section "${s.title}" has no text under its heading; add its text or delete the heading` })
    }
  }
  return out
}

function longBlocks(sections: Section[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const s of walk(sections)) {
    for (const b of s.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'item' && b.kind !== 'quote') continue
      const n = countWords(b.text)
      if (n > MAX_SLIDE_WORDS) {
        out.push({ line: b.span.line, column: 1, severity: 'info', rule: 'long-paragraph', message: `a ${b.kind === 'item' ? 'labelled item' : b.kind} of ${n} words is too long for one slide (over ${MAX_SLIDE_WORDS}); it will be paged across slides — split it into shorter paragraphs to choose the breaks yourself` })
      }
    }
  }
  return out
}
