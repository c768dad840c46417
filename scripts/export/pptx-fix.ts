/**
 * The last step of the editable PPTX: pptxgenjs 4.0.1's package, with the known causes of PowerPoint's repair prompt
 * (files LibreOffice and python-pptx accept) removed, and written again as a reproducible zip.
 *
 * The causes, from gitbrent/PptxGenJS #1449 (a list of defects found against real PowerPoint), PRs #1457 and #1458
 * and the issues they close, and #1380/#1427:
 *  - `[Content_Types].xml` declares a slideMaster part per slide (#1444) and Default extensions for media the file does
 *    not hold (#1449); `jpg` is declared `image/jpg` (#1462). → Overrides are rebuilt for exactly the parts in the zip,
 *    Defaults for exactly the extensions in it.
 *  - The notes master carries six placeholder shapes PowerPoint strips on repair, and shares the slides' theme
 *    (#1443, #1449). → Its shape tree is emptied as PowerPoint's repair leaves it, and it gets its own theme part.
 *  - A solid background lacks `<a:effectLst/>` (#1442; the schema requires it). → Added.
 *  - A shape without text has no `<p:txBody>` (#1441). → An empty one is added.
 *  - An empty `<a:ln></a:ln>`, a negative extent, a table cell `anchor="mid"`, `NaN` attributes (#1440), an empty
 *    table-cell body (#1380): the first and third are rewritten; the others are refused (they would be our bug).
 *  - Shape ids repeat in a slide (pptxgenjs numbers tables and the slide-number field on their own). → Renumbered.
 *  (Not a repair cause: the actor map's arrows become glued connectors here, which pptxgenjs cannot write.)
 *  - pptxgenjs writes a `<a:pPr>` before every run of a paragraph, so a paragraph of several runs (a bold label and its
 *    text) has paragraph properties after a run, which the schema forbids. → Only the paragraph's first one is kept.
 *
 * Reproducible: pptxgenjs stamps the current time into docProps/core.xml, and JSZip every entry's date; the package is
 * written again ({@link zipFiles}) with {@link FIXED_DATE} everywhere, entries in a fixed order, no folder entries.
 */
import { crc32, deflateRawSync } from 'node:zlib'
import JSZip from 'jszip'

/** The one date written into the package: the same deck gives the same bytes. */
export const FIXED_DATE = new Date('2000-01-01T00:00:00Z')

const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
} as Record<string, string>

