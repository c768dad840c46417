/**
 * The editable PPTX, checked by unzipping it: one slide per shown slide with its title in the title placeholder, the
 * risk matrix as a grid of shapes, tables as tables, a notes part per slide, content types that match the parts,
 * the same bytes for the same deck, hostile text kept as text, and a presenter's edits to slides.md in the PPTX.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatSpan } from '../../scripts/model.ts'
import type { Deck } from '../../scripts/model.ts'
import { everywhereDeck } from '../fixtures/hostile/deck.ts'
import { HOSTILE } from '../fixtures/hostile/strings.ts'
import { generateFile, ROOT, SAMPLE, SAMPLE_SIDECAR, SHARED_ARTICLES, sharedArticles } from '../helpers/generate.ts'
import { deckFolder, exportPptxOf, shownSlides, slideWords, slideXml, titleText } from '../helpers/pptx.ts'
import { elementText } from '../helpers/zip.ts'

type Exported = Awaited<ReturnType<typeof exportPptxOf>>
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()
/** Titles as slides show them: the continuation marker after paged slides. */
const shownTitle = (s: Deck['slides'][number]) => (s.part && s.part.of > 1 ? `${s.title} (${s.part.index}/${s.part.of})` : s.title)
/** Shapes on a slide whose text is one of the matrix's band words. */
const bandCells = (xml: string) => [...xml.matchAll(/<p:sp>(.*?)<\/p:sp>/gs)].filter(m => /prst="rect"/.test(m[1]!) && /^(Low|Medium|High|Critical)$/.test(elementText(m[1]!, 'a:t').join(''))).length

