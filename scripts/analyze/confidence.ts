/**
 * Confidence scores, stated once: each finding starts from the score of the strongest check it passed, and loses
 * for each weaker sign. The scores rank findings (gates and the eval's calibration table read them); they are not
 * probabilities measured on data.
 */
import type { Confidence } from '../model.ts'

/** No check makes a finding certain. */
export const MAX_SCORE = 0.98

export const sure = (score: number, ...basis: string[]): Confidence => ({ score: Math.round(Math.min(MAX_SCORE, Math.max(0, score)) * 100) / 100, basis: basis.join('; ') })

/** Scores by the check that kept the finding. */
export const CONFIDENCE = {
  actor: { gazetteer: 0.95, expansion: 0.9, orgCue: 0.85, titledPerson: 0.85, wholeName: 0.75, collective: 0.8, capitalisedPlural: 0.7, perExtraMention: 0.01, maxMentionBonus: 0.05 },
  relation: { phrase: 0.8, word: 0.7 },
  event: { fullDate: 0.95, monthYear: 0.9, season: 0.8, year: 0.75, occasion: 0.7, inferredYear: 0.7, monthAlone: 0.6, sharedSentence: -0.1 },
  figure: { lead: 0.9, body: 0.8, count: -0.1 },
  risk: { label: 0.9, hedged: 0.8, weighed: 0.7, stated: 0.65 },
  bottomLine: { conclusion: 0.8, introduction: 0.55, agenda: 0.4 },
} as const
