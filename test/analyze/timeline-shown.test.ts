/** What the timeline slide shows of an event: a text that says who acted, opens on a capital and carries its own date. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { timelineSelection } from '../../scripts/analyze/gates.ts'
import { ingest } from '../../scripts/ingest/index.ts'

/** The events the timeline slide shows for an article of paragraphs (blank lines between them), as "date: text". */
const shown = (...paragraphs: string[]) =>
  timelineSelection(analyze(ingest(new TextEncoder().encode(`Memo\n\n${paragraphs.join('\n\n')}\n`), 'memo.txt')).timeline).shown.map(e => `${e.date}: ${e.text}`)

const BEFORE = 'In 1801, a treaty was signed by both states. In 1805, a port opened on the coast. In 1809, a canal opened to ships.'

describe('an event whose subject points back', () => {
  it('is not shown when its pronoun subject follows an opening date', () => {
    const got = shown(BEFORE, 'The island became a colony in 1788. In 1901, the island was granted self-rule; in 1942, it adopted a statute that gave it full control of its foreign policy.')
    expect(got).toContain('1901: In 1901, the island was granted self-rule')
    expect(got.some(t => t.startsWith('1942'))).toBe(false)
  })
})

describe('a clause split from its sentence', () => {
  it('opens on a capital when it opens on its date', () => {
    const got = shown(BEFORE, 'In 1901, the island was granted self-rule over the whole of its domestic affairs; in 1942, the island adopted a statute that gave it full control of its foreign relations.')
    expect(got).toContain('1942: In 1942, the island adopted a statute that gave it full control of its foreign relations.')
  })
  it('drops its conjunction before a named subject', () => {
    const got = shown(BEFORE, 'Canada withdrew its smallest coin in 2013, and New Zealand followed in 1990 and 2006.')
    expect(got).toContain('1990: New Zealand followed in 1990 and 2006.')
  })
})

describe('a designation written with a spaced hyphen', () => {
  it('stays whole in the clause of a date after it', () => {
    const got = shown(BEFORE, 'The brigade deployed a launcher to the northern islands in the spring and conducted a SM - 6 live fire on July 15, 2025, and the launcher sank a target ship in support of the annual exercise.')
    expect(got).toContain('July 15, 2025: The brigade deployed a launcher to the northern islands in the spring and conducted a SM - 6 live fire on July 15, 2025')
  })
})

describe('a text that holds two dates', () => {
  it('is shown under the date of what it says, not under the date of a quotation in it', () => {
    const got = shown(BEFORE, 'In a 2023 speech, the Secretary warned that the river "cannot deliver what was promised in 1922."')
    expect(got).toContain('2023: In a 2023 speech, the Secretary warned that the river "cannot deliver what was promised in 1922."')
    expect(got.some(t => t.startsWith('1922'))).toBe(false)
  })
  it('is shown under the date of its main clause, not under the date of a subordinate clause in it', () => {
    const got = shown(BEFORE, 'Lake Mead fell to 1,040 feet in July 2022, its lowest level since the reservoir was filled in the 1930s.', 'After talks among the states collapsed in March 2025, the agency published a draft plan in May 2025.')
    expect(got).toContain('July 2022: Lake Mead fell to 1,040 feet in July 2022, its lowest level since the reservoir was filled in the 1930s.')
    expect(got).toContain('May 2025: After talks among the states collapsed in March 2025, the agency published a draft plan in May 2025.')
    expect(got.some(t => t.startsWith('1930s') || t.startsWith('March 2025'))).toBe(false)
  })
  it('is still shown under a date right after "since" in it', () => {
    const got = shown(BEFORE, 'The upper basin states have argued since 2022 that the lower basin should bear most cuts, and they repeated it in May 2025.')
    expect(got).toContain('Since 2022: The upper basin states have argued since 2022 that the lower basin should bear most cuts')
  })
})

describe('a sentence the reader cut inside a parenthesis', () => {
  it('is shown without the parenthesis it left open', () => {
    const got = shown(BEFORE, 'The agency issued the Lead and Copper Rule on June 7, 1991 (report 56. Part B lists the limits). It was revised in 2000.')
    expect(got).toContain('June 7, 1991: The agency issued the Lead and Copper Rule on June 7, 1991')
  })
  it('is not cut at a citation of the Federal Register, so it keeps its parenthesis whole', () => {
    const got = shown(BEFORE, 'The agency issued the Lead and Copper Rule on June 7, 1991 (56 Fed. Reg. 26460). It was revised in 2000.')
    expect(got).toContain('June 7, 1991: The agency issued the Lead and Copper Rule on June 7, 1991 (56 Fed. Reg. 26460).')
  })
})
