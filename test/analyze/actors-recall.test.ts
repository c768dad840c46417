/**
 * Actor recall, third round: one synthetic memo per class of actor the rules missed (a quantifier before a body's name,
 * companies named without a corporate word, acronyms whose expansion lacks its head, …), each with the precision case
 * that bounds it. Never an article's names; each memo's sentences are long enough to be body text.
 */
import { describe, expect, it } from 'vitest'
import { actorsOf, memo, names } from '../helpers/memo.ts'


describe('words before a name that are no part of it', () => {
  it('a quantifier opening a sentence ("Some Members of Congress") leaves the body\u2019s name', () => {
    const got = actorsOf(memo('Some Members of Congress have urged the agency to publish the data on grants. Later, Congress may weigh whether to fund the program again.'))
    expect(got.find(a => a.name === 'Congress')?.mentions).toBe(2)
  })
})

describe('capitalised plurals', () => {
  it('the plural after a capitalised word ending in "ss" is part of a name ("Express Scripts"), no group of people', () => {
    const got = names(memo('On Monday, Express Scripts said that rebates lower premiums for plan members in the north. Later, Express Scripts cut its fees, and regulators praised the move.'))
    expect(got.some(n => n.startsWith('Scripts'))).toBe(false)
  })

  it('a plural listed after another plural stays a group ("Democrats Republicans and Independents")', () => {
    const got = names(memo('Tonight, as Democrats Republicans and Independents, we stand together for the plan. Later, Republicans and Democrats voted for the plan again.'))
    expect(got).toEqual(expect.arrayContaining(['Democrats:group', 'Republicans:group']))
  })
})

describe('companies the text calls companies, with no corporate word in their names', () => {
  it('a name an appositive calls a company, its modifiers holding an initialism ("Acme, a U.S. company,"), is an organisation', () => {
    const got = names(memo('On Monday, Zenthor, a U.S. mining company, opened a plant in the north of the country. Later, Zenthor said low prices could delay its expansion.'))
    expect(got).toContain('Zenthor:organisation')
  })

  it('a name after a company noun ("the state copper company, Codelco,", "the drugmaker Acme") is an organisation', () => {
    const got = names(memo('The state copper company, Varnelco, signed a partnership in December with two foreign firms. Later, Varnelco said it would hold most of the venture.', 'On Monday, the drugmaker Quorvex cut the price of its insulin by half in the north. Later, Quorvex said sales had risen.'))
    expect(got).toEqual(expect.arrayContaining(['Varnelco:organisation', 'Quorvex:organisation']))
  })

  it('names listed after "companies such as" or "aid groups including" are organisations; a country so listed stays a country', () => {
    const got = names(memo('Aid groups such as Velmora Relief and the Tarsk Foundation operate in areas held by both sides. Velmora Relief said its staff were detained twice.', 'Firms such as Quorvex and Japan bought the bonds in the north. Later, Quorvex sold them, and Japan protested the sale.'))
    expect(got).toEqual(expect.arrayContaining(['Velmora Relief:organisation', 'Quorvex:organisation', 'Japan:country']))
  })

  it('a maker written before "-produced" or "-built" is an organisation; a demonym or a common word so written is not', () => {
    const got = names(memo('The Army fields Zenthor-produced missiles and has bought more in the north. Later, Zenthor said the missiles would be late, and Chinese-made drones and State-owned ships were seized.'))
    expect(got).toContain('Zenthor:organisation')
    const built = actorsOf(memo('On Monday, Zenthor-built aircraft flew more than a million deliveries in the north. Later, Zenthor said the aircraft would fly at night.'))
    expect(built.find(a => a.name === 'Zenthor')).toMatchObject({ kind: 'organisation', mentions: 2 })
    expect(got.some(n => /^(Chinese|State)/.test(n))).toBe(false)
  })

  it('a name whose chief executive or shareholders the text names is an organisation', () => {
    const got = names(memo('On Monday, Quorvex\u2019s chief executive said prices would fall in the north. Later, Quorvex cut prices again, and regulators praised the move.'))
    expect(got).toContain('Quorvex:organisation')
  })

  it('a proper name and an industry\u2019s word ("Halvor Shipbuilding") is a company, and its first word alone is the company', () => {
    const got = actorsOf(memo('On Monday, Halvor Shipbuilding said the first ship would be delivered five years late. Later, Halvor promised to hire more welders for the yard.'))
    expect(got.find(a => a.name === 'Halvor Shipbuilding')).toMatchObject({ kind: 'organisation', mentions: 2 })
  })

  it('a company\u2019s first word alone is one of its names, so two clauses naming it so count twice', () => {
    const got = actorsOf(memo('On Monday, Halvor Shipbuilding held several contracts for hulls in the north, and Halvor has hired more welders since May.'))
    expect(got.find(a => a.name === 'Halvor Shipbuilding')?.aliases).toContain('Halvor')
  })

  it('a common word before an industry\u2019s word ("Naval Shipbuilding", "Clean Energy") names no company', () => {
    const got = names(memo('On Monday, Naval Shipbuilding rose by a fifth in the north of the country. Later, Naval Shipbuilding and Clean Energy drew more funds, and Clean Energy grew again.'))
    expect(got).toEqual([])
  })

  it('a name the text never calls a company stays unlisted', () => {
    const got = names(memo('On Monday, Quorvex cut prices in the north of the country for a year. Later, Quorvex cut prices again, and regulators praised the move.'))
    expect(got.some(n => n.startsWith('Quorvex'))).toBe(false)
  })
})

