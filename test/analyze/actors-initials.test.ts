/**
 * A country the text writes by its initials ("the PRC", "the ROK") is that country, one actor with the initials among
 * its aliases, never a second actor beside it: the initials of its official name or of a known other name, from the
 * gazetteer (world-countries), never a list of acronyms.
 */
import { describe, expect, it } from 'vitest'
import { actorsOf, memo } from '../helpers/memo.ts'

const named = (text: string, name: string) => actorsOf(text).filter(a => a.name === name)

describe('a country written by its initials', () => {
  it('the initials of its official name beside it ("People\u2019s Republic of China (PRC)") and a capital are one country', () => {
    const got = named(memo('The People\u2019s Republic of China (PRC) claims the island. The PRC held drills in 2023, and Beijing later announced new ones. Beijing also protested.'), 'China')
    expect(got).toHaveLength(1)
    expect(got[0]!.aliases).toEqual(expect.arrayContaining(['PRC', 'Beijing']))
  })

  it('initials a function word gives a letter ("the ROK") are the country the text names, not another they spell (Kenya)', () => {
    const got = actorsOf(memo('South Korea hosts U.S. troops. The ROK signed a declaration in April, and the ROK later held talks with Japan. South Korea also held talks.'))
    expect(got.filter(a => a.aliases.includes('ROK')).map(a => a.name)).toEqual(['South Korea'])
  })

  it('initials alone ("the DPRK", "the UAE") are the one country they spell', () => {
    const got = actorsOf(memo('The DPRK launched missiles in May. The DPRK also tested a warhead. The UAE bought aircraft. The UAE later suspended the talks.'))
    expect(got.map(a => `${a.name}:${a.kind}`)).toEqual(expect.arrayContaining(['North Korea:country', 'United Arab Emirates:country']))
  })

  it('an English word in capitals ("ARE", "CAR") is no country, whatever names it spells', () => {
    const got = actorsOf(memo('The Arab Republic of Egypt depends on the river. WHAT ARE THE RISKS? Egypt warned of shortages. ARE the talks over? Egypt said no.'))
    expect(got.filter(a => a.name === 'Egypt').flatMap(a => a.aliases)).not.toContain('ARE')
  })
})

describe('capitals joined by "and"', () => {
  it('two capitals standing for their governments ("Tokyo and Manila signed …") name both countries', () => {
    const got = actorsOf(memo('Japan and the Philippines have voiced concern. Tokyo and Manila signed an agreement in 2024.')).map(a => `${a.name}:${a.kind}`)
    expect(got).toEqual(expect.arrayContaining(['Japan:country', 'Philippines:country']))
  })
})

describe('a former state by its initials', () => {
  it('an acronym compromise knows as a country ("the Union of Soviet Socialist Republics (USSR)") is a country, not an organisation for its "Union"', () => {
    const got = actorsOf(memo('The United States and the Union of Soviet Socialist Republics (USSR) signed the treaty in 1987. The USSR destroyed its missiles by 1991, and the United States verified it.'))
    expect(got.filter(a => a.aliases.includes('USSR')).map(a => a.kind)).toEqual(['country'])
  })
})
