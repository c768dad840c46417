/**
 * Hostile text inside a PDF or a Word file (`{{ }}`, `<script>`, a `---` line) comes out of the deck as text: the
 * readers hand it to the same escaping module as every other format, and Vue sees no interpolation or element.
 */
import { readFileSync, rmSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { afterAll, describe, expect, it } from 'vitest'
import { generateAsync } from '../../scripts/pipeline.ts'
import { readHtml, readVue, notesMd, slideMd, vueText } from '../escape/readers.ts'
import { scratch, textDocx, textPdf } from '../helpers/documents.ts'

const dir = scratch()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const HOSTILE = [
  'The ministry wrote {{ constructor.constructor("alert(1)")() }} in its note, and analysts said the phrase was odd.',
  'A second statement read <script>alert("x")</script> and was withdrawn within the hour by the same ministry.',
  '---',
  'After the rule line the report went on to describe how the sanctions would be phased in over two years.',
]

async function deckOf(file: string) {
  const g = await generateAsync(readFileSync(file), file)
  const slides = parseSync(g.markdown, 'slides.md').slides
  const foreign: string[] = []
  let text = ''
  for (const s of slides) {
    const vue = readVue(slideMd.render(s.content))
    foreign.push(...vue.foreign)
    text += ` ${vueText(vue.root)}`
    const notes = readHtml(notesMd.render(s.note ?? ''))
    foreign.push(...notes.foreign.map(f => `notes: ${f}`))
    text += ` ${notes.text}`
  }
  return { foreign, text: text.replace(/\s+/g, ' '), slides: slides.length }
}

describe('hostile text in documents', () => {
  it('a PDF: every slide compiles to the renderer’s own elements, and the text shows as written', async () => {
    const pdf = await textPdf('Sanctions Notes', HOSTILE, dir)
    const d = await deckOf(pdf)
    expect(d.foreign).toEqual([])
    expect(d.text).toContain('{{ constructor.constructor("alert(1)")() }}')
    expect(d.text).toContain('<script>alert("x")</script>')
  })

  it('a Word file: the same', async () => {
    const docx = await textDocx('Sanctions Notes', [{ heading: 'What Was Said', paragraphs: HOSTILE }], dir)
    const d = await deckOf(docx)
    expect(d.foreign).toEqual([])
    expect(d.text).toContain('{{ constructor.constructor("alert(1)")() }}')
    expect(d.text).toContain('<script>alert("x")</script>')
  })
})