describe('names repeated inside one sentence', () => {
  it('a name written in two clauses of one sentence is named twice ("…; Holt said …", "…, and Acme has …")', () => {
    const got = names(memo('On Monday, Representative Dana Holt urged the agency to appoint an envoy to the region; Holt said the envoy should report to the committee every month.'))
    expect(got).toContain('Dana Holt:person')
  })

  it('a body named once with its acronym in parentheses is named once', () => {
    const got = names(memo('On Monday, the Office of Harbor Safety (OHS) issued a rule on the dredging of ports in the north.'))
    expect(got).toEqual([])
  })
})

describe('acronyms of bodies whose expansion lacks an organisation word', () => {
  it('an acronym of a body\u2019s field names the body the words before give ("Bureau of … Affairs (INL)", "Office of the … (USTR)")', () => {
    const got = names(memo('On Monday, the Bureau of Harbor and Canal Affairs (HCA) managed the funds for the ports. Later, HCA trained port officers.', 'On Monday, the Office of the Northern Trade Envoy (NTE) published the list of tariffs. Later, NTE revised the list.'))
    expect(got).toEqual(expect.arrayContaining(['Bureau of Harbor and Canal Affairs:organisation', 'Office of the Northern Trade Envoy:organisation']))
  })

  it('an expansion joined by "&", ending in "Services" or opening with "Center for", or a "Task Force", is a body', () => {
    const got = names(memo('On Monday, the Centers for Harbor & Canal Services (CHCS) reported the figures for the ports. Later, CHCS revised them.', 'On Monday, the Center for Polar Studies (CPS) published a survey of the ice. Later, CPS revised it, and the Harbor Engineering Task Force (HETF) met. HETF then adjourned.'))
    expect(got).toEqual(expect.arrayContaining(['Centers for Harbor & Canal Services:organisation', 'Center for Polar Studies:organisation', 'Harbor Engineering Task Force:organisation']))
  })

  it('an office\u2019s title before its field is no body ("Director of Harbor Intelligence (DHI)")', () => {
    const got = names(memo('On Monday, the Director of Harbor Intelligence (DHI) briefed the committee on the ports. Later, the DHI said the ports were safe.'))
    expect(got.some(n => /^(DHI|Director)/.test(n))).toBe(false)
  })
})

