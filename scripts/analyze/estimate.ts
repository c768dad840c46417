/**
 * Likelihood and impact estimates from the text's own wording. The rule, stated:
 * - **Likelihood** comes from the strongest hedging or certainty word in the risk's text:
 *   "certain/inevitable" → 5 almost certain; "will/is set to/likely/probably" → 4 likely;
 *   "could/may/might/possible" → 3 possible; "unlikely/doubtful" → 2 unlikely; "remote/rare" → 1 rare.
 *   With no such word the statement is an assertion of fact in the present tense → 4 likely.
 * - **Impact** comes from the strongest severity word: "catastrophic/collapse/war/crippled/existential" → 5
 *   severe; "strain/alienate/escalate/undermine/threaten/erode/sanction" → 4 major; "delay/complicate/
 *   suffer/slow/disrupt" → 3 moderate; "minor/limited/modest" → 2 minor. None → 3 moderate.
 * Every estimate records the word it rests on. English only: other languages get the defaults and a
 * diagnostic saying so.
 */
import type { Estimate } from '../model.ts'

/** A word pattern and the level it implies. */
interface Cue { pattern: RegExp; level: Estimate['level']; label: string }

export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const
export const IMPACT_LABELS = ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe'] as const

/** Likelihood cues, strongest claim first within the same sentence. */
export const LIKELIHOOD_CUES: readonly Cue[] = [
  { pattern: /\b(certain(ly)?|inevitabl[ey]|bound to)\b/i, level: 5, label: 'almost certain' },
  { pattern: /\b(unlikely|doubtful|improbable)\b/i, level: 2, label: 'unlikely' },
  { pattern: /\b(remote|rare(ly)?)\b/i, level: 1, label: 'rare' },
  { pattern: /\b(will|won't|is set to|are set to|likely|probabl[ey]|expected to)\b/i, level: 4, label: 'likely' },
  { pattern: /\b(could|may|might|possibl[ey]|potential(ly)?|risk(s|ing)?)\b/i, level: 3, label: 'possible' },
]

/** Impact cues, most severe first. */
export const IMPACT_CUES: readonly Cue[] = [
  { pattern: /\b(catastroph\w*|collaps\w*|war|crippl\w*|existential|devastat\w*|destroy\w*)\b/i, level: 5, label: 'severe' },
  { pattern: /\b(strain\w*|alienat\w*|escalat\w*|undermin\w*|threat\w*|erod\w*|sanction\w*|retaliat\w*|crisis|damag\w*)\b/i, level: 4, label: 'major' },
  { pattern: /\b(delay\w*|complicat\w*|suffer\w*|slow\w*|disrupt\w*|stagnat\w*|tension\w*|backlash)\b/i, level: 3, label: 'moderate' },
  { pattern: /\b(minor|limited|modest|marginal)\b/i, level: 2, label: 'minor' },
]

function firstCue(text: string, cues: readonly Cue[]): { cue: Cue; word: string } | undefined {
  for (const cue of cues) {
    const m = cue.pattern.exec(text)
    if (m) return { cue, word: m[0] }
  }
  return undefined
}

/** Estimates likelihood from hedging words. */
export function estimateLikelihood(text: string, language: string): Estimate {
  if (language !== 'en') return { level: 3, basis: `no estimate rules for language "${language}"; default Possible`, source: 'estimated' }
  const hit = firstCue(text, LIKELIHOOD_CUES)
  if (!hit) return { level: 4, basis: 'stated as fact, no hedging word → Likely', source: 'estimated' }
  return { level: hit.cue.level, basis: `"${hit.word}" → ${LIKELIHOOD_LABELS[hit.cue.level - 1]}`, source: 'estimated' }
}

/** Estimates impact from severity words. */
export function estimateImpact(text: string, language: string): Estimate {
  if (language !== 'en') return { level: 3, basis: `no estimate rules for language "${language}"; default Moderate`, source: 'estimated' }
  const hit = firstCue(text, IMPACT_CUES)
  if (!hit) return { level: 3, basis: 'no severity word → Moderate', source: 'estimated' }
  return { level: hit.cue.level, basis: `"${hit.word}" → ${IMPACT_LABELS[hit.cue.level - 1]}`, source: 'estimated' }
}
