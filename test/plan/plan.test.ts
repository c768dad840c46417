import { describe, expect, it } from 'vitest'
import { BODY_WORDS, clauses, MAX_BULLET_WORDS, SLIDE_WORDS } from '../../scripts/plan/budget.ts'
import { SAMPLE, SAMPLE_SIDECAR, generateFile, generateText, sharedArticles } from '../helpers/generate.ts'
import { readFileSync } from 'node:fs'
import { countWords } from '../../scripts/text/words.ts'

const sample = generateFile(SAMPLE, SAMPLE_SIDECAR)
const bulletsOf = (g: typeof sample) => g.deck.slides.flatMap(s => s.blocks.flatMap(b => (b.kind === 'bullets' ? b.items.map(i => ({ slide: s, ...i })) : [])))
const squash = (t: string) => t.replace(/\s+/g, ' ')

describe('planning the sample deck', () => {
  it('puts the bottom line first, the sections in article order, pictures for risks and scenarios, and the appendix last', () => {
    // three labelled items of 15–25 words each are more than one slide's 45 words: those sections take two slides, and
    // a divider opens each of them (the deck has more than 12 slides)
    expect(sample.deck.slides.map(s => s.id)).toEqual([
      'title', 'bottom-line', 'agenda', 'key-figures',
      'introduction', 'background-the-s-400-controversy',
      'putins-motivations-beyond-the-s-400-divider', 'putins-motivations-beyond-the-s-400', 'putins-motivations-beyond-the-s-400-2',
      'indias-pragmatism-security-first-relations-divider', 'indias-pragmatism-security-first-relations', 'indias-pragmatism-security-first-relations-2',
      'risks-and-challenges-divider', 'risks-and-challenges', 'risks-and-challenges-2', 'risks-and-challenges-matrix',
      'the-quasi-alliance-in-action', 'future-scenarios',
      // (the risks the article weighs outside its risks section are a matrix of their own, with the section that holds most of them)
      'conclusion-matrix',
      'actors', 'conclusion', 'appendix',
    ])
  })

  it('lists every section in the agenda', () => {
    const agenda = sample.deck.slides.find(s => s.kind === 'agenda')!.blocks[0]!
    expect(agenda.kind === 'agenda' && agenda.entries.length).toBe(8)
  })

  it('shows each labelled item as label and text', () => {
    const risks = sample.deck.slides.filter(s => s.kind === 'section' && s.id.startsWith('risks-and-challenges'))
    const items = risks.flatMap(s => s.blocks.flatMap(b => (b.kind === 'cards' ? b.cards : b.kind === 'bullets' ? b.items : [])))
    expect(items.map(i => i.label)).toEqual(['U.S. Retaliation', 'Technology Stagnation', 'Regional Backlash'])
    expect(items[1]!.text).toBe('Indian industries reliant on U.S. tech (e.g., semiconductors for drones) may suffer delays.')
  })

  it('anchors every bullet to an article line', () => {
    for (const b of bulletsOf(sample)) expect(b.anchor.line, b.text).toBeGreaterThan(0)
  })

  it('uses only the article’s own sentences: every bullet is a verbatim substring of the source', () => {
    const raw = generateFile(SAMPLE) // no sidecar: no corrections
    const source = squash(readFileSync(SAMPLE, 'utf8'))
    for (const b of bulletsOf(raw)) expect(source, b.text).toContain(b.text)
  })

  it('never cuts a sentence with an ellipsis', () => {
    for (const b of bulletsOf(sample)) expect(b.text).not.toMatch(/…$|\.\.\.$/)
  })

  it('titles a matrix by its section when its risks are that section\'s, and as weighed across the text when they come from several', () => {
    const matrices = sample.deck.slides.filter(s => s.kind === 'risks')
    expect(matrices.map(s => s.title)).toEqual(['Risks and Challenges: likelihood × impact', 'Risks weighed across the text: likelihood × impact'])
  })

  it('titles a matrix of risks weighed under a heading that names none as weighed there, never as if the heading listed risks ("Legislative Proposals")', () => {
    const plain = 'The valley grows wheat and barley. Most farms are small. The river runs north to the lake. Markets open on Mondays. Roads link the towns.'
    const g = generateText(`# Valley Water\n\n## Background\n\n${plain}\n\n## Legislative Proposals\n\nCongress passed a water bill in 2020. A new dam could flood the lower farms. Drought could empty the reservoir by August. Heavy rain could cause severe flooding of the quays. Cuts to the canal budget might delay repairs to the levees.\n\n## Outlook\n\n${plain}\n`, 'memo.md')
    expect(g.deck.slides.filter(s => s.kind === 'risks').map(s => s.title)).toEqual(['Risks weighed in “Legislative Proposals”: likelihood × impact'])
  })

  it('marks the risk placements as estimates with their basis', () => {
    const m = sample.deck.slides.find(s => s.kind === 'risks')!.blocks[0]!
    if (m.kind !== 'risk-matrix') throw new Error('no matrix')
    const retaliation = m.risks.find(r => r.name === 'U.S. Retaliation')!
    expect(retaliation).toMatchObject({ likelihood: 3, impact: 4, estimated: true })
    expect(retaliation.basis).toContain('"could"')
  })
})

