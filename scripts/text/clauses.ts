/** Clause boundaries within a sentence, shared by analysis (timeline, figures) and planning (event texts). */

/** The clause of `sentence` containing position `at`. */
export function clauseAt(sentence: string, at: number): string {
  const bounds = /[;—–]|,\s(?=(?:and|but|while|which|as|where|with)\b)/g
  let start = 0
  let end = sentence.length
  for (const m of sentence.matchAll(bounds)) {
    if (m.index! < at) start = m.index! + m[0].length
    else { end = m.index!; break }
  }
  return sentence.slice(start, end).trim().replace(/^[,(]\s*|[,)]\s*$/g, '').trim()
}

