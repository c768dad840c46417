/**
 * Whether a risk matrix fits its slide, estimated without a browser so the component and the planner agree: the
 * component (components/RiskMatrix.vue) takes the roomiest density whose estimate fits, and the planner
 * (plan/deck.ts) puts a risk list that fits none over as few matrix slides as hold it.
 *
 * The estimate lays the slide out as the stylesheet does (the numbers below are RiskMatrix.vue's; keep them in step):
 * - the legend wraps each name at spaces in the legend column with Inter Bold's advance widths (budget.ts), so a long
 *   name counts the lines it really takes (three at 21 px for "Access to computational resources"), not a line per
 *   so many characters; the levels, the band and the anchor follow on the name's line when they fit beside it;
 * - each cell stacks its chips in rows as wide as the cell, so several risks in one cell count their rows;
 * - the room is the space between a title of two lines (or a kicker over one line: {@link matrixTitle}) and the
 *   footer: a matrix under a one-line title has more.
 */
import type { RiskMatrixRisk } from '../model.ts'
import { lineCount, textWidth, TITLE_LINES, TITLE_PX, TITLE_WIDTH_PX } from './budget.ts'

export type RiskDensity = 'normal' | 'compact' | 'dense'
/** From the roomiest to the tightest. */
export const DENSITIES: readonly RiskDensity[] = ['normal', 'compact', 'dense']

/** Type sizes and spacing of one density (RiskMatrix.vue's stylesheet). */
interface Look {
  /** Risk name in the legend, px (line height 1.25). */
  namePx: number
  /** Levels ("Possible · Moderate") and band chip, px. */
  levelPx: number
  bandPx: number
  /** Height of a legend line holding the levels and the band chip. */
  metaH: number
  /** The legend entry's number disc, px. */
  disc: number
  /** Space between legend entries. */
  entryGap: number
  /** Notes under the legend: size and space above. */
  notePx: number
  noteTop: number
  /** Whether the band scale line shows. */
  scale: boolean
  /** Least height of a cell row. */
  rowMin: number
}

const LOOKS: Record<RiskDensity, Look> = {
  normal: { namePx: 21, levelPx: 17, bandPx: 15, metaH: 22, disc: 28, entryGap: 14, notePx: 15, noteTop: 12, scale: true, rowMin: 50 },
  compact: { namePx: 18, levelPx: 15, bandPx: 15, metaH: 21, disc: 22, entryGap: 4, notePx: 15, noteTop: 12, scale: true, rowMin: 50 },
  dense: { namePx: 16, levelPx: 14, bandPx: 14, metaH: 20, disc: 20, entryGap: 2, notePx: 14, noteTop: 4, scale: false, rowMin: 44 },
}

/** The slide's content width (980 px canvas less 64 px a side), the chart's column and the gap between. */
const CONTENT_W = 980 - 2 * 64
const CHART_W = 540
const COLUMN_GAP = 28
export const LEGEND_W = CONTENT_W - CHART_W - COLUMN_GAP
/** Between a legend entry's disc and its text; between the name, the levels and the anchor on a line. */
const DISC_GAP = 10
const HEAD_GAP = 8
/** A matrix slide's title stands alone at 36 px (styles/index.css h1), line height 1.15, 16 px under it. */
const TITLE_ALONE_PX = 36
/**
 * Room between the title and the footer (36 px) under the 34 px padding, for the taller of the two title forms
 * {@link matrixTitle} gives: two lines at 36 px, or a kicker of up to two 18 px lines (line height 1.2, 6 px under it)
 * over one line at 32 px.
 */
export const MATRIX_ROOM = 552 - 34 - Math.max(2 * TITLE_ALONE_PX * 1.15, 2 * 18 * 1.2 + 6 + TITLE_PX * 1.15) - 16 - 36

/**
 * A matrix slide's title: "<heading>: likelihood × impact" (and the part, "(1/2)", the renderer adds) while it takes
 * two lines at most; past that the heading goes above as the kicker and the title is the label alone, so the matrix
 * always has {@link MATRIX_ROOM}.
 */