describe('the sample deck as an editable PPTX', () => {
  let deck: Deck
  let slidesPath: string
  let pptx: Exported
  beforeAll(async () => {
    deck = generateFile(SAMPLE, SAMPLE_SIDECAR).deck
    slidesPath = deckFolder(deck)
    pptx = await exportPptxOf(slidesPath)
  })

  it('has one slide per shown slide of slides.md, all drawn from the deck model', () => {
    expect(slideXml(pptx.parts)).toHaveLength(shownSlides(slidesPath).length)
    expect(pptx.counts).toEqual({ model: deck.slides.length, markdown: 0 })
  })

  it('holds every slide\'s title as the text of its title placeholder', () => {
    slideXml(pptx.parts).forEach((xml, i) => expect(collapse(titleText(xml) ?? '')).toBe(collapse(shownTitle(deck.slides[i]!))))
  })

  it('names every risk of the article on the risk slide, and draws the matrix as 25 cells of shapes', () => {
    const i = deck.slides.findIndex(s => s.layout === 'matrix')
    const xml = slideXml(pptx.parts)[i]!
    for (const name of ['U.S. Retaliation', 'Technology Stagnation', 'Regional Backlash']) expect(slideWords(xml)).toContain(name)
    expect(bandCells(xml)).toBe(25)
  })

  it('draws the actor map as one named shape per actor, joined by connectors glued to both ends', () => {
    const i = deck.slides.findIndex(s => s.layout === 'actors')
    const block = deck.slides[i]!.blocks.find(b => b.kind === 'actor-map')!
    if (block.kind !== 'actor-map') throw new Error('no actor map')
    const xml = slideXml(pptx.parts)[i]!
    const actorIds = new Map([...xml.matchAll(/<p:cNvPr id="(\d+)" name="Actor \d+: ([^"]*)"/g)].map(m => [m[2]!, m[1]!]))
    expect([...actorIds.keys()].sort()).toEqual(block.actors.map(a => a.name).sort())
    const glued = [...xml.matchAll(/<p:cxnSp>.*?<a:stCxn id="(\d+)" idx="\d+"\/><a:endCxn id="(\d+)" idx="\d+"\/>.*?<\/p:cxnSp>/gs)]
    expect(glued).toHaveLength(block.relations.length)
    const byId = new Map([...actorIds].map(([name, id]) => [id, name]))
    const named = (id: string) => block.actors.find(a => a.name === byId.get(id))!.id
    expect(glued.map(m => `${named(m[1]!)}→${named(m[2]!)}`).sort()).toEqual(block.relations.map(r => `${r.from}→${r.to}`).sort())
    for (const r of block.relations) expect(slideWords(xml)).toContain(r.verb)
  })

  it('gives a relation two actors did together an arrowhead at both ends, and every other relation one at its end', async () => {
    const i = deck.slides.findIndex(s => s.layout === 'actors')
    const together = structuredClone(deck)
    const block = together.slides[i]!.blocks.find(b => b.kind === 'actor-map')
    if (block?.kind !== 'actor-map') throw new Error('no actor map')
    block.relations[0]!.mutual = true
    const xml = slideXml((await exportPptxOf(deckFolder(together))).parts)[i]!
    const connectors = [...xml.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/gs)].map(m => m[0])
    expect(connectors).toHaveLength(block.relations.length)
    expect(connectors.filter(c => c.includes('<a:headEnd'))).toHaveLength(1)
    expect(connectors.every(c => c.includes('<a:tailEnd'))).toBe(true)
  })

  it('writes bullets as bulleted paragraphs whose label is a bold run', () => {
    const xml = slideXml(pptx.parts)[deck.slides.findIndex(s => s.id === 'bottom-line')]!
    const para = [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map(m => m[1]!).find(p => p.includes('Realistic (base case): '))!
    expect(para).toMatch(/^<a:pPr[^>]*>.*<a:buChar/s)
    expect(para).toMatch(/<a:rPr[^>]* b="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>Realistic \(base case\): <\/a:t>/s)
    expect(para.match(/<a:pPr/g)).toHaveLength(1)
  })

  it('gives every slide a notes part holding its notes with their anchors', () => {
    deck.slides.forEach((s, i) => {
      const rels = pptx.parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.toString()
      const target = rels.match(/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/)?.[1]
      expect(target, `slide ${i + 1}`).toBeDefined()
      const notes = collapse(elementText(pptx.parts.get(`ppt/notesSlides/${target}`)!.toString(), 'a:t').join(' '))
      for (const src of s.notes.sources) expect(notes).toContain(collapse(`(${formatSpan(src.span)}) ${src.text}`))
    })
  })

  it('declares a content type for exactly the parts it holds', () => {
    const types = pptx.parts.get('[Content_Types].xml')!.toString()
    const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map(m => m[1]!)
    const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map(m => m[1]!)
    for (const part of overrides) expect(pptx.parts.has(part), part).toBe(true)
    for (const part of pptx.parts.keys()) {
      if (part === '[Content_Types].xml') continue
      expect(overrides.includes(part) || defaults.includes(part.split('.').pop()!), part).toBe(true)
    }
    expect(overrides.filter(p => p.startsWith('ppt/slideMasters/'))).toEqual([...pptx.parts.keys()].filter(p => /^ppt\/slideMasters\/[^/]+\.xml$/.test(p)))
    for (const ext of defaults) expect([...pptx.parts.keys()].some(p => p.endsWith(`.${ext}`)), ext).toBe(true)
  })

  it('has none of the known causes of PowerPoint\'s repair prompt', () => {
    for (const [name, data] of pptx.parts) {
      if (!/\.(xml|rels)$/.test(name)) continue
      const xml = data.toString()
      expect(xml, name).not.toMatch(/<p:bgPr><a:solidFill>(?:(?!<\/p:bgPr>).)*<\/a:solidFill><\/p:bgPr>/s)
      expect(xml, name).not.toMatch(/="NaN"|<a:ln><\/a:ln>|anchor="mid"/)
      expect(xml, name).not.toMatch(/<\/a:r>\s*<a:pPr/)
      const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map(m => m[1])
      expect(new Set(ids).size, `${name}: shape ids repeat`).toBe(ids.length)
    }
    expect(pptx.parts.get('ppt/notesMasters/notesMaster1.xml')!.toString()).not.toContain('<p:sp>')
    expect(pptx.parts.get('ppt/notesMasters/_rels/notesMaster1.xml.rels')!.toString()).not.toContain('theme1.xml')
  })

  it('is the same bytes when exported again, with fixed dates', async () => {
    const again = await exportPptxOf(slidesPath)
    expect(Buffer.compare(again.bytes, pptx.bytes)).toBe(0)
    expect(pptx.parts.get('docProps/core.xml')!.toString()).toContain('2000-01-01T00:00:00Z')
  })

  it('sets the slide size to the deck\'s canvas, 980 × 552 px at 96 px per inch', () => {
    expect(pptx.parts.get('ppt/presentation.xml')!.toString()).toContain(`<p:sldSz cx="${Math.round(980 / 96 * 914400)}" cy="${Math.round(552 / 96 * 914400)}"`)
  })

  it('marks the stray Chinese words of the corrections as Chinese, in the East Asian font', () => {
    const xml = slideXml(pptx.parts).find(x => x.includes('阵风战斗机'))!
    expect(xml).toMatch(/<a:rPr lang="zh-CN"[^>]*>(?:(?!<\/a:rPr>).)*<a:ea typeface="Noto Sans SC"(?:(?!<\/a:r>).)*<a:t>阵风战斗机<\/a:t>/s)
  })
})

describe('a presenter\'s edits to slides.md', () => {
  let deck: Deck
  let slidesPath: string
  beforeAll(() => {
    deck = generateFile(SAMPLE, SAMPLE_SIDECAR).deck
    slidesPath = deckFolder(deck)
    const text = readFileSync(slidesPath, 'utf8')
      .replace('# Introduction', '# Introduction, as the presenter puts it\n\n- **Added by hand:** a point the article does not make\n  - with a nested detail')
      .replace(/(routeAlias: "the-quasi-alliance-in-action"\n)/, 'hide: true\n$1')
    writeFileSync(slidesPath, text)
  })

  it('shows the edited slide as edited, leaves the hidden slide out, and draws the rest from the model', async () => {
    const pptx = await exportPptxOf(slidesPath)
    const xmls = slideXml(pptx.parts)
    expect(xmls).toHaveLength(deck.slides.length - 1)
    expect(pptx.counts).toEqual({ model: deck.slides.length - 2, markdown: 1 })
    const edited = xmls.find(x => titleText(x) === 'Introduction, as the presenter puts it')!
    expect(slideWords(edited)).toContain('Added by hand: a point the article does not make')
    expect(edited).toMatch(/<a:pPr[^>]*lvl="1"[^>]*>(?:(?!<\/a:p>).)*<a:t>with a nested detail<\/a:t>/s)
    expect(xmls.map(titleText)).not.toContain('The Quasi-Alliance in Action')
  })

  it('reads every slide back from slides.md when no deck model is stored, components included', async () => {
    const bare = deckFolder(deck, { model: false })
    const pptx = await exportPptxOf(bare)
    expect(pptx.counts).toEqual({ model: 0, markdown: deck.slides.length })
    expect(pptx.warnings.join('\n')).toMatch(/no deck model/)
    const xmls = slideXml(pptx.parts)
    xmls.forEach((xml, i) => expect(collapse(titleText(xml) ?? '')).toBe(collapse(shownTitle(deck.slides[i]!))))
    expect(bandCells(xmls[deck.slides.findIndex(s => s.layout === 'matrix')]!)).toBe(25)
  })
})

describe('article tables', () => {
  it('are native tables (a:tbl) on the table slides, with their header cells as text', async () => {
    const deck = generateFile(join(SHARED_ARTICLES, '06-china-primer-us-china-relations-crs.md')).deck
    const pptx = await exportPptxOf(deckFolder(deck))
    const xmls = slideXml(pptx.parts)
    const tables = deck.slides.flatMap((s, i) => (s.layout === 'table' ? [i] : []))
    expect(tables.length).toBeGreaterThan(0)
    for (const i of tables) {
      const b = deck.slides[i]!.blocks.find(x => x.kind === 'table')!
      expect(xmls[i]).toContain('<a:tbl>')
      if (b.kind === 'table') for (const h of b.header.filter(Boolean)) expect(slideWords(xmls[i]!)).toContain(collapse(h))
    }
    xmls.forEach((xml, i) => { if (!tables.includes(i)) expect(xml).not.toContain('<a:tbl>') })
  })
})

describe('hostile text', () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
  const norm = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD').replace(/\s+/g, ' ').trim()
  /** Element names of a plain deck's slides: a hostile deck's must be among them (no element injected). */
  let plainTags: Set<string>
  const tags = (xml: string) => new Set([...xml.matchAll(/<([a-zA-Z][\w:.-]*)/g)].map(m => m[1]!))
  beforeAll(async () => {
    const pptx = await exportPptxOf(deckFolder(everywhereDeck('plain words')))
    plainTags = new Set(slideXml(pptx.parts).flatMap(x => [...tags(x)]))
  })

  it.each(HOSTILE.filter(s => norm(s)).map(s => [JSON.stringify(s).slice(0, 50), s]))('%s is in every slide title exactly, XML-escaped, and injects no element', async (_label, s) => {
    const pptx = await exportPptxOf(deckFolder(everywhereDeck(s)))
    for (const xml of slideXml(pptx.parts)) {
      expect(xml).toContain(`<a:t>${escape(norm(s))}`)
      for (const t of tags(xml)) expect(plainTags.has(t), `element <${t}>`).toBe(true)
    }
    const notes = [...pptx.parts.keys()].filter(k => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(k))
    expect(notes).toHaveLength(slideXml(pptx.parts).length)
    for (const k of notes) expect(collapse(elementText(pptx.parts.get(k)!.toString(), 'a:t').join(' '))).toContain(`(L2) ${norm(s)}`)
  })
})

describe('briefdeck export --format pptx', () => {
  it('writes the editable PPTX with no browser to be found, and builds nothing', () => {
    const slidesPath = deckFolder(generateFile(SAMPLE, SAMPLE_SIDECAR).deck)
    const dir = join(slidesPath, '..')
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'briefdeck.js'), 'export', slidesPath, '--format', 'pptx', '-o', join(dir, 'exports')], { cwd: dir, encoding: 'utf8', env: { ...process.env, BRIEFDECK_CHROMIUM: join(dir, 'no-such-browser') } })
    expect(r.stderr).not.toMatch(/browser|build site/i)
    expect(r.status, r.stderr).toBe(0)
    expect(existsSync(join(dir, 'exports', `${generateFile(SAMPLE, SAMPLE_SIDECAR).deck.meta.slug}.pptx`))).toBe(true)
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })
})