describe('word budgets and paging', () => {
  const long = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} explains one more consideration that matters for the decision at hand in some detail. It adds a second sentence.`).join('\n\n')
  const g = generateText(`A Test Article\n\nIntroduction\n\n${long}\n`)

  it('turns a section that does not fit into numbered continuation slides', () => {
    const parts = g.deck.slides.filter(s => (s.kicker ?? s.title) === 'Introduction' && s.kind === 'section')
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.map(p => p.part)).toEqual(parts.map((_, i) => ({ index: i + 1, of: parts.length })))
    expect(parts.map(p => p.id)).toEqual(parts.map((_, i) => (i ? `introduction-${i + 1}` : 'introduction')))
  })

  it('keeps every slide within its word budget', () => {
    for (const s of g.deck.slides.filter(x => x.kind === 'section')) {
      const words = s.blocks.flatMap(b => (b.kind === 'bullets' ? b.items : [])).reduce((n, i) => n + countWords(`${i.label ?? ''} ${i.text}`), 0)
      expect(words).toBeLessThanOrEqual(BODY_WORDS)
    }
  })

  it('splits an over-long sentence into clauses that give the sentence back when joined', () => {
    const sentence = Array.from({ length: 12 }, (_, i) => `clause number ${i + 1} adds a few more words here`).join(', ') + '.'
    const parts = clauses(sentence)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.join(' ')).toBe(sentence)
    for (const p of parts) expect(countWords(p)).toBeLessThanOrEqual(MAX_BULLET_WORDS)
  })
})

describe('articles without the sample’s structure', () => {
  it('still produces a deck for text with no headings, in parts', () => {
    const g = generateText('This is a plain paragraph with no heading at all. It goes on.\n\nAnother paragraph follows here. It ends.\n', 'notes.txt')
    expect(g.deck.slides.some(s => s.kind === 'section')).toBe(true)
  })

  for (const path of sharedArticles()) {
    it(`keeps every slide of ${path.split('/').pop()} within the word budget`, () => {
      const g = generateFile(path)
      for (const s of g.deck.slides.filter(x => x.kind === 'section' || x.kind === 'conclusion')) {
        const words = s.blocks.flatMap(b => (b.kind === 'bullets' ? b.items : [])).reduce((n, i) => n + countWords(`${i.label ?? ''} ${i.text}`), 0)
        expect(words, s.id).toBeLessThanOrEqual(SLIDE_WORDS + 60)
      }
    })
  }
})

describe('decks in other languages and with a byline', () => {
  it('writes its own slide labels in the article’s language (Russian article → Russian labels)', () => {
    const ru = sharedArticles().find(p => p.includes('-ru.'))!
    const titles = generateFile(ru).deck.slides.map(s => s.title)
    expect(titles).toContain('Главный вывод')
    // the headingless text's parts are titled by its own (Russian) words, never "Part N" in either language
    expect(titles.some(t => /Bottom line|^(Part|Часть) \d/.test(t))).toBe(false)
    const text = readFileSync(ru, 'utf8').toLowerCase()
    const parts = generateFile(ru).deck.slides.filter(s => s.kind === 'section')
    expect(parts.length).toBeGreaterThan(0)
    for (const p of parts) expect(text).toContain(p.title.replace(/ \(\d+\/\d+\)$/, '').toLowerCase())
  })

  it('labels each timeline event with its date as written, capitalised as a label', () => {
    const g = generateText('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In late 2009, a canal opened.\n')
    const timeline = g.deck.slides.find(s => s.kind === 'timeline')!.blocks.find(b => b.kind === 'timeline')!
    expect(timeline.kind === 'timeline' && timeline.events.map(e => e.date)).toEqual(['2001', '2005', 'Late 2009'])
  })

  it('shows the byline and dateline on the title slide', () => {
    const crs = sharedArticles().find(p => p.includes('01-us-iran'))!
    const title = generateFile(crs).deck.slides[0]!
    const byline = title.blocks.find(b => b.kind === 'byline')
    expect(byline?.kind === 'byline' && byline.parts).toEqual(['Blanchard, Christopher M.; Thomas, Clayton; Zanotti, Jim', 'Updated April 9, 2026 (IN12678)'])
  })
})
