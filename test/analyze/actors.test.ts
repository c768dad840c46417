/** One test per actor rule (issue 13), on small general fixtures. */
import { describe, expect, it } from 'vitest'
import { actorsOf, names } from '../helpers/memo.ts'
import { findActors, acronymExpansions } from '../../scripts/analyze/actors.ts'
import { bottomLine, judgementSentence } from '../../scripts/analyze/index.ts'
import { ingest } from '../../scripts/ingest/index.ts'


describe('actors', () => {
  it('a court named only as a venue is not a country, and a city is not an actor', () => {
    const got = names('Memo\n\nIndia filed the case in Houston. The Northern District of California heard it. India appealed, and Houston officials watched India closely.\n')
    expect(got).toContain('India:country')
    expect(got.some(n => n.startsWith('Houston'))).toBe(false)
    expect(got.some(n => n.includes('District') && n.endsWith(':country'))).toBe(false)
  })

  it('two bodies joined by "and" are not one actor', () => {
    const got = names('Memo\n\nThe bill was rejected by the House and Senate. The House and Senate may vote again. The House and Senate adjourned.\n')
    expect(got.some(n => n.startsWith('House and Senate'))).toBe(false)
  })

  it('an act, a bill or a program is not an actor, however often it is named', () => {
    const got = names('Memo\n\nThe Bank Secrecy Act requires reports. Congress amended the Bank Secrecy Act twice. Congress may amend the Bank Secrecy Act again.\n')
    expect(got.some(n => n.startsWith('Bank Secrecy Act'))).toBe(false)
  })

  it('an acronym is an actor only when the text expands it to an organisation, and then goes by its expansion', () => {
    const got = names('Memo\n\nThe Department of Defense (DOD) signed the contract. DOD then paused it. AUKUS was discussed, and AUKUS may grow.\n')
    expect(got).toContain('Department of Defense:organisation')
    expect(got.some(n => n.startsWith('AUKUS'))).toBe(false)
  })

  it('reads an acronym\'s expansion from the words before the parenthesis', () => {
    expect(acronymExpansions('In 2025 the Department of Defense (DOD) said so.').get('DOD')).toBe('Department of Defense')
  })

  it('counts "U.S." as the United States, a country', () => {
    expect(names('Memo\n\nThe U.S. imposed tariffs on China. China answered the U.S. in kind.\n')).toEqual(expect.arrayContaining(['United States:country', 'China:country']))
  })

  it('a country named only as a location, even within a list after "in", is a place, not an actor', () => {
    const got = names('Memo\n\nIndia sent troops to Kosovo and Peru. India trained medics in Kenya, Kosovo and Peru. India said so.\n')
    expect(got).toContain('India:country')
    expect(got.some(n => /^(Kosovo|Peru|Kenya)/.test(n))).toBe(false)
  })

  it('a committee named by a list of its fields is one organisation, not its fragments', () => {
    const got = names('Memo\n\nThe Senate Banking, Housing, and Urban Affairs Committee released a bill. Later the Senate Banking, Housing, and Urban Affairs Committee cancelled its markup.\n')
    expect(got).toContain('Senate Banking, Housing, and Urban Affairs Committee:organisation')
    expect(got.some(n => /^(Senate Banking|Housing|Urban Affairs Committee):/.test(n))).toBe(false)
  })

  it('a speech or a meeting is not an actor, whatever organisation word its name holds', () => {
    const got = names('Memo\n\nThe State of the Union was long. Congress heard the State of the Union. The Paris Summit followed, and the Paris Summit ended.\n')
    expect(got.some(n => /^(State of the Union|Paris Summit):/.test(n))).toBe(false)
  })

  it('a title before a name makes a person, a middle initial included, and the bare surname is the same person', () => {
    const got = actorsOf('Memo\n\nPresident Donald J. Trump met the press. Later, President Trump said more.\n')
    const trump = got.find(a => a.kind === 'person')
    expect(trump?.name).toBe('Donald J. Trump')
    expect(trump?.mentions).toBe(2)
  })

  it('an acronym that spells a function word is the organisation it abbreviates ("DOD" = "Department of Defense")', () => {
    const got = actorsOf('Memo\n\nThe Department of Defense published its budget. Later, DOD asked for more.\n')
    expect(got.map(a => `${a.name}:${a.kind}:${a.mentions}`)).toContain('Department of Defense:organisation:2')
  })

  it('draws a relation only from the subject of its verb, never from a name a preposition governs or a clause before it', async () => {
    const { isSubjectOf } = await import('../../scripts/analyze/actors.ts')
    const at = (s: string, w: string) => s.indexOf(w)
    const a = 'Since the creation of the Space Force, space has become vital to Japan.'
    expect(isSubjectOf(a, at(a, 'Space Force'), at(a, 'has become'))).toBe(false)
    const b = 'Iran, a rival of the region, struck Israel.'
    expect(isSubjectOf(b, at(b, 'Iran'), at(b, 'struck'))).toBe(true)
    const c = 'At issue for Congress is Iran.'
    expect(isSubjectOf(c, at(c, 'Congress'), at(c, 'is'))).toBe(false)
  })

  it('a demonym before a title names the person as the subject of a relation, not the country', async () => {
    const { findActors } = await import('../../scripts/analyze/actors.ts')
    const text = 'Memo\n\nRussian President Vladimir Putin urged India to buy the system. India paid Russia. Putin thanked India. Russia signed with India.\n'
    const { relations } = findActors(ingest(new TextEncoder().encode(text), 'memo.txt').sections, 'en')
    const first = relations.find(r => r.verb === 'urged')
    expect(first?.from).toBe('vladimir-putin')
    expect(relations.map(r => `${r.from} ${r.verb} ${r.to}`)).toContain('india paid russia')
  })

  it('a relation\'s verb is a verb as written: never a bare word like "key", but an irregular past like "paid"', async () => {
    const { isVerbAsWritten } = await import('../../scripts/analyze/actors.ts')
    expect(isVerbAsWritten('key', "India's key defense partners, France and Israel, sell it arms.")).toBe(false)
    expect(isVerbAsWritten('paid', 'India paid Russia in rupees.')).toBe(true)
  })

  it('an organisation with a national prefix is the organisation the text names without it', () => {
    const got = actorsOf('Memo\n\nThe U.S. Space Force launched a satellite. The Space Force said so. The Space Force grew.\n')
    expect(got.filter(a => /Space Force/.test(a.name))).toHaveLength(1)
  })

  it('a titled name inside a longer run is split from the party or body before it, and from a name joined by "and"', () => {
    const got = names('Memo\n\nThe ruling Green Party Prime Minister Jane Doe won. Later, Prime Minister Doe and President Roe met. The Green Party lost a seat.\n')
    expect(got).toContain('Jane Doe:person')
    expect(got).toContain('Green Party:organisation')
    expect(got.some(n => n.startsWith('Green Party Prime Minister'))).toBe(false)
  })

  it('a demonym before an office title, and a country joined to a participle, name the country acting', () => {
    const got = names('Memo\n\nThe Kenya-brokered truce held for a week. Kenyan President John Mwangi announced it.\n')
    expect(got).toContain('Kenya:country')
  })

  it('an acronym made of word beginnings, or mixing cases, is read from its expansion ("MARAD", "FinCEN")', () => {
    const x = acronymExpansions('The Harbor Administration (HARAD) met the Grain Export Control Network (GrECN) and the Space Training and Readiness Command (STARCOM).')
    expect(x.get('HARAD')).toBe('Harbor Administration')
    expect(x.get('GrECN')).toBe('Grain Export Control Network')
    expect(x.get('STARCOM')).toBe('Space Training and Readiness Command')
  })

  it('an acronym the text expands to a name ending in an institution noun (Network, Labs, Corps, Dialogue) is an organisation', () => {
    const got = names('Memo\n\nThe Grain Export Control Network (GrECN) issued guidance. Later, GrECN fined two firms. The Northern Rivers Dialogue met in May. The Northern Rivers Dialogue then issued a statement.\n')
    expect(got).toContain('Grain Export Control Network:organisation')
    expect(got).toContain('Northern Rivers Dialogue:organisation')
  })

  it('"the Administration" is the one Administration the text names with a person, never one of two', () => {
    const one = actorsOf('Memo\n\nOn Monday, President Jane Roe spoke at length. The first Roe Administration imposed tariffs. The Administration later paused them.\n')
    expect(one.find(a => a.name === 'Roe Administration')?.mentions).toBe(2)
    const two = actorsOf('Memo\n\nOn Monday, President Jane Roe and President John Doe spoke at length. The Roe Administration imposed tariffs and the Doe Administration lifted them. The Administration later paused them.\n')
    expect(two.some(a => a.aliases.includes('Administration'))).toBe(false)
  })

  it('a demonym with a group noun is a group, and "nations" and "countries" after the same words are one group', () => {
    const got = actorsOf('Memo\n\nOn Monday, Kenyan shippers asked for help with the new fees. Later, Kenyan shippers paid them. Peru nations met in May. Peru countries said little.\n')
    expect(got.map(a => `${a.name}:${a.kind}`)).toContain('Kenyan shippers:group')
    expect(got.find(a => a.name === 'Peru nations')?.aliases).toContain('Peru countries')
  })

  it('members or officers of a body name the body ("Justices of the Supreme Court")', () => {
    const got = actorsOf('Memo\n\nOn Monday, the Judges of the Harbor Court met in the capital. The Harbor Court then ruled on the fees.\n')
    expect(got.find(a => a.name === 'Harbor Court')?.mentions).toBe(2)
  })

  it('an acronym written before the word for its kind of body is an organisation ("the NATO Alliance")', () => {
    const got = names('Memo\n\nOn Monday, the BALTA Alliance met in the capital. Officials said that BALTA would act. Members said that BALTA met again.\n')
    expect(got).toContain('BALTA:organisation')
  })

  it('a name the text introduces as a company is an organisation', () => {
    const got = names('Memo\n\nOn Monday, Zentrix, the Dutch company that makes lenses, opened a plant. Zentrix hired 300 workers.\n')
    expect(got).toContain('Zentrix:organisation')
    const chief = names('Memo\n\nOn Monday, Pat Hollis, the company\u2019s chief, opened a plant. Later, Pat Hollis said more.\n')
    expect(chief.some(n => n.startsWith('Pat Hollis:organisation'))).toBe(false)
  })

  it('a first name alone is the one person of that first name the text names in full', () => {
    const got = actorsOf('Memo\n\nOn Monday, I met Marta Quell at the plant. Marta builds engines. Marta said the plant is growing.\n')
    expect(got.find(a => a.name === 'Marta Quell')?.mentions).toBe(3)
    const two = actorsOf('Memo\n\nOn Monday, I met Marta Quell and Marta Brix at the plant. Marta builds engines. Marta said the plant is growing.\n')
    expect(two.some(a => a.aliases.includes('Marta'))).toBe(false)
  })

  it('a military or police rank before a name makes a person ("Sergeant First Class …")', () => {
    const got = names('Memo\n\nOn Monday, we honored Sergeant First Class Tomas Brell at the base. Later, Sergeant Brell was promoted.\n')
    expect(got).toContain('Tomas Brell:person')
  })

  it('a capitalised plural never written in lower case names a group, but not a demonym, a place or a common noun', () => {
    const got = names('Memo\n\nOn Monday, the party asked Whigs and Tories to vote. Later, both Whigs and Tories agreed. Some Americans and the new Regulations were at issue; the regulations and Americans again.\n')
    expect(got).toEqual(expect.arrayContaining(['Whigs:group', 'Tories:group']))
    expect(got.some(n => /^(Americans|Regulations):/.test(n))).toBe(false)
  })

  it('a company\u2019s first word alone is the company ("Zentrix" for "Zentrix Labs")', () => {
    const got = actorsOf('Memo\n\nOn Monday, regulators wrote to Zentrix Labs about its exchange. In May, Zentrix said the inquiry had closed.\n')
    expect(got.find(a => a.name === 'Zentrix Labs')).toMatchObject({ kind: 'organisation', mentions: 2 })
  })

  it('keeps a person only by a whole name, never a fragment ending in an initial', () => {
    const got = names('Memo\n\nAuthor(s): Shanton, Karen L.\n\nKaren L wrote it. Karen L said so again.\n')
    expect(got.some(n => n.endsWith(':person') && /\bL$/.test(n.split(':')[0]!))).toBe(false)
  })
})

