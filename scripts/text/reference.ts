/** Whether a text stands alone: one that opens on a word pointing back to an earlier sentence does not. */

/** A connective a sentence may open on before its subject ("However, it …"). */
const CONNECTIVE = String.raw`(?:(?:However|But|And|Then|Later|Also|Still|Yet),?\s+)?`
/**
 * An opening adverbial before the subject, up to its comma: "In 1942, it …", "On May 3, 2024, they …", "Since 2019,
 * this was …", "In its 2024 report, it …" (a full date's year after its comma belongs to it).
 */
const ADVERBIAL = String.raw`(?:(?:In|On|By|Since|During|After|Before|Until|Through|From|At|As of|Between|Following|Later in|Early in)\s+[^,;]{1,40}?,\s+(?:\d{4},\s+)?)?`
const OPENING = `${CONNECTIVE}${ADVERBIAL}`
/** A pronoun subject, or a demonstrative standing for a noun, before its verb ("This was …"; "This battery" names one). */
const RE_PRONOUN = new RegExp(String.raw`^${OPENING}(?:(?:It|They|He|She)\b|(?:This|These|That|Those)\s+(?:is|was|were|are|has|have|had|will|would|could|may|might)\b)`, 'iu')
/** Also a possessive, a demonstrative before a noun, "such", "the latter" / "the former". */
const RE_REFERENCE = new RegExp(String.raw`^${OPENING}(?:It|Its|They|Their|Them|He|His|She|Her|This|These|That|Those|Such|The latter|The former)\b`, 'iu')

/**
 * A part of a set named before, anywhere in the text: "Five of these vessels", "most of those", "two of them".
 */
const RE_PARTITIVE = /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|many|most|some|all|several|few|none|each|both|half|any|either|neither|much|the rest|the majority)\s+of\s+(?:these|those|them)\b/iu
/** A kind named before, anywhere in the text: "such a test", "such an attack" (not "in such a way", "such as"). */
const RE_SUCH = /\bsuch\s+an?\s+(?!(?:way|manner|degree|extent)\b)\p{L}/iu

export interface PointsBackOptions {
  /**
   * Count a possessive or a demonstrative before a noun too ("Its budget grew", "This battery was activated"): a
   * headline must name what it speaks of. Without it only a pronoun subject points back, as for an event on a
   * timeline, where "This battery was activated in January 2024" still says what was done.
   */
  determiners?: boolean
}

/**
 * Whether `text` opens on a word that points back to an earlier sentence (after a connective, "However, it …", or an
 * opening adverbial, "In 1942, it …"), or holds, anywhere, a part of a set or a kind named before ("Five of these
 * vessels were located …", "The United States last conducted such a test in 1985"): standing alone, it does not say
 * which.
 */
export function pointsBack(text: string, options: PointsBackOptions = {}): boolean {
  return (options.determiners ? RE_REFERENCE : RE_PRONOUN).test(text) || RE_PARTITIVE.test(text) || RE_SUCH.test(text)
}
