/**
 * Deterministic synthetic articles for the benchmark: a seeded PRNG (mulberry32) writes Markdown with a title,
 * sections with headings, labelled items ("Sanctions risk: …"), a scenarios section, dated events and paragraphs
 * of sentences of varied length and shape. The same (words, seed) always gives the same text; nothing is committed.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ACTORS = ['Russia', 'India', 'China', 'the United States', 'France', 'Japan', 'Australia', 'Pakistan', 'the European Union', 'Brazil', 'Turkey', 'Iran', 'NATO', 'the Quad', 'Moscow', 'New Delhi', 'Beijing', 'Washington']
const VERBS = ['supplies', 'sanctions', 'pressures', 'courts', 'supports', 'threatens', 'negotiates with', 'buys from', 'counterbalances', 'criticises', 'partners with', 'warns']
const NOUNS = ['air defence systems', 'semiconductor supplies', 'energy exports', 'arms sales', 'naval access', 'technology transfers', 'trade routes', 'fertiliser shipments', 'rare earth minerals', 'port agreements', 'satellite services', 'credit lines']
const ADJ = ['strategic', 'fragile', 'costly', 'uncertain', 'durable', 'contested', 'limited', 'growing', 'sharp', 'gradual']
const HEDGES = ['may', 'could', 'is likely to', 'will probably', 'might', 'is expected to']
const OUTCOMES = ['escalate', 'stabilise', 'deepen', 'weaken', 'stall', 'collapse', 'recover']
const LABELS = ['Sanctions risk', 'Supply shock', 'Regional backlash', 'Technology stagnation', 'Energy leverage', 'Domestic politics', 'Alliance strain', 'Market access']
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November']

/** A synthetic article of about `words` words (always within a sentence of the target). */
export function syntheticArticle(words: number, seed = 7): string {
  const rnd = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1))
  const sentence = (): string => {
    switch (int(0, 4)) {
      case 0: return `${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} over ${pick(NOUNS)}, a ${pick(ADJ)} move.`
      case 1: return `In ${pick(MONTHS)} ${int(1990, 2030)}, ${pick(ACTORS)} signed a $${int(1, 90)}.${int(0, 9)} billion deal on ${pick(NOUNS)}.`
      case 2: return `Analysts say ${pick(ACTORS)} ${pick(HEDGES)} ${pick(OUTCOMES)} its ${pick(ADJ)} position on ${pick(NOUNS)} if ${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)}.`
      case 3: return `About ${int(5, 95)}% of ${pick(NOUNS)} now pass through ${pick(ACTORS)}, which ${pick(VERBS)} ${pick(ACTORS)}.`
      default: return `The ${pick(ADJ)} question is whether ${pick(ACTORS)} ${pick(HEDGES)} ${pick(OUTCOMES)} before ${int(2026, 2035)}.`
    }
  }
  const out: string[] = ['# A Synthetic Briefing on Strategic Supply Chains', '', `By Bench Writer, ${pick(MONTHS)} 2026`, '']
  let count = 0
  const push = (s: string) => {
    out.push(s)
    count += s.split(/\s+/).filter(Boolean).length
  }
  let section = 0
  while (count < words) {
    section++
    out.push('', `## Section ${section}: ${pick(ADJ)} ${pick(NOUNS)}`, '')
    count += 4
    const kind = section % 5
    if (kind === 3) {
      for (let i = 0; i < int(3, 5) && count < words; i++)
        push(`${pick(LABELS)}: ${sentence()}`)
      out.push('')
    }
    else if (kind === 4 && section % 10 === 4) {
      for (const label of ['Optimistic', 'Pessimistic', 'Realistic'])
        push(`${label}: ${sentence()} ${sentence()}`)
      out.push('')
    }
    for (let p = 0; p < int(2, 5) && count < words; p++) {
      const sentences: string[] = []
      for (let s = 0; s < int(2, 6) && count < words; s++) {
        const text = sentence()
        sentences.push(text)
        count += text.split(/\s+/).length
      }
      out.push(sentences.join(' '), '')
    }
  }
  return `${out.join('\n')}\n`
}
