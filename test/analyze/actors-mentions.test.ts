/**
 * Actor precision, mentions of a country that are no acting: a place listed among what an agreement covers, a name
 * written as a modifier of a common noun, a national prefix inside a body's name, an acronym's letters inside a word.
 * General memos in the register of CRS/GAO reports, never an article's names.
 */
import { describe, expect, it } from 'vitest'
import { actorsOf, memo, names } from '../helpers/memo.ts'

describe('a country named only as a location is not an actor', () => {
  it('a country named only where something happens and in the list of what a truce includes is a place', () => {
    const got = names(memo('On Monday, Norway and Chile agreed to a ceasefire in the fishing dispute, which may hold for a month. Fighting continued in Peru, and Chile said the ceasefire applied everywhere including Peru.', 'Norway later said the truce did not include Peru. Norway and Chile met again on Friday.'))
    expect(got).toContain('Norway:country')
    expect(got).toContain('Chile:country')
    expect(got.some(n => n.startsWith('Peru'))).toBe(false)
  })

  it('a country the text lists among suppliers "such as" others, and names as a source, is a place', () => {
    const got = names(memo('The Department of Energy (DOE) said imports come from suppliers such as Chile and Peru. DOE reported that most lithium is refined in Chile.', 'DOE awarded grants for recycling in 2022.'))
    expect(got.some(n => n.startsWith('Chile'))).toBe(false)
  })
})

describe('a country written as a modifier names a thing, not the country acting', () => {
  it('a country\u2019s name only before a common noun it modifies ("U.S. demand", "U.S. reliance") is not an actor', () => {
    const got = names(memo('U.S. demand for batteries is projected to grow fivefold by 2030, driven by vehicles. Recycling could reduce U.S. reliance on imports of refined lithium.', 'The Environmental Protection Agency (EPA) regulates spent batteries, and EPA proposed new rules in 2024.'))
    expect(got).toContain('Environmental Protection Agency:organisation')
    expect(got.some(n => n.startsWith('United States'))).toBe(false)
  })

  it('a modifier ending in "-ly" that is a noun ("U.S. supply chains") and a plural no verb ("U.S. shippers") name things, not the country', () => {
    const got = names(memo('Congress may require a study of the effects of a blockade on U.S. supply chains. Congress could also study the exposure of U.S. shippers to the blockade.'))
    expect(got).toContain('Congress:organisation')
    expect(got.some(n => n.startsWith('United States'))).toBe(false)
  })

  it('a country whose officials or forces act stays an actor ("U.S. officials said")', () => {
    const got = names(memo('U.S. officials said the talks with Peru would resume in May after a pause. Peru rejected the offer, and U.S. forces left the port in June.'))
    expect(got).toContain('United States:country')
  })

  it('a country a verb before it makes act in a bare infinitive stays an actor ("helping Ukraine defend itself")', () => {
    const got = names(memo('The aid is aimed at helping Ukraine defend itself against missile strikes on its cities. Congress provided the funds, and Congress may let Ukraine use them for air defense.'))
    expect(got).toContain('Ukraine:country')
  })
})

describe('letters of a country\u2019s name inside another name are no mention of it', () => {
  it('a national prefix inside a court\u2019s name ("the U.S. Court of Appeals") is no mention of the country', () => {
    const got = names(memo('Prices for drugs in the U.S. are twice those in other rich countries. Spending on drugs rose in the United States in 2022.', 'Several makers challenged the law in federal courts. The U.S. Court of Appeals for the Third Circuit rejected the claims in 2024.'))
    expect(got.some(n => n.startsWith('United States'))).toBe(false)
  })

  it('an acronym\u2019s letters inside a longer word ("US" in "GENIUS Act") are no mention of the country', () => {
    const got = names(memo('Open-source software development is falling in the US, some proponents argue, and may fall further. Investment in the United States fell in 2024.', 'In July 2025, Congress passed the GENIUS Act, which sought to establish a regime for stablecoin issuers. Congress may consider further changes.'))
    expect(got.some(n => n.startsWith('United States'))).toBe(false)
  })
})

