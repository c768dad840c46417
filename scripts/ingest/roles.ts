/**
 * Section roles: what each section does in the argument, so the planner lays out by role, not by heading words.
 *
 * The stated, scored rule (per section):
 * - **Heading cues** score 3 for each role whose pattern the heading matches ({@link HEADING_CUES}). "Future" cues
 *   `scenarios` only as a noun ("Preparing for the Future", "The Future of …"; not "Future Regulation"), and the
 *   ambiguous "Outlook" / "Prospects" ({@link WEAK_SCENARIO_CUE}) only when the section says something about the
 *   future ({@link RE_FORWARD}): a "Strategic Outlook" that reports how a government sees its surroundings is analysis.
 * - **Body cues** score by density over the section's own sentences (at least {@link MIN_CUE_SENTENCES} of them):
 *   - `risks`: hedged harm statements ("could disrupt", "is vulnerable to", "the risk of") — 4 × their share;
 *   - `scenarios`: conditional or future statements ("if … would", "in the future", "is expected to") — 3 × share;
 *   - `recommendations`: questions and "Congress may/could/might consider" — 4 × share;
 *   - `background`: definitions and founding facts ({@link RE_DEFINE}) — 2 + 3 × share, from half the usual share
 *     (a descriptive section defines a few things and describes the rest); or, whatever the share, when the section
 *     says what its heading's term is ({@link definesItsHeading}: "Mixers are applications that …" under "Mixers"),
 *     +1 for that.
 *   A body score counts only when its share is at least {@link MIN_CUE_SHARE} (background: half of it).
 * - The role is the highest score at or above {@link MIN_ROLE_SCORE}; ties go by {@link PRIORITY}. A section with no
 *   winning cue inherits its parent's role (a sub-section of "Issues for Congress" is one of those issues), except
 *   an `overview` or `conclusion` parent; then the role carried from a bare heading before it ({@link assignRoles});
 *   a top-level section with none is `analysis`. The synthetic "Overview" made from text before the first heading is
 *   `overview`; in a text with no overview, the first section may be it ({@link assignRoles}).
 * Rules are about wording patterns that any report uses, never about particular articles.
 */
import type { Block, Section, SectionRole } from '../model.ts'

