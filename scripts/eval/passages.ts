/**
 * The passages outside the corpus (test/fixtures/real/<component>/): short texts in the register of CRS/GAO
 * reports, written and hand-labelled by helpers before the program ran on them, each in a tune or a measure half.
 * Every passage goes through ingest and analyze and is scored against its labels with score.ts's matching rules:
 * - actors, risks, timeline: the labels become a gold file for `score` (a risk's or event's line is the line of
 *   the passage file holding its quote or clause; a label whose text is on no line is missed, and counted so);
 * - timeline shown: the events `timelineSelection` shows (as the eval), right when a label of their line and date
 *   that is not `show: false` matches and none of its `not` patterns does;
 * - figures: a found figure is right when it states a labelled figure's number (`sameFigure`; the labels give no
 *   lines, as in test/analyze/figures-real.test.ts), and a second figure from one sentence is a duplicate;
 * - bottom line: P over passages where one was chosen, R over passages with a labelled one (`sameBottomLine`).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { analyze } from '../analyze/index.ts'
import { timelineSelection } from '../analyze/gates.ts'
import { ingest } from '../ingest/index.ts'
import type { Article, Findings } from '../model.ts'
import { addFunnels, riskFunnel } from './funnel.ts'
import { norm, prf, sameDateAs, sameBottomLine, sameFigure, score, sum, type Counts, type Gold } from './score.ts'

export type PassageComponent = 'actors' | 'relations' | 'risks' | 'timeline' | 'figures' | 'bottom line'
export type PassageHalf = 'tune' | 'measure'
export const PASSAGE_COMPONENTS: PassageComponent[] = ['actors', 'relations', 'risks', 'timeline', 'figures', 'bottom line']
export const PASSAGE_HALVES: PassageHalf[] = ['tune', 'measure']

export interface PassageRow { component: PassageComponent; half: PassageHalf; passages: number; counts: Counts; notes: string }

interface Passage { half: PassageHalf; article: Article; findings: Findings; lines: string[] }

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()
const read = (dir: string, file: string, half: PassageHalf): Passage => {
  const path = join(dir, file)
  const bytes = readFileSync(path)
  const article = ingest(bytes, path)
  return { half, article, findings: analyze(article), lines: bytes.toString('utf8').split(/\r?\n/) }
}
/** The 1-based line of the passage file holding a quote (normalised), or 0 when none does. */
const lineOf = (p: Passage, quote: string) => {
  const q = norm(quote)
  return p.lines.findIndex(l => norm(l).includes(q)) + 1
}
/** A label file's half (`split:`, or `half:` in the bottom-line labels); a file without one is refused, never guessed. */
const halfOf = (label: { split?: unknown; half?: unknown }, where: string): PassageHalf => {
  const half = label.split ?? label.half
  if (half !== 'tune' && half !== 'measure') throw new Error(`${where}: no split (tune or measure); add "split: tune" or "split: measure"`)
  return half
}
const emptyGold = (article: string): Gold => ({ article, language: 'en', actors: [], not_actors: [], risks: [], risk_sections: [], events: [], bottom_line: [], figures: [] })

