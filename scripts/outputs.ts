/**
 * The export recipe: one Slidev build, then every requested output from that build with one browser.
 * Reads the deck as it is on disk (presenter edits included) with @slidev/parser, so the handout's
 * notes are the notes the presenter sees.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { plainText } from './render/escape.ts'
import { buildSite } from './export/build.ts'
import { exportPdf, exportWithSlidev } from './export/pdf.ts'
import { exportHandout, type HandoutSlide } from './export/handout.ts'
import { launchBrowser } from './export/browser.ts'
import type { OutlineItem, PdfMeta } from './export/pdfdoc.ts'

export type ExportFormat = 'pdf' | 'handout' | 'png' | 'pptx'

export interface ExportAllOptions {
  slidesPath: string
  distDir: string
  exportsDir?: string
  formats: ExportFormat[]
  layout?: 1 | 2 | 3
  useSlidev?: boolean
  log: (msg: string) => void
  stage: <T>(label: string, fn: () => Promise<T> | T) => Promise<T>
  meta?: { slug: string; title: string; themes: string[]; author?: string; subtitle?: string; language: string }
}

/** What the exports need to know about the deck, read from slides.md. */
export interface DeckSummary {
  slug: string
  meta: PdfMeta
  routerMode: 'hash' | 'history'
  /** Shown (not hidden) slides, in order. */
  slides: HandoutSlide[]
  outline: OutlineItem[]
}


export function summarise(slidesPath: string): DeckSummary {
  const text = readFileSync(slidesPath, 'utf8')
  const d = parseSync(text, slidesPath)
  const head = (d.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const bd = (head.briefdeck ?? {}) as Record<string, unknown>
  const slug = String(head.exportFilename ?? bd.slug ?? 'slides')
  const shown = d.slides.filter(s => !(s.frontmatter as { hide?: boolean }).hide && !(s.frontmatter as { disabled?: boolean }).disabled)
  let section = ''
  const slides: HandoutSlide[] = shown.map((s, i) => {
    const kind = String(((s.frontmatter as { briefdeck?: { kind?: string } }).briefdeck?.kind) ?? '')
    const title = plainText(s.title ?? '').replace(/<[^>]+>/g, '') || `Slide ${i + 1}`
    if (['title', 'section', 'risks', 'scenarios', 'conclusion', 'appendix'].includes(kind) || !section) section = title.replace(/\s\(\d+\/\d+\)$/, '').replace(/: likelihood × impact$/, '')
    const note = plainText(s.note ?? '')
    const paragraphs = note.split(/\n\s*\n/)
    const sources = paragraphs.filter(p => /^\(L\d/.test(p))
    const rest = paragraphs.filter(p => !/^\(L\d/.test(p))
    return { slideNo: i + 1, title, section, text: rest.join('\n\n'), sources }
  })
  const outline: OutlineItem[] = []
  for (const s of slides) if (!outline.some(o => o.title === s.section)) outline.push({ title: s.section ?? s.title, page: s.slideNo - 1 })
  const keywords = typeof head.keywords === 'string' ? head.keywords.split(',').map(k => k.trim()).filter(Boolean) : []
  const meta: PdfMeta = {
    title: plainText(String(head.title ?? slug)),
    ...(typeof head.author === 'string' ? { author: head.author } : {}),
    subject: plainText(typeof head.info === 'string' ? head.info : String(head.title ?? '')),
    keywords,
    language: String((bd.language as string | undefined) ?? 'en'),
  }
  return { slug, meta, routerMode: head.routerMode === 'hash' ? 'hash' : 'history', slides, outline }
}

export async function exportAll(o: ExportAllOptions): Promise<void> {
  const summary = summarise(o.slidesPath)
  await o.stage(`build site → ${o.distDir}`, () => buildSite({ slidesPath: o.slidesPath, outDir: o.distDir }))
  if (!o.formats.length) return
  const exportsDir = o.exportsDir ?? 'exports'
  await mkdir(exportsDir, { recursive: true })
  const pdf = join(exportsDir, `${summary.slug}.pdf`)
  if (o.useSlidev) {
    await o.stage(`slidev export → ${pdf}`, () => exportWithSlidev({ slidesPath: o.slidesPath, outFile: resolve(pdf) }))
  }
  const browser = await launchBrowser()
  try {
    if (!o.useSlidev) {
      const r = await o.stage(`PDF → ${pdf}`, () => exportPdf({ distDir: o.distDir, outFile: pdf, meta: summary.meta, outline: summary.outline, routerMode: summary.routerMode, browser }))
      o.log(`  ${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KiB`)
    }
    if (o.formats.includes('handout')) {
      const out = join(exportsDir, `${summary.slug}-handout.pdf`)
      const r = await o.stage(`handout (${o.layout ?? 2} per page) → ${out}`, () => exportHandout({ slidePdf: pdf, outFile: out, slides: summary.slides, layout: o.layout ?? 2, meta: summary.meta }))
      o.log(`  ${r.pages} pages${r.replacedGlyphs.length ? `; no font for ${r.replacedGlyphs.join('')}` : ''}`)
    }
    for (const f of o.formats.filter(f => f === 'png' || f === 'pptx')) {
      const out = resolve(join(exportsDir, f === 'pptx' ? `${summary.slug}.pptx` : `${summary.slug}-png`))
      await o.stage(`${f} → ${out}`, () => exportWithSlidev({ slidesPath: o.slidesPath, outFile: out, format: f }))
    }
  } finally {
    await browser.close()
  }
}
