/**
 * The editable PowerPoint: slides → a native PPTX with pptxgenjs, no browser. Every word is text in a text box, shape
 * or table; titles are the title placeholder of a slide master (outline view, navigation and accessibility checkers
 * read them); the components are drawn as native shapes; notes carry the slide's full notes with their anchors.
 *
 * Geometry is the HTML deck's: canvas px (980 × 552 for 16:9), 1 px = 1/96 in, so a 20 px font is 15 pt and the
 * slide has the HTML slide's proportions. Text is sized by our own measurement (pptx-measure.ts), never `fit: 'shrink'`.
 *
 * The actor map is shapes (one per actor, its kind as its shape, as in ActorMap.vue) joined by connectors, with the
 * verb as a text label. pptxgenjs 4.0.1 has no connector API, so it draws lines named for their two actors, and
 * pptx-fix.ts makes each a `p:cxnSp` glued (`stCxn`/`endCxn`) to the actors' connection sites: moving an actor in
 * PowerPoint drags its arrows along. Chosen over the SVG picture, which is one uneditable image, needs a PNG fallback
 * and is among the repair-prompt causes (#1150). The verb labels are separate text boxes and do not move along.
 */
import { createRequire } from 'node:module'
import type PptxGenJS from 'pptxgenjs'
import type { Bullet, Deck, DeckMeta, FigureCard, RiskMatrixRisk, ScenarioCard, SlideBlock } from '../model.ts'
import { formatSpan } from '../model.ts'
import { finalizePptx } from './pptx-fix.ts'
import { fitSize, lineCount, paragraphsHeight, textWidth, type FitPara, type Run } from './pptx-measure.ts'

/** A paragraph of a slide edited in slides.md: runs (bold kept), list level and marker. */
export interface MdPara { runs: Run[], level: number, marker: 'bullet' | 'number' | 'none', /** Quote, heading. */ style?: 'quote' | 'heading' }

/** What one PPTX slide shows: a Deck slide, or a slide read back from the presenter's slides.md. */
export interface PptxSlide {
  id: string
  kind: string
  layout: string
  title: string
  kicker?: string
  subtitle?: string
  part?: { index: number, of: number }
  blocks: (SlideBlock | { kind: 'paragraphs', paras: MdPara[] })[]
  /** The full speaker notes, plain text. */
  notes: string
}

export interface PptxInput {
  meta: DeckMeta
  slides: PptxSlide[]
  /** Canvas in CSS px. */
  canvas: { width: number, height: number }
  /** Footer fields, as slides.md's headmatter has them (a presenter may have edited them). */
  footer: { title: string, classification?: string, date?: string }
  /** A PNG logo (bytes), from the brand. */
  logo?: { png: Uint8Array, width: number, height: number }
}

export interface PptxResult { bytes: Buffer, warnings: string[] }

// ─── look ────────────────────────────────────────────────────────────────────────────────────────────────────────

const LIGHT = { cover: '0F1F3D', onCover: 'FFFFFF', coverMuted: 'C9D4E3', bg: 'FFFFFF', ink: '1B2A41', primary: '0F1F3D', accent: '2B5C8A', muted: '5B6B80', rule: 'CFD8E3', paper: 'F7F9FC', onPrimary: 'FFFFFF' }
const DARK = { cover: '0F1F3D', onCover: 'FFFFFF', coverMuted: 'C9D4E3', bg: '0F1F3D', ink: 'E8EEF6', primary: 'FFFFFF', accent: '8DB8E8', muted: 'B5C2D3', rule: '3D4F66', paper: '1B2A41', onPrimary: '0F1F3D' }
type Palette = typeof LIGHT
const BANDS = { Low: 'E3F1E7', Medium: 'FBF0C9', High: 'FADCC2', Critical: 'F4CCCC' } as const
const CELL_INK = '1B2A41'

/** `#abc` / `#aabbcc` → `AABBCC`; anything else → undefined. */
export function hexColour(css: string | undefined): string | undefined {
  const m = css?.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)
  if (!m) return undefined
  const h = m[1]!.length === 3 ? [...m[1]!].map(c => c + c).join('') : m[1]!
  return h.toUpperCase()
}

/** A font family name we can write into XML as it is (pptxgenjs does not escape `fontFace`). */
const safeFont = (name: string | undefined) => (name && /^[A-Za-z0-9 ]{1,40}$/.test(name) ? name : undefined)

/** The run language: the deck's, except CJK runs (zh/ja/ko), so a viewer picks a font with those glyphs. */
function langOf(deckLang: string): string {
  const map: Record<string, string> = { en: 'en-US', ru: 'ru-RU', zh: 'zh-CN', ja: 'ja-JP', ko: 'ko-KR', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', uk: 'uk-UA' }
  return map[deckLang] ?? (/^[a-z]{2}$/.test(deckLang) ? deckLang : 'en-US')
}
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/u
const KANA = /[\u3040-\u30FF]/u
const HANGUL = /[\uAC00-\uD7AF]/u
const CJK_SPLIT = /([\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+)/u

/** A UTF-16 surrogate without its pair, and characters XML 1.0 cannot hold: each becomes U+FFFD (as in the HTML deck). */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g

/** Slide text as the HTML deck shows it: one line, whitespace collapsed, no character XML cannot hold. */
export function slideText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/\s+/g, ' ').replace(RE_NUMBER_DASH, '$1\u2060$2\u2060')
}
/**
 * A dash between two numbers ("20–25", "2019-2023"): PowerPoint and LibreOffice may break a line after any dash, which
 * splits a range across lines ("High 10–" / "16"). Word joiners on both sides keep it whole; they draw nothing, and
 * pptx-measure.ts gives them no width.
 */
const RE_NUMBER_DASH = /(\d)([–—-])(?=\d)/gu

/** Notes text: line breaks kept (one kind), no character XML cannot hold. */
export function notesText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML, '\uFFFD').replace(/[^\S\n]+/g, ' ')
}

// ─── geometry ────────────────────────────────────────────────────────────────────────────────────────────────────

const IN = (px: number) => Math.max(0, px) / 96
const PT = (px: number) => Math.round(px * 0.75 * 100) / 100
const PAD_X = 56
const TOP = 30
const TITLE_MAX = 30
const TITLE_LINE = 1.2
const LINE = 1.25
const KICKER_H = 20

