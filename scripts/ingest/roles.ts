/**
 * Section roles: what each section does in the argument, so the planner lays out by role, not by heading words.
 *
 * The stated, scored rule (per section):
 * - **Heading cues** score 3 for each role whose pattern the heading matches ({@link HEADING_CUES}).
 * - **Body cues** score by density over the section's own sentences (at least {@link MIN_CUE_SENTENCES} of them):
 *   - `risks`: hedged harm statements ("could disrupt", "is vulnerable to", "the risk of") — 4 × their share;
 *   - `scenarios`: conditional or future statements ("if … would", "in the future", "is expected to") — 3 × share;
 *   - `recommendations`: questions and "Congress may/could/might consider" — 4 × share;
 *   - `background`: definitions and founding facts ("X is a … that", "refers to", "was established") — 2 + 3 × share,
 *     from half the usual share (a descriptive section defines a few things and describes the rest).
 *   A body score counts only when its share is at least {@link MIN_CUE_SHARE} (background: half of it).
 * - The role is the highest score at or above {@link MIN_ROLE_SCORE}; ties go by {@link PRIORITY}. A section with no
 *   winning cue inherits its parent's role (a sub-section of "Issues for Congress" is one of those issues), except
 *   an `overview` or `conclusion` parent; a top-level section with none is `analysis`. The synthetic "Overview" made
 *   from text before the first heading is `overview`.
 * Rules are about wording patterns that any report uses, never about particular articles.
 */
import type { Block, Section, SectionRole } from '../model.ts'

