/** The bottom line is the text's main judgement (issue 13): scored by judgement wording, preferring the summary and conclusion. */
import { describe, expect, it } from 'vitest'
import { bottomLine, judgementSentence } from '../../scripts/analyze/index.ts'
import { judgementScore, mainClause } from '../../scripts/analyze/judgement.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'memo.md')

describe('the bottom line', () => {
  it('scores an assessment above a definition and a fact of record', () => {
    const assessment = 'The alliance will likely deepen as shared concerns about the region grow.'
    const definition = 'The alliance is a treaty of mutual defence that was signed by both states.'
    const record = 'In 2019, the two states signed 12 agreements worth $4 billion.'
    expect(judgementScore(assessment)).toBeGreaterThan(judgementScore(definition))
    expect(judgementScore(assessment)).toBeGreaterThan(judgementScore(record))
  })
  it('prefers the summary\'s judgement over its opening definition', () => {
    const a = md('# Ports\n\n## Summary\n\nA dry port is an inland terminal that is linked to a seaport by rail. The region has four of them. Their growth could strain the rail network and raise costs for shippers.\n\n## Rail\n\nThe rail network carries most of the freight.\n')
    expect(bottomLine(a)?.text).toBe('Their growth could strain the rail network and raise costs for shippers.')
  })
  it('takes the introduction\'s judgement when there is no summary or conclusion, not its last fact', () => {
    const a = md('# Ports\n\n## Introduction\n\nThe harbour is an increasingly important hub for the region, and its future is uncertain. It opened in 1931. It has 14 berths, 6 cranes and 2 docks.\n\n## Cranes\n\nThe cranes are old.\n')
    expect(bottomLine(a)?.text).toBe('The harbour is an increasingly important hub for the region, and its future is uncertain.')
  })
  it('reads the thesis of a text without headings from its close, where a speech or an op-ed states it', async () => {
    const { analyze } = await import('../../scripts/analyze/index.ts')
    const para = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `The ${topic} ${['grew', 'shrank', 'held', 'moved'][i % 4]} in quarter ${i + 1} as the ${topic} board reported to the ${topic} council.`).join(' ')
    const text = `Remarks\n\n${para('harbour', 24)}\n\n${para('railway', 24)}\n\n${para('airport', 24)}\n\nIn the end, our ports will likely decide whether this region stays strong and open to the world.\n`
    const a = ingest(new TextEncoder().encode(text), 'remarks.txt')
    expect(a.sections.length).toBeGreaterThan(1)
    expect(a.sections.every(s => s.synthetic)).toBe(true)
    expect(analyze(a).bottomLine?.text).toBe('In the end, our ports will likely decide whether this region stays strong and open to the world.')
  })
  it('carries a confidence that says how it was chosen', () => {
    const a = md('# Ports\n\n## Conclusion\n\nThe port will likely remain critical to the region for a decade.\n')
    const bl = bottomLine(a)
    expect(bl?.confidence.basis).toMatch(/judgement score/)
    expect(bl?.confidence.score).toBeGreaterThan(0.5)
  })

  it('reads a change in an opening clause as the scene, not the judgement', () => {
    expect(mainClause('As trade has grown, the port opened a new berth.')).toBe('the port opened a new berth.')
    expect(judgementScore('As trade has grown, the port opened a new berth.')).toBe(judgementScore('The port opened a new berth.'))
  })
  it('still counts a hedge in an opening clause', () => {
    expect(judgementScore('While the port could expand, the city owns the land.')).toBeGreaterThan(judgementScore('The city owns the land.'))
  })
  it('scores a sentence that weighs an open question above the same facts stated', () => {
    expect(judgementScore('Whether the ports are funded will decide the cost of freight.')).toBeGreaterThan(judgementScore('The ports are funded and the board will set the cost of freight.'))
    expect(judgementScore('Congress may consider whether to fund the ports.')).toBeGreaterThan(judgementScore('Congress may consider funding for the ports.'))
  })
  it('does not count a whether of record ("did not say whether") as weighing', () => {
    expect(judgementScore('The agency did not say whether the ports are funded.')).toBe(judgementScore('The agency did not say if the ports are funded.'))
  })
  it('prefers the summary\'s weighed question over a closing forecast whose change stands in its opening clause', () => {
    const a = md('# Ports\n\n## Summary\n\nThe ports handle most of the freight of the region. Whether the ports are funded, and by whom, may decide the cost of freight. However, as more berths become automated, the focus of the debate may turn to labour.\n\n## Rail\n\nThe rail network carries the rest.\n')
    expect(bottomLine(a)?.text).toBe('Whether the ports are funded, and by whom, may decide the cost of freight.')
  })
})

describe('the bottom line is a whole sentence', () => {
  const judgement = 'The ports will likely need more federal money next year.'
  it('takes a whole sentence', () => expect(judgementSentence(judgement)).toBe(true))
  it('is never a list item', () => {
    for (const marker of ['- ', '• ', '1. ', '2) ', '(a) ']) expect(judgementSentence(marker + judgement), marker).toBe(false)
  })
  it('is never the tail of a sentence cut in two', () => expect(judgementSentence('and the ports will likely need more federal money next year.')).toBe(false))
  it('is never a question', () => expect(judgementSentence('Will the ports need more federal money next year?')).toBe(false))
  it('is never a sentence with a bracket or a quotation left open', () => {
    expect(judgementSentence('The ports (which opened in 1931 will likely need more money.')).toBe(false)
    expect(judgementSentence('The mayor called the ports "the engine of the region.')).toBe(false)
    expect(judgementSentence('The mayor called the ports “the engine of the region.')).toBe(false)
  })
  it('is never a phrase without a verb (a salutation, a heading, a noun phrase)', () => {
    expect(judgementSentence('Members of the harbour board and the city council.')).toBe(false)
    expect(judgementSentence('Dockers from the harbour unloading cargo with their cranes.')).toBe(false)
  })
  it('takes a long sentence whose verb the tagger reads as a noun ("hinges")', () => {
    expect(judgementSentence('However, the port\u2019s future hinges on managing freight costs, labour shortages, and rail links.')).toBe(true)
  })
})
