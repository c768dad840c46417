/**
 * Sentence splitting. Uses compromise, whose tokenizer knows abbreviations such as "U.S.", "e.g.",
 * "Dr." and "Jan." — a hand-written regex splits those wrongly. It is also the NLP library the
 * actor analysis uses, so one dependency serves both. Non-Latin text (e.g. Russian) is split on
 * terminal punctuation by the same tokenizer, which works for ., ! and ?.
 */
import nlp from 'compromise'

/** Splits a paragraph into sentences, each trimmed and whitespace-collapsed; no text is dropped. */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean) return []
  // tokenize() splits sentences without part-of-speech tagging: ~10× faster than nlp(), same boundaries.
  const parts = nlp.tokenize(clean)
    .sentences()
    .out('array') as string[]
  const out = parts.map(s => s.trim()).filter(Boolean)
  // compromise drops nothing in practice, but guard the invariant: if the pieces don't cover the text, keep it whole.
  return out.join(' ').replace(/\s+/g, '') === clean.replace(/\s+/g, '') ? out : [clean]
}