const OVERRIDES: [RegExp, string][] = [
  [/^ppt\/presentation\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'],
  [/^ppt\/slides\/slide\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml'],
  [/^ppt\/slideLayouts\/slideLayout\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml'],
  [/^ppt\/slideMasters\/slideMaster\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml'],
  [/^ppt\/notesMasters\/notesMaster\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml'],
  [/^ppt\/notesSlides\/notesSlide\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml'],
  [/^ppt\/theme\/theme\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.theme+xml'],
  [/^ppt\/presProps\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.presProps+xml'],
  [/^ppt\/viewProps\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml'],
  [/^ppt\/tableStyles\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml'],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
]

/** `[Content_Types].xml` for exactly `parts`. */
export function contentTypes(parts: string[]): string {
  const exts = [...new Set(parts.map(p => p.split('.').pop()!.toLowerCase()))].filter(e => CT[e]).sort()
  const overrides = parts.flatMap((p) => {
    const hit = OVERRIDES.find(([re]) => re.test(p))
    return hit ? [`<Override PartName="/${p}" ContentType="${hit[1]}"/>`] : []
  })
  const unknown = parts.filter(p => !p.endsWith('.xml') && !p.endsWith('.rels') && !CT[p.split('.').pop()!.toLowerCase()])
  if (unknown.length) throw new Error(`pptx: no content type for ${unknown.join(', ')}`)
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${exts.map(e => `<Default Extension="${e}" ContentType="${CT[e]}"/>`).join('')}${overrides.join('')}</Types>`
}

/** Renumbers every `<p:cNvPr id>` of a part 1, 2, 3, … in document order (1 is the shape tree's group). */
function renumberShapes(xml: string): string {
  let next = 0
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++next}"`)
}

/**
 * Lines named `Arrow <a>-<b> <siteA>-<siteB>` (pptx.ts's actor map) become connectors glued to the shapes named
 * `Actor <a>: …` and `Actor <b>: …` at those connection sites; pptxgenjs cannot write `p:cxnSp` itself.
 */
function connectors(xml: string): string {
  const ids = new Map([...xml.matchAll(/<p:cNvPr id="(\d+)" name="Actor (\d+): /g)].map(m => [m[2]!, m[1]!]))
  return xml.replace(/<p:sp><p:nvSpPr><p:cNvPr id="(\d+)" name="Arrow (\d+)-(\d+) (\d+)-(\d+)"><\/p:cNvPr><p:cNvSpPr\/><p:nvPr><\/p:nvPr><\/p:nvSpPr>(<p:spPr>(?:(?!<\/p:spPr>).)*<\/p:spPr>)<\/p:sp>/gs,
    (m, id: string, a: string, b: string, sa: string, sb: string, spPr: string) => {
      const from = ids.get(a)
      const to = ids.get(b)
      if (!from || !to) return m
      return `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Arrow ${a}-${b}"/><p:cNvCxnSpPr><a:stCxn id="${from}" idx="${sa}"/><a:endCxn id="${to}" idx="${sb}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>${spPr.replace('prst="line"', 'prst="straightConnector1"')}</p:cxnSp>`
    })
}

const PPR = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>.*?<\/a:pPr>/gs

/** A paragraph body with only its leading `<a:pPr>` (the later ones pptxgenjs writes before each run dropped). */
function onePPr(body: string): string {
  let first = true
  return body.replace(PPR, (m, at: number) => {
    const keep = first && at === 0
    first = false
    return keep ? m : ''
  })
}

/**
 * pptxgenjs writes the notes as one run holding line breaks, which PowerPoint does not show as breaks: each line
 * becomes a paragraph (a blank line an empty one), in the deck's language.
 */
function notesParagraphs(xml: string, lang: string): string {
  return xml.replace(/<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/, (_m, text: string) =>
    text.split(/\r?\n/).map(line => (line ? `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`)).join(''))
}

const NOTES_MASTER_TREE = '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree>'

/** Fixes one XML part (see the module comment); throws on what would be our own bug. */
export function fixPart(name: string, xml: string, fonts?: FontNames): string {
  let out = xml
  if (fonts && /^ppt\/(slides|slideLayouts|slideMasters)\//.test(name)) out = out.split(`<a:ea typeface="${fonts.font}"`).join(`<a:ea typeface="${fonts.eastAsianFont}"`)
  if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) {
    out = out.replace(/(<p:bgPr>(?:(?!<\/p:bgPr>).)*?)(<\/p:bgPr>)/gs, (m, body: string, end: string) => (body.includes('<a:effectLst') || body.includes('<a:effectDag') ? m : `${body}<a:effectLst/>${end}`))
    out = out.replace(/<a:ln><\/a:ln>|<a:ln\/>/g, '<a:ln><a:noFill/></a:ln>')
    out = connectors(renumberShapes(out))
    // a shape with no text body gets an empty one (#1441)
    out = out.replace(/<p:sp>((?:(?!<\/p:sp>).)*?)<\/p:sp>/gs, (m, body: string) => (body.includes('<p:txBody>') ? m : `<p:sp>${body}<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>`))
    out = out.replace(/(<a:tcPr[^>]*?) anchor="mid"/g, '$1 anchor="ctr"')
    out = out.replace(/<a:p>(.*?)<\/a:p>/gs, (_m, body: string) => `<a:p>${onePPr(body)}</a:p>`)
  }
  if (/^ppt\/notesMasters\/notesMaster\d+\.xml$/.test(name)) out = out.replace(/<p:spTree>.*<\/p:spTree>/s, NOTES_MASTER_TREE)
  if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) out = notesParagraphs(out, fonts?.lang ?? 'en-US')
  if (name === 'docProps/core.xml') out = out.replace(/(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, `$1${FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z')}`)
  if (name.endsWith('.xml') || name.endsWith('.rels')) {
    if (/="NaN"|="-?Infinity"|="undefined"/.test(out)) throw new Error(`pptx: ${name} has an attribute that is not a number (NaN/undefined)`)
    if (/<a:ext cx="-|<a:ext cx="\d+" cy="-|<a:off x="[^"]*NaN/.test(out)) throw new Error(`pptx: ${name} has a negative extent`)
    if (/<\/a:r>\s*<a:pPr/.test(out)) throw new Error(`pptx: ${name} has paragraph properties after a run (runs of one paragraph must share bullet options)`)
    if (/<a:txBody>\s*<a:bodyPr\/>\s*<a:lstStyle\/>\s*<\/a:txBody>/.test(out)) throw new Error(`pptx: ${name} has a text body without a paragraph`)
  }
  return out
}

/** The run font and the East Asian font written beside it (pptxgenjs writes one name for latin, ea and cs). */
export interface FontNames { font: string, eastAsianFont: string, /** The deck's language, for the notes. */ lang?: string }

/** Rewrites pptxgenjs's package: repair causes fixed, fixed dates, fixed order, deflated. */
export async function finalizePptx(bytes: Uint8Array, fonts?: FontNames): Promise<Buffer> {
  const src = await JSZip.loadAsync(bytes)
  const files = new Map<string, Uint8Array | string>()
  for (const [name, entry] of Object.entries(src.files)) {
    if (entry.dir) continue
    files.set(name, /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array'))
  }
  // the notes master gets a theme of its own (PowerPoint writes theme2 for it)
  const notesRels = 'ppt/notesMasters/_rels/notesMaster1.xml.rels'
  const theme = files.get('ppt/theme/theme1.xml')
  if (typeof files.get(notesRels) === 'string' && typeof theme === 'string' && !files.has('ppt/theme/theme2.xml')) {
    files.set('ppt/theme/theme2.xml', theme)
    files.set(notesRels, (files.get(notesRels) as string).replace('../theme/theme1.xml', '../theme/theme2.xml'))
  }
  for (const [name, data] of files) if (typeof data === 'string') files.set(name, fixPart(name, data, fonts))
  files.set('[Content_Types].xml', contentTypes([...files.keys()].filter(n => n !== '[Content_Types].xml')))
  const order = (n: string) => (n === '[Content_Types].xml' ? 0 : n.startsWith('_rels/') ? 1 : n.startsWith('docProps/') ? 2 : 3)
  const names = [...files.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0))
  return zipFiles(names.map(n => ({ name: n, data: typeof files.get(n) === 'string' ? Buffer.from(files.get(n) as string, 'utf8') : Buffer.from(files.get(n) as Uint8Array) })))
}

/**
 * A zip of `entries` in the given order, each deflated with node:zlib (stored when that is not smaller), every entry
 * dated {@link FIXED_DATE}, no folder entries (APPNOTE 6.3, the subset a PPTX needs). JSZip writes zips too, but its
 * JavaScript deflate took two thirds of a 150-slide export (and most of its garbage collection).
 */
export function zipFiles(entries: { name: string, data: Buffer }[]): Buffer {
  const d = FIXED_DATE
  const dosTime = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)
  const dosDate = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data } of entries) {
    const deflated = deflateRawSync(data, { level: 6 })
    const stored = deflated.length >= data.length
    const body = stored ? data : deflated
    const fileName = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034B50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names are UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8)
    local.writeUInt16LE(dosTime, 10)
    local.writeUInt16LE(dosDate, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(fileName.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014B50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(stored ? 0 : 8, 10)
    central.writeUInt16LE(dosTime, 12)
    central.writeUInt16LE(dosDate, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(fileName.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, fileName, body)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054B50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
