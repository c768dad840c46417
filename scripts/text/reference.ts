/** Whether a text stands alone: one that opens on a word pointing back to an earlier sentence does not. */

/** A connective a sentence may open on before its subject ("However, it …"). */
const CONNECTIVE = String.raw`(?:(?:However|But|And|Then|Later|Also|Still|Yet),?\s+)?`
/** A pronoun subject, or a demonstrative standing for a noun, before its verb ("This was …"; "This battery" names one). */
const RE_PRONOUN = new RegExp(String.raw`^${CONNECTIVE}(?:(?:It|They|He|She)\b|(?:This|These|That|Those)\s+(?:is|was|were|are|has|have|had|will|would|could|may|might)\b)`, 'iu')
/** Also a possessive, a demonstrative before a noun, "such", "the latter" / "the former". */
const RE_REFERENCE = new RegExp(String.raw`^${CONNECTIVE}(?:It|Its|They|Their|Them|He|His|She|Her|This|These|That|Those|Such|The latter|The former)\b`, 'iu')

export interface PointsBackOptions {
  /**
   * Count a possessive or a demonstrative before a noun too ("Its budget grew", "This battery was activated"): a
   * headline must name what it speaks of. Without it only a pronoun subject points back, as for an event on a
   * timeline, where "This battery was activated in January 2024" still says what was done.
   */
  determiners?: boolean
}

/** Whether `text` opens on a word that points back to an earlier sentence (after a connective, "However, it …"). */
export function pointsBack(text: string, options: PointsBackOptions = {}): boolean {
  return (options.determiners ? RE_REFERENCE : RE_PRONOUN).test(text)
}