describe('the bottom line', () => {
  it('a meta sentence, an example, a cross-reference or a caption reference is never the bottom line', () => {
    for (const s of ['This report first briefly describes the shipping market and then its risks.', 'For more on federal funding for those purposes, see CRS Insight IN12345, by someone.', 'For example, the ports of Savannah and Houston handle most of the cargo.', 'The MRC system is also known as the "Typhon" missile system (Figure 1).', '11).'])
      expect(judgementSentence(s), s).toBe(false)
  })

  it('takes the conclusion\'s first judgement sentence', () => {
    const a = ingest(new TextEncoder().encode('Memo\n\nIntroduction\n\nThis report describes the ports and what they handle each year.\n\nConclusion\n\nThe ports will likely need more federal money within the decade.\n'), 'memo.txt')
    expect(bottomLine(a)?.text).toBe('The ports will likely need more federal money within the decade.')
  })
})

describe('the timeline and key figures', () => {
  const find = async (text: string) => {
    const { findFigures } = await import('../../scripts/analyze/figures.ts')
    const { findTimeline } = await import('../../scripts/analyze/timeline.ts')
    const a = ingest(new TextEncoder().encode(text), 'memo.txt')
    return { events: findTimeline(a.sections), figures: findFigures(a.sections) }
  }

  it('a sentence with two dates gives each date the clause it governs', async () => {
    const { events } = await find('Memo\n\nIn 1901, Australia became a federation; since 1942, its forces have trained with the United States.\n')
    expect(events.map(e => e.date)).toEqual(['1901', '1942'])
  })

  it('a year inside a name, or a reference to a figure or report, is never an event', async () => {
    const { events } = await find('Memo\n\nThe Trade Act of 1974 allows it. A 2023 study found more (see Figure 2).\n')
    expect(events).toEqual([])
  })

  it('never puts one sentence on two key-figure cards', async () => {
    const { figures } = await find('Memo\n\nThe fund holds $20 billion, or 40% of the total, in 12 countries.\n')
    expect(figures).toHaveLength(1)
    expect(figures[0]!.value).toBe('$20 billion')
  })
})
