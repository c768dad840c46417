/**
 * Actor precision on reports the rules were not tuned on: one synthetic fixture per class of error (places read as
 * people, courts that are only venues, name fragments, acronyms of things, cited authors), never an article's names.
 */
import { describe, expect, it } from 'vitest'
import { actorsOf, memo, names } from '../helpers/memo.ts'


describe('places are not people or actors', () => {
  it('a place whose last word is also a first name ("West Virginia", "Eastern District of Virginia") is not that person', () => {
    const got = names(memo('Lawmakers in Virginia debated the bill. Utilities in West Virginia and the Eastern District of Virginia objected. West Virginia and the Eastern District of Virginia later agreed. Virginia lawmakers met again.'))
    expect(got.some(n => /Virginia/.test(n))).toBe(false)
  })

  it('a U.S. state that shares a country\u2019s name is the state where the text writes it after a city or among other states', () => {
    const listed = names(memo('Data centers in Texas, Ohio and Georgia draw more power each year. Georgia regulators then approved a new tariff.'))
    expect(listed.some(n => n.startsWith('Georgia'))).toBe(false)
    const afterCity = names(memo('Near Savannah, Georgia, a chip plant opened. Georgia regulators then approved a new tariff.'))
    expect(afterCity.some(n => n.startsWith('Georgia'))).toBe(false)
  })

  it('a dependent territory paying in its sovereign\u2019s money is a region where the text lists it with others like it', () => {
    const got = names(memo('Puerto Rico, Guam, and American Samoa also receive election grants. Puerto Rico received $2 million in May. Guam received $600,000 in June.'))
    expect(got.some(n => /Puerto Rico|Guam/.test(n))).toBe(false)
    const own = names(memo('On Monday, Taiwan and Hong Kong protested the tariffs. Later, Taiwan asked for talks, and Hong Kong declined them. Greenland and Denmark rejected the offer. Greenland then asked for talks.'))
    expect(own).toEqual(expect.arrayContaining(['Taiwan:country', 'Greenland:country']))
  })

  it('the country of that name stays a country in a text about it', () => {
    const got = names(memo('Russia sent troops into Georgia in 2008. Meanwhile, Georgia asked the European Union for help. Armenia, Georgia, and Azerbaijan met, and Russia refused to withdraw.'))
    expect(got).toContain('Georgia:country')
  })

  it('a first name the text also writes as a place ("in Virginia") is not the person of that first name', () => {
    const got = names(memo('On Monday, Representative Virginia Foxx spoke at the hearing. Utilities in Virginia objected to the rule. Virginia lawmakers met again in May.'))
    expect(got.some(n => n.startsWith('Virginia Foxx'))).toBe(false)
  })

  it('a base named by a first name and an acronym ("Patrick SFB") is a place, not a person', () => {
    const got = names(memo('The Space Force launches from Kelly SFB in Florida. Kelly SFB also hosts a training wing.'))
    expect(got.some(n => n.startsWith('Kelly'))).toBe(false)
  })

  it('a name ending in a word for a kind of place ("Ship Channel", "Harbor", "Airport") is a place, not a person', () => {
    const got = names(memo('The Brandon Ship Channel closed in May. The Brandon Ship Channel reopened in June. Tankers left Kelly Harbor. Kelly Harbor was dredged.'))
    expect(got.some(n => /Brandon|Kelly/.test(n))).toBe(false)
  })
})

describe('people named in an institution\u2019s name', () => {
  it('a person\u2019s name inside an institution\u2019s name ("George Mason University") is not that person', () => {
    const got = names(memo('Researchers at Kelly Brandt University found delays in May. A later Kelly Brandt University study revised the figures.'))
    expect(got.some(n => n.endsWith(':person'))).toBe(false)
  })
})

describe('courts that are only venues', () => {
  it('a court named by its tier ("the District Court", "the Court of Appeals") is a venue, not an actor', () => {
    const got = names(memo('The company sued in the U.S. District Court in May. The District Court dismissed the case. The Court of Appeals heard the appeal, and the Court of Appeals affirmed. Congress may respond. Later, Congress may hold a hearing.'))
    expect(got.some(n => /Court/.test(n))).toBe(false)
    expect(got).toContain('Congress:organisation')
  })

  it('the one high court of a country stays an actor', () => {
    const got = names(memo('The Supreme Court struck down the law in May. Congress asked the Supreme Court to reconsider.'))
    expect(got).toContain('Supreme Court:organisation')
  })
})

