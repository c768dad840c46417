/** A sentence cut at a page break (a text copied from a paged report keeps the page's footer) is a fragment, in both its pieces. */
import { describe, expect, it } from 'vitest'
import { bottomLine, bottomLineCandidates } from '../../scripts/analyze/index.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const txt = (text: string) => ingest(new TextEncoder().encode(text), 'report.txt')
const report = (head: string, footer: string, tail: string) => txt(`Island Ferries: Background and Issues\nUpdated May 2, 2026\n\nIntroduction\n\nThe county runs three ferries between the islands. ${head}\n\n${footer}\n\n${tail} The ferries carry 2,000 passengers a day.\n\nConclusion\n\nIn 1998, the county bought its three ferries. Without a fourth ferry, winter service is likely to be cut.\n`)

describe('a sentence cut at a page break is a fragment', () => {
  const head = 'Older hulls and rising storms are likely to leave the islands without service far more often than critical planners in the state capital and the U.S.'
  const tail = 'Department of Transportation expect, and the ferries may soon fail.'
  it('is neither the piece before the page\'s footer nor the piece after it', () => {
    for (const footer of ['Congressional Research Service 3', 'CRS-3', 'Page 3 of 12', '3']) {
      const a = report(head, footer, tail)
      const texts = bottomLineCandidates(a).map(c => c.x.text)
      expect(texts, footer).not.toContain(head)
      expect(texts, footer).not.toContain(tail)
      expect(bottomLine(a)?.text, footer).toBe('Without a fourth ferry, winter service is likely to be cut.')
    }
  })
  it('is cut when the text after the footer opens in lower case', () => {
    const a = report('Older hulls and rising storms are likely to leave the islands without service.', 'Congressional Research Service 3', 'more often than the critical planners expect, and the ferries may soon fail.')
    expect(bottomLineCandidates(a).map(c => c.x.text)).not.toContain('Older hulls and rising storms are likely to leave the islands without service.')
  })
  it('leaves a whole sentence that closes before the footer a candidate', () => {
    const whole = 'Older hulls and rising storms are likely to leave the islands without service in winter.'
    const a = report(whole, 'Congressional Research Service 3', 'Planners in the state capital expect more storms.')
    expect(bottomLineCandidates(a).map(c => c.x.text)).toContain(whole)
  })
})
