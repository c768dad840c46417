/**
 * The evaluation run: every article of test/gold/split.yaml through ingest and analysis, scored against its gold
 * file (score.ts) and its structure expectations (headings and roles), per article and per half.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { analyze } from '../analyze/index.ts'
import { ingest } from '../ingest/index.ts'
import type { Article, Section } from '../model.ts'
import { addFunnels, FUNNEL_STEPS, riskFunnel, type RiskFunnel } from './funnel.ts'
import { norm, prf, score, totals, type ArticleScore, type Component, type Counts, type Gold, type Judged, type Totals } from './score.ts'

const COMPONENTS: Component[] = ['actors', 'relations', 'risks', 'timeline', 'figures', 'bottom line']

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const ARTICLES = resolve(ROOT, '..', 'shared', 'articles')
const GOLD = join(ROOT, 'test', 'gold')
const EXPECT = join(ROOT, 'test', 'fixtures', 'expectations')

/** Structure against the reader's expectations: headings found / expected, roles right / total. */
export interface StructureScore { headingsFound: number; headingsExpected: number; headingsExtra: number; rolesRight: number; rolesTotal: number }
export interface Half { name: 'tuning' | 'heldout'; scores: (ArticleScore & { structure?: StructureScore })[]; totals: Totals; structure: StructureScore; funnel: RiskFunnel }

function* all(ss: Section[]): Generator<Section> { for (const s of ss) { yield s; yield* all(s.children) } }

export function structureScore(article: Article, expectation: { headings?: { title: string; role: string }[]; preambleRole?: string }): StructureScore {
  const sections = [...all(article.sections)]
  const authored = new Map(sections.filter(s => !s.synthetic).map(s => [norm(s.title), s]))
  const expected = (expectation.headings ?? []).filter(h => h.role !== 'reference')
  let found = 0, right = 0, total = 0
  for (const h of expected) {
    const s = authored.get(norm(h.title))
    if (!s) continue
    found++; total++
    if (s.role === h.role) right++
  }
  const extra = [...authored.keys()].filter(k => !expected.some(h => norm(h.title) === k)).length
  const pre = sections.find(s => s.synthetic)
  if (expectation.preambleRole && pre) { total++; if (pre.role === expectation.preambleRole) right++ }
  return { headingsFound: found, headingsExpected: expected.length, headingsExtra: extra, rolesRight: right, rolesTotal: total }
}

const addStructure = (xs: StructureScore[]): StructureScore => xs.reduce((a, x) => ({
  headingsFound: a.headingsFound + x.headingsFound, headingsExpected: a.headingsExpected + x.headingsExpected, headingsExtra: a.headingsExtra + x.headingsExtra,
  rolesRight: a.rolesRight + x.rolesRight, rolesTotal: a.rolesTotal + x.rolesTotal,
}), { headingsFound: 0, headingsExpected: 0, headingsExtra: 0, rolesRight: 0, rolesTotal: 0 })

/** Scores both halves of the split. */
export function evaluate(): Half[] {
  const split = parse(readFileSync(join(GOLD, 'split.yaml'), 'utf8')) as { tuning: string[]; heldout: string[] }
  return (['tuning', 'heldout'] as const).map(name => {
    const funnels: RiskFunnel[] = []
    const scores = split[name].map((file): ArticleScore & { structure?: StructureScore } => {
      const stem = file.replace(/\.[^.]+$/, '')
      const gold = parse(readFileSync(join(GOLD, `${stem}.yaml`), 'utf8')) as Gold
      const path = join(ARTICLES, file)
      const article = ingest(readFileSync(path), path)
      const findings = analyze(article)
      const s = score(article, findings, gold)
      funnels.push(riskFunnel(article, findings, gold))
      const expectation = join(EXPECT, `${stem}.json`)
      return existsSync(expectation) ? { ...s, structure: structureScore(article, JSON.parse(readFileSync(expectation, 'utf8'))) } : s
    })
    return { name, scores, totals: totals(scores), structure: addStructure(scores.flatMap(s => (s.structure ? [s.structure] : []))), funnel: addFunnels(funnels) }
  })
}

const f2 = (n: number) => n.toFixed(2)
const pr = (c: Counts) => { const { p, r } = prf(c); return `${f2(p)} / ${f2(r)}` }