interface Box { x: number, y: number, w: number, h: number }

/** pptxgenjs through its CommonJS build: under tsx its ES module build took 3-4× longer to load (0.4 s against 0.1 s). */
const Pptx = createRequire(import.meta.url)('pptxgenjs') as typeof PptxGenJS

/** Builds the PPTX for `input`. */
export async function buildPptx(input: PptxInput): Promise<PptxResult> {
  const { meta, canvas } = input
  const W = canvas.width
  const H = canvas.height
  const C: Palette = meta.theme === 'dark' ? { ...DARK } : { ...LIGHT }
  const warnings: string[] = []
  const primary = hexColour(meta.brand?.primary)
  const accent = hexColour(meta.brand?.accent)
  if (meta.brand?.primary && !primary) warnings.push(`brand primary "${meta.brand.primary}" is not a #rrggbb colour; the PPTX uses the default`)
  if (meta.brand?.accent && !accent) warnings.push(`brand accent "${meta.brand.accent}" is not a #rrggbb colour; the PPTX uses the default`)
  if (primary) { C.primary = primary; C.cover = primary }
  if (accent) C.accent = accent
  const FONT = safeFont(meta.brand?.font) ?? 'Inter'
  if (meta.brand?.font && !safeFont(meta.brand.font)) warnings.push(`brand font "${meta.brand.font}" is not a plain family name; the PPTX uses Inter`)
  const LANG = langOf(meta.language)

  const pptx = new Pptx()
  pptx.defineLayout({ name: 'canvas', width: W / 96, height: H / 96 })
  pptx.layout = 'canvas'
  pptx.title = meta.title
  pptx.subject = meta.subtitle ?? meta.title
  pptx.author = meta.author ?? 'briefdeck'
  pptx.company = 'briefdeck'
  pptx.revision = '1'
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT, lang: LANG } as never

  /** pptxgenjs text runs for paragraphs, all runs of a paragraph sharing its paragraph options. */
  const textRuns = (paras: (FitPara & { color?: string, bullet?: 'bullet' | 'number', level?: number, startAt?: number, align?: 'left' | 'center' | 'right' })[], size: number): PptxGenJS.TextProps[] => {
    const out: PptxGenJS.TextProps[] = []
    paras.forEach((p, pi) => {
      const s = size * (p.scale ?? 1)
      const paraOpts: PptxGenJS.TextPropsOptions = {
        fontSize: PT(s),
        fontFace: FONT,
        color: p.color ?? C.ink,
        paraSpaceAfter: pi < paras.length - 1 ? PT((p.after ?? 0) * s) : 0,
        align: p.align ?? 'left',
        ...(p.bullet === 'bullet' ? { bullet: { indent: PT(p.indent ?? 18) }, indentLevel: p.level ?? 0 } : {}),
        ...(p.bullet === 'number' ? { bullet: { type: 'number', indent: PT(p.indent ?? 24), ...(p.startAt ? { numberStartAt: p.startAt } : {}) }, indentLevel: p.level ?? 0 } : {}),
      }
      const runs = p.runs.map(r => ({ ...r, text: slideText(r.text) })).filter(r => r.text.length)
      if (!runs.length) runs.push({ text: ' ' })
      const pieces = runs.flatMap(r => r.text.split(CJK_SPLIT).filter(Boolean).map(t => ({ ...r, text: t })))
      // pptxgenjs starts a new paragraph at every run with a bullet: only the first run carries it (pptx-fix.ts drops
      // the paragraph properties pptxgenjs then writes before the later runs)
      const { bullet: _bullet, indentLevel: _level, ...runOpts } = paraOpts
      pieces.forEach((r, ri) => {
        const lang = CJK.test(r.text) ? (KANA.test(r.text) ? 'ja-JP' : HANGUL.test(r.text) ? 'ko-KR' : 'zh-CN') : LANG
        out.push({ text: r.text, options: { ...(ri === 0 ? paraOpts : runOpts), bold: !!r.bold, lang, ...(ri === pieces.length - 1 ? { breakLine: pi < paras.length - 1 } : {}) } })
      })
    })
    return out
  }

  type Para = Parameters<typeof textRuns>[0][number]
  const addText = (slide: PptxGenJS.Slide, paras: Para[], box: Box, sizes: { max: number, min: number }, opts: { valign?: 'top' | 'middle' | 'bottom', what: string, fill?: string, lineHeight?: number } = { what: 'text' }): number => {
    const measured = paras.map(p => ({ ...p, indent: p.bullet ? (p.indent ?? (p.bullet === 'number' ? 24 : 18)) * (1 + (p.level ?? 0)) : 0 }))
    const fit = fitSize(measured, { width: box.w, height: box.h }, sizes, opts.lineHeight ?? LINE)
    if (!fit.fits) warnings.push(`${opts.what}: the text does not fit its box even at ${sizes.min}px; shorten it in slides.md`)
    slide.addText(textRuns(paras, fit.size), {
      x: IN(box.x), y: IN(box.y), w: IN(box.w), h: IN(box.h), margin: 0, valign: opts.valign ?? 'top', fit: 'none', wrap: true,
      lineSpacingMultiple: 1, ...(opts.fill ? { fill: { color: opts.fill } } : {}),
    })
    return fit.size
  }

  // ─── masters: one per title geometry, so the title is always the master's title placeholder ────────────────
  const masters = new Set<string>()
  const master = (kind: 'cover' | 'content', kicker: boolean, lines: number): string => {
    const name = kind === 'cover' ? `bd-cover-${lines}` : `bd-${kicker ? 'k' : ''}${lines}`
    if (masters.has(name)) return name
    masters.add(name)
    const objects: PptxGenJS.SlideMasterProps['objects'] = []
    if (kind === 'cover') {
      objects.push({ placeholder: { options: { name: 'title', type: 'title', x: IN(80), y: IN(H * 0.5 - lines * 40 * TITLE_LINE), w: IN(W - 160), h: IN(lines * 40 * TITLE_LINE), valign: 'bottom', margin: 0, fontFace: FONT, bold: true, color: C.onCover } as never, text: '' } })
      objects.push({ rect: { x: IN(80), y: IN(H * 0.5 + 8), w: IN(120), h: IN(4), fill: { color: C.coverMuted }, line: { color: C.coverMuted, width: 0 } } })
      if (input.logo) objects.push({ image: { data: `data:image/png;base64,${Buffer.from(input.logo.png).toString('base64')}`, x: IN(80), y: IN(36), h: IN(40), w: IN(40 * input.logo.width / input.logo.height), altText: 'Logo' } })
    }
    else {
      const y = TOP + (kicker ? KICKER_H : 0)
      const h = lines * TITLE_MAX * TITLE_LINE
      objects.push({ placeholder: { options: { name: 'title', type: 'title', x: IN(PAD_X), y: IN(y), w: IN(W - 2 * PAD_X), h: IN(h), valign: 'bottom', margin: 0, fontFace: FONT, bold: true, color: C.primary } as never, text: '' } })
      objects.push({ rect: { x: IN(PAD_X), y: IN(y + h + 6), w: IN(W - 2 * PAD_X), h: IN(2), fill: { color: C.primary }, line: { color: C.primary, width: 0 } } })
      // footer: deck title left, classification centred, date and slide number right (global-bottom.vue)
      const fy = H - 32
      objects.push({ rect: { x: IN(PAD_X), y: IN(fy), w: IN(W - 2 * PAD_X), h: IN(1), fill: { color: C.rule }, line: { color: C.rule, width: 0 } } })
      const ftext = (text: string, x: number, w: number, align: 'left' | 'center' | 'right', bold = false) =>
        objects.push({ text: { text, options: { x: IN(x), y: IN(fy + 4), w: IN(w), h: IN(18), fontSize: PT(11), fontFace: FONT, color: bold ? C.primary : C.muted, bold, align, margin: 0, valign: 'middle', lang: LANG } } })
      const third = (W - 2 * PAD_X) / 3
      ftext(fitLine(input.footer.title, third * 1.4 - 8, 11), PAD_X, third * 1.4 - 8, 'left')
      if (input.footer.classification) ftext(input.footer.classification.toUpperCase(), PAD_X + third, third, 'center', true)
      if (input.footer.date) ftext(input.footer.date, W - PAD_X - third, third - 48, 'right')
      if (input.logo) objects.push({ image: { data: `data:image/png;base64,${Buffer.from(input.logo.png).toString('base64')}`, x: IN(W - PAD_X - 44 - 18 * input.logo.width / input.logo.height), y: IN(fy + 4), h: IN(18), w: IN(18 * input.logo.width / input.logo.height), altText: 'Logo' } })
    }
    pptx.defineSlideMaster({
      title: name,
      // the cover is the HTML cover's navy (or the brand's primary) with white type (styles/index.css, .slidev-layout.cover)
      background: { color: kind === 'cover' ? C.cover : C.bg },
      objects,
      ...(kind === 'content' ? { slideNumber: { x: IN(W - PAD_X - 40), y: IN(H - 28), w: IN(40), h: IN(18), fontSize: PT(11), fontFace: FONT, color: C.muted, align: 'right' } as never } : {}),
    })
    return name
  }

  // ─── slides ───────────────────────────────────────────────────────────────────────────────────────────────
  for (const [index, s] of input.slides.entries()) {
    const what = `slide ${index + 1} (${s.id})`
    const cover = s.layout === 'cover' || s.layout === 'divider'
    const title = slideText(s.part && s.part.of > 1 ? `${s.title} (${s.part.index}/${s.part.of})` : s.title).trim()
    const titleW = cover ? W - 160 : W - 2 * PAD_X
    const maxSize = cover ? 40 : TITLE_MAX
    let lines = 1
    let titleSize = maxSize
    for (lines = 1; lines <= 3; lines++) {
      const fit = fitSize([{ runs: [{ text: title, bold: true }] }], { width: titleW, height: lines * maxSize * TITLE_LINE }, { max: maxSize, min: cover ? 26 : 22 }, TITLE_LINE)
      if (fit.fits) { titleSize = fit.size; break }
    }
    if (lines > 3) {
      lines = 3
      titleSize = fitSize([{ runs: [{ text: title, bold: true }] }], { width: titleW, height: 3 * maxSize * TITLE_LINE }, { max: maxSize, min: 16 }, TITLE_LINE).size
    }
    const kicker = !cover && !!s.kicker
    const slide = pptx.addSlide({ masterName: master(cover ? 'cover' : 'content', kicker, lines) })
    slide.addText(textRuns([{ runs: [{ text: title, bold: true }], color: cover ? C.onCover : C.primary }], titleSize), { placeholder: 'title', margin: 0, valign: 'bottom', fit: 'none' } as never)
    if (kicker) slide.addText(textRuns([{ runs: [{ text: s.kicker!.toUpperCase(), bold: true }], color: C.accent }], 13), { x: IN(PAD_X), y: IN(TOP), w: IN(W - 2 * PAD_X), h: IN(KICKER_H - 2), margin: 0, valign: 'top', fit: 'none' })

    if (cover) {
      const below: Para[] = []
      if (s.subtitle) below.push({ runs: [{ text: s.subtitle }], color: C.coverMuted, scale: 1.1, after: 0.6 })
      for (const b of s.blocks) {
        if (b.kind === 'byline') below.push({ runs: [{ text: b.parts.join(' · ') }], color: C.onCover, after: 0.6 })
        else if (b.kind === 'themes') below.push({ runs: [{ text: b.themes.join('  ·  ') }], color: C.coverMuted, scale: 0.85, after: 0.4 })
        else below.push(...flowParas(b, { ...C, ink: C.onCover, primary: C.onCover, muted: C.coverMuted, accent: C.coverMuted }))
      }
      if (below.length) addText(slide, below, { x: 80, y: H * 0.5 + 24, w: W - 160, h: H * 0.5 - 60 }, { max: 18, min: 11 }, { what })
    }
    else {
      const top = TOP + (kicker ? KICKER_H : 0) + lines * TITLE_MAX * TITLE_LINE + 20
      const body: Box = { x: PAD_X, y: top, w: W - 2 * PAD_X, h: H - 44 - top }
      drawBody(slide, s, body, what)
    }
    if (s.notes.trim()) slide.addNotes(notesText(s.notes))
  }

  function drawBody(slide: PptxGenJS.Slide, s: PptxSlide, body: Box, what: string): void {
    const visual = s.blocks.filter(b => VISUAL.has(b.kind))
    let text = s.blocks.filter(b => !VISUAL.has(b.kind))
    // the lead (the bottom line) as the HTML draws it: bold, on paper, a bar on its left
    const lead = text[0]?.kind === 'lead' ? text[0] : undefined
    if (lead && lead.kind === 'lead' && text.length > 1) {
      text = text.slice(1)
      const para: Para[] = [{ runs: [{ text: lead.text, bold: true }], color: C.primary }]
      const fit = fitSize(para, { width: body.w - 44, height: body.h * 0.4 }, { max: 24, min: 14 })
      const h = fit.height + 24
      slide.addShape('rect', { x: IN(body.x), y: IN(body.y), w: IN(body.w), h: IN(h), fill: { color: C.paper }, line: { color: C.paper, width: 0 } })
      slide.addShape('rect', { x: IN(body.x), y: IN(body.y), w: IN(5), h: IN(h), fill: { color: C.primary }, line: { color: C.primary, width: 0 } })
      textAt(slide, para, { x: body.x + 26, y: body.y + 12, w: body.w - 44, h: h - 24 }, fit.size)
      if (!fit.fits) warnings.push(`${what}: the lead does not fit its box even at 14px; shorten it in slides.md`)
      body = { ...body, y: body.y + h + 16, h: body.h - h - 16 }
    }
    let area = body
    if (text.length) {
      const paras = text.flatMap(b => flowParas(b, C))
      if (paras.length) {
        const h = visual.length ? Math.min(body.h * 0.35, 24 * LINE * paras.length + 8) : body.h
        addText(slide, paras, { ...body, h }, { max: visual.length ? 18 : 22, min: 11 }, { what })
        area = { ...body, y: body.y + h + 10, h: body.h - h - 10 }
      }
    }
    const each = visual.length ? (area.h - 10 * (visual.length - 1)) / visual.length : 0
    visual.forEach((b, i) => {
      const box = { ...area, y: area.y + i * (each + 10), h: each }
      switch (b.kind) {
        case 'risk-matrix': return riskMatrix(slide, b.risks, box, what)
        case 'scenarios': return scenarios(slide, b.scenarios, b.dimensions, box, what)
        case 'figures': return figures(slide, b.figures, box, what)
        case 'timeline': return timeline(slide, b.events, box, what)
        case 'actor-map': return actorMap(slide, b.actors, b.relations, box, what)
        case 'table': return table(slide, b, box, what, s.title)
        case 'cards': return cards(slide, b.cards.map(c => ({ label: c.label, text: c.text, anchor: c.anchor })), box, what)
        case 'questions': return cards(slide, b.questions, box, what)
      }
    })
  }

  // ─── components ───────────────────────────────────────────────────────────────────────────────────────────

  function card(slide: PptxGenJS.Slide, box: Box, opts: { border?: string, width?: number } = {}): void {
    slide.addShape('roundRect', { x: IN(box.x), y: IN(box.y), w: IN(box.w), h: IN(box.h), rectRadius: 0.06, fill: { color: C.paper }, line: { color: opts.border ?? C.rule, width: opts.width ?? 0.75 } })
  }

  /** One text size for several boxes: the smallest at which each fits. */
  /** One text size for several boxes (the smallest at which each fits), and the tallest text at that size. */
  function commonSize(groups: Para[][], boxes: { w: number, h: number }[], sizes: { max: number, min: number }): { size: number, fits: boolean, height: number } {
    let size = sizes.max
    let fits = true
    const measured = groups.map(g => g.map(p => ({ ...p, indent: p.bullet ? 18 : 0 })))
    measured.forEach((g, i) => {
      const f = fitSize(g, { width: boxes[i]!.w, height: boxes[i]!.h }, { max: size, min: sizes.min }, LINE)
      size = Math.min(size, f.size)
      fits &&= f.fits
    })
    const height = Math.max(0, ...measured.map((g, i) => paragraphsHeight(g, size, boxes[i]!.w, LINE)))
    return { size, fits, height }
  }

  function textAt(slide: PptxGenJS.Slide, paras: Para[], box: Box, size: number, valign: 'top' | 'middle' | 'bottom' = 'top', fill?: string): void {
    slide.addText(textRuns(paras, size), { x: IN(box.x), y: IN(box.y), w: IN(box.w), h: IN(box.h), margin: 0, valign, fit: 'none', wrap: true, lineSpacingMultiple: 1, ...(fill ? { fill: { color: fill } } : {}) })
  }

  function riskMatrix(slide: PptxGenJS.Slide, risks: RiskMatrixRisk[], box: Box, what: string): void {
    const LIK = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']
    const IMP = ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe']
    const lvl = (n: number) => (Number.isFinite(n) ? Math.min(5, Math.max(1, Math.round(n))) : 1)
    const band = (l: number, i: number) => { const s = l * i; return s >= 20 ? 'Critical' : s >= 10 ? 'High' : s >= 5 ? 'Medium' : 'Low' }
    const placed = risks.map((r, n) => ({ ...r, number: n + 1, l: lvl(r.likelihood), i: lvl(r.impact) }))
    const gridW = Math.min(box.w * 0.54, 470)
    const labelW = 78
    const cellW = (gridW - labelW) / 5
    const titleH = 18
    const xLabelH = 18
    const cellH = (box.h - titleH - xLabelH - 18) / 5
    const gx = box.x + labelW
    const gy = box.y + titleH
    textAt(slide, [{ runs: [{ text: 'Likelihood ↑', bold: true }], color: C.muted }], { x: box.x, y: box.y, w: labelW + 60, h: titleH - 2 }, 11)
    for (let r = 0; r < 5; r++) {
      const l = 5 - r
      textAt(slide, [{ runs: [{ text: LIK[l - 1]! }], color: C.muted, align: 'right' }], { x: box.x, y: gy + r * cellH, w: labelW - 8, h: cellH }, 11, 'middle')
      for (let i = 1; i <= 5; i++) {
        const b = band(l, i)
        const x = gx + (i - 1) * cellW
        const y = gy + r * cellH
        slide.addText(textRuns([{ runs: [{ text: b }], color: CELL_INK }], 9), {
          shape: 'rect', x: IN(x), y: IN(y), w: IN(cellW), h: IN(cellH), fill: { color: BANDS[b] }, line: { color: 'FFFFFF', width: 1.5 },
          margin: [2, 3, 2, 3], valign: 'top', align: 'left', fit: 'none',
        } as never)
        const here = placed.filter(p => p.l === l && p.i === i)
        const d = Math.min(20, (cellW - 8) / Math.max(1, Math.min(3, here.length)) - 3, cellH / 2 - 4)
        here.forEach((p, k) => {
          const per = Math.max(1, Math.floor((cellW - 6) / (d + 3)))
          const mx = x + 4 + (k % per) * (d + 3)
          const my = y + cellH - 4 - d - Math.floor(k / per) * (d + 3)
          slide.addText(textRuns([{ runs: [{ text: `${p.number}${p.estimated ? '*' : ''}`, bold: true }], color: C.onPrimary, align: 'center' }], Math.max(7, d * 0.5)), {
            shape: 'ellipse', x: IN(mx), y: IN(Math.max(y + 12, my)), w: IN(d), h: IN(d), fill: { color: C.primary }, line: { color: C.primary, width: 0.5 }, margin: 0, valign: 'middle', align: 'center', fit: 'none',
          } as never)
        })
      }
    }
    for (let i = 1; i <= 5; i++) textAt(slide, [{ runs: [{ text: IMP[i - 1]! }], color: C.muted, align: 'center' }], { x: gx + (i - 1) * cellW, y: gy + 5 * cellH + 2, w: cellW, h: xLabelH }, 11)
    textAt(slide, [{ runs: [{ text: 'Impact →', bold: true }], color: C.muted, align: 'center' }], { x: gx, y: gy + 5 * cellH + xLabelH + 2, w: 5 * cellW, h: 16 }, 11)
    // legend: number, name, placement, band, basis and anchor; the notes on estimates and bands
    const legend: Para[] = placed.flatMap(p => [
      { runs: [{ text: `${p.number}  `, bold: true }, { text: p.name, bold: true }, { text: `   L${p.l} · I${p.i}${p.estimated ? '*' : ''} · ${band(p.l, p.i)}` }], color: C.ink, after: 0.1 },
      { runs: [{ text: `${p.basis} (${p.anchor})` }], color: C.muted, scale: 0.85, after: 0.5 },
    ])
    if (placed.some(p => p.estimated)) legend.push({ runs: [{ text: '* Estimated from the text\'s wording' }], color: C.muted, scale: 0.85, after: 0.2 })
    legend.push({ runs: [{ text: 'Band = likelihood × impact: Low 1–4 · Medium 5–9 · High 10–16 · Critical 20–25' }], color: C.muted, scale: 0.85 })
    const lx = box.x + gridW + 24
    addText(slide, legend, { x: lx, y: box.y, w: box.x + box.w - lx, h: box.h }, { max: 15, min: 8 }, { what: `${what} legend` })
  }

  function scenarios(slide: PptxGenJS.Slide, list: ScenarioCard[], dims: string[], box: Box, what: string): void {
    const TONES = { optimistic: ['▲', 'Optimistic'], pessimistic: ['▼', 'Pessimistic'], realistic: ['◆', 'Realistic'], neutral: ['●', 'Neutral'] } as const
    const n = Math.max(1, list.length)
    const gap = 14
    const cw = (box.w - gap * (n - 1)) / n
    const inner = (i: number): Box => ({ x: box.x + i * (cw + gap) + 12, y: box.y + 10, w: cw - 24, h: box.h - 20 })
    const groups: Para[][] = list.map((sc) => {
      const [icon, word] = TONES[sc.tone] ?? TONES.neutral
      const tags = [sc.name.trim().toLowerCase() !== word.toLowerCase() ? word : '', sc.baseCase ? 'Base case' : '', sc.probability !== undefined ? `${Math.round(sc.probability * 100)}%` : ''].filter(Boolean)
      return [
        { runs: [{ text: `${icon} ${sc.name}`, bold: true }], color: C.primary, scale: 1.15, after: 0.2 },
        ...(tags.length ? [{ runs: [{ text: tags.join(' · '), bold: true }], color: C.accent, scale: 0.85, after: 0.4 }] : []),
        { runs: [{ text: sc.outlook, bold: true }], color: C.ink, after: 0.4 },
        ...sc.points.map(pt => ({ runs: [{ text: pt }], color: C.ink, bullet: 'bullet' as const, after: 0.3 })),
        ...dims.map(d => ({ runs: [{ text: `${d}: `, bold: true }, { text: sc.dimensions?.[d] ?? '—' }], color: C.ink, after: 0.3 })),
        { runs: [{ text: sc.anchor }], color: C.muted, scale: 0.8 },
      ]
    })
    const fit = commonSize(groups, list.map((_, i) => inner(i)), { max: 20, min: 9 })
    if (!fit.fits) warnings.push(`${what}: the scenario cards do not fit even at 9px; shorten them in slides.md`)
    // cards as tall as the tallest text (as the HTML cards), a bar in the tone's colour on top (ScenarioCompare.vue)
    const ch = Math.min(box.h, fit.height + 28)
    const TONE_BAR = { optimistic: '2F6F4F', pessimistic: '9B2C2C', realistic: C.primary, neutral: C.primary } as const
    list.forEach((sc, i) => {
      const x = box.x + i * (cw + gap)
      card(slide, { x, y: box.y, w: cw, h: ch }, sc.baseCase ? { border: C.primary, width: 2.25 } : {})
      slide.addShape('rect', { x: IN(x), y: IN(box.y), w: IN(cw), h: IN(4), fill: { color: TONE_BAR[sc.tone] ?? C.primary }, line: { color: TONE_BAR[sc.tone] ?? C.primary, width: 0 } })
      textAt(slide, groups[i]!, { ...inner(i), y: box.y + 14, h: ch - 20 }, fit.size)
    })
  }

  function figures(slide: PptxGenJS.Slide, list: FigureCard[], box: Box, what: string): void {
    const n = Math.max(1, list.length)
    const cols = n <= 3 ? n : n === 4 ? 2 : 3
    const rows = Math.ceil(n / cols)
    const gap = 14
    const cw = (box.w - gap * (cols - 1)) / cols
    const ch = (box.h - gap * (rows - 1)) / rows
    const at = (i: number): Box => ({ x: box.x + (i % cols) * (cw + gap), y: box.y + Math.floor(i / cols) * (ch + gap), w: cw, h: ch })
    const KIND = { money: 'AMOUNT', percent: 'SHARE', count: 'COUNT', date: 'DATE' } as const
    const valueSize = Math.min(44, ch * 0.32)
    const head = 18 + valueSize * 1.25
    const groups: Para[][] = list.map(f => [{ runs: [{ text: f.measure }], color: C.ink, after: 0.3 }, { runs: [{ text: f.anchor }], color: C.muted, scale: 0.8 }])
    const inner = (i: number): Box => { const b = at(i); return { x: b.x + 18, y: b.y + 12 + head, w: b.w - 32, h: b.h - 24 - head } }
    const fit = commonSize(groups, list.map((_, i) => inner(i)), { max: 20, min: 9 })
    if (!fit.fits) warnings.push(`${what}: the figure cards do not fit even at 9px`)
    // as KeyFigures.vue: the kind in small capitals, the value big, the measure under it; a bar on the left
    const cardH = rows === 1 ? Math.min(ch, head + fit.height + 30) : ch
    list.forEach((f, i) => {
      const b = { ...at(i), h: cardH }
      card(slide, b)
      slide.addShape('rect', { x: IN(b.x), y: IN(b.y), w: IN(4), h: IN(b.h), fill: { color: C.accent }, line: { color: C.accent, width: 0 } })
      textAt(slide, [{ runs: [{ text: KIND[f.kind] ?? '', bold: true }], color: C.muted }], { x: b.x + 18, y: b.y + 12, w: b.w - 32, h: 16 }, 11)
      const vs = Math.min(valueSize, fitSize([{ runs: [{ text: f.value, bold: true }] }], { width: b.w - 32, height: valueSize * 1.25 }, { max: valueSize, min: 12 }).size)
      textAt(slide, [{ runs: [{ text: f.value, bold: true }], color: C.primary }], { x: b.x + 18, y: b.y + 28, w: b.w - 32, h: valueSize * 1.25 }, vs, 'top')
      textAt(slide, groups[i]!, { ...inner(i), h: b.h - 24 - head }, fit.size)
    })
  }

  function timeline(slide: PptxGenJS.Slide, events: { date: string, text: string, anchor: { line: number, endLine: number } }[], box: Box, what: string): void {
    const n = Math.max(1, events.length)
    const colW = box.w / n
    const lineY = box.y + 40
    slide.addShape('rect', { x: IN(box.x), y: IN(lineY - 1.5), w: IN(box.w), h: IN(3), fill: { color: C.rule }, line: { color: C.rule, width: 0 } })
    const inner = (i: number): Box => ({ x: box.x + i * colW + 6, y: lineY + 16, w: colW - 12, h: box.y + box.h - lineY - 16 })
    const groups: Para[][] = events.map(e => [{ runs: [{ text: e.text }], color: C.ink, after: 0.3 }, { runs: [{ text: formatSpan(e.anchor as never) }], color: C.muted, scale: 0.8 }])
    const fit = commonSize(groups, events.map((_, i) => inner(i)), { max: 16, min: 9 })
    if (!fit.fits) warnings.push(`${what}: the timeline texts do not fit even at 9px`)
    events.forEach((e, i) => {
      const cx = box.x + i * colW + colW / 2
      slide.addShape('ellipse', { x: IN(cx - 7), y: IN(lineY - 7), w: IN(14), h: IN(14), fill: { color: C.accent }, line: { color: C.bg, width: 1.5 } })
      const ds = fitSize([{ runs: [{ text: e.date, bold: true }] }], { width: colW - 12, height: 30 }, { max: 16, min: 9 }).size
      textAt(slide, [{ runs: [{ text: e.date, bold: true }], color: C.primary, align: 'center' }], { x: box.x + i * colW + 6, y: box.y, w: colW - 12, h: 30 }, ds, 'bottom')
      textAt(slide, groups[i]!, inner(i), fit.size)
    })
  }

  function actorMap(slide: PptxGenJS.Slide, actors: { id: string, name: string, kind: string }[], relations: { from: string, to: string, verb: string, mutual?: boolean }[], box: Box, what: string): void {
    const legendH = 20
    const area = { ...box, h: box.h - legendH - 6 }
    const nw = Math.min(170, area.w / Math.max(3, Math.ceil(actors.length / 2)) - 12)
    const nh = 40
    const degree = (id: string) => relations.filter(r => r.from === id || r.to === id).length
    const hub = [...actors].sort((a, b) => degree(b.id) - degree(a.id))[0]
    const useHub = !!hub && actors.length >= 4 && degree(hub.id) >= (actors.length - 1) / 2
    const ring = actors.filter(a => !(useHub && a === hub))
    const cx = area.x + area.w / 2
    const cy = area.y + area.h / 2
    const rx = area.w / 2 - nw / 2
    const ry = area.h / 2 - nh / 2
    const pos = new Map<string, { x: number, y: number }>()
    if (useHub) pos.set(hub!.id, { x: cx, y: cy })
    ring.forEach((a, i) => {
      const t = -Math.PI / 2 + (2 * Math.PI * i) / ring.length
      pos.set(a.id, { x: cx + rx * Math.cos(t), y: cy + ry * Math.sin(t) })
    })
    // connection sites of each kind's preset shape, in the order of its cxnLst (ECMA-376 presetShapeDefinitions),
    // relative to the centre: the arrows are connectors glued to them, so they follow an actor moved in PowerPoint
    const hw = nw / 2
    const hh = nh / 2
    const c45 = Math.SQRT1_2
    const d = nh * 0.25
    const SITES: Record<string, { x: number, y: number }[]> = {
      rect: [{ x: 0, y: -hh }, { x: -hw, y: 0 }, { x: 0, y: hh }, { x: hw, y: 0 }],
      diamond: [{ x: 0, y: -hh }, { x: -hw, y: 0 }, { x: 0, y: hh }, { x: hw, y: 0 }],
      ellipse: [{ x: 0, y: -hh }, { x: -hw * c45, y: -hh * c45 }, { x: -hw, y: 0 }, { x: -hw * c45, y: hh * c45 }, { x: 0, y: hh }, { x: hw * c45, y: hh * c45 }, { x: hw, y: 0 }, { x: hw * c45, y: -hh * c45 }],
      hexagon: [{ x: hw, y: 0 }, { x: hw - d, y: hh }, { x: -hw + d, y: hh }, { x: -hw, y: 0 }, { x: -hw + d, y: -hh }, { x: hw - d, y: -hh }],
    }
    const SHAPE_OF: Record<string, string> = { country: 'ellipse', organisation: 'rect', person: 'diamond', group: 'hexagon' }
    const sitesOf = (id: string) => SITES[SHAPE_OF[actors.find(x => x.id === id)?.kind ?? ''] ?? 'rect']!
    /** The site of `from`'s node nearest to `to`. */
    const site = (id: string, from: { x: number, y: number }, to: { x: number, y: number }) => {
      const list = sitesOf(id)
      let best = 0
      list.forEach((q, i) => { if (Math.hypot(from.x + q.x - to.x, from.y + q.y - to.y) < Math.hypot(from.x + list[best]!.x - to.x, from.y + list[best]!.y - to.y)) best = i })
      return { idx: best, x: from.x + list[best]!.x, y: from.y + list[best]!.y }
    }
    const number = new Map(actors.map((x, k) => [x.id, k + 1]))
    const nodeBoxes: Box[] = actors.flatMap(a => { const p = pos.get(a.id); return p ? [{ x: p.x - hw, y: p.y - hh, w: nw, h: nh }] : [] })
    const labels: Box[] = []
    for (const r of relations) {
      const a = pos.get(r.from)
      const b = pos.get(r.to)
      if (!a || !b || a === b) continue
      const sa = site(r.from, a, b)
      const sb = site(r.to, b, a)
      const { x: x1, y: y1 } = sa
      const { x: x2, y: y2 } = sb
      slide.addShape('line', {
        x: IN(Math.min(x1, x2)), y: IN(Math.min(y1, y2)), w: IN(Math.abs(x2 - x1)), h: IN(Math.abs(y2 - y1)),
        flipH: x2 < x1, flipV: y2 < y1, line: { color: C.muted, width: 1.25, endArrowType: 'triangle', ...(r.mutual ? { beginArrowType: 'triangle' } : {}) },
        // read by pptx-fix.ts, which makes this line a connector glued to the two actors' sites
        objectName: `Arrow ${number.get(r.from)}-${number.get(r.to)} ${sa.idx}-${sb.idx}`,
      } as never)
      const verb = fitLine(r.verb, 150, 10)
      const vw = Math.min(150, textWidth(verb, 10) + 8)
      // the label on its arrow where it covers no actor and no other label (the middle when free)
      const at = (t: number): Box => ({ x: x1 + (x2 - x1) * t - vw / 2, y: y1 + (y2 - y1) * t - 8, w: vw, h: 16 })
      const overlap = (p: Box, q: Box) => Math.max(0, Math.min(p.x + p.w, q.x + q.w) - Math.max(p.x, q.x)) * Math.max(0, Math.min(p.y + p.h, q.y + q.h) - Math.max(p.y, q.y))
      const taken = (b: Box) => [...nodeBoxes, ...labels].reduce((sum, q) => sum + overlap(b, q), 0)
      const label = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map(at).reduce((best, b) => (taken(b) < taken(best) ? b : best))
      labels.push(label)
      textAt(slide, [{ runs: [{ text: verb }], color: C.ink, align: 'center' }], label, 10, 'middle', C.bg)
    }
    const SHAPES = SHAPE_OF as Record<string, PptxGenJS.ShapeType>
    for (const a of actors) {
      const p = pos.get(a.id)!
      const size = fitSize([{ runs: [{ text: a.name, bold: true }] }], { width: nw - 16, height: nh - 6 }, { max: 14, min: 8 }).size
      slide.addText(textRuns([{ runs: [{ text: a.name, bold: true }], color: C.primary, align: 'center' }], size), {
        objectName: `Actor ${number.get(a.id)}: ${slideText(a.name).slice(0, 60)}`,
        shape: SHAPES[a.kind] ?? 'rect', x: IN(p.x - nw / 2), y: IN(p.y - nh / 2), w: IN(nw), h: IN(nh), fill: { color: C.paper }, line: { color: C.primary, width: 1.25 }, margin: [1, 4, 1, 4], valign: 'middle', align: 'center', fit: 'none',
      } as never)
    }
    const kinds = [['country', 'Country ●'], ['organisation', 'Organisation ■'], ['person', 'Person ◆'], ['group', 'Group ⬢']].filter(([k]) => actors.some(a => a.kind === k)).map(([, w]) => w)
    textAt(slide, [{ runs: [{ text: kinds.join('    ') }], color: C.muted }], { x: box.x, y: box.y + box.h - legendH, w: box.w, h: legendH }, 11, 'bottom')
    void what
  }

  function table(slide: PptxGenJS.Slide, b: Extract<SlideBlock, { kind: 'table' }>, box: Box, what: string, slideTitle: string): void {
    const cols = Math.max(1, b.header.length)
    const rows = [b.header, ...b.rows.map(r => b.header.map((_, i) => r[i] ?? ''))]
    const foot = [b.source ? `Source: ${b.source}` : '', b.anchor.line > 0 ? formatSpan(b.anchor) : ''].filter(Boolean).join(' · ')
    const cap = b.caption && b.caption !== slideTitle ? b.caption : ''
    const capH = cap ? 24 : 0
    const footH = 20
    const tbox = { x: box.x, y: box.y + capH, w: box.w, h: box.h - capH - footH - 6 }
    // column widths: by the longest cell, at least a tenth of the share
    const weights = Array.from({ length: cols }, (_, c) => Math.max(4, ...rows.map(r => Math.min(60, (r[c] ?? '').length))))
    const total = weights.reduce((a, x) => a + x, 0)
    const widths = weights.map(w => Math.max(tbox.w / cols / 3, tbox.w * w / total))
    const scale = tbox.w / widths.reduce((a, x) => a + x, 0)
    const colW = widths.map(w => w * scale)
    const PAD = 6
    const height = (size: number) => rows.reduce((h, r, ri) => h + 2 * PAD + Math.max(...r.map((cell, c) => lineCount([{ text: cell, bold: ri === 0 }], size, colW[c]! - 2 * PAD))) * size * LINE, 0)
    let size = 16
    while (size > 9 && height(size) > tbox.h) size--
    if (height(size) > tbox.h) warnings.push(`${what}: the table does not fit even at 9px; it needs fewer rows per slide`)
    if (cap) textAt(slide, [{ runs: [{ text: cap, bold: true }], color: C.primary }], { x: box.x, y: box.y, w: box.w, h: capH - 4 }, 14)
    const border = { type: 'solid' as const, pt: 0.75, color: C.rule }
    slide.addTable(rows.map((r, ri) => r.map(cell => ({
      text: textRuns([{ runs: [{ text: cell, bold: ri === 0 }], color: ri === 0 ? C.primary : C.ink }], size),
      options: { fill: { color: ri === 0 ? C.paper : C.bg }, border: [border, border, border, border], margin: [PT(PAD), PT(PAD), PT(PAD), PT(PAD)], valign: 'top' as const },
    }))), { x: IN(tbox.x), y: IN(tbox.y), w: IN(tbox.w), colW: colW.map(IN), autoPage: false })
    // the source line right under the table (its height as measured; the table grows no taller than that)
    textAt(slide, [{ runs: [{ text: foot }], color: C.muted }], { x: box.x, y: Math.min(tbox.y + height(size) + 6, box.y + box.h - footH), w: box.w, h: footH }, 11, 'top')
  }

  function cards(slide: PptxGenJS.Slide, list: { label?: string, text: string, anchor: { line: number, endLine: number } }[], box: Box, what: string): void {
    const n = Math.max(1, list.length)
    const cols = n <= 4 ? n : 2
    const rows = Math.ceil(n / cols)
    const gap = 14
    const cw = (box.w - gap * (cols - 1)) / cols
    const ch = (box.h - gap * (rows - 1)) / rows
    const at = (i: number): Box => ({ x: box.x + (i % cols) * (cw + gap), y: box.y + Math.floor(i / cols) * (ch + gap), w: cw, h: ch })
    const groups: Para[][] = list.map(c => [
      ...(c.label ? [{ runs: [{ text: c.label, bold: true }], color: C.primary, scale: 1.1, after: 0.4 }] : []),
      { runs: [{ text: c.text }], color: C.ink, after: 0.3 },
      { runs: [{ text: formatSpan(c.anchor as never) }], color: C.muted, scale: 0.8 },
    ])
    const inner = (i: number): Box => { const b = at(i); return { x: b.x + 14, y: b.y + 12, w: b.w - 28, h: b.h - 24 } }
    const fit = commonSize(groups, list.map((_, i) => inner(i)), { max: 20, min: 9 })
    if (!fit.fits) warnings.push(`${what}: the cards do not fit even at 9px`)
    const h = rows === 1 ? Math.min(ch, fit.height + 26) : ch
    list.forEach((_, i) => { card(slide, { ...at(i), h }); textAt(slide, groups[i]!, { ...inner(i), h: h - 24 }, fit.size) })
  }

  const bytes = await pptx.write({ outputType: 'nodebuffer', compression: false }) as Buffer
  return { bytes: await finalizePptx(bytes, { eastAsianFont: 'Noto Sans SC', font: FONT, lang: LANG }), warnings }
}