describe('speaker notes', () => {
  it('put each source passage and remark in a paragraph of its own, as PowerPoint shows line breaks only between paragraphs', async () => {
    const deck = generateFile(SAMPLE, SAMPLE_SIDECAR).deck
    const pptx = await exportPptxOf(deckFolder(deck))
    const i = deck.slides.findIndex(s => s.layout === 'matrix')
    const rels = pptx.parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.toString()
    const notes = pptx.parts.get(`ppt/notesSlides/${rels.match(/notesSlides\/(notesSlide\d+\.xml)/)![1]}`)!.toString()
    const paragraphs = [...notes.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map(m => elementText(m[1]!, 'a:t').join('')).filter(Boolean)
    const s = deck.slides[i]!
    for (const src of s.notes.sources) expect(paragraphs).toContain(`(${formatSpan(src.span)}) ${src.text}`)
    for (const r of s.notes.remarks) expect(paragraphs).toContain(`Note: ${r}`)
    expect(notes).not.toMatch(/<a:t>[^<]*[\r\n]/)
  })
})

describe('brand, footer and kicker', () => {
  const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
  let pptx: Exported
  let deck: Deck
  beforeAll(async () => {
    const base = generateFile(SAMPLE, SAMPLE_SIDECAR).deck
    deck = {
      ...base,
      meta: { ...base.meta, classification: 'Official', date: '2 December 2026', brand: { primary: '#7a1f2b', accent: '#c4511a', logo: PNG } },
      slides: base.slides.map(s => (s.id === 'introduction' ? { ...s, kicker: 'Introduction', title: 'India buys Russian arms while courting the West' } : s)),
    }
    pptx = await exportPptxOf(deckFolder(deck))
  })

  it('puts the deck title, classification, date and slide number in the footer of every content master', () => {
    const layouts = [...pptx.parts.keys()].filter(k => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(k)).map(k => pptx.parts.get(k)!.toString())
    const content = layouts.filter(x => x.includes('type="sldNum"'))
    expect(content.length).toBeGreaterThan(0)
    for (const x of content) {
      const words = slideWords(x)
      expect(words).toContain('OFFICIAL')
      expect(words).toContain('2 December 2026')
      expect(words).toContain('Putin')
    }
  })

  it('draws titles in the brand\'s primary colour and carries its logo as a PNG picture', () => {
    const layouts = [...pptx.parts.keys()].filter(k => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(k)).map(k => pptx.parts.get(k)!.toString())
    expect(layouts.some(x => x.includes('<p:pic>'))).toBe(true)
    expect([...pptx.parts.keys()].some(k => /^ppt\/media\/.+\.png$/.test(k))).toBe(true)
    expect(slideXml(pptx.parts)[2]).toMatch(/type="title"(?:(?!<\/p:sp>).)*<a:srgbClr val="7A1F2B"\/>/s)
  })

  it('shows the kicker above the assertion title, which stays the title placeholder', () => {
    const xml = slideXml(pptx.parts)[deck.slides.findIndex(s => s.id === 'introduction')]!
    expect(titleText(xml)).toBe('India buys Russian arms while courting the West')
    expect(slideWords(xml)).toContain('INTRODUCTION')
  })
})

describe('text sizing', () => {
  it('fits every text of every shared article\'s deck in its box at our measure', async () => {
    for (const a of sharedArticles()) {
      const pptx = await exportPptxOf(deckFolder(generateFile(a).deck))
      expect(pptx.warnings.filter(w => /does not fit/.test(w)), a).toEqual([])
    }
  }, 120_000)

  it('says which slide does not fit when even the smallest size overflows, naming slides.md as the fix', async () => {
    const deck = generateFile(SAMPLE, SAMPLE_SIDECAR).deck
    const long = 'Sanctions on BrahMos components could strain India’s ability to counter Pakistan in the coming decade. '.repeat(6)
    deck.slides[4] = { ...deck.slides[4]!, blocks: [{ kind: 'bullets', items: Array.from({ length: 12 }, (_, i) => ({ text: long, anchor: { line: i + 1, endLine: i + 1 } })) }] }
    const pptx = await exportPptxOf(deckFolder(deck))
    expect(pptx.warnings.join('\n')).toMatch(new RegExp(`slide 5 \\(${deck.slides[4]!.id}\\): the text does not fit its box even at 11px; shorten it in slides\\.md`))
  })
})