/** The report, as Markdown (EVAL.md). */
export function report(halves: Half[]): string {
  const out: string[] = ['# Evaluation', '', 'Written by `npm run eval` (scripts/eval/). Gold: `test/gold/*.yaml` (hand-labelled by reading each article); the split is `test/gold/split.yaml` — rules are tuned on the tuning half only, the held-out half is only reported. Matching rules: `scripts/eval/score.ts`.', '']
  out.push('## Totals', '', '| half | articles | actors P / R / F1 | actor kind | relations P | relations R / direction right | risks P / R / F1 | risk sections | timeline dated right (P) / R | timeline shown dated right | figures P / R | duplicate figures | bottom line | headings found / expected (extra) | roles right |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const h of halves) {
    const t = h.totals, s = h.structure
    out.push(`| ${h.name} | ${t.articles} | ${f2(t.actors.p)} / ${f2(t.actors.r)} / ${f2(t.actors.f1)} | ${f2(t.actorKinds)} | ${f2(t.relations)} | ${f2(t.relationsRecall)} / ${f2(t.relationsDirection)} | ${f2(t.risks.p)} / ${f2(t.risks.r)} / ${f2(t.risks.f1)} | ${f2(t.riskSections)} | ${f2(t.timeline.p)} / ${f2(t.timeline.r)} | ${f2(t.timelineShown)} | ${f2(t.figures.p)} / ${f2(t.figures.r)} | ${t.duplicates} | ${f2(t.bottomLine)} | ${s.headingsFound} / ${s.headingsExpected} (${s.headingsExtra}) | ${s.rolesRight} / ${s.rolesTotal} |`)
  }
  for (const h of halves) {
    out.push('', `## ${h.name === 'tuning' ? 'Tuning' : 'Held-out'} half, per article`, '', '| article | actors P / R | kind | relations P | relations R (right way) | risks P / R | risk sections | timeline P / R | figures P / R | bottom line | headings | roles |', '|---|---|---|---|---|---|---|---|---|---|---|---|')
    for (const s of h.scores) {
      const st = s.structure
      out.push(`| ${s.article} | ${pr(s.actors)} | ${s.actorKinds.right}/${s.actorKinds.total} | ${s.relations.right}/${s.relations.total} | ${s.relationsRecalled.recalled}/${s.relationsRecalled.total} (${s.relationsRecalled.rightWay}) | ${pr(s.risks)} | ${s.riskSections.right}/${s.riskSections.total} | ${pr(s.timeline)} | ${pr(s.figures)} | ${s.bottomLine.right ? 'yes' : 'no'} | ${st ? `${st.headingsFound}/${st.headingsExpected}` : '–'} | ${st ? `${st.rolesRight}/${st.rolesTotal}` : '–'} |`)
    }
  }
  out.push('', '## Confidence', '', 'Each finding carries a confidence (scripts/analyze/confidence.ts). How well it ranks findings, per half: the mean confidence of right and of wrong findings, and the precision of findings at or above 0.85 and below it.', '', '| half | component | right | wrong | mean confidence right / wrong | precision ≥ 0.85 / below |', '|---|---|---|---|---|---|')
  for (const h of halves) for (const c of COMPONENTS) {
    const js = h.scores.flatMap(s => s.judged).filter(j => j.component === c)
    if (!js.length) continue
    const mean = (xs: Judged[]) => (xs.length ? f2(xs.reduce((a, x) => a + x.confidence, 0) / xs.length) : '–')
    const precision = (xs: Judged[]) => (xs.length ? `${f2(xs.filter(x => x.right).length / xs.length)} (${xs.length})` : '–')
    const [right, wrong] = [js.filter(j => j.right), js.filter(j => !j.right)]
    out.push(`| ${h.name} | ${c} | ${right.length} | ${wrong.length} | ${mean(right)} / ${mean(wrong)} | ${precision(js.filter(j => j.confidence >= 0.85))} / ${precision(js.filter(j => j.confidence < 0.85))} |`)
  }
  out.push('', '## Where risks are lost', '', 'Inside the gold scope, per half (scripts/eval/funnel.ts): the sentences, those that weigh a possible harm, those of them a naming rule names, the risks found, and the gold risks whose line holds a weighing or a named sentence. Totals only, for the held-out half too.', '', `| half | ${FUNNEL_STEPS.map(x => x.label).join(' | ')} |`, `|---|${FUNNEL_STEPS.map(() => '---').join('|')}|`)
  for (const h of halves) out.push(`| ${h.name} | ${FUNNEL_STEPS.map(x => h.funnel[x.key]).join(' | ')} |`)
  out.push('', '## What was wrong (tuning half only: the held-out half is not looked at item by item)', '')
  for (const s of halves.find(h => h.name === 'tuning')?.scores ?? []) {
    if (!s.errors.length) continue
    out.push(`- **${s.article}**`, ...s.errors.slice(0, 25).map(e => `  - ${e}`), ...(s.errors.length > 25 ? [`  - … and ${s.errors.length - 25} more`] : []))
  }
  return out.join('\n') + '\n'
}