/** Heading patterns per role (English and Russian). */
export const HEADING_CUES: Record<Exclude<SectionRole, 'analysis'>, RegExp> = {
  reference: /\b(appendix|appendices|annex|author (information|contact)|about the authors?|endnotes|footnotes|bibliography|glossary|acronyms|abbreviations|приложени\w*)\b/iu,
  overview: /\b(overview|summary|introduction|key (points|judge?ments|takeaways|findings)|at a glance|in brief|highlights|обзор|введение|резюме)\b/iu,
  background: /\b(background|history|historical|context|origins?|evolution|established?|establishment|creation|created|defin(e|ed|ing|itions?)|primer|what (is|are|was|were)\b|how .* (began|emerged|developed)|building blocks|basics|fundamentals|components|how .* works?|предыстори\w*|истори\w*)\b/iu,
  risks: /\b(risks?|threats?|challenges?|concerns?|vulnerabilit(y|ies)|failures?|fail|dangers?|pitfalls?|downsides?|hazards?|harms?|illicit|crim(e|es|inal)|fraud|abuse|misuse|attacks?|potential (\w+ ){0,2}(environmental )?impacts?|why .* (a )?(concern|problem|issue of concern)|loopholes?|gr[ae]y areas?|blind spots?|риск\w*|угроз\w*|вызов\w*)\b/iu,
  scenarios: /\b(scenarios?|(the )?futures?(?!\s+(?!of\b)\p{L})|forecasts?|what(’|')?s next|what next|looking ahead|the road ahead|pathways?|alternatives?|options?(?! for congress)|could .* be used|will .*\?|сценари\w*|перспектив\w*)\b/iu,
  recommendations: /\b((for|facing|before) congress|congress(ional)? (options|considerations|action)|recommendations?|policy options|policy (issues|questions)|solutions?|next steps|questions|considerations|what (congress|policymakers) (can|could|might|may)|issues for|way forward|рекомендаци\w*)\b/iu,
  legislation: /\b(legislation|legislative|bills?|acts?|laws?|statut\w*|regulations?|rulemaking|treat(y|ies)|executive orders?|authori[sz]ations?|appropriations?|законодательств\w*|закон\w*)\b/iu,
  conclusion: /\b(conclusions?|concluding|takeaways?|bottom line|final thoughts|closing|заключение|выводы)\b/iu,
}

/**
 * Headings that may name a forecast or only a standpoint ("Strategic Outlook" is how a government sees its
 * surroundings): they cue `scenarios` only when the section says something about the future ({@link RE_FORWARD}).
 */
export const WEAK_SCENARIO_CUE = /\b(outlook|prospects?)\b/iu
/** A sentence that looks forward: a future or conditional statement, or a modal of possibility. */
export const RE_FORWARD = /\b(?:will|would|could|might|may|shall|going to|expected to|projected to|likely to|in the (?:future|coming))\b/iu

/** Tie order: the more specific role wins. */
export const PRIORITY: SectionRole[] = ['reference', 'conclusion', 'risks', 'scenarios', 'recommendations', 'legislation', 'overview', 'background', 'analysis']
/** Least score for a role to win. */
export const MIN_ROLE_SCORE = 2
/** Least own sentences for body cues to count. */
export const MIN_CUE_SENTENCES = 2
/** Least share of cue sentences for a body cue to count. */
export const MIN_CUE_SHARE = 0.34

/** A hedged harm statement: a modal or a risk noun with a harm verb or noun. */
export const RE_HARM = /\b(?:(?:could|may|might|would|can)\s+(?:\w+\s+){0,3}?(?:harm|undermine|disrupt|threaten|escalate|collapse|fail|damage|weaken|erode|destabili[sz]e|jeopardi[sz]e|expose|endanger|compromise|impair|lead to|result in|cause|increase the (?:risk|likelihood|cost)s?|have (?:significant |serious |severe |negative |adverse |unintended )?(?:consequences|effects|impacts|implications)|limit|reduce|restrict|constrain|hinder|hamper|impede|complicate|strain|alienate|suffer|exacerbate|worsen|delay|interrupt|overwhelm|exhaust|deplete|be unable to|be forced to|run short|dry up|exit|lose|lack|fall short|raise (?:concerns|costs|prices|questions)|pose (?:a |significant |serious )?(?:risk|threat|challenge)s?|create (?:risks|challenges|problems|vulnerabilities|gaps|shortfalls|backlogs)|be (?:exploited|misused|used to evade|disrupted|damaged|compromised|vulnerable))|(?:is|are|remain|were|be)\s+(?:\w+\s+)?(?:vulnerable|susceptible|exposed|at risk)|(?:the|a|an|potential|possible)\s+(?:\w+\s+)?(?:risk|threat|danger)s?\s+(?:of|to|that)|concerns?\s+(?:that|about|over))\b/iu
/**
 * A definition or a founding fact: what a thing is, how it came to be. "is a … that / used / designed" (a bare
 * "is a major importer of" describes, it does not define; only a type-noun takes "of": "is a form of"), "are
 * platforms where" (a plural class noun with no article; not "there are reports that"), "is the practice in
 * which", "refers to", "is also known as", "the Army describes MDTFs as", "its mission is to", founding verbs.
 */
export const RE_DEFINE = new RegExp(String.raw`\b(?:` + [
  String.raw`(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:that|which|who|where|whereby|used|designed|intended)\b`,
  String.raw`(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:type|form|kind|class|category|subset|branch|component|variant|version|method|means|process|practice|mechanism|term|name)\s+(?:of|in which|by which|whereby|that|used)\b`,
  String.raw`(?<!\bthere\s(?:also\s)?)are\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^s\W]s\s+(?:that|which|where|whereby|used|designed)\b`,
  String.raw`(?:is|are)\s+(?:a\s+)?part\s+of\b`,
  String.raw`refers?\s+to`,
  String.raw`(?:is|are)\s+(?:also\s+|commonly\s+|often\s+|sometimes\s+)?(?:defined|known|referred\s+to)\s+as`,
  String.raw`(?:describes?|defines?)\s+(?:[\w-]+\s+){1,3}?as\b`,
  String.raw`(?:mission|purpose|mandate)\s+(?:is|are)\s+to\b`,
  String.raw`consists?\s+of`, String.raw`(?:is|are)\s+composed\s+of`,
  String.raw`(?:was|were)\s+(?:created|established|founded|formed|launched)`,
].join('|') + ')', 'iu')
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

const stem = (w: string) => w.toLowerCase().replace(/(?<=\p{L}{3})(?:es|s)$/u, '')
const words = (t: string) => t.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)

/**
 * The sentence's subject when it says what the heading's subject is: after an article, before a bracketed gloss,
 * the heading itself (singular or plural), then a copula or "refers to / means": "Mixers are …" under "Mixers",
 * "A smart contract is …" under "Smart Contracts". Headings of up to four words.
 */
function headingSubject(title: string, sentence: string): string | undefined {
  const head = words(title).map(stem)
  if (!head.length || head.length > 4) return undefined
  const m = /^(?:(?:a|an|the)\s+)?(.+?)\s+(?:\([^)]*\)\s+)?(?:is|are|refers?\s+to|means?)\b/iu.exec(sentence.replace(/[_*]/g, ''))
  if (!m?.[1]) return undefined
  const subject = words(m[1])
  return subject.length === head.length && subject.every((w, i) => stem(w) === head[i]) ? m[1] : undefined
}

