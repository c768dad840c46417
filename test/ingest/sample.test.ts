// Expectations written by reading content/00-putins-gamble.txt, not by running the program.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../scripts/ingest/index.ts'
import { SAMPLE } from '../helpers.ts'

const article = ingest(readFileSync(SAMPLE), SAMPLE)
const labelled = (title: string) => article.sections.find(s => s.title === title)!.blocks.filter(b => b.kind === 'item').length

describe('the sample article', () => {
  it('has its quoted first line as the title and the parenthesised line as the subtitle', () => {
    expect(article.title).toBe("Putin's Gamble: The Russia-India Military Alliance and Its Strategic Risks")
    expect(article.subtitle).toBe('A Deep Dive into the S-400 Transaction and Beyond')
  })

  it('has eight sections, recognised from plain heading lines', () => {
    expect(article.sections.map(s => s.title)).toEqual([
      'Introduction',
      'Background: The S-400 Controversy',
      'Putin’s Motivations: Beyond the S-400',
      'India’s Pragmatism: Security First, Relations Second',
      'Risks and Challenges',
      'The Quasi-Alliance in Action',
      'Future Scenarios',
      'Conclusion',
    ])
  })

  it('has three labelled items in each list-like section and none in the prose sections', () => {
    expect(labelled('Putin’s Motivations: Beyond the S-400')).toBe(3)
    expect(labelled('India’s Pragmatism: Security First, Relations Second')).toBe(3)
    expect(labelled('Risks and Challenges')).toBe(3)
    expect(labelled('The Quasi-Alliance in Action')).toBe(3)
    expect(labelled('Future Scenarios')).toBe(3)
    expect(labelled('Introduction')).toBe(0)
    expect(labelled('Conclusion')).toBe(0)
  })

  it('keeps "U.S. Retaliation" whole as a label despite its periods', () => {
    const risks = article.sections.find(s => s.title === 'Risks and Challenges')!.blocks
    expect(risks.map(b => (b.kind === 'item' ? b.label : ''))).toEqual(['U.S. Retaliation', 'Technology Stagnation', 'Regional Backlash'])
  })

  it('reads the closing metadata line as themes and a stated word count, not as body text', () => {
    expect(article.meta.themes).toEqual(['Geopolitical pragmatism', 'technology sanctions', 'Indo-Pacific rivalry'])
    expect(article.meta.statedWordCount).toBe(698)
    expect(JSON.stringify(article.sections)).not.toContain('Word count')
  })

  it('keeps the lone "|" line out of the body and reports it', () => {
    expect(article.boilerplate.map(b => b.text)).toContain('|')
    expect(article.diagnostics.some(d => d.rule === 'stray-line' && d.line === 33)).toBe(true)
  })

  it('anchors each section heading to its article line', () => {
    expect(article.sections.find(s => s.title === 'Risks and Challenges')!.span.line).toBe(17)
    expect(article.sections.find(s => s.title === 'Conclusion')!.span.line).toBe(30)
  })
})
