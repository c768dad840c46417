/** Reading PDFs back in tests: text per page (pdfjs-dist, legacy build for Node) and embedded fonts (pdf-lib). */
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'

/** The text of each page, items joined with spaces. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  try {
    const pages: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' '))
    }
    return pages
  }
  finally {
    await doc.destroy()
  }
}

/**
 * Folds what typography, line-wrapping and text extraction change, so strings from slides.md can be found in PDF
 * text: curly quotes and modifier apostrophes become straight, dashes become `-`, and all whitespace is dropped
 * (pdfjs splits CJK and some punctuation into separate items, and wrapped lines lose or gain spaces).
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, '\'')
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, '')
}

/** Every font dictionary in the file, with whether its glyphs are embedded. */
export async function pdfFonts(bytes: Uint8Array): Promise<{ name: string, embedded: boolean }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const fonts: { name: string, embedded: boolean }[] = []
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFDict ? obj : obj instanceof PDFRawStream ? obj.dict : undefined
    if (!dict || dict.get(PDFName.of('Type')) !== PDFName.of('Font'))
      continue
    const subtype = dict.get(PDFName.of('Subtype'))
    if (subtype === PDFName.of('Type0'))
      continue // its descendant CIDFont carries the descriptor
    // A Type 3 font's glyphs are drawing procedures inside the file (Chromium uses them for glyphs it draws as paths)
    if (subtype === PDFName.of('Type3')) {
      fonts.push({ name: 'Type3', embedded: dict.has(PDFName.of('CharProcs')) })
      continue
    }
    const descriptor = dict.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
    const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some(k => descriptor.has(PDFName.of(k)))
    fonts.push({ name: String(dict.get(PDFName.of('BaseFont')) ?? '?'), embedded })
  }
  return fonts
}