/**
 * Does the section define its heading's term ({@link headingSubject})? The term must be a common noun, not a
 * name: the defining sentence writes its later words in lower case ("Yield farming is …", not "the Space Force
 * is …"), or the section writes it in lower case somewhere ("rely on oracles"; not "Russia is …").
 */
export function definesItsHeading(title: string, sentences: string[]): boolean {
  const subjects = sentences.map(t => headingSubject(title, t)).filter(x => x !== undefined)
  if (!subjects.length) return false
  if (subjects.some(x => words(x).slice(1).some(w => /^\p{Ll}/u.test(w)))) return true
  const term = new RegExp(String.raw`(?<![\p{L}\p{N}])` + words(title).map(w => stem(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + String.raw`\p{L}{0,2}`).join(String.raw`[\s-]+`) + String.raw`(?![\p{L}\p{N}])`, 'u')
  return sentences.some(t => term.test(t.replace(/[_*]/g, '')))
}

/** The scores of each role for one section (exported for `briefdeck check` and tests). */
export function roleScores(section: Section): Partial<Record<SectionRole, number>> {
  const scores: Partial<Record<SectionRole, number>> = {}
  const bump = (r: SectionRole, n: number) => { scores[r] = (scores[r] ?? 0) + n }
  const sentences = ownSentences(section.blocks)
  if (!section.synthetic) {
    for (const [role, re] of Object.entries(HEADING_CUES)) if (re.test(section.title)) bump(role as SectionRole, 3)
    const forward = !sentences.length || sentences.some(t => RE_FORWARD.test(t))
    if (!scores.scenarios && WEAK_SCENARIO_CUE.test(section.title) && forward) bump('scenarios', 3)
  }
  const definesItself = !section.synthetic && definesItsHeading(section.title, sentences)
  if (sentences.length >= MIN_CUE_SENTENCES) {
    const share = (re: RegExp) => sentences.filter(s => re.test(s)).length / sentences.length
    const harm = share(RE_HARM), future = share(RE_FUTURE), ask = share(RE_ASK)
    if (harm >= MIN_CUE_SHARE) bump('risks', 4 * harm)
    if (future >= MIN_CUE_SHARE) bump('scenarios', 3 * future)
    if (ask >= MIN_CUE_SHARE) bump('recommendations', 4 * ask)
    const define = share(RE_DEFINE)
    if (define >= MIN_CUE_SHARE / 2 || definesItself) bump('background', 2 + 3 * define + (definesItself ? 1 : 0))
  } else if (definesItself) bump('background', 3)
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

/** A heading with no text of its own and no sub-sections: in flat text, the headings after it were its sub-sections. */
const bare = (s: Section) => !s.synthetic && !s.children.length && !ownSentences(s.blocks).length

/**
 * Sets `role` on every section of the tree (returns new sections; the input is not changed). Besides the scored
 * rule (module comment):
 * - a bare heading ({@link bare}) passes its role on to the sibling sections after it that have no cue of their
 *   own, up to the next bare heading (plain text does not mark nesting: "Issues for Congress" with its issues
 *   written as headings at the same level);
 * - in a text with no overview (no text before the first heading, no section cued as one), the first top-level
 *   section introduces the text when it has no cue or its heading asks what the subject is ("What Is …?").
 */
export function assignRoles(sections: Section[], parent?: SectionRole): Section[] {
  const inherited = parent && parent !== 'overview' && parent !== 'conclusion' ? parent : undefined
  let carried: SectionRole | undefined
  const out = sections.map(s => {
    const scored = s.synthetic && /^overview$/i.test(s.title) ? 'overview' : winningRole(roleScores(s))
    const role: SectionRole = scored ?? carried ?? inherited ?? 'analysis'
    if (bare(s)) carried = role !== 'overview' && role !== 'conclusion' ? role : undefined
    return { ...s, role, children: assignRoles(s.children, role) }
  })
  if (parent === undefined && out[0] && !out[0].synthetic && !out.some(s => s.role === 'overview')) {
    const first = out[0], scored = winningRole(roleScores(first))
    if (scored === undefined || /^what (is|are)\b/iu.test(first.title)) out[0] = { ...first, role: 'overview', children: assignRoles(first.children, 'overview') }
  }
  return out
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
      out.push({ line: s.span.line, message: `section "${s.title}" (id ${s.id}): role ${s.role ?? 'analysis'}${scores ? ` (scores: ${scores})` : ' (no cue: default, inherited, or by position)'}; override with sections.${s.id}.role in the sidecar` })
      walk(s.children)
    }
  }
  walk(sections)
  return out
}