/** The scored rows: one per component and half. */
export function passagesReport(root: string): PassageRow[] {
  const real = join(root, 'test', 'fixtures', 'real')
  const rows: PassageRow[] = []
  const push = (component: PassageComponent, per: { half: PassageHalf; counts: Counts; note?: [number, number] }[], note: (a: number, b: number) => string) => {
    for (const half of PASSAGE_HALVES) {
      const xs = per.filter(x => x.half === half)
      const n = xs.reduce((a, x) => [a[0]! + (x.note?.[0] ?? 0), a[1]! + (x.note?.[1] ?? 0)], [0, 0])
      rows.push({ component, half, passages: xs.length, counts: sum(xs.map(x => x.counts)), notes: note(n[0]!, n[1]!) })
    }
  }

  // actors: a label file per passage; relations: those of its label files that list the relations the text states
  {
    const dir = join(real, 'actors')
    type Labelled = { from: string; to: string; verb: string; mutual?: boolean }
    const rel: { half: PassageHalf; counts: Counts }[] = []
    const per = readdirSync(dir).filter(f => f.endsWith('.yaml')).sort().map(f => {
      const stem = f.replace(/\.yaml$/, '')
      const label = parse(readFileSync(join(dir, f), 'utf8')) as Pick<Gold, 'actors' | 'not_actors'> & { split?: PassageHalf; relations?: Labelled[] }
      const half = halfOf(label, join(dir, f))
      const p = read(dir, `${stem}.txt`, half)
      const s = score(p.article, p.findings, { ...emptyGold(stem), actors: label.actors, not_actors: label.not_actors ?? [] })
      if (label.relations) rel.push({ half, counts: relationCounts(p.findings, label.actors, label.relations) })
      return { half, counts: s.actors, note: [s.actorKinds.right, s.actorKinds.total] as [number, number] }
    })
    push('actors', per, (a, b) => `kind right ${a}/${b}`)
    push('relations', rel, () => 'an edge is right when its two actors are a labelled relation\u2019s, that way round (either way when mutual)')
  }

  // risks: one labels.yaml, each passage with its split
  {
    const dir = join(real, 'risks')
    const labels = parse(readFileSync(join(dir, 'labels.yaml'), 'utf8')) as Record<string, { split: PassageHalf; risk_sections: string[]; risks: { name: string; quote: string }[] }>
    let unplaced = 0
    const per = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)).map(([file, label]) => {
      const half = halfOf(label, `${join(dir, 'labels.yaml')} (${file})`)
      const p = read(dir, file, half)
      const risks = label.risks.map(r => { const line = lineOf(p, r.quote); if (!line) unplaced++; return { ...r, line } })
      const gold = { ...emptyGold(file), risks, risk_sections: label.risk_sections ?? [] }
      const s = score(p.article, p.findings, gold)
      return { half, counts: s.risks, note: [s.riskSections.right, s.riskSections.total] as [number, number], funnel: riskFunnel(p.article, p.findings, gold) }
    })
    push('risks', per, (a, b) => `risk sections yielding a matrix ${a}/${b}${unplaced ? `; ${unplaced} quote(s) on no line` : ''}`)
    // where risks are lost (scripts/eval/funnel.ts), per half: sentences that weigh a harm, those a rule names, and
    // the gold risks on a weighing line and on a named one
    for (const row of rows.slice(-PASSAGE_HALVES.length)) {
      const f = addFunnels(per.filter(x => x.half === row.half).map(x => x.funnel))
      row.notes += `; weigh a harm ${f.weigh}, named ${f.named}; gold ${f.gold}, on a weighing line ${f.goldOnWeighingLine}, on a named one ${f.goldOnNamedLine}`
    }
  }

  // timeline: a label file per passage
  {
    const dir = join(real, 'timeline')
    type Event = { date: string; clause: string; show?: boolean; not?: string[] }
    let unplaced = 0
    const per = readdirSync(dir).filter(f => f.endsWith('.yaml')).sort().map(f => {
      const stem = f.replace(/\.yaml$/, '')
      const label = parse(readFileSync(join(dir, f), 'utf8')) as { split?: PassageHalf; events: Event[] }
      const half = halfOf(label, join(dir, f))
      const p = read(dir, `${stem}.txt`, half)
      const events = label.events.map(e => { const line = lineOf(p, e.clause); if (!line) unplaced++; return { ...e, line } })
      const s = score(p.article, p.findings, { ...emptyGold(stem), events })
      const tl = timelineSelection(p.findings.timeline)
      const shown = tl.drawn ? tl.shown : []
      const right = shown.filter(e => events.some(x => x.show !== false && x.line >= e.span.line && x.line <= e.span.endLine && sameDateAs(e.date, x.date)
        && !(x.not ?? []).some(re => new RegExp(re, 'i').test(collapse(e.text))))).length
      return { half, counts: s.timeline, note: [right, shown.length] as [number, number] }
    })
    push('timeline', per, (a, b) => `shown dated right ${a}/${b}${b ? ` (${(a / b).toFixed(2)})` : ''}${unplaced ? `; ${unplaced} clause(s) on no line` : ''}`)
  }

  // figures: a label file per passage naming its text
  {
    const dir = join(real, 'figures')
    const per = readdirSync(dir).filter(f => f.endsWith('.yaml')).sort().map(f => {
      const label = parse(readFileSync(join(dir, f), 'utf8')) as { file: string; split?: PassageHalf; figures: { value: string }[] }
      const half = halfOf(label, join(dir, f))
      const p = read(dir, label.file, half)
      const used = new Set<number>(), sentences = new Set<string>()
      let tp = 0, fp = 0, duplicates = 0
      for (const fig of p.findings.figures) {
        const key = norm(fig.sentence)
        if (sentences.has(key)) { duplicates++; fp++; continue }
        sentences.add(key)
        const g = label.figures.findIndex((x, i) => !used.has(i) && sameFigure(fig.value, x.value))
        if (g >= 0) { used.add(g); tp++ } else fp++
      }
      return { half, counts: { tp, fp, fn: label.figures.length - used.size }, note: [duplicates, 0] as [number, number] }
    })
    push('figures', per, a => `duplicate sentences ${a}; labels give no lines (matched by number, as figures-real.test.ts)`)
  }

  // bottom line: a label file per passage naming its text and half
  {
    const dir = join(real, 'bottomline')
    const per = readdirSync(dir).filter(f => f.endsWith('.yaml')).sort().map(f => {
      const label = parse(readFileSync(join(dir, f), 'utf8')) as { file: string; half: PassageHalf; bottom_line: string[] }
      const half = halfOf(label, join(dir, f))
      const p = read(dir, label.file, half)
      const chosen = p.findings.bottomLine?.text
      const right = chosen !== undefined && label.bottom_line.some(c => sameBottomLine(chosen, c))
      const counts: Counts = { tp: right ? 1 : 0, fp: chosen !== undefined && !right ? 1 : 0, fn: !right && label.bottom_line.length ? 1 : 0 }
      return { half, counts, note: [chosen === undefined ? 1 : 0, 0] as [number, number] }
    })
    push('bottom line', per, a => `P over passages with one chosen, R over passages; none chosen in ${a}`)
  }
  return rows
}

