/**
 * What every PDF briefdeck writes has in common: document metadata, reproducible bytes (fixed dates, producer
 * and /ID, no random font-subset tags) and an optional outline (bookmarks).
 *
 * pdf-lib has no outline API; {@link addOutline} builds the /Outlines tree from low-level PDFDict objects
 * (PDF 32000-1:2008 §12.3.3).
 */
import { createHash } from 'node:crypto'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, type PDFRef, PDFString } from 'pdf-lib'

/** Document information written into every PDF. */
export interface PdfMeta {
  /** Document title (the deck title). */
  title: string
  author?: string
  /** Subject line (the deck subtitle or summary). */
  subject?: string
  keywords?: string[]
  /** ISO 639-1 language, written as the catalog's /Lang. */
  language?: string
  /**
   * Creation and modification date. Defaults to `$SOURCE_DATE_EPOCH` when set; otherwise no dates are written,
   * so the same input always gives the same bytes.
   */
  date?: Date
}

/** Written as /Producer and /Creator: no version numbers, so upgrades of pdf-lib do not change the bytes. */
const PRODUCER = 'briefdeck'

function defaultDate(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined
}

/** A new document that writes no clock-dependent metadata of its own. */
export function createReproducibleDocument(): Promise<PDFDocument> {
  return PDFDocument.create({ updateMetadata: false })
}

/** Sets title/author/subject/keywords/language, producer and (only if known) dates. */
export function applyMeta(doc: PDFDocument, meta: PdfMeta): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author)
    doc.setAuthor(meta.author)
  if (meta.subject)
    doc.setSubject(meta.subject)
  if (meta.keywords?.length)
    doc.setKeywords(meta.keywords)
  if (meta.language)
    doc.setLanguage(meta.language)
  doc.setProducer(PRODUCER)
  doc.setCreator(PRODUCER)
  const date = meta.date ?? defaultDate()
  if (date) {
    doc.setCreationDate(date)
    doc.setModificationDate(date)
  }
}

/**
 * Saves with a trailer /ID that is a hash of the document itself (saved once without it), so two exports of the
 * same input are byte-identical and different documents get different ids. (Hashing Chromium's output instead
 * would not do: it carries Chromium's own creation date.)
 */
export async function saveReproducible(doc: PDFDocument): Promise<Uint8Array> {
  const draft = await doc.save({ useObjectStreams: true })
  const id = PDFHexString.of(createHash('md5').update(draft).digest('hex').toUpperCase())
  doc.context.trailerInfo.ID = doc.context.obj([id, id])
  return doc.save({ useObjectStreams: true })
}

/** One bookmark: a title pointing at a 0-based page, with optional children. */
export interface OutlineItem {
  title: string
  /** 0-based page index the bookmark opens. */
  page: number
  children?: OutlineItem[]
}

/** Adds an /Outlines tree (bookmarks panel) to the document. Top-level items are shown open. */
export function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (items.length === 0)
    return
  const { context } = doc
  const pages = doc.getPages()
  const rootRef = context.nextRef()

  /** Writes `list` as siblings under `parent`; returns first/last refs and the count of visible descendants. */
  function writeLevel(list: OutlineItem[], parent: PDFRef): { first: PDFRef, last: PDFRef, count: number } {
    const refs = list.map(() => context.nextRef())
    let count = 0
    list.forEach((item, i) => {
      const page = pages[Math.min(Math.max(item.page, 0), pages.length - 1)]
      if (!page)
        throw new Error(`outline item "${item.title}" points at page ${item.page} of ${pages.length}`)
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: context.obj([page.ref, PDFName.of('XYZ'), null, null, null]),
      })
      const prev = refs[i - 1]
      const next = refs[i + 1]
      if (prev)
        dict.set(PDFName.of('Prev'), prev)
      if (next)
        dict.set(PDFName.of('Next'), next)
      count += 1
      if (item.children?.length) {
        const sub = writeLevel(item.children, refs[i]!)
        dict.set(PDFName.of('First'), sub.first)
        dict.set(PDFName.of('Last'), sub.last)
        dict.set(PDFName.of('Count'), PDFNumber.of(-sub.count)) // negative: closed
      }
      context.assign(refs[i]!, dict)
    })
    return { first: refs[0]!, last: refs[refs.length - 1]!, count }
  }

  const top = writeLevel(items, rootRef)
  context.assign(rootRef, context.obj({
    Type: 'Outlines',
    First: top.first,
    Last: top.last,
    Count: PDFNumber.of(top.count),
  }))
  doc.catalog.set(PDFName.of('Outlines'), rootRef)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** Reads back the outline titles (depth-first), for tests and checks. */
export function readOutline(doc: PDFDocument): { title: string, depth: number }[] {
  const out: { title: string, depth: number }[] = []
  const walk = (ref: PDFObject | undefined, depth: number) => {
    let node = ref ? doc.context.lookup(ref) : undefined
    while (node instanceof PDFDict) {
      const dict = node
      const title = dict.lookup(PDFName.of('Title'))
      out.push({ title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '', depth })
      walk(dict.get(PDFName.of('First')), depth + 1)
      const next = dict.get(PDFName.of('Next'))
      node = next ? doc.context.lookup(next) : undefined
    }
  }
  const outlines = doc.catalog.get(PDFName.of('Outlines'))
  if (outlines) {
    const dict = doc.context.lookup(outlines)
    if (dict instanceof PDFDict)
      walk(dict.get(PDFName.of('First')), 0)
  }
  return out
}

/**
 * Chromium's PDF copied page by page into a fresh document with `meta` and `outline`: the copy drops Chromium's
 * creation date and producer, so the same deck gives the same bytes. Returns the bytes and the page count.
 */
export async function reproducibleCopy(printed: Uint8Array, meta: PdfMeta, outline?: OutlineItem[]): Promise<{ bytes: Uint8Array, pages: number }> {
  const src = await PDFDocument.load(printed, { updateMetadata: false })
  const doc = await createReproducibleDocument()
  for (const copied of await doc.copyPages(src, src.getPageIndices()))
    doc.addPage(copied)
  applyMeta(doc, meta)
  if (outline)
    addOutline(doc, outline)
  return { bytes: await saveReproducible(doc), pages: src.getPageCount() }
}
