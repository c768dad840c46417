/**
 * Documents made for the readers' tests: a scanned (image-only) PDF, an encrypted one, a truncated one, a damaged
 * Word file, and PDF and Word files whose text is hostile. Built with tools the set-up installs (poppler, qpdf) and
 * libraries already in the project (pdf-lib, mammoth's JSZip).
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'

export const scratch = () => mkdtempSync(join(tmpdir(), 'briefdeck-doc-'))

/** Page 1 of `pdf` rasterised (pdftoppm) and wrapped in a PDF with no text layer. */
export async function scannedPdf(pdf: string, dir: string): Promise<string> {
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', pdf, join(dir, 'page')])
  const png = readdirSync(dir).find(f => f.startsWith('page') && f.endsWith('.png'))!
  const doc = await PDFDocument.create()
  const image = await doc.embedPng(readFileSync(join(dir, png)))
  doc.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 })
  const out = join(dir, 'scanned.pdf')
  writeFileSync(out, await doc.save())
  return out
}

/** `pdf` encrypted with a user password (qpdf). */
export function encryptedPdf(pdf: string, dir: string): string {
  const out = join(dir, 'encrypted.pdf')
  try { execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', pdf, out], { stdio: 'ignore' }) } catch (e) {
    if ((e as { status?: number }).status !== 3) throw e // 3: succeeded with warnings
  }
  return out
}

/** The first third of `file`'s bytes. */
export function truncated(file: string, dir: string, name: string): string {
  const bytes = readFileSync(file)
  const out = join(dir, name)
  writeFileSync(out, bytes.subarray(0, Math.floor(bytes.length / 3)))
  return out
}

/** A one-page PDF with a heading and paragraphs of the given text (Helvetica, so poppler reads it back). */
export async function textPdf(title: string, paragraphs: string[], dir: string): Promise<string> {
  const doc = await PDFDocument.create()
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const page = doc.addPage([612, 792])
  let y = 720
  page.drawText(title, { x: 72, y, size: 20, font: bold }); y -= 40
  for (const p of paragraphs) {
    const words = p.split(' ')
    let line = ''
    for (const w of words) {
      if (regular.widthOfTextAtSize(`${line} ${w}`, 11) > 460) { page.drawText(line, { x: 72, y, size: 11, font: regular }); y -= 14; line = w } else line = line ? `${line} ${w}` : w
    }
    if (line) { page.drawText(line, { x: 72, y, size: 11, font: regular }); y -= 14 }
    y -= 10
  }
  const out = join(dir, 'text.pdf')
  writeFileSync(out, await doc.save())
  return out
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * A minimal .docx: a Title-styled title, then Heading 1 sections and paragraphs; with `plain`, no styles at all (the
 * title a plain paragraph, each heading a paragraph in bold, as a typed memo has them); `creator` goes in the core
 * properties (docProps/core.xml).
 */
export async function textDocx(title: string, sections: { heading: string; paragraphs: string[] }[], dir: string, o: { plain?: boolean; creator?: string } = {}): Promise<string> {
  const require = createRequire(require_resolve_mammoth())
  const JSZip = require('jszip') as { new(): { file(name: string, data: string): void; generateAsync(o: { type: 'nodebuffer' }): Promise<Buffer> } }
  const zip = new JSZip()
  const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`
  const bold = (text: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`
  const body = o.plain
    ? [p(title), ...sections.flatMap(s => [bold(s.heading), ...s.paragraphs.map(x => p(x))])].join('')
    : [p(title, 'Title'), ...sections.flatMap(s => [p(s.heading, 'Heading1'), ...s.paragraphs.map(x => p(x))])].join('')
  if (o.creator) zip.file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(o.creator)}</dc:creator><dcterms:modified>2026-04-17T09:00:00Z</dcterms:modified></cp:coreProperties>`)
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
  zip.file('word/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`)
  const out = join(dir, 'text.docx')
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }))
  return out
}

function require_resolve_mammoth(): string {
  return createRequire(import.meta.url).resolve('mammoth')
}