/** Blocks drawn as shapes (the rest are text paragraphs). */
const VISUAL = new Set(['risk-matrix', 'scenarios', 'figures', 'timeline', 'actor-map', 'table', 'cards', 'questions'])

/** `text` shortened at a word to fit `width` px at `size` (footer, verb labels); whole when it fits. */
function fitLine(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text
  const words = text.split(/\s+/)
  while (words.length > 1 && textWidth(`${words.join(' ')} …`, size) > width) words.pop()
  return `${words.join(' ')} …`
}

type FlowPara = FitPara & { color?: string, bullet?: 'bullet' | 'number', level?: number, startAt?: number }

/** A text block as paragraphs: bullets with bold labels, numbered lists, the lead, references, quotes, facts. */
function flowParas(b: PptxSlide['blocks'][number], C: Palette): FlowPara[] {
  const bullet = (x: Bullet): FlowPara => ({ runs: [...(x.label ? [{ text: `${x.label}: `, bold: true }] : []), { text: x.text }], color: C.ink, bullet: 'bullet', after: 0.45 })
  switch (b.kind) {
    case 'bullets': return b.items.map(bullet)
    case 'lead': return [{ runs: [{ text: b.text }], color: C.primary, scale: 1.15, after: 0.6 }]
    case 'byline': return [{ runs: [{ text: b.parts.join(' · ') }], color: C.muted, after: 0.4 }]
    case 'themes': return [{ runs: [{ text: b.themes.join('  ·  ') }], color: C.accent, after: 0.4 }]
    case 'agenda': return b.entries.map((e, i) => ({ runs: [{ text: e.title }], color: C.ink, bullet: 'number', after: 0.35, ...(i === 0 && (b.start ?? 1) > 1 ? { startAt: b.start } : {}) }))
    case 'steps': return b.steps.map(x => ({ ...bullet(x), bullet: 'number' }))
    case 'references': return b.items.map(i => ({ runs: [{ text: `${i.label}: `, bold: true }, { text: i.text }, ...(i.anchor ? [{ text: ` (${formatSpan(i.anchor)})` }] : [])], color: C.ink, after: 0.35 }))
    case 'fact': return [{ runs: [{ text: b.value, bold: true }], color: C.accent, scale: 2.4, after: 0.2 }, { runs: [{ text: b.text }], color: C.ink, scale: 1.1 }]
    case 'quote': return [{ runs: [{ text: `“${b.text}”` }], color: C.primary, scale: 1.2, after: 0.5 }, ...(b.speaker ? [{ runs: [{ text: `— ${b.speaker}` }], color: C.muted }] : [])]
    case 'paragraphs': return b.paras.map(p => ({
      runs: p.runs, color: p.style === 'heading' ? C.primary : C.ink, after: 0.45, level: p.level, ...(p.style === 'quote' ? { scale: 1.1 } : {}),
      ...(p.marker === 'bullet' ? { bullet: 'bullet' as const } : p.marker === 'number' ? { bullet: 'number' as const } : {}),
    }))
    default: return []
  }
}
