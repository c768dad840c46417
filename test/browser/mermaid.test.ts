/**
 * Diagrams in print: a presenter's Mermaid diagram comes out of the fast PDF path as a drawn diagram
 * (its labels as text, its source code nowhere), and the handout embeds that page.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/export/build.ts'
import { exportHandout } from '../../scripts/export/handout.ts'
import { exportPdf } from '../../scripts/export/pdf.ts'
import { ROOT } from '../helpers/generate.ts'
import { normaliseText, pdfPageTexts } from '../helpers/pdf.ts'

const DIR = join(ROOT, 'test', '.tmp-mermaid')
const DECK = `---
theme: default
title: Diagram check
routerMode: hash
fonts:
  provider: none
mcp: false
---

# Diagram check

---

# Supply chain

\`\`\`mermaid
graph LR
  Mine[Nodule mine] --> Refinery[Cobalt refinery]
  Refinery --> Factory[Battery factory]
\`\`\`

---

# Who decides

\`\`\`mermaid
graph TD
  Cabinet[Defence cabinet] --> Ministry[Procurement ministry]
\`\`\`
`

describe('a Mermaid diagram in print', () => {
  let texts: string[] = []
  let handoutTexts: string[] = []
  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true })
    mkdirSync(DIR, { recursive: true })
    writeFileSync(join(DIR, 'slides.md'), DECK)
    await buildSite({ slidesPath: join(DIR, 'slides.md'), outDir: join(DIR, 'dist') })
    const meta = { title: 'Diagram check' }
    const deck = { slidesPath: join(DIR, 'slides.md'), titles: ['Diagram check', 'Supply chain', 'Who decides'] }
    await exportPdf({ distDir: join(DIR, 'dist'), outFile: join(DIR, 'deck.pdf'), deck, meta, routerMode: 'hash' })
    texts = await pdfPageTexts(await readFile(join(DIR, 'deck.pdf')))
    await exportHandout({ slidePdf: join(DIR, 'deck.pdf'), outFile: join(DIR, 'handout.pdf'), slides: [{ slideNo: 1, title: 'Diagram check', text: '' }, { slideNo: 2, title: 'Supply chain', text: 'Notes.' }], layout: 2, meta })
    handoutTexts = await pdfPageTexts(await readFile(join(DIR, 'handout.pdf')))
  }, 240_000)
  afterAll(() => { if (!process.env.BRIEFDECK_KEEP) rmSync(DIR, { recursive: true, force: true }) }) // BRIEFDECK_KEEP=1 keeps the PDFs to look at

  it('prints the diagram’s node labels as text on its page', () => {
    expect(texts).toHaveLength(3)
    for (const label of ['Nodule mine', 'Cobalt refinery', 'Battery factory']) expect(normaliseText(texts[1]!)).toContain(normaliseText(label))
  })

  it('prints a second diagram, rendered in the same print view, whole on its own page', () => {
    for (const label of ['Defence cabinet', 'Procurement ministry']) expect(normaliseText(texts[2]!)).toContain(normaliseText(label))
    expect(normaliseText(texts[1]!)).not.toContain('Defence cabinet')
  })

  it('never prints the Mermaid source', () => {
    expect(texts.join(' ')).not.toMatch(/graph LR|-->/)
  })

  it('keeps the drawn diagram in the handout', () => {
    expect(normaliseText(handoutTexts.join(' '))).toContain(normaliseText('Cobalt refinery'))
    expect(handoutTexts.join(' ')).not.toMatch(/graph LR/)
  })
})
