/**
 * How much a sentence reads as a judgement, not a fact: the stated score behind the bottom line (English).
 * - +2 for an assessment word or hedge ("assess", "conclude", "suggest", "likely", "may", "could", "depends") — once;
 * - +1 each for up to two evaluative words ("important", "critical", "close", "fragile", "uncertain", "increasingly");
 * - +1 for a word of change ("has deepened", "has become", "renewed") and +1 for a word of stakes ("concerns",
 *   "risks", "implications", "issue");
 * - −2 for a definition ("X is a … that", "refers to", "is also known as", "was established"); −1 for a sentence
 *   that opens on a date or holds three numbers or more (a fact of record); −1 for a quotation ("According to …").
 */
const RE_ASSESS = /\b(assess\w*|conclud\w*|suggest\w*|indicat\w*|argu\w*|likely|unlikely|probabl\w*|appears?|seems?|may|might|could|would|depends?|hinges?)\b/iu
const RE_EVALUATIVE = /\b(important|significant|critical|key|central|vital|close|closer|strong|weak|fragile|uncertain|unclear|unsettled|increasingly|growing|major|considerable|substantial|pragmatic|calculated|strategic)\b/giu
const RE_CHANGE = /\b(increased|deepened|grown|expanded|declined|shifted|renewed|intensified|strengthened|weakened|evolved|become|risen|fallen)\b/iu
const RE_STAKES = /\b(concerns?|risks?|challenges?|issues?|questions?|debates?|tensions?|implications?|consequences?|uncertainty|stakes)\b/iu
const RE_DEFINITION = /\b(?:(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:that|which|used|designed|of|for)\b|refers?\s+to|(?:is|are)\s+defined\s+as|(?:is|are)\s+(?:also\s+)?known\s+as|consists?\s+of|(?:was|were)\s+(?:created|established|founded|formed|launched))/iu
const RE_RECORD = /^(?:On|In|By|As of|Since)\s+(?:\w+\s+)?\d/u
const RE_QUOTATION = /^According to|[“"].{40,}[”"]/u

export function judgementScore(text: string): number {
  let s = (RE_ASSESS.test(text) ? 2 : 0) + Math.min(2, (text.match(RE_EVALUATIVE) ?? []).length) + (RE_CHANGE.test(text) ? 1 : 0) + (RE_STAKES.test(text) ? 1 : 0)
  if (RE_DEFINITION.test(text)) s -= 2
  if (RE_RECORD.test(text) || (text.match(/\d[\d,.]*/g) ?? []).length >= 3) s -= 1
  if (RE_QUOTATION.test(text)) s -= 1
  return s
}
