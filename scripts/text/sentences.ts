/**
 * Sentence splitting.
 *
 * The library is compromise, whose tokenizer knows abbreviations such as "U.S.", "e.g.", "Dr." and
 * "Jan." (a plain regex splits those wrongly); it is also the NLP library the actor analysis uses.
 * Its cost is ~0.3 ms a call plus ~7 µs a character, which made it most of the generation time on
 * long reports. So a paragraph goes to compromise only when it has a period that could be an
 * abbreviation followed by a capital ("U.S. Congress", "Dr. Smith", "Jan. 3"): everywhere else a
 * sentence boundary is unambiguous (terminal punctuation, optional closing quote or bracket, space,
 * then a capital, digit or opening quote) and is split by {@link RE_BOUNDARY} directly.
 * Non-Latin text (e.g. Russian) follows the same rules.
 */
import nlp from 'compromise'

/** An unambiguous boundary: `.`/`!`/`?` (+ closing quotes/brackets), whitespace, then a sentence start. */
const RE_BOUNDARY = /(?<=[.!?…]["”’»)\]]*)\s+(?=["“‘«(\[]*[\p{Lu}\p{N}])/u
/**
 * Abbreviations of laws, courts and the record, as government reports cite them ("Res. 1874", "89 Fed. Reg. 1234",
 * "Smith v. Jones", "123 Stat. 456", "Exec. Order 14028", "9th Cir. 2020"): never the end of a sentence.
 */
const LEGAL = ['Res', 'Stat', 'Sec', 'Secs', 'Fed', 'Reg', 'Cong', 'Rec', 'Doc', 'Const', 'Art', 'Amend', 'Amdt', 'Pub', 'Ch', 'Cir', 'Ct', 'Supp', 'Exec', 'Dept', 'Admin', 'Para', 'v']
/** Common English abbreviations that end in a period (titles, months, company forms, Latin). */
export const ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Mt', 'Ft', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Adm', 'Sgt', 'Rev', 'Jr', 'Sr', 'Inc', 'Ltd', 'Corp', 'Co', 'No', 'Nos', 'Fig', 'Vol', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'vs', 'etc', 'approx', 'incl', 'esp', 'cf', 'al', 'viz', 'ca', ...LEGAL]
/**
 * A period that may belong to an abbreviation, followed by a capital: an initialism ("U.S.", "e.g."),
 * a single initial ("J. Smith") or one of {@link ABBREVIATIONS}.
 */
const RE_AMBIGUOUS = new RegExp(`(?:\\b(?:\\p{L}\\.){2,}|(?:^|[\\s(.])(?:\\p{Lu}|${ABBREVIATIONS.join('|')})\\.)["”’)]*\\s+["“‘(]*[\\p{Lu}\\p{N}]`, 'u')

/** A period closed by a quotation mark, then a capital: compromise runs on past it ('… put it, "end this conflict." Four …'). */
const RE_QUOTED_END = /(?<=[.!?…]["”’»]+)\s+(?=[\p{Lu}\p{N}])/u

/** compromise's own sentence splitter (the first step of `nlp.tokenize`), with the model it reads. */
const WORLD = nlp.world() as { methods: { one: { tokenize: { splitSentences: (text: string, world: unknown) => string[] } } } }
const compromiseSentences = (text: string): string[] => WORLD.methods.one.tokenize.splitSentences(text, WORLD)
// compromise's splitter reads its own list of abbreviations (lowercase keys): it knows "res." but not "fed." or "v."
const KNOWN = (WORLD as unknown as { model: { one: { abbreviations: Record<string, boolean> } } }).model.one.abbreviations
for (const a of LEGAL) KNOWN[a.toLowerCase()] = true
/**
 * A word with two kinds of dash ("full-time—calls"): compromise's term splitter rewrites the second
 * dash as the first, so its sentences no longer cover the text (and the paragraph is kept whole).
 */
const RE_MIXED_DASHES = /([-–—])\S*?(?!\1)[-–—]/u

/**
 * Sentences by compromise. `nlp.tokenize(text).sentences()` splits the text into sentences and then every
 * sentence into terms (~7 µs a character); the boundaries come from the first step alone, and the terms give
 * the same text back, so the splitter is called directly — except for a word with mixed dashes, the one shape
 * the term splitter changes, where the full tokenizer is kept so that the result stays what it was.
 */
function sentencesByCompromise(text: string): string[] {
  if (RE_MIXED_DASHES.test(text)) return nlp.tokenize(text).sentences().out('array') as string[] // no tagging, same boundaries
  return compromiseSentences(text)
}

/** Splits a paragraph into sentences, each trimmed and whitespace-collapsed; no text is dropped. */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean) return []
  // RE_BOUNDARY only removes whitespace, so its pieces always cover the text
  if (!RE_AMBIGUOUS.test(clean)) return clean.split(RE_BOUNDARY).map(s => s.trim()).filter(Boolean)
  const out = joinInitials(sentencesByCompromise(clean).flatMap(s => s.split(RE_QUOTED_END)).map(s => s.trim()).filter(Boolean))
  // Guard the invariant: if compromise's pieces don't cover the text, keep it whole.
  return out.join(' ').replace(/\s+/g, '') === clean.replace(/\s+/g, '') ? out : [clean]
}

/** A piece that ends on a middle initial after a name ("President Donald J.") runs on into the next ("Trump met …"). */
function joinInitials(pieces: string[]): string[] {
  const out: string[] = []
  for (const p of pieces) {
    const last = out[out.length - 1]
    if (last !== undefined && /\b\p{Lu}\p{Ll}+\s\p{Lu}\.$/u.test(last) && /^\p{Lu}\p{Ll}/u.test(p)) out[out.length - 1] = `${last} ${p}`
    else out.push(p)
  }
  return out
}
