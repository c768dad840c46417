/**
 * The same report as a PDF or a Word file: analysts are often handed the PDF, not the text. For every file in
 * `articles/pdf/` and `articles/docx/` whose text version is in the split, the findings from each are compared, per
 * component: the share of items both find (|A ∩ B| / |A ∪ B|, summed over articles) — actor names, risk names, event
 * dates, figure values — and whether the bottom line is the same sentence. No gold is read: this measures what the
 * reading of a layout changes, not what is right. Per article for the tuning half; totals only for the held-out half.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { analyze } from '../analyze/index.ts'
import { ingestAsync } from '../ingest/index.ts'
import type { Findings } from '../model.ts'
import { norm } from './score.ts'

export const FORMAT_PARTS = ['actors', 'risks', 'timeline', 'figures'] as const
export type FormatPart = (typeof FORMAT_PARTS)[number]

export interface Overlap { both: number; either: number }
export interface FormatRow {
  /** The PDF or Word file, under articles/. */
  file: string
  half: 'tuning' | 'heldout'
  parts: Record<FormatPart, Overlap>
  sameBottomLine: boolean
}

const itemsOf = (f: Findings): Record<FormatPart, Set<string>> => ({
  actors: new Set(f.actors.map(a => norm(a.name))),
  risks: new Set(f.risks.map(r => norm(r.name))),
  timeline: new Set(f.timeline.map(e => norm(e.date))),
  figures: new Set(f.figures.map(x => norm(x.value))),
})

export function overlap(a: Set<string>, b: Set<string>): Overlap {
  return { both: [...a].filter(x => b.has(x)).length, either: new Set([...a, ...b]).size }
}

/** The text version of a PDF or Word file: same stem, without a converter's infix ("….libreoffice.docx"). */
export const textStem = (file: string) => file.replace(/\.(?:pdf|docx)$/u, '').replace(/\.(?:libreoffice|pandoc|word)$/u, '')

export async function formatsReport(articles: string, splitFile: string): Promise<FormatRow[]> {
  const split = parse(readFileSync(splitFile, 'utf8')) as { tuning: string[]; heldout: string[] }
  const halfOf = new Map([...split.tuning.map(f => [f, 'tuning'] as const), ...split.heldout.map(f => [f, 'heldout'] as const)])
  const rows: FormatRow[] = []
  for (const dir of ['pdf', 'docx']) {
    if (!existsSync(join(articles, dir))) continue
    for (const file of readdirSync(join(articles, dir)).filter(f => /\.(?:pdf|docx)$/u.test(f)).sort()) {
      const text = [...halfOf.keys()].find(t => t.replace(/\.[^.]+$/u, '') === textStem(file))
      if (!text) continue
      const read = async (path: string) => analyze(await ingestAsync(readFileSync(path), path))
      const [a, b] = [await read(join(articles, text)), await read(join(articles, dir, file))]
      const [x, y] = [itemsOf(a), itemsOf(b)]
      rows.push({
        file: `${dir}/${file}`, half: halfOf.get(text)!,
        parts: Object.fromEntries(FORMAT_PARTS.map(p => [p, overlap(x[p], y[p])])) as Record<FormatPart, Overlap>,
        sameBottomLine: norm(a.bottomLine?.text ?? '') === norm(b.bottomLine?.text ?? ''),
      })
    }
  }
  return rows
}

const share = (o: Overlap) => (o.either ? (o.both / o.either).toFixed(2) : '–')
const sum = (os: Overlap[]): Overlap => os.reduce((t, o) => ({ both: t.both + o.both, either: t.either + o.either }), { both: 0, either: 0 })

/** The section for EVAL.md. */
export function formatsMarkdown(rows: FormatRow[]): string {
  const head = `| ${['file', ...FORMAT_PARTS, 'same bottom line'].join(' | ')} |`
  const rule = `|${['file', ...FORMAT_PARTS, 'bl'].map(() => '---').join('|')}|`
  const out = ['## The same report as a PDF or a Word file', '', 'Findings from each PDF and Word file in `articles/pdf/` and `articles/docx/` against those from its text version (scripts/eval/formats.ts): the share of items both find (|A ∩ B| / |A ∪ B|) and whether the bottom line is the same sentence. No gold is read; it measures what reading the layout changes. Per file for the tuning half, totals for both.', '', '| half | files | ' + FORMAT_PARTS.join(' | ') + ' | same bottom line |', '|---|---|' + FORMAT_PARTS.map(() => '---').join('|') + '|---|']
  for (const half of ['tuning', 'heldout'] as const) {
    const rs = rows.filter(r => r.half === half)
    out.push(`| ${half} | ${rs.length} | ${FORMAT_PARTS.map(p => share(sum(rs.map(r => r.parts[p])))).join(' | ')} | ${rs.filter(r => r.sameBottomLine).length}/${rs.length} |`)
  }
  out.push('', head, rule)
  for (const r of rows.filter(x => x.half === 'tuning')) out.push(`| ${r.file} | ${FORMAT_PARTS.map(p => share(r.parts[p])).join(' | ')} | ${r.sameBottomLine ? 'yes' : 'no'} |`)
  return out.join('\n') + '\n'
}