export function matrixTitle(heading: string, label: string, part = ''): { title: string; kicker?: string } {
  // a heading that is a question or ends on its own stop takes the label as a new sentence ("What Is X? Likelihood ×
  // impact"), never "What Is X?: likelihood × impact"
  const Label = label.charAt(0).toUpperCase() + label.slice(1)
  const title = /[?!.]$/u.test(heading) ? `${heading} ${Label}` : `${heading.replace(/[:;,]$/u, '')}: ${label}`
  if (lineCount(`${title}${part}`, TITLE_ALONE_PX, TITLE_WIDTH_PX) <= TITLE_LINES) return { title }
  return { title: Label, kicker: heading }
}

/** Chart: y title 22 px and y labels 82 px beside five cells with 3 px gaps; a cell pads 3 px and 21 px for its band. */
const CELL_INNER = (CHART_W - 22 - 82 - 6 * 3) / 5 - 2 * 3 - 2
const CELL_CHROME = 21 + 3 + 2
const ROW_GAPS = 6 * 3
/** The impact labels (16 px × 1.2 + 3 px) and the axis title (16 px × 1.4) under the cells. */
const AXIS_H = 16 * 1.2 + 3 + 16 * 1.4
/** A cell's number discs: 28 px alone, 22 px when the cell holds more than one risk; 4 px and 2 px apart. */
export const CHIP = 28
export const CHIP_CROWDED = 22
const chipGap = (crowded: boolean) => (crowded ? 2 : 4)
/** The asterisk after an estimated chip (bold, 16 px beside a 28 px disc, 14 px beside a 22 px one, 1 px margin). */
const chipStar = (crowded: boolean) => textWidth('*', crowded ? 14 : 16, 0) + 1

/** The anchor ("L45·s1") in the 12 px mono face: 0.6 em a character. */
const anchorWidth = (anchor: string) => [...anchor].length * 12 * 0.6 + 2
const ANCHOR_H = 12.5
const NOTE_ESTIMATED = '* Estimated from the text\'s wording'
/** The scale note as it may break: a band and its range stay together. */
const NOTE_SCALE = ['Band', '=', 'likelihood', '×', 'impact:', 'Low 1–4', '·', 'Medium 5–9', '·', 'High 10–16', '·', 'Critical 20–25']

/** Lines that words (each unbreakable) take, set in Inter at `px` in lines `width` px wide. */
function wordLines(words: readonly string[], px: number, width: number): number {
  const space = textWidth(' ', px, 0)
  let lines = 1, x = 0
  for (const w of words) {
    const ww = textWidth(w, px, 0)
    if (x > 0 && x + space + ww > width) { lines++; x = ww } else x += (x > 0 ? space : 0) + ww
  }
  return lines
}

const LEVELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']
const IMPACTS = ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe']
const level = (n: number) => (Number.isFinite(n) ? Math.min(5, Math.max(1, Math.round(n))) : 1)
function band(l: number, i: number): string {
  const score = l * i
  return score >= 20 ? 'Critical' : score >= 10 ? 'High' : score >= 5 ? 'Medium' : 'Low'
}

/** Axis words the legend shows (the component's defaults unless it is given others). */
export interface RiskLabels { likelihood?: readonly string[]; impact?: readonly string[] }

/** Height of one legend entry: the name's lines, then the levels, band and anchor flowing after it as a flex row wraps. */
function entryHeight(r: RiskMatrixRisk, look: Look, labels: RiskLabels): number {
  const width = LEGEND_W - look.disc - DISC_GAP
  const l = level(r.likelihood), i = level(r.impact)
  const words = `${(labels.likelihood ?? LEVELS)[l - 1] ?? l} · ${(labels.impact ?? IMPACTS)[i - 1] ?? i}`
  // (the levels are set in the regular face: Inter Bold's widths make them a little wider than drawn)
  const meta = textWidth(words, look.levelPx, 0) + (r.estimated ? textWidth('*', look.levelPx, 0) : 0) + 6 + textWidth(band(l, i), look.bandPx, 0) + 14
  const nameLines = lineCount(r.name, look.namePx, width, 0)
  const nameLh = look.namePx * 1.25
  // a name on one line is as wide as its text, a wrapped one takes the whole width
  const items = [
    { w: nameLines > 1 ? width : Math.min(width, textWidth(r.name, look.namePx, 0)), h: nameLines * nameLh },
    { w: Math.min(width, meta), h: look.metaH },
    { w: anchorWidth(r.anchor), h: ANCHOR_H },
  ]
  let height = 0, x = 0, row = 0
  for (const it of items) {
    if (x > 0 && x + HEAD_GAP + it.w > width) { height += row; x = 0; row = 0 }
    x += (x > 0 ? HEAD_GAP : 0) + it.w
    row = Math.max(row, it.h + (row ? 1 : 0))
  }
  return Math.max(look.disc, height + row)
}