describe('offices that name their department', () => {
  it('"the Secretary of Defense" is a mention of the Department of Defense the text names', () => {
    const got = actorsOf(memo('On Monday, the Department of Defense signed the contract for ten tankers. The tankers must be available upon request by the Secretary of Defense in a war.'))
    expect(got.find(a => a.name === 'Department of Defense')).toMatchObject({ mentions: 2, aliases: expect.arrayContaining(['Secretary of Defense']) })
  })

  it('a field before the title ("the Commerce Secretary") names that department too, never after another name ("Homeland Security Secretary")', () => {
    const got = actorsOf(memo('On Monday, the Department of Commerce opened an inquiry into copper imports from the north. Later, the Commerce Secretary said the tariffs would rise.'))
    expect(got.find(a => a.name === 'Department of Commerce')?.mentions).toBe(2)
    const other = names(memo('On Monday, the Department of Security opened an inquiry into copper imports from the north. Later, Homeland Security Secretary Jane Roe said the tariffs would rise.'))
    expect(other).toEqual([])
  })

  it('a secretary of a field the text names no department of is no body', () => {
    const got = names(memo('On Monday, the Secretary of Energy visited the plant in the north. Later, the Secretary of Energy said the plant was safe.'))
    expect(got).toEqual([])
  })
})

describe('names with a particle', () => {
  it('a name with the Arabic article on its surname ("Abdel Fattah al-Burhan") is whole, and the surname alone is the person', () => {
    const got = actorsOf(memo('On Monday, General Abdel Fattah al-Burhan moved the army to the coast in the east. Later, Burhan said the army would not negotiate.'))
    expect(got.find(a => a.name === 'Abdel Fattah al-Burhan')).toMatchObject({ kind: 'person', mentions: 2 })
  })

  it('a particle inside a name keeps the name whole ("Mohammed bin Salman")', () => {
    const got = names(memo('On Monday, Mohammed bin Salman met the visiting delegation in the capital for two hours. Later, Mohammed bin Salman said the talks were useful.'))
    expect(got).toContain('Mohammed bin Salman:person')
    expect(got.some(n => n.startsWith('Salman:') || n.startsWith('Mohammed:'))).toBe(false)
  })
})

describe('groups the text names as such', () => {
  it('a name the text calls a coalition, a gang or an armed group ("a coalition known as …") is a group', () => {
    const got = names(memo('On Monday, the gangs formed a coalition known as Tor Vessan in the capital. Later, Tor Vessan attacked the main airport, and the police fled.', 'On Monday, the Red Lantern, an armed group that holds the north, seized a mine. Later, the Red Lantern freed the miners.'))
    expect(got).toEqual(expect.arrayContaining(['Tor Vessan:group', 'Red Lantern:group']))
  })

  it('a place the text names "known as" ("an area known as …") is no group, and a country so called stays a country', () => {
    const got = names(memo('On Monday, the gangs seized an area known as Tor Vessan near the capital. Later, Tor Vessan burned, and Tor Vessan was emptied.', 'On Monday, the rebels joined a coalition known as Kenya in the north. Later, Kenya protested the name.'))
    expect(got.some(n => n.startsWith('Tor Vessan'))).toBe(false)
    expect(got).toContain('Kenya:country')
  })
})

describe('countries named by their demonym', () => {
  it('a demonym before a government, officials or forces ("the Chilean government") is a mention of the country', () => {
    const got = actorsOf(memo('On Monday, the Chilean government argued that state control would raise revenue from the mines. Later, Chile signed a deal with two firms.'))
    expect(got.find(a => a.name === 'Chile')).toMatchObject({ kind: 'country', mentions: 2, aliases: expect.arrayContaining(['Chilean government']) })
  })

  it('a demonym before anything else ("Chilean wine", "Chilean investors") is no mention of the country', () => {
    const got = names(memo('On Monday, Chilean wine sold well in the north of the country. Later, Chilean investors bought more, and Chile was named once.'))
    expect(got.some(n => n.startsWith('Chile'))).toBe(false)
  })
})