/**
 * Relations scored strictly, against the relations a passage's labels say the text states (the corpus eval counts an
 * edge right when both its ends are actors): a found edge is right when its two actors, as the labels name them, are a
 * labelled relation's from and to, that way round or, for a mutual one, either way; a labelled relation no edge states
 * is missed.
 */
function relationCounts(findings: Findings, actors: Gold['actors'], labelled: { from: string; to: string; mutual?: boolean }[]): Counts {
  const sets = actors.map(a => new Set([a.name, ...(a.aliases ?? [])].map(norm)))
  const indexOf = (names: string[]) => sets.findIndex(set => names.some(n => set.has(norm(n))))
  const byId = new Map(findings.actors.map(a => [a.id, indexOf([a.name, ...a.aliases])]))
  const pairs = labelled.map(r => [indexOf([r.from]), indexOf([r.to]), r.mutual === true] as const)
  const used = new Set<number>()
  let tp = 0, fp = 0
  for (const e of findings.relations) {
    const [a, b] = [byId.get(e.from) ?? -1, byId.get(e.to) ?? -1]
    const i = pairs.findIndex(([f, t, m]) => f >= 0 && t >= 0 && ((f === a && t === b) || (m && f === b && t === a)))
    if (a >= 0 && b >= 0 && i >= 0) { tp++; pairs.forEach(([f, t, m], j) => { if ((f === a && t === b) || (m && f === b && t === a)) used.add(j) }) } else fp++
  }
  return { tp, fp, fn: pairs.length - used.size }
}

const f2 = (n: number) => n.toFixed(2)

/** The Markdown section for EVAL.md. */
export function passagesMarkdown(rows: PassageRow[]): string {
  const out = ['## Passages outside the corpus', '',
    'Short passages in the register of CRS/GAO reports on topics not in the corpus (`test/fixtures/real/<component>/`), written by helpers and hand-labelled before the program ran on them; each is in a tune or a measure half, and the measure half was partly seen (a first run before later rounds, as the folders\' READMEs and commits say). Scored by `scripts/eval/passages.ts`.', '',
    '| component | half | passages | P | R | notes |', '|---|---|---|---|---|---|']
  for (const r of rows) { const { p, r: rr } = prf(r.counts); out.push(`| ${r.component} | ${r.half} | ${r.passages} | ${f2(p)} | ${f2(rr)} | ${r.notes} |`) }
  return out.join('\n') + '\n'
}