/** Heading patterns per role (English and Russian). */
export const HEADING_CUES: Record<Exclude<SectionRole, 'analysis'>, RegExp> = {
  reference: /\b(appendix|appendices|annex|author (information|contact)|about the authors?|endnotes|footnotes|bibliography|glossary|acronyms|abbreviations|приложени\w*)\b/iu,
  overview: /\b(overview|summary|introduction|key (points|judge?ments|takeaways|findings)|at a glance|in brief|highlights|обзор|введение|резюме)\b/iu,
  background: /\b(background|history|historical|context|origins?|evolution|established?|establishment|creation|created|defin(e|ed|ing|itions?)|primer|what (is|are|was|were)\b|how .* (began|emerged|developed)|предыстори\w*|истори\w*)\b/iu,
  risks: /\b(risks?|threats?|challenges?|concerns?|vulnerabilit(y|ies)|failures?|fail|dangers?|pitfalls?|downsides?|hazards?|harms?|illicit|crim(e|es|inal)|fraud|abuse|misuse|attacks?|potential (\w+ ){0,2}(environmental )?impacts?|why .* (a )?(concern|problem|issue of concern)|риск\w*|угроз\w*|вызов\w*)\b/iu,
  scenarios: /\b(scenarios?|outlook|futures?|prospects?|forecasts?|what(’|')?s next|what next|looking ahead|the road ahead|pathways?|alternatives?|options?(?! for congress)|could .* be used|will .*\?|сценари\w*|перспектив\w*)\b/iu,
  recommendations: /\b((for|facing|before) congress|congress(ional)? (options|considerations|action)|recommendations?|policy options|next steps|questions|considerations|what (congress|policymakers) (can|could|might|may)|issues for|way forward|рекомендаци\w*)\b/iu,
  legislation: /\b(legislation|legislative|bills?|acts?|laws?|statut\w*|regulations?|rulemaking|treat(y|ies)|executive orders?|authori[sz]ations?|appropriations?|законодательств\w*|закон\w*)\b/iu,
  conclusion: /\b(conclusions?|concluding|takeaways?|bottom line|final thoughts|closing|заключение|выводы)\b/iu,
}

/** Tie order: the more specific role wins. */
export const PRIORITY: SectionRole[] = ['reference', 'conclusion', 'risks', 'scenarios', 'recommendations', 'legislation', 'overview', 'background', 'analysis']
/** Least score for a role to win. */
export const MIN_ROLE_SCORE = 2
/** Least own sentences for body cues to count. */
export const MIN_CUE_SENTENCES = 2
/** Least share of cue sentences for a body cue to count. */
export const MIN_CUE_SHARE = 0.34

/** A hedged harm statement: a modal or a risk noun with a harm verb or noun. */
export const RE_HARM = /\b(?:(?:could|may|might|would|can)\s+(?:\w+\s+){0,3}?(?:harm|undermine|disrupt|threaten|escalate|collapse|fail|damage|weaken|erode|destabili[sz]e|jeopardi[sz]e|expose|endanger|compromise|impair|lead to|result in|cause|increase the (?:risk|likelihood|cost)s?|have (?:significant |serious |severe |negative |adverse |unintended )?(?:consequences|effects|impacts|implications)|limit|reduce|restrict|constrain|hinder|hamper|impede|complicate|strain|alienate|suffer|exacerbate|worsen|delay|raise (?:concerns|costs|prices|questions)|pose (?:a |significant |serious )?(?:risk|threat|challenge)s?|create (?:risks|challenges|problems|vulnerabilities)|be (?:exploited|misused|used to evade|disrupted|damaged|compromised|vulnerable))|(?:is|are|remain|were|be)\s+(?:\w+\s+)?(?:vulnerable|susceptible|exposed|at risk)|(?:the|a|an|potential|possible)\s+(?:\w+\s+)?(?:risk|threat|danger)s?\s+(?:of|to|that)|concerns?\s+(?:that|about|over))\b/iu
/** A definition or a founding fact: what a thing is, how it came to be. */
const RE_DEFINE = /\b(?:(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:that|which|used|designed|of|for)\b|refers?\s+to|(?:is|are)\s+defined\s+as|(?:is|are)\s+known\s+as|consists?\s+of|(?:is|are)\s+composed\s+of|(?:was|were)\s+(?:created|established|founded|formed|launched))\b/iu
/** A conditional or future statement. */
const RE_FUTURE = /\b(?:if\b.{3,80}\b(?:would|could|might|will)|in the (?:future|coming (?:years|months|decades))|is (?:expected|projected|likely) to|are (?:expected|projected|likely) to|by 20\d\d|scenario|outlook)\b/iu
/** A question, or a consideration put to Congress or the reader. */
const RE_ASK = /\?\s*$|\b(?:congress|policymakers|lawmakers|members)\s+(?:may|might|could|can)\s+(?:\w+\s+)?(?:consider|wish|choose|decide|examine|evaluate|weigh|assess)\b/iu

function ownSentences(blocks: Block[]): string[] {
  return blocks.flatMap(b => {
    switch (b.kind) {
      case 'paragraph': case 'quote': case 'item': return b.sentences.map(s => s.text)
      case 'list': return b.items.flatMap(it => it.sentences.map(s => s.text))
      case 'table': return []
    }
  })
}

/** The scores of each role for one section (exported for `briefdeck check` and tests). */
export function roleScores(section: Section): Partial<Record<SectionRole, number>> {
  const scores: Partial<Record<SectionRole, number>> = {}
  const bump = (r: SectionRole, n: number) => { scores[r] = (scores[r] ?? 0) + n }
  if (!section.synthetic) for (const [role, re] of Object.entries(HEADING_CUES)) if (re.test(section.title)) bump(role as SectionRole, 3)
  const sentences = ownSentences(section.blocks)
  if (sentences.length >= MIN_CUE_SENTENCES) {
    const share = (re: RegExp) => sentences.filter(s => re.test(s)).length / sentences.length
    const harm = share(RE_HARM), future = share(RE_FUTURE), ask = share(RE_ASK)
    if (harm >= MIN_CUE_SHARE) bump('risks', 4 * harm)
    if (future >= MIN_CUE_SHARE) bump('scenarios', 3 * future)
    if (ask >= MIN_CUE_SHARE) bump('recommendations', 4 * ask)
    const define = share(RE_DEFINE)
    if (define >= MIN_CUE_SHARE / 2) bump('background', 2 + 3 * define)
  }
  return scores
}

/** The winning role of a section by its scores, or undefined when none reaches {@link MIN_ROLE_SCORE}. */
export function winningRole(scores: Partial<Record<SectionRole, number>>): SectionRole | undefined {
  let best: SectionRole | undefined
  for (const r of PRIORITY) {
    const s = scores[r] ?? 0
    if (s >= MIN_ROLE_SCORE && (best === undefined || s > (scores[best] ?? 0))) best = r
  }
  return best
}

/** Sets `role` on every section of the tree (returns new sections; the input is not changed). */
export function assignRoles(sections: Section[], parent?: SectionRole): Section[] {
  return sections.map(s => {
    const inherited = parent && parent !== 'overview' && parent !== 'conclusion' ? parent : undefined
    const role: SectionRole = s.synthetic && /^overview$/i.test(s.title) ? 'overview' : winningRole(roleScores(s)) ?? inherited ?? 'analysis'
    return { ...s, role, children: assignRoles(s.children, role) }
  })
}

/** Applies the sidecar's `sections.<title or id>.role` overrides (a role set there wins over the scored rule). */
export function overrideRoles(sections: Section[], hints: Record<string, { role?: SectionRole | undefined }> | undefined): Section[] {
  if (!hints) return sections
  return sections.map(s => {
    const role = (hints[s.id] ?? hints[s.title])?.role
    return { ...s, ...(role ? { role } : {}), children: overrideRoles(s.children, hints) }
  })
}

/** One info line per section naming its role and the scores behind it (`briefdeck check`). */
export function roleReport(sections: Section[]): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = []
  const walk = (ss: Section[]) => {
    for (const s of ss) {
      const scores = Object.entries(roleScores(s)).filter(([, v]) => v).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')
      out.push({ line: s.span.line, message: `section "${s.title}" (id ${s.id}): role ${s.role ?? 'analysis'}${scores ? ` (scores: ${scores})` : ' (no cue: default or inherited)'}; override with sections.${s.id}.role in the sidecar` })
      walk(s.children)
    }
  }
  walk(sections)
  return out
}