describe('a body named again by a short form of its own', () => {
  it('"the Commission" is the one commission the text names in full', () => {
    const got = names(memo('The Wildland Fire Mitigation and Management Commission issued 148 recommendations in September 2023. The Commission found that federal pay was too low to keep seasonal staff.'))
    expect(got).toContain('Wildland Fire Mitigation and Management Commission:organisation')
  })

  it('"the Council" names neither council where the text names two', () => {
    const got = names(memo('The Arctic Council paused its work in 2022, and the Nordic Council met in Oslo in the spring. The Council resumed limited project work in 2023, as officials had hoped.'))
    expect(got.some(n => n.includes('Council'))).toBe(false)
  })

  it('a body\u2019s own word in parentheses is its short form ("the Bureau of Reclamation (Reclamation)")', () => {
    const got = actorsOf(memo('In August 2022, the Bureau of Reclamation (Reclamation) projected that the lake could fall below critical levels. Later, Reclamation asked the states to propose cuts.'))
    expect(got.map(a => `${a.name}:${a.kind}`)).toContain('Bureau of Reclamation:organisation')
    expect(got.find(a => a.name === 'Bureau of Reclamation')?.aliases).toContain('Reclamation')
  })
})

describe('a titled person named with the body the person heads', () => {
  it('a titled name "of" a body is the person ("Chief Randy Moore of the Forest Service")', () => {
    const got = names(memo('Chief Randy Moore of the Forest Service said the agency would convert 1,000 seasonal positions, and Moore asked Congress to make a pay increase permanent.'))
    expect(got).toContain('Randy Moore:person')
  })
})

describe('an acronym opening a longer name, and titles of party leaders', () => {
  it('an expanded acronym opening a longer name names its body ("the ISA Council" is a mention of the ISA)', () => {
    const got = names(memo('The International Seabed Authority (ISA) regulates mining beyond national jurisdiction. The ISA Council met in July to consider the draft rules.'))
    expect(got).toContain('International Seabed Authority:organisation')
  })

  it('"General Secretary" before a name is a title ("General Secretary Xi Jinping")', () => {
    const got = names(memo('The navy has grown quickly over the past decade. General Secretary Xi Jinping has ordered it to be ready by 2027. Xi said the goal was within reach.'))
    expect(got).toContain('Xi Jinping:person')
  })
})

describe('relations of a thing received', () => {
  it('an actor after "from" is a source, no object of the verb ("Acme received a notice from the SEC")', async () => {
    const { findActors } = await import('../../scripts/analyze/actors.ts')
    const { ingest } = await import('../../scripts/ingest/index.ts')
    const text = memo('The Securities and Exchange Commission (SEC) regulates exchanges. In April 2024, Acme Labs, the developer behind the largest exchange, reportedly received a Wells Notice from the SEC Enforcement Division notifying the platform of legal action. Later, Acme Labs reported that the SEC closed its inquiry.')
    const { relations } = findActors(ingest(new TextEncoder().encode(text), 'memo.txt').sections, 'en')
    expect(relations.some(r => r.verb.includes('received'))).toBe(false)
  })
})

describe('names of cases and of things', () => {
  it('a case\u2019s name ("Donald J. Trump v. United States") names neither party', () => {
    const got = names(memo('In Donald J. Trump v. United States, the Court held that a former President has some immunity. Trump v. United States was decided in 2024, and the decision shaped later cases.'))
    expect(got.some(n => n.startsWith('United States') || n.includes('Trump'))).toBe(false)
  })

  it('a name the text gives a model ("a model called Claude") is a thing, and so is a version of it ("Claude Gov")', () => {
    const got = names(memo('The firm trains a model called Claude. Claude was used by several agencies, and Claude Gov was built for classified work. Secretary Pete Hegseth said Claude was a risk, and Hegseth ordered a review.'))
    expect(got).toContain('Pete Hegseth:person')
    expect(got.some(n => n.startsWith('Claude'))).toBe(false)
  })

  it('a company an appositive calls "a software company" stays a company', () => {
    const got = names(memo('Palantir, a software company that works with the Army, won the contract in May. Palantir said it would deliver the system by June.'))
    expect(got).toContain('Palantir:organisation')
  })
})