/** Estimated height of the legend (entries and the notes under them) at a density. */
export function legendHeight(risks: readonly RiskMatrixRisk[], density: RiskDensity, labels: RiskLabels = {}): number {
  const look = LOOKS[density]
  const entries = risks.reduce((h, r) => h + entryHeight(r, look, labels), 0) + look.entryGap * Math.max(0, risks.length - 1)
  const noteLh = look.notePx * 1.35
  const estimated = risks.some(r => r.estimated) ? look.noteTop + lineCount(NOTE_ESTIMATED, look.notePx, LEGEND_W, 0) * noteLh : 0
  const scale = look.scale ? 3 + wordLines(NOTE_SCALE, look.notePx, LEGEND_W) * noteLh : 0
  return entries + estimated + scale
}

/** Height of one cell's chips: as many to a row as the cell is wide. */
function chipsHeight(here: readonly RiskMatrixRisk[]): number {
  if (!here.length) return 0
  const crowded = here.length > 1
  const size = crowded ? CHIP_CROWDED : CHIP
  const gap = chipGap(crowded)
  let rows = 1, x = 0
  for (const r of here) {
    const w = size + (r.estimated ? chipStar(crowded) : 0)
    if (x > 0 && x + gap + w > CELL_INNER) { rows++; x = w } else x += (x > 0 ? gap : 0) + w
  }
  // (a disc sits 1 px above the baseline)
  return rows * (size + 1) + (rows - 1) * gap
}

/** Estimated height of the chart (five rows of cells and the impact axis under them) at a density. */
export function chartHeight(risks: readonly RiskMatrixRisk[], density: RiskDensity): number {
  const look = LOOKS[density]
  let rows = 0
  for (let l = 1; l <= 5; l++) {
    let row = look.rowMin
    for (let i = 1; i <= 5; i++) {
      const here = risks.filter(r => level(r.likelihood) === l && level(r.impact) === i)
      if (here.length) row = Math.max(row, CELL_CHROME + chipsHeight(here))
    }
    rows += row
  }
  return rows + ROW_GAPS + AXIS_H
}

/** Whether the matrix fits its room at a density (chart and legend side by side, the taller counts). */
export function fitsAt(risks: readonly RiskMatrixRisk[], density: RiskDensity, labels: RiskLabels = {}): boolean {
  return Math.max(chartHeight(risks, density), legendHeight(risks, density, labels)) <= MATRIX_ROOM
}

/** The roomiest density at which the matrix fits; undefined when none does (the list needs more than one slide). */
export function matrixDensity(risks: readonly RiskMatrixRisk[], labels: RiskLabels = {}): RiskDensity | undefined {
  return DENSITIES.find(d => fitsAt(risks, d, labels))
}

/**
 * A risk list over as few matrices as hold it, in order and as even as the count allows: a list that fits one matrix
 * comes back whole. (A single risk always fits: a name is at most 60 characters, risks.ts.)
 */
export function splitForMatrix<T extends RiskMatrixRisk>(risks: readonly T[]): T[][] {
  for (let parts = 1; parts < risks.length; parts++) {
    const size = Math.ceil(risks.length / parts)
    const out: T[][] = []
    for (let at = 0; at < risks.length; at += size) out.push(risks.slice(at, at + size))
    if (out.every(p => matrixDensity(p))) return out
  }
  return risks.map(r => [r])
}