describe('name fragments', () => {
  it('a role noun or "Ranking Member" before a name is a title, not part of the name ("EPA Administrator Lee Zeldin")', () => {
    const got = names(memo('On Monday, EPA Administrator Dana Holt issued a rule. Later, Administrator Dana Holt revised it. Ranking Member Jane Roe objected in May. Ranking Member Jane Roe wrote a letter.'))
    expect(got).toEqual(expect.arrayContaining(['Dana Holt:person', 'Jane Roe:person']))
    expect(got.some(n => /^(Administrator|Member)/.test(n))).toBe(false)
  })

  it('a surname alone that the tagger does not know is the person the text names in full', () => {
    const got = actorsOf(memo('On Monday, Treasury Secretary Scott Bessent announced a swap line with Argentina. Later, Bessent said Argentina would repay.'))
    expect(got.find(a => a.name === 'Scott Bessent')?.mentions).toBe(2)
  })

  it('a possessive ends a name: "President Roe\u2019s Executive Order" names President Roe, and "People\u2019s Republic" stays whole', () => {
    const got = actorsOf(memo('In 2025, President Jane Roe issued new tariffs. President Roe\u2019s Executive Order 14000 set them at 10%.'))
    expect(got.find(a => a.name === 'Jane Roe')?.mentions).toBe(2)
    expect(names(memo('On Monday, the People\u2019s Republic of China protested the sale. Later, the People\u2019s Republic of China retaliated.'))).toContain('China:country')
  })

  it('an office "of" a field before a name is a title, not part of the name ("Secretary of Energy Chris Wright")', () => {
    const got = names(memo('Secretary of Energy Dana Holt said the order would help. Later, Secretary of Energy Dana Holt visited the plant.'))
    expect(got).toContain('Dana Holt:person')
    expect(got.some(n => n.startsWith('Energy'))).toBe(false)
  })
})

describe('acts, bills and programs are not actors', () => {
  it('a bill\u2019s designation ("S.J.Res. 9", "H.Res. 12") is not an actor, though its letters spell a country code', () => {
    const got = names(memo('S.J.Res. 9 would disapprove the rule. The Senate passed S.J.Res. 9 in May. H.Res. 12 and H.Con.Res. 14 followed. The House agreed to H.Res. 12 in June.'))
    expect(got.filter(n => !/^(Senate|House):/.test(n))).toEqual([])
  })

  it('an acronym the text expands to a common noun is a term, not a body, though a body\u2019s name starts with it', () => {
    const got = names(memo('Artificial intelligence (AI) needs chips. Later, the AI Alliance met in the capital. Officials said that AI would change work. Members said that AI grew again.'))
    expect(got.some(n => n.startsWith('AI:'))).toBe(false)
  })

  it('a name with a middle initial is a person wherever the text names it, not only after a title', () => {
    const got = names(memo('On May 2, Donald J. Trump spoke at length. The order was signed by Donald J. Trump in May.'))
    expect(got).toContain('Donald J. Trump:person')
  })
})

describe('groups', () => {
  it('the capitalised plural of an organisation word ("Treasuries", bonds) is no group of people', () => {
    const got = names(memo('On Monday, the fund bought Treasuries and foreign currencies. In May, the fund sold Treasuries to banks. Investors prefer Treasuries in a crisis.'))
    expect(got.some(n => n.startsWith('Treasuries'))).toBe(false)
  })
})

describe('cited authors are not actors', () => {
  it('a person named only as the author of a cited report is not an actor', () => {
    const got = names(memo('Mexico and Canada trade heavily. For more, see CRS Report R12345, Trade Basics, by Jane Marston. Mexico grew faster than Canada. See also CRS In Focus IF10001, Trade Talks, by Jane Marston and Ann Fell.'))
    expect(got.some(n => n.startsWith('Jane Marston'))).toBe(false)
    expect(got).toContain('Mexico:country')
  })
})

describe('whole names of bodies and titled people', () => {
  it('a committee "on" a field is one name ("Committee on House Administration"), not its tail', () => {
    const got = names(memo('On Monday, the Committee on House Administration held a hearing on grants. Later, the Committee on House Administration issued a report.'))
    expect(got).toContain('Committee on House Administration:organisation')
    expect(got.some(n => n.startsWith('House Administration'))).toBe(false)
  })

  it('a body named after a national initialism keeps its "of" ("U.S. Court of International Trade"), never a bare "U.S. Court"', () => {
    const got = names(memo('On Monday, the U.S. Court of International Trade ruled on the tariffs. Later, the U.S. Court of International Trade stayed its ruling.'))
    expect(got.some(n => n.startsWith('U.S. Court:') || n.startsWith('Court:'))).toBe(false)
    expect(got).toContain('U.S. Court of International Trade:organisation')
  })

  it('a department is one actor by its full name, its field and "the … Department" ("Department of the Treasury", "Treasury")', () => {
    const got = actorsOf(memo('On Monday, the U.S. Department of the Treasury issued a rule. Later, the Treasury fined two firms. The Justice Department and the Department of Justice then sued.'))
    expect(got.filter(a => /Treasury/.test(a.name))).toHaveLength(1)
    expect(got.find(a => /Treasury/.test(a.name))?.mentions).toBe(2)
  })
})