describe('a company with a plural head', () => {
  it('a name an appositive calls a company is one, though its head is a plural the text writes in lower case ("Redwood Materials")', () => {
    const got = names(memo('Redwood Materials, a Nevada company founded in 2017, operates a recycling plant near Reno, and Redwood Materials announced a second plant in 2022. Recycled materials could meet a large share of demand.'))
    expect(got).toContain('Redwood Materials:organisation')
  })

  it('a body word before a plural the text writes in lower case still names a kind of thing ("Federal Reserve Notes")', () => {
    const got = names(memo('Federal Reserve Notes are the paper currency of the country. Federal Reserve Notes are printed by the Bureau, and the notes circulate widely.'))
    expect(got.some(n => n.startsWith('Federal Reserve Notes'))).toBe(false)
  })
})

describe('a one-word name that acts as only a body does', () => {
  it('a name no lexicon knows, written before "said" and "sued", is an organisation ("Anthropic said")', () => {
    const got = names(memo('Anthropic said its model would not be used for weapons without review. Anthropic later sued the department over the designation.'))
    expect(got).toContain('Anthropic:organisation')
  })

  it('a surname of a person the text names in full stays the person ("Moore said")', () => {
    const got = names(memo('Chief Randy Moore of the Forest Service testified in May about the fire season. Moore said the agency would convert 1,000 seasonal positions.'))
    expect(got).toContain('Randy Moore:person')
    expect(got.some(n => n.endsWith(':organisation') && n.startsWith('Moore'))).toBe(false)
  })
})

describe('a state that shares a country\u2019s name', () => {
  it('a name written before a state\u2019s offices or voters ("Georgia Secretary of State") is the state, not the country', () => {
    const got = names(memo('Georgia held primary elections in May 2024 under the new rules. Georgia voters approved the measure, and Georgia Secretary of State Brad Raffensperger certified the result. Raffensperger said turnout rose.'))
    expect(got).toContain('Brad Raffensperger:person')
    expect(got.some(n => n.startsWith('Georgia'))).toBe(false)
  })

  it('the country of that name stays a country where the text writes none of a state\u2019s offices', () => {
    const got = names(memo('Georgia applied to join the European Union in March 2022 after the invasion. Russia occupies parts of Georgia, and Georgia has asked for support.'))
    expect(got).toContain('Georgia:country')
  })
})

describe('two names joined by "and"', () => {
  it('"A and B Alliance" is two names where the text also writes "B Alliance" alone', () => {
    const got = names(memo('Optum and TriWest Healthcare Alliance manage the networks in different regions. TriWest Healthcare Alliance reported that claims were paid within 30 days.'))
    expect(got).toContain('TriWest Healthcare Alliance:organisation')
  })

  it('a body named with "and" stays one name ("Securities and Exchange Commission")', () => {
    const got = names(memo('The Securities and Exchange Commission sued the exchange in June. Later, the Securities and Exchange Commission closed its inquiry.'))
    expect(got).toContain('Securities and Exchange Commission:organisation')
  })
})

describe('a hyphenated name is no capitalised plural', () => {
  it('the first part of a hyphenated name ("a Trans-Caspian Pipeline") is no group of people', () => {
    const got = names(memo('The EU has funded a study of a Trans-Caspian Pipeline. Congress may support a Trans-Caspian Pipeline.'))
    expect(got.some(n => n.startsWith('Trans'))).toBe(false)
  })
})

describe('a name that only opens an agreement\u2019s name', () => {
  it('an expansion written only before "Treaty" ("the Intermediate-Range Nuclear Forces (INF) Treaty … the INF Treaty") is no body', () => {
    const got = names(memo('Chile and Peru signed the Intermediate-Range Nuclear Forces (INF) Treaty in 1987. Peru later accused Chile of violating the INF Treaty, and Chile left the INF Treaty in 2019.'))
    expect(got.some(n => /Intermediate|INF/.test(n))).toBe(false)
    expect(got).toContain('Chile:country')
  })
})