describe('organisations an appositive calls a think tank or an advocacy group', () => {
  it('a name called "a think tank" or "a conservation group" is an organisation', () => {
    const got = names(memo('On Monday, Sea Warden, a conservation group, reported that some longliners turned off their transponders. Later, Sea Warden patrolled with two navies, and Harbor Policy Forum, a think tank, said so. Harbor Policy Forum later revised it.'))
    expect(got).toEqual(expect.arrayContaining(['Sea Warden:organisation', 'Harbor Policy Forum:organisation']))
  })
})

describe('acronyms expanded after them', () => {
  it('an acronym written before its expansion in parentheses ("HSB (Harbor Safety Board)") goes by its expansion', () => {
    const got = names(memo('On Monday, the HSB (Harbor Safety Board) issued a rule on the dredging of ports in the north. Later, the HSB revised the rule.'))
    expect(got).toContain('Harbor Safety Board:organisation')
  })

  it('a parenthesis after an acronym that does not spell it is no expansion ("HSB (Kelly Brandt)")', () => {
    const got = names(memo('On Monday, the HSB (Kelly Brandt) issued a rule on the dredging of ports in the north. Later, the HSB revised the rule.'))
    expect(got.some(n => n.startsWith('HSB') || n.startsWith('Kelly'))).toBe(false)
  })
})

describe('people the text gives a role', () => {
  it('a name an appositive gives a role, or a lower-case role before it, is a person whatever the tagger knows', () => {
    const got = names(memo('On Monday, Tavuke Rongoru, the company\u2019s chief executive, said prices would fall in the north. Later, Rongoru cut prices again.', 'On Monday, the foreign minister, Ilai Vekatu, met the envoy in the capital. Later, Vekatu said the talks were useful.'))
    expect(got).toEqual(expect.arrayContaining(['Tavuke Rongoru:person', 'Ilai Vekatu:person']))
  })

  it('a company or a place an appositive gives a role ("Halvor Shipbuilding, the leader in hulls") is no person', () => {
    const got = names(memo('On Monday, Halvor Shipbuilding, the leader in hulls, won the contract in the north. Later, Halvor Shipbuilding hired welders, and Naval Yards, the head of the list, grew. Naval Yards later shrank.'))
    expect(got.some(n => n.endsWith(':person'))).toBe(false)
  })
})

describe('places and clauses', () => {
  it('a country after ", and" that a verb follows acts, though a place stands before it ("in Kosovo, and Peru said")', () => {
    const got = names(memo('On Monday, aid arrived in Kosovo, and Peru said it would send more in May. Later, trade in Peru grew in the north.'))
    expect(got).toContain('Peru:country')
    expect(got.some(n => n.startsWith('Kosovo'))).toBe(false)
  })

  it('a country listed after ", and" among places stays a place ("to Kosovo, and Peru in May")', () => {
    const got = names(memo('On Monday, India sent troops to Kosovo, and Peru in May. Later, India trained medics in Kenya, and Peru in June.'))
    expect(got.some(n => n.startsWith('Peru'))).toBe(false)
  })
})

describe('short forms of names the text writes in full', () => {
  it('the first word of a two-word name the text calls a company is the company ("Halvik Marine, a shipping company, … Halvik later resumed")', () => {
    const got = names(memo('Halvik Marine, a Norwegian shipping company, said its vessels had avoided the zones, and Halvik later resumed normal schedules.'))
    expect(got).toContain('Halvik Marine:organisation')
  })

  it('two single words joined by "and", each written in a longer name, are two names ("Abiy and Sisi pledged")', () => {
    const got = actorsOf(memo('Prime Minister Abiy Ahmed and President Abdel Fattah al-Sisi met in Cairo in 2023, and Abiy and Sisi pledged to conclude an agreement.'))
    expect(got.find(a => a.name === 'Abiy Ahmed')?.aliases).toContain('Abiy')
  })
})
