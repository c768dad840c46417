/**
 * Actors and relations, found with compromise's named-entity tags (places, organisations, people)
 * plus all-capital acronyms (NATO, AUKUS) — never a list of one article's names.
 *
 * Alias rules, stated:
 * 1. Possessives and leading "the" are dropped ("India’s" → India, "the Quad" → Quad), and so is a national prefix
 *    ("U.S. Space Force" → Space Force).
 * 2. An acronym equals a multi-word name whose initials it spells ("U.S." = "United States", "UN" = "United Nations"; from
 *    three letters, function words may give one: "DOD" = "Department of Defense").
 * 3. A capital city stands for its country ("New Delhi" → India, "Moscow" → Russia) — a general gazetteer.
 * 4. A person's surname alone merges into the full name seen elsewhere ("Putin" → "Vladimir Putin");
 *    titles ("President", "PM") are dropped.
 * Relations: in a sentence naming two or more actors, the first actor acts on the next one named
 * after the first verb that follows it; the verb is kept as written.
 */
import nlp from 'compromise'
import type { Actor, Confidence, Relation, Section, Sentence } from '../model.ts'
import { COUNTRY_OF, COUNTRY_OF_DEMONYM, countryOf, countryOfInitials, isDependency, isRegion, lexiconTags } from './gazetteer.ts'
import { allSections, allSentences } from '../text/tree.ts'
import { slugify } from '../text/words.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'
import { agentOf, followsVerb, headsPhrase, isCopula, isJointSubject, isDirectObject, isNegated, isObjectOf, isOption, isPassive, withInfinitive } from './relations.ts'

/** Capital → country, for alias rule 3: from the gazetteer (gazetteer.ts, the `world-countries` package). */
const capitalOf = (name: string): string | undefined => (COUNTRY_OF.get(name) !== name ? COUNTRY_OF.get(name) : undefined)
const TITLES = /^(President|Chief|Prime Minister|PM|Premier|Chancellor|Minister|Secretary|General|Gen\.|Senator|Sen\.|Rep\.|Mr\.|Mrs\.|Ms\.|Dr\.|King|Queen|Prince|Vice President)\s+/u

function clean(name: string): string {
  if (/^(?:\p{Lu}\.){2,}$/u.test(name.trim())) return name.trim()
  return name
    .replace(/[’']s?$|[’']s(?=\s)/u, '')
    .replace(/^(the|The)\s+/u, '')
    .replace(/[.,;:!?)(\]"“”—–-]+$/u, '')
    .replace(/(\s+\p{Ll}[\p{Ll}-]*)+$/u, '')
    .replace(/^[("“]+/u, '')
    .trim()
}
const initials = (name: string) => name.split(/\s+/).filter(w => /^\p{Lu}/u.test(w)).map(w => w[0]).join('')
/** Initials of every word, function words too ("Department of Defense" → DOD, "Department of Energy" → DOE). */
const allInitials = (name: string) => (name.includes(' ') ? name.split(/\s+/).map(w => w[0]!.toUpperCase()).join('') : '')
const acronymOf = (name: string) => name.replace(/\./g, '')

/** What the alias rules compare of a name. */
interface NameForms {
  /** Without a final period (rule 1). */
  bare: string
  /** A department's one-word field ("Department of the Treasury", "Treasury Department" → Treasury; never "Department
   * of the Air Force", a department over the Air Force), else the bare name (rule 1). */
  core: string
  /** Initials of its capitalised words, and the name without periods (rule 2). */
  initials: string
  /** Initials of every word (rule 2, for acronyms that spell a function word). */
  allInitials: string
  acronym: string
  /** All upper case (rule 2). */
  upper: boolean
  /** More than one word, and the last word, an article on it dropped (rule 4). */
  spaced: boolean
  last: string
}

function nameForms(name: string): NameForms {
  // a national prefix names the same body ("U.S. Space Force" is the "Space Force" the text names elsewhere)
  const bare = name.replace(/\.$/, '').replace(RE_NATIONAL_PREFIX, '')
  return { bare, core: bare.replace(/^(?:Department|Ministry)\s+of\s+(?:the\s+)?(?=\p{Lu}\p{Ll}+$)|(?<=^\p{Lu}\p{Ll}+)\s+(?:Department|Ministry)$/u, ''), initials: initials(name), allInitials: allInitials(name), acronym: acronymOf(name), upper: name === name.toUpperCase(), spaced: name.includes(' '), last: surname(name.split(' ').pop()!) }
}

/** A surname without the Arabic article written on it ("al-Burhan" is "Burhan" when the text writes it alone). */
const surname = (word: string) => word.replace(/^(?:al|el|Al|El)-(?=\p{Lu})/u, '')

/** "U.S." / "US" / "United States" before an organisation's name (rule 1). */
const RE_NATIONAL_PREFIX = /^(?:U\.S\.|US|United States)\s+(?=\p{Lu}\p{Ll})/u

/** A name found and its kind; `written`, the short form the text wrote when the name is the long one it stands for. */
interface Raw { name: string; kind: Actor['kind']; written?: string }

/** Capitalised runs (with inner "of", "and", "the") and acronyms: the only places an actor's name can be. */
// a run never swallows the first letter of an initialism after it ("The U.S." is "The" and "U.S.", not "The U")
// a middle initial stays inside a run when a capitalised word follows it ("Donald J. Trump")
// a person's particle stays inside the name ("Abdel Fattah al-Burhan", "Mohammed bin Salman", "Lula da Silva")
// a body's "of" and a committee's "on" stay inside its name ("U.S. Court of International Trade", "Committee on Armed Services")
const RE_CANDIDATE = /(?:\b(?:\p{Lu}\.){2,}(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}\p{Ll}[\p{L}’'-]*)*)|\b\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+|for\s+|(?<=(?:Committee|Subcommittee|Council|Commission|Caucus)\s+)on\s+)?\p{Lu}(?!\.)[\p{L}’'-]*|\s+\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|\s+(?:al|el)-\p{Lu}[\p{L}’'-]*|\s+(?:bin|ibn|de|da|dos|van|von|von der|van der)\s+\p{Lu}[\p{L}’'-]*)*/gu
const RE_ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6})$/u
// (a quantifier or a possessive pronoun opening a sentence is no part of a name: "Some Members of Congress", "Our allies")
const RE_LEADING_FUNCTION_WORD = /^(The|A|An|In|On|For|By|As|At|But|And|This|That|These|Those|It|Its|With|From|Under|After|Before|During|Since|While|When|If|Some|Many|Several|Most|Other|Both|All|Each|Every|Few|Such|Their|His|Her|Our|Two|Three|Four)\s+/u

/** A body named by a list of its fields ("Senate Banking, Housing, and Urban Affairs Committee"): one name. */
const CAP_RUN = "\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*"
export const RE_LISTED_BODY = new RegExp(`${CAP_RUN}(?:,\\s+${CAP_RUN})+,?\\s+and\\s+${CAP_RUN}\\s+(?:Committee|Subcommittee|Commission|Caucus)\\b`, 'gu')

/** Names in a list ("Jane Roe", "Jane L. Roe and Ann Fell"). */
const NAME = "\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*"
const NAME_LIST = `${NAME}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NAME})*`
/**
 * The authors of a work the text cites write about the actors rather than act: "see CRS Report R12345, Title, by Jane
 * Roe" is no mention of Jane Roe. (The report's own byline, "Author(s): …", never reaches the body text.)
 */
const RE_CITED_AUTHORS = new RegExp(`(?<=\\b(?:CRS|GAO|CBO|[Ss]ee)\\b[^;]*?,\\s+by\\s+)${NAME_LIST}`, 'gu')
/** An author-year citation, "(Roe and Fell, 2023)", "(Roe et al. 2024)": its names are authors, not mentions. */
const RE_AUTHOR_YEAR = /\((?:\p{Lu}[\p{L}’'-]+(?:,?\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]+|\s+et\s+al\.)?,?\s+(?:19|20)\d\d[a-z]?(?:[;,]\s*)?)+\)/gu

/** A case's name, "Trump v. United States", "Green v. U.S. Dep't of Justice": a title of a lawsuit, no mention of its parties. */
const CASE_PARTY = "\\p{Lu}[\\p{L}.’'&-]*(?:\\s+(?:(?:of|the|and|for|&)\\s+)*\\p{Lu}[\\p{L}.’'&-]*)*"
const RE_CASE_NAME = new RegExp(`${CASE_PARTY},?\\s+vs?\\.?\\s+${CASE_PARTY}`, 'gu')
/** Candidate phrases of a sentence, possessives removed ("Putin’s" is tagged apart from "Putin"); never its authors. */
function candidates(sentence: string): string[] {
  // a possessive ends a name ("President Trump’s Executive Order" names President Trump, not "Trump Executive Order"),
  // except an irregular plural's, inside a name ("People’s Republic of China")
  const masked = /\sv\.?\s/u.test(sentence) ? sentence.replace(RE_CASE_NAME, m => ' '.repeat(m.length)) : sentence
  const plain = (/,\s+by\s/u.test(masked) ? masked.replace(RE_CITED_AUTHORS, m => ' '.repeat(m.length)) : masked).replace(RE_AUTHOR_YEAR, m => ' '.repeat(m.length)).replace(/(?<=\p{L})(?<!\b(?:People|Women|Men|Children))[’']s\b/gu, '\u200b').replace(/(\p{L}s)[’'](?=\s|$)/gu, '$1\u200b')
  // a listed body's name is one candidate, and its parts are not candidates of their own
  const bodies = [...plain.matchAll(RE_LISTED_BODY)].map(m => m[0].replace(RE_LEADING_FUNCTION_WORD, ''))
  const text = bodies.length ? plain.replace(RE_LISTED_BODY, m => ' '.repeat(m.length)) : plain
  return [...bodies, ...[...text.matchAll(RE_CANDIDATE)]
    // an initialism followed by a number is a citation or a model ("P.L. 93-148", "H.R. 2012"), not an actor; nor is
    // an initialism glued to the abbreviation after it, a bill's designation ("S.J.Res. 9" is no "S.J.", Svalbard's code)
    .filter(m => !(RE_ACRONYM.test(m[0]) && /^\s*\d|^\p{L}/u.test(text.slice(m.index! + m[0].length))))
    // a city written with its state is a place ("Austin, Texas" is no Lloyd Austin, "Savannah, Georgia" no actor)
    .filter(m => !inState(m[0], text.slice(m.index! + m[0].length)))
    .flatMap(m => splitAtTitle(actingCountry(memberOf(m[0].replace(RE_LEADING_FUNCTION_WORD, ''))))).filter(c => c.length > 1)]
}

/** Is a name followed by ", <a sub-national region>" (and a stop) a city in that state or province? */
function inState(name: string, after: string): boolean {
  const m = /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=[,.;:)]|\s*$)/u.exec(after)
  return !!m && isRegion(m[1]!) && !isRegion(name) && !countryOf(name)
}

/** Members or officers of a body name the body ("Justices of the Supreme Court", "Members of Congress"). */
function memberOf(c: string): string {
  const m = /^(?:Members?|Justices?|Judges?|Chair(?:man|woman)?|Speaker)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(c)
  return m && RE_ORG_CUE.test(m[1]!) ? m[1]! : c
}

/**
 * A country joined to a participle names the country acting ("Pakistan-brokered", "Iran-backed"); "-based" is a place.
 * A maker joined to "-produced", "-built" … names the maker ("Raytheon-produced missiles").
 */
function actingCountry(c: string): string {
  const m = /^(.+)-(\p{Ll}+)$/u.exec(c)
  return m && ((/ed$/u.test(m[2]!) && m[2] !== 'based' && countryOf(m[1]!)) || (RE_MAKER_PARTICIPLE.test(m[2]!) && isMakerName(m[1]!))) ? m[1]! : c
}
const RE_MAKER_PARTICIPLE = /^(?:made|produced|built|manufactured|designed|developed|supplied)$/u
/** A word that can name a maker: no country, demonym or region, and no common word in compromise's lexicon ("State-owned"). */
const isMakerName = (w: string) => /^\p{Lu}\p{L}+$/u.test(w) && !countryOf(w) && !COUNTRY_OF_DEMONYM.has(w) && !isRegion(w) && !lexiconTags(w).some(t => !/Name$|^Person$|^ProperNoun$|^Organization$/u.test(t))

/** Splits "Japan, Australia" lists the tagger keeps together; drops titles, demonyms and compounds. */
function tidy(raws: Raw[]): Raw[] {
  return raws
    .flatMap(r => (new RegExp(`^${RE_LISTED_BODY.source}$`, 'u').test(r.name) ? [r.name] : r.name.split(/,\s*|\s+and\s+|—|–/)).map(n => ({ ...r, name: clean(n) })))
    .filter(r => r.name.length > 1 && /^\p{Lu}/u.test(r.name) && !TITLES.test(`${r.name} `) && !/^\p{Lu}\p{Ll}+(ian|ese|ish)$/u.test(r.name) && !/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(r.name))
}

/** A person's title, then the name as written (capitalised words, a middle initial allowed). */
const PERSON_TITLE = "(?:Chief Justice|Chief|General Secretary|Secretary[- ]General|(?:Vice |Deputy )?President|(?:Deputy )?Prime Minister|(?:Deputy )?Secretary|Senator|Sen\\.|Representative|Rep\\.|Governor|Ambassador|Chancellor|General|Gen\\.|Admiral|Adm\\.|Speaker|Minister|Chairman|Chairwoman|Chair|Director|Leader|Justice|Judge|Ranking Member|(?:Staff |Master |First |Command )?Sergeant(?: First Class| Major)?|Lieutenant|Captain|Colonel|Officer|Detective)"
const TITLED_NAME = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}"
const RE_TITLED_PERSON = new RegExp(`^${PERSON_TITLE}\\s+(${TITLED_NAME})$`, 'u')
const RE_ROLE_THEN_NAME = new RegExp(`^(?:(.+?)\\s+)?(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}\\p{Ll}[\\p{L}’'-]*)$`, 'u')
const isRoleNoun = (word: string) => lexiconTags(word).includes('Actor')
const RE_OFFICE_OF = new RegExp(`^(?:.+?\\s+)?(${PERSON_TITLE})\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+)?\\p{Lu}[\\p{L}’'-]*)*?\\s+(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}\\p{Ll}[\\p{L}’'-]*)$`, 'u')
/** A titled name, then "of" a body or a country ("Chief Randy Moore of the Forest Service"). */
const RE_TITLED_OF = new RegExp(`^(${PERSON_TITLE}\\s+${TITLED_NAME})\\s+of\\s+(?:the\\s+)?(\\p{Lu}.*)$`, 'u')
/** A run with a titled name after other words ("Labor Party Prime Minister Anthony Albanese", "Pakistani Prime Minister …"). */
const RE_TITLED_TAIL = new RegExp(`^(.+?)\\s+(${PERSON_TITLE}\\s+${TITLED_NAME})$`, 'u')

/**
 * A titled name inside a longer run is two candidates: what stands before the title (a party, a body, a country's
 * demonym: "Pakistani Prime Minister Shehbaz Sharif" names Pakistan) and the titled person.
 */
function splitAtTitle(c: string): string[] {
  if (RE_TITLED_PERSON.test(c)) return [c]
  // a titled name "of" a body or a country is the person and the body ("Chief Randy Moore of the Forest Service")
  const of = RE_TITLED_OF.exec(c)
  if (of && (RE_ORG_CUE.test(of[2]!) || countryOf(of[2]!))) return [of[1]!, of[2]!]
  // an office "of" a field before a name is the title ("Secretary of Energy Dana Holt" is Secretary Dana Holt, not a
  // person "Energy Dana Holt"); the name is its last two words, a middle initial allowed
  const office = RE_OFFICE_OF.exec(c)
  if (office && !RE_ORG_CUE.test(office[2]!)) return [`${office[1]} ${office[2]}`]
  // two names joined by "and", the second titled ("Prime Minister Albanese and President Trump"), are two names
  const and = c.lastIndexOf(' and ')
  if (and > 0 && RE_TITLED_PERSON.test(c.slice(and + 5))) return [...splitAtTitle(c.slice(0, and)), c.slice(and + 5)]
  const m = RE_TITLED_TAIL.exec(c)
  if (!m || /\b(?:Vice|Deputy)$/u.test(m[1]!) || !RE_TITLED_PERSON.test(m[2]!)) {
    // a role noun before a name is its title ("EPA Administrator Lee Zeldin", "Spokesperson Mao Ning"): compromise's
    // lexicon tags role nouns #Actor
    const role = RE_ROLE_THEN_NAME.exec(c)
    return role && isRoleNoun(role[2]!) && !RE_ORG_CUE.test(role[3]!) ? [...(role[1] ? [role[1]] : []), role[3]!] : [c]
  }
  const before = COUNTRY_OF_DEMONYM.get(m[1]!) ?? m[1]!
  return [before, m[2]!]
}

type Doc = ReturnType<typeof nlp>

/** One word compromise reads as a plural common noun, not a name ("Dynamics", "Motors"; never "Adams", a surname). */
const isPluralNoun = (name: string) => !name.includes(' ') && nlp(name).has('#Plural') && !nlp(name).has('#Person')

/** A word neither compromise's lexicon nor its tagger reads as anything but a noun ("Xi"; not "Second", a value). */
const isUnknownWord = (word: string) => !lexiconTags(word).length && !nlp(word).has('(#Value|#Adjective|#Verb|#Adverb|#Preposition|#Determiner|#Pronoun|#Conjunction)')

/** A word compromise reads as a verb in the past or present tense after a subject ("allowed", "says"). */
const isFiniteVerb = (word: string | undefined) => !!word && nlp(`It ${word} the plan.`).match(word).has('(#PastTense|#PresentTense)')

/** Is the name written right before a verb only a body does ("Anthropic said", "Acme later sued"), in a sentence it opens or after a comma? */
const actsAsBodyIn = (name: string, text: string) => new RegExp(`(?:^|[.;:]\\s+|,\\s+(?:and\\s+|but\\s+)?|\\band\\s+)${escapeRe(name)}\\s+(?:(?:has|have|had|also|later|then|subsequently|reportedly|publicly)\\s+)?(?:${ACTING_VERBS}|sued|objected|refused|declined|filed|delivered|partnered|acquired)\\b`, 'mu').test(text)
/** Institutions often named after a person. */
const RE_NAMED_INSTITUTION = /\b(?:University|College|Institution|Institute|Center|Centre|School|Hospital|Library|Museum|Foundation|Prize|Award|Memorial|Airport|Stadium)\b/u

/**
 * Classifies every distinct candidate phrase with compromise's tagger in ONE call (each phrase its own
 * line). Tagging costs per word, so the cost grows with the number of distinct names, not with the
 * length of the article. Acronyms and capitals are classified without the tagger.
 */
function classifyAll(phrases: string[], expanded: ReadonlyMap<string, string>, companies: ReadonlySet<string>, groups: ReadonlySet<string> = new Set(), people: ReadonlySet<string> = new Set()): Map<string, Raw[]> {
  const out = new Map<string, Raw[]>()
  const toTag: string[] = []
  // a company's first word alone is the company ("Uniswap" for "Uniswap Labs", "Acme" for "Acme Inc")
  // (and so is the first word of a two-word name the text calls a company: "Evergreen" for "Evergreen Marine, a shipping
  // company")
  const companyOf = new Map(phrases.flatMap(p => {
    const m = RE_COMPANY_NAME.exec(p)
    if (m) return [[m[1]!, p] as const]
    const named = companies.has(p) ? /^(\p{Lu}\p{L}+)\s+\p{Lu}\p{L}+$/u.exec(p) : null
    return named && isMakerName(named[1]!) ? [[named[1]!, p] as const] : []
  }))
  for (const p of phrases) {
    const titled = RE_TITLED_PERSON.exec(p)
    if (countryOf(p)) out.set(p, [{ name: p, kind: 'country' }])
    // a title before a name makes a person, whatever the tagger thinks ("President Trump", "Prime Minister Shehbaz Sharif")
    // (but a title word before a plural common noun opens a company's name: "General Dynamics", "General Motors")
    else if (titled && !RE_ORG_CUE.test(titled[1]!) && !countryOf(titled[1]!)) out.set(p, isPluralNoun(titled[1]!) ? [] : [{ name: titled[1]!, kind: 'person' }])
    // an organisation word names an organisation whatever the tagger thinks ("Congress", "U.S. Army", "Department of Defense")
    else if (RE_ORG_CUE.test(p) && !RE_ACRONYM.test(p) && !RE_THING_NAME.test(p)) out.set(p, [{ name: clean(p), kind: 'organisation' }])
    else if (companies.has(p)) out.set(p, [{ name: p, kind: 'organisation' }])
    // a name the text calls an armed group, a gang or a movement is a group ("a coalition known as …")
    else if (groups.has(p)) out.set(p, [{ name: p, kind: 'group' }])
    // a name the text gives a person's role is a person ("Taro Vessan, the company's chief executive")
    else if (people.has(p)) out.set(p, [{ name: p, kind: 'person' }])
    else if (companyOf.has(p)) out.set(p, [{ name: companyOf.get(p)!, kind: 'organisation', written: p }])
    // a short form the text expands is classified as an acronym is, by its expansion ("FinCEN", "STARCOM")
    else if (RE_ACRONYM.test(p) || expanded.has(p)) out.set(p, TITLES.test(`${p} `) ? [] : [{ name: p, kind: 'group' }])
    // a middle initial is the one period a name the tagger reads may hold ("Donald J. Trump")
    else if (!p.replace(/(?<=\s\p{Lu})\.(?=\s\p{Lu}\p{Ll})/gu, '').includes('.')) toTag.push(p)
  }
  if (!toTag.length) return capitalsAsPeople(out, phrases)
  const sentences = nlp(toTag.map(p => `${p}.`).join('\n')).sentences() as unknown as Doc
  // one line a phrase; should compromise split or join lines, each phrase is tagged on its own
  const found = sentences.length === toTag.length ? entitiesBySentence(sentences) : toTag.map(p => allEntities(entitiesBySentence(nlp(p))))
  toTag.forEach((p, i) => {
    const e = found[i]!
    // a person's name inside an institution's name is the institution's ("George Mason University" is no George Mason)
    const people = RE_NAMED_INSTITUTION.test(p) ? [] : e.people
    // (a company the text names in a list with others is the company, whatever the tagger reads: "Acme and Japan")
    const listed = p.split(/,\s*|\s+and\s+/u).filter(n => n !== p && companies.has(n))
    out.set(p, tidy([
      ...listed.map(n => ({ name: n, kind: 'organisation' as const })),
      ...people.filter(n => !listed.includes(clean(n))).map(n => ({ name: clean(n).replace(TITLES, ''), kind: 'person' as const })),
      ...e.places.map(n => ({ name: clean(n), kind: 'country' as const })),
      ...e.organizations.map(n => ({ name: clean(n), kind: 'organisation' as const })),
    ]))
  })
  // a surname alone the tagger does not know ("Bessent") is the person the text names in full ("Scott Bessent"), and so
  // is a family name written first ("Xi" for "Xi Jinping"; the first-name rule in findActors then merges it)
  // (a first word that is an English word, "Second" of "Second Gentleman", is no family name)
  const surnames = new Set([...out.values()].flat().filter(r => r.kind === 'person' && r.name.includes(' ')).flatMap(r => { const w = r.name.split(/\s+/); return [...(isUnknownWord(w[0]!) ? [w[0]!] : []), w[w.length - 1]!, surname(w[w.length - 1]!)] }))
  for (const p of toTag) if (!out.get(p)?.length && surnames.has(p)) out.set(p, [{ name: p, kind: 'person' }])
  return capitalsAsPeople(out, phrases)
}

/**
 * A capital alone that is the surname or first name of a person the text names in full is that person ("Hamilton" for
 * "Kevin Hamilton", not Bermuda's capital), unless the text names the capital's country by another name too.
 */
function capitalsAsPeople(out: Map<string, Raw[]>, phrases: string[]): Map<string, Raw[]> {
  const nameWords = new Set([...out.values()].flat().filter(r => r.kind === 'person' && r.name.includes(' ')).flatMap(r => { const w = r.name.split(/\s+/); return [w[0]!, w[w.length - 1]!] }))
  for (const p of phrases) {
    const country = capitalOf(p)
    if (country && nameWords.has(p) && !phrases.some(q => q !== p && countryOf(q) === country)) out.set(p, [{ name: p, kind: 'person' }])
  }
  return out
}

/** The named entities compromise finds, by kind, as written. */
interface Entities { people: string[]; places: string[]; organizations: string[] }

/** The entities of several sentences together, in sentence order. */
function allEntities(per: Entities[]): Entities {
  return { people: per.flatMap(e => e.people), places: per.flatMap(e => e.places), organizations: per.flatMap(e => e.organizations) }
}

/**
 * The entities of each sentence of a tagged document, indexed like its sentences. Each kind is looked up
 * once for the whole document and every match filed under its sentence: a lookup costs ~0.1 ms however
 * little it searches, and compromise's entity rules never reach across sentences.
 */
function entitiesBySentence(doc: Doc): Entities[] {
  const out: Entities[] = Array.from({ length: doc.length }, () => ({ people: [], places: [], organizations: [] }))
  const file = (view: Pick<Doc, 'forEach'>, kind: keyof Entities) => view.forEach((m) => {
    const n = m.pointer?.[0]?.[0]
    if (n !== undefined) out[n]?.[kind].push(...(m.out('array') as string[]))
  })
  file(doc.people(), 'people')
  file(doc.places(), 'places')
  file(doc.organizations(), 'organizations')
  return out
}

/**
 * The verb phrases of one sentence, as written (compromise may return normalised forms such as "will [w]in":
 * those are dropped). Tagging costs ~1 ms a sentence, so the caller asks only for sentences that can still
 * add a relation. compromise tags each sentence on its own: the result is the same as tagging it among others.
 */
function verbsOf(sentence: string): string[] {
  return (nlp(sentence).verbs().out('array') as string[]).filter(v => /^[\p{L}\s'’-]+$/u.test(v))
}

export function findActors(sections: Section[], language: string): { actors: Actor[]; relations: Relation[] } {
  if (language !== 'en') return { actors: [], relations: [] }
  const sentences = allSentences(sections)
  const byKey = new Map<string, Actor>()
  const perSentence: { s: Sentence; names: string[] }[] = []
  // the forms the alias rules compare, computed once per distinct name: a name is compared with every actor
  const forms = new Map<string, NameForms>()
  const formsOf = (name: string): NameForms => {
    let f = forms.get(name)
    if (!f) forms.set(name, f = nameForms(name))
    return f
  }
  const canonical = (raw: Raw): Actor => {
    // (a person keeps a name the gazetteer also knows as a capital: classifyAll read it as the person)
    // (and an acronym spelling a country's official or other name is that country: "the PRC", "Republic of Korea (ROK)")
    const country = raw.kind === 'person' ? undefined : countryOf(raw.name) ?? countryOfInitials(raw.name, c => namedCountries.has(c))
    const name = country ?? raw.name
    const kind = country ? 'country' : raw.kind
    const n = formsOf(name)
    const isAcronym = n.acronym.length >= 2 && n.acronym === n.acronym.toUpperCase()
    // the first actor, in order of first mention, that one of the rules makes this name's actor
    for (const a of byKey.values()) {
      const f = formsOf(a.name)
      // rule 1: the same name (or a known alias)
      // (a department is named by its field too: "Department of the Treasury" = "Treasury Department" = "Treasury")
      // (a body's own word the text gives as its short form is the body: "Bureau of Reclamation (Reclamation)")
      const short = (x: string, y: string) => /^\p{Lu}\p{Ll}+$/u.test(x) && evidence.expansions.get(x) === y
      if (short(a.name, name)) { a.aliases.push(a.name); a.name = name; a.id = slugify(name); a.kind = kind; return a }
      if (short(name, a.name)) { if (!a.aliases.includes(name)) a.aliases.push(name); return a }
      if (f.bare === n.bare || a.aliases.includes(name) || (f.core === n.core && (f.core !== f.bare || n.core !== n.bare) && kind === 'organisation' && a.kind === 'organisation')) {
        if (raw.name !== a.name && !a.aliases.includes(raw.name)) a.aliases.push(raw.name)
        return a
      }
      // rule 2: acronym ↔ initials
      if ((isAcronym && (f.initials === n.acronym || (n.acronym.length >= 3 && f.allInitials === n.acronym))) || (n.initials.length >= 2 && (f.acronym === n.initials || (f.acronym.length >= 3 && f.acronym === n.allInitials)) && f.upper)) {
        if (!a.aliases.includes(name)) a.aliases.push(name)
        if (n.spaced && !f.spaced) { a.aliases.push(a.name); a.name = name; a.id = slugify(name) }
        return a
      }
      // rule 4: surname alone ↔ full name
      // (a place is never a person's full name: "Virginia" is not the surname of "Eastern District of Virginia")
      if ((kind === 'person' || a.kind === 'person') && kind !== 'country' && a.kind !== 'country' && n.spaced !== f.spaced && n.last === f.last) {
        if (n.spaced) { a.aliases.push(a.name); a.name = name; a.id = slugify(name) } else a.aliases.push(name)
        a.kind = 'person'
        return a
      }
    }
    const actor: Actor = { id: slugify(name), name, kind, aliases: raw.name !== name ? [raw.name] : [], mentions: 0, span: { line: 0, endLine: 0 }, confidence: sure(0, 'not yet checked') }
    byKey.set(name, actor)
    return actor
  }
  const expansions = acronymExpansions(sentences.map(s => s.text).join('\n'))
  // an acronym the text expands, opening a longer name, names its body too ("the ISA Council", "the PLA Navy")
  const withBodies = (cs: string[]) => cs.flatMap(c => { const m = /^((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}&]*\p{Lu}[\p{L}&]*)\s+\p{Lu}/u.exec(c); return m && expansions.has(m[1]!) && !cs.includes(m[1]!) ? [c, m[1]!] : [c] })
  const firstCandidates = sentences.map(s => withBodies(candidates(s.text)))
  // a run "A and B Alliance" is two names where the text also writes "B Alliance" alone ("Optum and TriWest Healthcare
  // Alliance … TriWest Healthcare Alliance reported"); a body named with "and" is never so written in part ("Securities
  // and Exchange Commission")
  const seen = new Set(firstCandidates.flat())
  // (a word written inside a longer name elsewhere: "Abiy" of "Prime Minister Abiy Ahmed", "Sisi" of "al-Sisi")
  const longer = [...new Set(firstCandidates.flat().filter(c => c.includes(' ')))].map(c => [c, new Set(c.split(/\s+/u).map(surname))] as const)
  const inLonger = (word: string, run: string) => longer.some(([c, ws]) => c !== run && ws.has(word))
  const perCandidates = firstCandidates.map(cs => cs.flatMap(c => {
    // (countries and capitals joined by "and" are each named: "Tokyo and Manila signed …"; so are two single words each
    // written in a longer name: "Abiy and Sisi pledged …")
    const parts = c.split(/,\s*(?:and\s+)?|\s+and\s+/u)
    if (parts.length > 1 && (parts.every(p => countryOf(p)) || parts.every(p => /^\p{Lu}[\p{L}’'-]+$/u.test(p) && inLonger(p, c)))) return parts
    const i = c.indexOf(' and ')
    const [a, b] = [c.slice(0, i), c.slice(i + 5)]
    return i > 0 && c.indexOf(' and ', i + 1) < 0 && b.includes(' ') && seen.has(b) && !/\s(?:of|for|on)$/u.test(a) ? [a, b] : [c]
  }))
  // a country, its demonym or a region, then a collective noun, names a group ("Persian Gulf nations", "U.S. shippers");
  // "nations", "countries" and "states" after the same words are one group
  const family = (noun: string) => (/^(?:nations|countries|states)$/u.test(noun) ? 'nations' : noun)
  // a capitalised plural written inside a sentence names a group of people ("Democrats and Republicans", "trains
  // Guardians"), unless it is a demonym ("Americans"), a place or the members of a body the text names ("Members of Congress")
  const pluralsOf = (sentence: string): Raw[] => [...sentence.matchAll(RE_CAPITALISED_PLURAL)].flatMap(m => {
    const w = m[1]!
    // a name is always capitalised: a word the text also writes in lower case is a common noun ("Regulations", "regulations")
    // (nor the plural of an organisation word: "Treasuries" are bonds, "Agencies" several bodies)
    if (countryOf(w) || COUNTRY_OF_DEMONYM.has(w.slice(0, -1)) || new RegExp(`^(?:${RE_ORG_CUE.source})$`, 'u').test(w.replace(/ies$/u, 'y').replace(/s$/u, '')) || new RegExp(`\\b${w}\\s+of\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(text) || new RegExp(`(?<![\\p{L}])${w.toLowerCase().slice(0, -1)}s?(?![\\p{L}])`, 'u').test(text)) return []
    if (!plurals.has(w)) plurals.set(w, nlp(`${w}.`).has('#Plural') && !nlp(`${w}.`).has('(#Place|#Person|#Organization)'))
    if (!plurals.get(w)) return []
    evidence.collectives.set(w, sure(C.actor.capitalisedPlural, `a capitalised plural, never written in lower case: "${w}"`))
    return [{ name: w, kind: 'group' as const }]
  })
  const plurals = new Map<string, boolean>()
  const firstWritten = new Map<string, string>()
  const variants: [string, string][] = []
  // a country's demonym before its government, officials or forces names the country acting ("the Chilean government",
  // "Kenyan officials"); the words as written are one of its names
  const demonymBodiesOf = (sentence: string): Raw[] => [...sentence.matchAll(RE_DEMONYM_BODY)].flatMap(m => {
    const country = COUNTRY_OF_DEMONYM.get(m[1]!)
    return country ? [{ name: country, kind: 'country' as const, written: m[0] }] : []
  })
  const collectivesOf = (sentence: string): Raw[] => [...sentence.matchAll(RE_COLLECTIVE)].flatMap(m => {
    const [, q, noun] = m as unknown as [string, string, string]
    if (!(countryOf(q) || COUNTRY_OF_DEMONYM.has(q) || classes.get(q)?.some(r => r.kind === 'country' && r.name === q))) return []
    const key = `${q}|${family(noun)}`
    const written = `${q} ${noun}`
    const name = firstWritten.get(key) ?? written
    firstWritten.set(key, name)
    evidence.collectives.set(name, sure(C.actor.collective, `a country or region with a collective noun: "${name}"`))
    if (written !== name) variants.push([name, written])
    return [{ name, kind: 'group' as const }]
  })
  // only names the text uses at least twice can be on the actor map, so only candidates with a word
  // seen in two or more mentions are tagged ("Vladimir Putin" once and "Putin" later both qualify)
  const tokens = (c: string) => c.split(/\s+/).map(surname).filter(w => /^\p{Lu}/u.test(w))
  const counts = new Map<string, number>()
  for (const c of perCandidates.flat()) for (const w of tokens(c)) counts.set(w, (counts.get(w) ?? 0) + 1)
  const distinct = [...new Set(perCandidates.flat())]
  // the countries the text names by a name of their own, which the initials of a name of theirs may then stand for
  const namedCountries = new Set(distinct.flatMap(c => countryOf(c) ?? []))
  // (acronyms, organisation names and titled names are classified without the tagger, so each is kept: "DOD" once
  // may be "Department of Defense" once)
  const text = sentences.map(s => s.text).join('\n')
  const evidence: Evidence = { text, sentences: sentences.map(s => s.text), expansions, terms: termAcronyms(text), collectives: new Map(), companies: companyNames(text) }
  for (const c of distinct) if (isCorporateName(c) && !evidence.companies.has(c)) evidence.companies.set(c, `a name and an industry\u2019s word: "${c}"`)
  // a one-word name no lexicon knows, inside no longer name (a person's, a firm's), that the text makes speak or act as only
  // a body does ("Anthropic said", "Acme later sued") is an organisation's
  const words = new Set(distinct.filter(c => c.includes(' ')).flatMap(c => c.split(/\s+/u)))
  for (const c of distinct) if (!evidence.companies.has(c) && /^\p{Lu}\p{L}+$/u.test(c) && !words.has(c) && isMakerName(c) && !nlp(c).has('(#Person|#FirstName|#Place|#Verb|#Adverb)') && actsAsBodyIn(c, text)) evidence.companies.set(c, `written before a verb only a body does: "${new RegExp(`${escapeRe(c)}\\s+\\S+`, 'u').exec(text)?.[0] ?? c}"`)
  const companies = new Set(evidence.companies.keys())
  const groups = groupNames(text)
  const named = personNames(text, evidence.companies)
  for (const g of groups) evidence.collectives.set(g, sure(C.actor.collective, `the text calls it a group: "${g}"`))
  const classes = classifyAll(distinct.filter(c => countryOf(c) || RE_ACRONYM.test(c) || evidence.expansions.has(c) || companies.has(c) || groups.has(c) || named.has(c) || RE_ORG_CUE.test(c) || RE_TITLED_PERSON.test(c) || tokens(c).some(w => (counts.get(w) ?? 0) >= 2)), evidence.expansions, companies, groups, named)
  for (const [k, s] of sentences.entries()) {
    const names: string[] = []
    for (const raw of [...perCandidates[k]!.flatMap(c => classes.get(c) ?? []), ...collectivesOf(s.text), ...pluralsOf(s.text), ...demonymBodiesOf(s.text)]) {
      const a = canonical(raw)
      if (raw.written && raw.written !== a.name && !a.aliases.includes(raw.written)) a.aliases.push(raw.written)
      if (!names.includes(a.name)) { names.push(a.name); a.mentions++; if (!a.span.line) a.span = s.span }
    }
    perSentence.push({ s, names })
  }
  for (const [name, written] of variants) { const a = byKey.get(name); if (a && !a.aliases.includes(written)) a.aliases.push(written) }
  // a cabinet secretary "of" a field names the department of that field the text names ("the Secretary of Defense" is a
  // mention of the Department of Defense; "Secretary of State Jane Roe" of the State Department)
  // (never after another capitalised word: "Homeland Security Secretary" names no department "of Security")
  const departments = [...byKey.values()].filter(a => a.kind === 'organisation' && formsOf(a.name).core !== formsOf(a.name).bare)
  // (the field may stand before the title: "Commerce Secretary Jane Roe" of the Department of Commerce)
  if (departments.length) for (const x of perSentence) for (const m of x.s.text.matchAll(/\bSecretary\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+)\b(?!\s+(?:of|and|for)\b)|(?<!\p{Lu}[\p{L}’'-]*\s)(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+Secretary\b/gu)) {
    const d = departments.find(a => formsOf(a.name).core === (m[1] ?? m[2]))
    if (!d) continue
    const office = m[0].replace(/\s+/gu, ' ')
    if (!d.aliases.includes(office)) d.aliases.push(office)
    if (!x.names.includes(d.name)) { x.names.push(d.name); d.mentions++ }
  }
  // a first name alone is the one person of that first name the text names in full ("Joshua" → "Joshua Davis")
  const people = [...byKey.values()].filter(a => a.kind === 'person' && a.mentions > 0)
  // — unless the text writes that word as a place ("in Virginia" is no Virginia Foxx)
  const asPlace = (name: string) => sentences.some(s => {
    for (let i = s.text.indexOf(name); i >= 0; i = s.text.indexOf(name, i + 1)) if (!/\p{L}/u.test(s.text[i + name.length] ?? '') && RE_LOCATIVE.test(s.text.slice(Math.max(0, i - 60), i))) return true
    return false
  })
  for (const p of people.filter(a => !a.name.includes(' '))) {
    const full = people.filter(a => a.name.split(/\s+/).length >= 2 && a.name.split(/\s+/)[0] === p.name)
    if (full.length === 1 && byKey.get(p.name) === p && !asPlace(p.name)) mergeInto(full[0]!, p)
  }
  // "the Administration" is the one Administration the text names with a person ("the second Trump Administration")
  const surnames = new Set([...byKey.values()].filter(a => a.kind === 'person').flatMap(a => [a.name, ...a.aliases].map(n => n.split(/\s+/).pop()!)))
  const bare = byKey.get('Administration')
  const led = [...byKey.values()].filter(a => a.mentions > 0 && surnames.has(/^(\S+)\s+Administration$/u.exec(a.name)?.[1] ?? ''))
  if (bare && led.length === 1) mergeInto(led[0]!, bare)
  // "the Commission", "the Council" is the one body of that head the text names in full ("the Wildland Fire … Commission",
  // "the Arctic Council"); with two such bodies it names neither
  for (const head of [...byKey.values()].filter(a => a.kind === 'organisation' && a.mentions > 0 && RE_BARE_HEAD.test(a.name))) {
    const full = [...byKey.values()].filter(a => a !== head && a.kind === 'organisation' && a.mentions > 0 && a.name.endsWith(` ${head.name}`))
    if (full.length === 1 && byKey.get(head.name) === head) mergeInto(full[0]!, head)
  }
  function mergeInto(a: Actor, b: Actor) {
    for (const x of perSentence) if (x.names.includes(b.name)) x.names = [...new Set(x.names.map(n => (n === b.name ? a.name : n)))]
    a.aliases.push(...[b.name, ...b.aliases].filter(n => n !== a.name && !a.aliases.includes(n)))
    a.mentions = perSentence.filter(x => x.names.includes(a.name)).length
    a.span = perSentence.find(x => x.names.includes(a.name))!.s.span
    byKey.delete(b.name)
  }
  // a country or a group named only as a location ("in Iraq", "in Kosovo and Iraq", "to Lebanon", "across the Balkans") or as a bare label
  // ("Lebanon." heading a list item) is a place: it must be named once as more
  const acts = (a: Actor) => sentences.some(s => [a.name, ...a.aliases].some(n => {
    if (s.text.replace(/[.:;,\s]+$/u, '') === n) return false
    for (let i = s.text.indexOf(n); i >= 0; i = s.text.indexOf(n, i + 1)) {
      // (a name's letters inside a longer word are no mention of it: "US" in "GENIUS Act")
      // (nor is a national prefix inside a body's name: "U.S." in "the U.S. Court of Appeals")
      // (nor a name inside a modifier of where a thing is based or registered: "U.S.-based refiners", "U.S.-flagged
      // tankers"; an agent's participle is a mention of it acting: "the Pakistan-brokered ceasefire")
      if (/[\p{L}\p{N}]/u.test(s.text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(s.text[i + n.length] ?? '') || /^\s\p{Lu}\p{Ll}/u.test(s.text.slice(i + n.length)) || RE_PLACE_COMPOUND.test(s.text.slice(i + n.length))) continue
      const label = i === 0 && /^[.:]\s/u.test(s.text.slice(n.length))
      const before = s.text.slice(Math.max(0, i - 60), i)
      if (!label && !RE_LOCATIVE.test(before) && !RE_LISTED_ITEM.test(before) && !(a.kind === 'country' && isAttributive(before, s.text.slice(i + n.length)))) return true
      // a name after ", and" that a finite verb follows opens a new clause, no list of places ("crossings from Chad,
      // and N'Djamena allowed …")
      if (!label && /,\s+(?:and|but)\s+$/u.test(s.text.slice(0, i)) && !isAttributive(before, s.text.slice(i + n.length)) && isFiniteVerb(/^\s+(\p{Ll}+)/u.exec(s.text.slice(i + n.length))?.[1])) return true
    }
    return false
  }))
  // a country that shares a sub-national region's name ("Georgia") is the region in a text that writes it as one: set off
  // by commas after a place not a country ("Savannah, Georgia, …") or in a sentence naming another region ("Texas, Ohio
  // and Georgia")
  // (a dependent territory is read so too: "Puerto Rico, Guam, and American Samoa")
  const regionLike = (name: string) => isRegion(name) || isDependency(name)
  const asRegion = (a: Actor) => regionLike(a.name) && sentences.some(s => {
    const at = new RegExp(`(?<![\\p{L}])${escapeRe(a.name)}(?![\\p{L}])`, 'u').exec(s.text)
    if (!at) return false
    // (before a state's offices or after "the state of" it is the state: "Georgia Secretary of State", "Georgia voters")
    if (RE_STATE_OFFICE.test(s.text.slice(at.index + a.name.length)) || /\b[Ss]tate\s+of\s+$/u.test(s.text.slice(0, at.index))) return true
    const before = /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),\s+$/u.exec(s.text.slice(0, at.index))
    if (before && !countryOf(before[1]!) && /^(?:[,.;:]|$)/u.test(s.text.slice(at.index + a.name.length))) return true
    const words = s.text.match(/\p{Lu}\p{Ll}+/gu) ?? []
    return [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)].some(w => w !== a.name && regionLike(w) && (!countryOf(w) || isDependency(w)))
  })
  const actors = [...new Set(byKey.values())].filter(a => a.mentions > 0).flatMap(a => accept(a, evidence)).filter(a => (a.kind !== 'country' && a.kind !== 'group') || (acts(a) && (a.kind === 'group' || !asRegion(a)))).sort((a, b) => b.mentions - a.mentions || a.span.line - b.span.line)
  const top = new Set(actors.slice(0, 10).map(a => a.name))
  const idOf = new Map(actors.map(a => [a.name, a.id]))
  const relations: Relation[] = []
  const pairs = new Set<string>()
  // a sentence's names are the accepted actors' names (an expanded acronym now goes by its expansion)
  const nameOf = new Map(actors.flatMap(a => [[a.name, a.name] as const, ...a.aliases.map(x => [x, a.name] as const)]))
  for (const x of perSentence) x.names = [...new Set(x.names.flatMap(n => nameOf.get(n) ?? []))]
  const withPairs = perSentence.filter(x => x.names.filter(n => top.has(n)).length >= 2).slice(0, 60)
  const aliasesOf = new Map(actors.map(a => [a.name, [a.name, ...a.aliases]]))
  // where a sentence names an actor as a whole word ("Russia" is not named by "Russian President …", which names the
  // person: a demonym before a title counts a mention of the country, never its place as a subject or object)
  const wholeWord = (text: string, n: string) => {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) if (!/[\p{L}\p{N}]/u.test(text[i + n.length] ?? '') && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return i
    return -1
  }
  /** Where the sentence first names the actor as a whole word, and the length of the name it uses there. */
  const where = (text: string, name: string) => (aliasesOf.get(name) ?? [name]).map(n => ({ at: wholeWord(text, n), length: n.length }))
    .filter(x => x.at >= 0).sort((a, b) => a.at - b.at || b.length - a.length)[0] ?? { at: Infinity, length: 0 }
  const at = (text: string, name: string) => where(text, name).at
  const known = (from: string, to: string) => pairs.has(`${from}→${to}`) || pairs.has(`${to}→${from}`)
  for (const { s, names } of withPairs) {
    // a subject is an actor heading its noun phrase (each in turn, in the order named: "When Chile withdrew, Peru
    // condemned Brazil" has two); the verb is the first one after it, the objects the next two actors
    const present = names.filter(n => top.has(n) && at(s.text, n) < Infinity).sort((a, b) => at(s.text, a) - at(s.text, b))
    if (present.length < 2) continue
    let verbs: string[] | undefined
    for (const [i, from] of present.slice(0, -1).entries()) {
    const objects = present.slice(i + 1, i + 3)
    // a sentence whose pairs are all related already adds nothing: it is not tagged
    if (objects.every(to => known(from, to))) continue
    const subject = where(s.text, from)
    if (!headsPhrase(s.text, subject.at, subject.length) || followsVerb(s.text, subject.at)) continue
    verbs ??= verbsOf(s.text)
    const start = subject.at
    for (const to of objects) {
      const object = where(s.text, to)
      // the verb stands between the two actors
      // (two subjects joined by "and" share the verb after the second)
      const after = verbs.find(v => s.text.indexOf(v, object.at) > object.at)
      const jointVerb = after && isJointSubject(s.text, subject.at + subject.length, object.at, object.length, s.text.indexOf(after, object.at), after) ? after : undefined
      const verb = jointVerb ?? verbs.find(v => { const i = s.text.indexOf(v, start); return i > start && i < object.at })
      if (!verb || (!jointVerb && !isSubjectOf(s.text, start, s.text.indexOf(verb, start)))) continue
      if (known(from, to)) continue
      let written = verb.replace(/[.,;:]+$/, '')
      // an auxiliary alone ("has" of "has since pressed") is no verb phrase: the phrase runs on over the adverbs to the
      // verb after them, or no edge is drawn
      if (RE_AUXILIARY.test(written)) {
        const at = s.text.indexOf(written, start)
        const rest = RE_AFTER_AUXILIARY.exec(s.text.slice(at + written.length))
        if (!rest || at + written.length + rest[0].length > object.at) continue
        written = s.text.slice(at, at + written.length + rest[0].length)
      }
      if (!isVerbAsWritten(written, s.text) || isCopula(written) || isNegated(written) || isOption(written)) continue
      const writtenEnd = s.text.indexOf(written, start) + written.length
      const phrase = written + withInfinitive(s.text, writtenEnd, object.at)
      const verbEnd = writtenEnd + phrase.length - written.length
      // an object after a second verb joined by "and" is that verb's ("aims to erode U.S. influence and position
      // Russia as …"), unless the two verbs share it ("prepares and trains Guardians")
      if (verbs.some(v => { const i = s.text.indexOf(v, verbEnd); return i > verbEnd && i < object.at && /\S\s+and\s+$/u.test(s.text.slice(verbEnd, i)) })) continue
      // a passive runs from its agent ("India was pressured by the United States": United States → India)
      const passive = isPassive(phrase, s.text)
      // two subjects of one verb act together ("the United States and Iran agreed to a ceasefire")
      const joint = jointVerb !== undefined
      if (joint ? passive : (passive ? !agentOf(s.text, verbEnd, object.at) || !headsPhrase(s.text, object.at, object.length) : !isObjectOf(s.text, verbEnd, object.at, object.length))) continue
      // an object named by what it owns or fields is the verb's own object, never one inside a phrase after another noun
      // ("Lee and Trump have held two summits on South Korea's defense costs" is no edge to South Korea)
      if (!joint && !passive && !headsPhrase(s.text, object.at, object.length) && !isDirectObject(s.text, verbEnd, object.at)) continue
      // an actor after "from" is where a thing came from, no object of the verb ("received a notice from the SEC")
      // (nor one listed after it: "faces threats from China and Pakistan")
      if (!passive && /(?:^|\s)from\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*$/u.test(s.text.slice(verbEnd, object.at))) continue
      const [a, b] = passive ? [to, from] : [from, to]
      const shown = passive ? phrase.replace(/^(?:(?:is|are|was|were|has been|have been|had been|will be|be|been|being)\s+)+/u, '') : phrase
      pairs.add(`${a}→${b}`)
      const basis = passive ? 'passive: the agent after "by" acts' : joint ? 'two subjects of one verb' : 'subject named first, object in the verb\'s clause'
      const confidence = shown.includes(' ') ? sure(C.relation.phrase, `verb phrase "${shown}" between the two actors`, basis) : sure(C.relation.word, `verb "${shown}" between the two actors`, basis)
      relations.push({ from: idOf.get(a)!, to: idOf.get(b)!, verb: shown, ...(joint ? { mutual: true } : {}), span: s.span, confidence })
    }
    }
  }
  return { actors, relations }
}

/** An auxiliary verb alone. */
const RE_AUXILIARY = /^(?:has|have|had|will|would|can|could|may|might|must|should|shall|does|do|did)$/u
/** Adverbs after an auxiliary, then the verb they lead to ("has since pressed", "have also repeatedly urged"). */
const RE_AFTER_AUXILIARY = /^(?:\s+(?:\p{Ll}+ly|since|also|now|then|still|already|just|long|again|further|often|twice|once|yet))+\s+\p{Ll}+/u
/** Words that make a name an organisation's (Department of …, … Agency, … Court). */
export const RE_ORG_CUE = /\b(Department|Ministry|Agency|Administration|Council|Commission|Committee|Congress|Parliament|Senate|House|Assembly|Court|Authority|Bank|Fund|Organi[sz]ation|Union|Office|Bureau|Service|Institute|Association|Alliance|Party|Government|Forces?|Army|Navy|Air Force|Marine Corps|Coast Guard|Command|Corporation|Company|Inc|Board|Reserve|Secretariat|Nations|Pentagon|Kremlin|White House|Treasury|Cabinet|Police|Coalition|League|Foundation|Federation|Legislature|Duma|Politburo|Ministry|Military|Dialogue|Labs|Institution|LLC|Corp|Ltd)\b/u
/** The heads a text writes alone for the one body of that kind it names in full ("the Commission"); never "the Administration" or "the Government", a state's. */
const RE_BARE_HEAD = /^(?:Commission|Council|Committee|Board|Agency|Bureau|Office|Authority|Court|Institute|Alliance|Coalition|Service|Department|Ministry)$/u
/** Organisation words that name no one organisation on their own. */
const RE_GENERIC_ORG = /^(Administration|Government|Department|Agency|Ministry|Council|Commission|Committee|Court|Office|Bureau|Service|Institute|Association|Party|Union|Bank|Fund|Board|Authority|Command|Company|Corporation|Forces?|Military|Nations|Alliance|Coalition|League|Foundation|Federation|Cabinet|Police|Reserve|Secretariat|Assembly|Inc|Dialogue|Labs|Institution|LLC|Corp|Ltd)$/u
/** Heads that make an expansion an institution's name, though alone they name no kind ("Financial Crimes Enforcement Network (FinCEN)"). */
const RE_INSTITUTION_HEAD = /\b(?:Network|Labs?|Laboratory|Corps|Dialogue|Services|Task Force)$|^Cent(?:er|re)s?\s+(?:for|of|on)\s/u
/** A name (a dotted initialism or capitalised words) before a collective noun: "Persian Gulf nations", "U.S. shippers". */
const RE_COLLECTIVE = /(?<![\p{L}.])((?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)\s+(nations|countries|states|shippers|oligarchs|people)\b/gu
/** A demonym before the words for a state's government, officials or forces ("the Chilean government", "Kenyan police"). */
const RE_DEMONYM_BODY = /(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+(?:government|authorities|officials|leaders|lawmakers|legislators|diplomats|negotiators|military|armed forces|forces|troops|navy|army|coast guard|police|regime|delegation|embassy|foreign ministry|leadership)\b/gu
/** A company's name: one word and a corporate head. */
const RE_COMPANY_NAME = /^(\p{Lu}[\p{L}-]+)\s+(?:Labs|Inc\.?|Corp\.?|Corporation|Company|Technologies|Holdings|Shipbuilding|Shipyards?|Industries|Pharmaceuticals?|Aerospace|Airlines|Airways|Motors|Mining|Lithium|Minerals|Petroleum|Steel|Semiconductors?|Electronics|Therapeutics|Platforms|Energy|Resources)$/u
/**
 * A proper name and an industry's word ("Halvor Shipbuilding", "Ganmark Lithium") is a company's name, when the name is
 * no country, region, demonym or common word ("Naval Shipbuilding", "Critical Minerals", "Clean Energy" are not).
 */
const isCorporateName = (p: string) => { const m = RE_COMPANY_NAME.exec(p); return !!m && !/^(?:Labs|Inc\.?|Corp\.?|Corporation|Company)$/u.test(p.slice(m[1]!.length + 1)) && isMakerName(m[1]!) }
/** The word for a kind of body, after an acronym ("NATO Alliance"). */
const RE_BODY_KIND = /(Alliance|Organi[sz]ation|Union|Coalition|League|Federation)\b/u
/** What an appositive calls a company ("Intel, the American company that …"). */
// never "the company's CEO", which names a person
// (and the nouns for what a company or a charity is: "a drug maker", "a shipbuilder", "a nonprofit")
// (a think tank, an advocacy, conservation, aid or trade group is an organisation too; an armed group is a group)
const COMPANY_NOUNS = 'company|firm|corporation|manufacturer|startup|automaker|chipmaker|drugmaker|maker|producer|developer|contractor|shipbuilder|supplier|insurer|lender|refiner|conglomerate|subsidiary|nonprofit|charity|think tank|(?:advocacy|conservation|environmental|humanitarian|aid|relief|industry|trade|research|civil society|nonprofit) (?:group|organi[sz]ation)|trade association'
const RE_COMPANY_NOUN = new RegExp(`(${COMPANY_NOUNS})\\b(?![’'])`, 'u')
/** The words before a company noun: up to three, a national initialism among them ("a U.S. mining company"). */
const COMPANY_MODIFIERS = "(?:(?:[\\p{L}-]+|(?:\\p{Lu}\\.){2,})\\s+){0,3}?"
/** "Intel, the American company that …": the name an appositive calls a company. */
const RE_INTRODUCED_COMPANY = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2}),\\s+(?:the|a|an)\\s+${COMPANY_MODIFIERS}${RE_COMPANY_NOUN.source}`, 'gu')
/** "the state copper company, Codelco," / "the drugmaker Acme": the name after a company noun, set off or not. */
const RE_NAMED_COMPANY = new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+${COMPANY_MODIFIERS}(?:${COMPANY_NOUNS}),?\\s+(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2})(?=[,.;:]|\\s+\\p{Ll})`, 'gu')
/** "firms such as Acme and Zenith", "aid groups including Mercy Corps": the names a list of companies or charities gives. */
const LISTED_NOUNS = 'companies|firms|manufacturers|producers|makers|developers|contractors|shipbuilders|suppliers|insurers|lenders|refiners|drugmakers|automakers|chipmakers|nonprofits|charities|aid groups|aid organi[sz]ations|nongovernmental organi[sz]ations'
// (the noun may open the sentence: "Firms such as …")
const RE_LISTED_COMPANIES = new RegExp(`\\b(?:${LISTED_NOUNS.split('|').map(w => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\\s+(?:such as|including|like)\\s+((?:the\\s+)?${NAME}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?${NAME})*)`, 'gu')
/** "Acme-built ships", "Acme-made chips": a maker written before the participle (a country or its demonym is no company). */
const RE_MAKER = /(?<![\p{L}’'-])(\p{Lu}[\p{L}]+)-(?:made|produced|built|manufactured|designed|developed|supplied)\b/gu
/** "Acme’s chief executive", "Acme’s shareholders": what only a company has. */
const RE_CORPORATE_POSSESSIVE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})[’']s\s+(?:(?:chief executive|CEO|chief financial officer|CFO|shareholders|board of directors|stock price|shares|subsidiary|subsidiaries|founder|co-founder)\b)/gu

/** The names a text itself calls companies (or charities), with the wording that does. */
export function companyNames(text: string): Map<string, string> {
  const out = new Map<string, string>()
  const put = (name: string, why: string) => {
    const n = name.replace(RE_LEADING_FUNCTION_WORD, '')
    // a country, its demonym or a region is no company ("Chinese-made", "Texas-based")
    if (!countryOf(n) && !COUNTRY_OF_DEMONYM.has(n) && !isRegion(n) && !out.has(n)) out.set(n, why)
  }
  for (const m of text.matchAll(RE_INTRODUCED_COMPANY)) put(m[1]!, `introduced as a ${m[2]}`)
  for (const m of text.matchAll(RE_NAMED_COMPANY)) put(m[m.length - 1]!, 'named after a company noun')
  for (const m of text.matchAll(RE_LISTED_COMPANIES)) for (const n of m[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/u)) put(n.replace(/^the\s+/u, ''), 'listed among companies or charities')
  for (const m of text.matchAll(RE_MAKER)) if (isMakerName(m[1]!)) put(m[1]!, `written before "${m[0].slice(m[1]!.length + 1)}"`)
  for (const m of text.matchAll(RE_CORPORATE_POSSESSIVE)) put(m[1]!, 'a company\u2019s officers or shares')
  return out
}
/** The roles an appositive or a lower-case title gives a person ("Taro Vessan, the company\u2019s chief executive"). */
const PERSON_ROLES = 'chief executive|chief executive officer|CEO|founder|co-founder|president|chairman|chairwoman|chair|director|spokesperson|spokesman|spokeswoman|minister|prime minister|foreign minister|leader|head|professor|economist|ambassador|commander|governor|mayor|administrator|commissioner|envoy|adviser|advisor'
const PERSON_NAME = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2}"
/** "Taro Vessan, the company's chief executive," / "Taro Vessan, a former minister": a name an appositive gives a role. */
const RE_ROLE_APPOSITIVE = new RegExp(`(?<![\\p{L}’'-])(${PERSON_NAME}),\\s+(?:the|a|an|its|his|her|their)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?(?:${PERSON_ROLES})\\b(?![’'-])`, 'gu')
/** "its chief executive, Taro Vessan," / "foreign minister Taro Vessan": a name after a role written in lower case. */
const RE_ROLE_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${PERSON_ROLES.split('|').filter(r => r !== 'CEO').join('|')}),?\\s+(${PERSON_NAME})(?=[,.;:]|\\s+\\p{Ll})`, 'gu')

/**
 * The names a text gives a person's role, whatever the tagger reads (it knows few names outside its lexicon): each word a
 * name, never a common word, a country, a region or a demonym, and no organisation's or company's name.
 */
export function personNames(text: string, companies: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>()
  for (const m of [...text.matchAll(RE_ROLE_APPOSITIVE), ...text.matchAll(RE_ROLE_BEFORE)]) {
    const n = m[1]!
    if (RE_ORG_CUE.test(n) || companies.has(n) || !n.split(/\s+/u).every(w => w.split('-').every(isMakerName))) continue
    out.add(n)
  }
  return out
}

/** What the text calls a group of people that acts together: an armed group, a gang, a movement. */
const GROUP_NOUNS = 'coalition|alliance|militia|movement|gang|cartel|faction|group|insurgency'
/** "a coalition known as Viv Tarsa", "the militia called the Red Hand": a group the text names by what it calls it. */
const RE_KNOWN_AS_GROUP = new RegExp(`\\b(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${GROUP_NOUNS})\\s+(?:known as|called|named)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3})`, 'gu')
/** "the Red Hand, an armed group that …": an appositive that calls a name an armed or militant group. */
const RE_INTRODUCED_GROUP = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}),\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:armed|militant|rebel|paramilitary|terrorist|criminal|separatist|insurgent|jihadist|extremist)\\s+(?:group|organi[sz]ation|movement|faction|militia|network)\\b`, 'gu')

/** The names a text itself calls armed groups, gangs or movements (never a country, a demonym or a region). */
export function groupNames(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of [...text.matchAll(RE_KNOWN_AS_GROUP), ...text.matchAll(RE_INTRODUCED_GROUP)]) {
    const n = m[1]!.replace(RE_LEADING_FUNCTION_WORD, '')
    if (!countryOf(n) && !COUNTRY_OF_DEMONYM.has(n) && !isRegion(n)) out.add(n)
  }
  return out
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A capitalised plural inside a sentence, alone or listed with others ("as Democrats Republicans and Independents"). */
// (a capitalised word ending in "ss" is no plural of a list: "Express Scripts" is a company, no "Scripts")
// (nor is the first part of a hyphenated name: "a Trans-Caspian Pipeline")
const RE_CAPITALISED_PLURAL = /(?<=(?:(?<![\p{L}’'-])\p{Ll}+|[,;:]|(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?<!s)s(?:\s+and)?)\s+)(\p{Lu}\p{Ll}{2,}s)\b(?![-’'])(?!\s+(?:of\s+)?\p{Lu}(?!\p{Ll}+s\b))/gu
/** A group of states named as such. */
const RE_GROUP_CUE = /\b(Dialogue|Quad|Group of|G\d+|Bloc|Caucus)\b/u

/** "Department of Defense (DOD)" → DOD ↦ Department of Defense: the text's own expansion of each acronym. */
export function acronymExpansions(text: string): Map<string, string> {
  const out = new Map<string, string>()
  // the short form may mix cases ("FinCEN", "SpOC") when it holds at least two capitals
  // ("&" joins two fields like "and": "Centers for Medicare & Medicaid Services (CMS)")
  const re = /((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|for|and|the|on|in|&)\s+)*){0,8}\p{Lu}[\p{L}’'.-]*)\s+\((?:the\s+)?(\p{Lu}(?=[\p{L}\d&.-]*\p{Lu})[\p{L}\d&.-]{1,9}?)s?\)/gu
  for (const m of text.matchAll(re)) {
    const [, long, short] = m
    if (!long || !short || out.has(short)) continue
    // the acronym's letters, in order, are initials of the words (function words may give one: DOD, DOE); the
    // expansion is the shortest run of words before the parenthesis whose initials spell them, from a capital
    const words = long.split(/\s+/)
    const letters = short.replace(/[^\p{Lu}]/gu, '')
    const spells = (ws: string[]) => {
      let i = 0
      for (const w of ws) if (i < letters.length && w[0]!.toUpperCase() === letters[i]) i++
      return i === letters.length
    }
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from)
      if (/^\p{Lu}/u.test(tail[0]!) && tail[0]![0] === letters[0] && (spells(tail) || clips(short, tail)) && tail.filter(w => /^\p{Lu}/u.test(w)).length >= Math.min(2, letters.length)) {
        // an acronym of a body's field names the body the words before give ("Bureau of International Narcotics and Law
        // Enforcement Affairs (INL)", "Office of the United States Trade Representative (USTR)")
        const head = /^(?:of|for|on)$/u.test(words[from - 1] ?? '') ? from - 1 : words[from - 1] === 'the' && /^(?:of|for|on)$/u.test(words[from - 2] ?? '') ? from - 2 : -1
        const body = head > 0 && !RE_ORG_CUE.test(tail.join(' ')) && new RegExp(`^(?:${RE_ORG_CUE.source})$`, 'u').test(words[head - 1]!) ? head - 1 : from
        out.set(short, words.slice(body).join(' '))
        break
      }
    }
  }
  // a body's own word as its short form: "the Bureau of Reclamation (Reclamation)", "Department of the Interior (Interior)"
  for (const m of text.matchAll(/(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)*\p{Lu}[\p{L}’'.-]*)+)\s+\((\p{Lu}\p{Ll}{3,})\)/gu)) {
    const [, run, short] = m as unknown as [string, string, string]
    const long = run.replace(RE_LEADING_FUNCTION_WORD, '')
    if (!out.has(short) && long.split(/\s+/u).slice(1).includes(short) && RE_ORG_CUE.test(long) && !RE_GENERIC_ORG.test(short)) out.set(short, long)
  }
  // the other way round, the short form first: "NATO (North Atlantic Treaty Organization)"
  for (const m of text.matchAll(/(?<![\p{L}.])(\p{Lu}{2,6})\s+\((?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)*\p{Lu}[\p{L}’'.-]*){1,8})\)/gu)) {
    const [, short, long] = m as unknown as [string, string, string]
    if (!out.has(short) && long[0] === short[0] && clips(short, long.split(/\s+/))) out.set(short, long)
  }
  return out
}

/**
 * Acronyms the text expands to common nouns, written in lower case: terms, never bodies ("artificial intelligence
 * (AI)", "gross domestic product (GDP)", "intellectual property (IP)").
 */
export function termAcronyms(text: string): Set<string> {
  const out = new Set<string>()
  // (the head noun before the parenthesis is in lower case; the first word may open the sentence)
  for (const m of text.matchAll(/((?:[\p{L}-]+\s+){0,5}\p{Ll}[\p{Ll}-]*\s+)\((\p{Lu}{2,6})s?\)/gu)) {
    const words = m[1]!.trim().split(/\s+/)
    // the shortest run of words before the parenthesis, from a word with the acronym's first letter, that clips to it
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from)
      if (tail[0]![0]!.toLowerCase() === m[2]![0]!.toLowerCase() && clips(m[2]!, tail.map(w => w.toLowerCase()))) { out.add(m[2]!); break }
    }
  }
  return out
}

/**
 * A short form made of the first letters of each word, in order ("MARAD" = MARitime ADministration, "STARCOM" =
 * Space Training And Readiness COMmand): every capitalised word gives at least its first letter, a function word
 * may give its first letters or nothing.
 */
export function clips(short: string, words: string[]): boolean {
  const s = short.replace(/[^\p{L}]/gu, '').toLowerCase()
  const go = (i: number, w: number): boolean => {
    if (w === words.length) return i === s.length
    const word = words[w]!.replace(/[^\p{L}]/gu, '').toLowerCase()
    const optional = !/^\p{Lu}/u.test(words[w]!)
    if (optional && go(i, w + 1)) return true
    for (let k = 1; k <= word.length && i + k <= s.length && s[i + k - 1] === word[k - 1]; k++) if (go(i + k, w + 1)) return true
    return false
  }
  return go(0, 0)
}

/**
 * Precision first: an actor is kept only when its kind is backed by evidence, else it is dropped.
 * - country: the gazetteer knows the name (a city, a state, a strait or a region is a place, not an actor);
 * - organisation: an organisation word in its name, or an acronym the text expands to one;
 * - person: a whole name (two or more words, the last not an initial), never a country's name;
 * - group (an acronym): only when the text expands it to an organisation, a country or a group of states;
 * and in every case mentioned in at least two sentences.
 */
/** Names of things, not actors: acts, programs, places, plans ("Bank Secrecy Act", "Space Force Base"). */
export const RE_THING_NAME = /\b(Acts?|Laws?|Bills?|Treaty|Agreement|Accords?|Program(me)?s?|Initiative|Base|Station|Strait|Sea|Ocean|Gulf|River|Islands?|Zone|Region|Province|County|District|City|Port|Canal|Channel|Harbou?r|Bay|Terminal|Airport|Bridge|Valley|Peninsula|Coast|Basin|Dam|Shipyard|Refinery|Pipeline|Highway|Airfield|Plan|Strategy|Doctrine|Report|Index|System|Network|Proclamation|Order|Rule|Amendment|Address|Speech|Summit|Conference|Hearing|Elections?)$|^State of the Union$/u
/**
 * A mention that only lists the name among what something covers: after "including", "include(s)", "excluding", "such
 * as" ("a ceasefire everywhere including Lebanon", "the truce does not include Lebanon", "suppliers such as Chile").
 */
const RE_LISTED_ITEM = /\b(?:including|includes?|included|excluding|excludes?|excluded|such\s+as)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:,\s+|,?\s+(?:and|or)\s+))*$/u
/** The words for a state's government, officials or forces, after its name ("U.S. officials", "U.S. forces"). */
const RE_STATE_BODY = /^(?:government|authorities|officials|leaders|lawmakers|legislators|diplomats|negotiators|military|armed|forces|troops|navy|army|police|regime|delegation|embassy|leadership|administration|negotiating)$/u
/** Verbs that take a bare infinitive after their object ("helping Ukraine defend itself", "let Iran keep"), or "that" before a subjunctive. */
const RE_BARE_INFINITIVE_CUE = /\b(?:help|helps|helped|helping|let|lets|letting|make|makes|made|making|have|has|had|having|see|saw|watch|that)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u
/**
 * Is a country's name, followed by `after`, a modifier of a common noun ("U.S. demand", "US soil", "U.S. reliance on
 * imports"), which names the thing, not the country acting? The next word is a bare lower-case word that compromise's
 * lexicon gives no verb, adverb or function-word tag, or gives only the bare infinitive where no verb before the name
 * takes one ("helping Ukraine defend"). A state's government or forces ("U.S. officials") is the country acting.
 */
function isAttributive(before: string, after: string): boolean {
  const w = /^\s(\p{Ll}[\p{Ll}-]*)(?![\p{L}’'-])/u.exec(after)?.[1]
  if (!w || RE_STATE_BODY.test(w)) return false
  // a plural compromise never reads as a verb after a subject ("U.S. shippers", "U.S. elections"; not "says", "exports")
  if (/(?<!s)s$/u.test(w) && lexiconTags(w).every(t => /Noun|Plural/u.test(t)) && !isFiniteVerb(w)) return true
  // (a word in "-ly" is an adverb only where compromise reads one: "U.S. supply chains" is a modifier)
  if (/(?:s|ed)$/u.test(w) || (/ly$/u.test(w) && !lexiconTags(w).some(t => /Noun|Singular|Uncountable/u.test(t)))) return false
  const tags = lexiconTags(w)
  if (tags.some(t => t !== 'Infinitive' && !/Noun|Singular|Uncountable|Gerund/u.test(t))) return false
  return !tags.includes('Infinitive') || !RE_BARE_INFINITIVE_CUE.test(before)
}
/** A hyphenated modifier of where a thing is based, registered or bound, after a place's name ("U.S.-based", "Panama-flagged"). */
const RE_PLACE_COMPOUND = /^-(?:based|flagged|registered|headquartered|domiciled|incorporated|listed|bound|born|wide|area)(?![\p{L}-])/u
/** A sub-national state's offices and people after its name ("Georgia Secretary of State", "Georgia voters", "Georgia counties"). */
const RE_STATE_OFFICE = /^(?:[’']s)?\s+(?:Secretary\s+of\s+State|Governor|Gov\.|Attorney\s+General|Lieutenant\s+Governor|General\s+Assembly|State\s+(?:Senate|House|Legislature|Election\s+Board|Board\s+of\s+Elections)|legislature|legislators|lawmakers|voters|counties|county|election\s+officials|state\s+(?:law|legislature|officials))\b/u
/** A mention that is only a location: the name right after a locative preposition. */
const RE_LOCATIVE = /\b(?:in|at|to|from|into|near|across|off|through|throughout|within|via|over|around|toward|towards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:,\s+|,?\s+(?:and|or)\s+))*$/u

/** What the acceptance rules read besides the actor: the article's text and its own acronym expansions. */
/** Groups named by a wording pattern, with the confidence of the pattern. */
interface Evidence { text: string; sentences: string[]; expansions: Map<string, string>; terms: Set<string>; collectives: Map<string, Confidence>; companies: Map<string, string> }
const RE_PERSON_TITLE = /\b(President|Vice President|Prime Minister|Secretary|General|Admiral|Senator|Representative|Minister|Chancellor|Governor|Ambassador|Chairman|Chair|Director|Speaker)\s+/u
/** "President Trump" for "Trump", when the text writes the title before the surname. */
function titledName(surname: string, text: string): string | undefined {
  const m = new RegExp(`${RE_PERSON_TITLE.source}${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').exec(text)
  return m ? `${m[1]} ${surname}` : undefined
}

const names = (a: Actor) => [a.name, ...a.aliases]
/** Two one-word names joined by "and" are two bodies, not one ("the House and Senate"); the gazetteer knows the countries so named. */
const RE_TWO_BODIES = /^(?:the\s+)?\p{Lu}\p{Ll}+\s+(?:and|&)\s+(?:the\s+)?\p{Lu}\p{Ll}+$/u
/**
 * A military unit is no actor (test/gold/README.md): a task force, strike group, fleet or wing named with a military
 * word, with or without its designation ("Joint Task Force Gulf", "Combined Task Force 153", "Multi-Domain Task Forces").
 */
const RE_MILITARY_UNIT = /(?:^|\s)(?:Joint|Combined|Naval|Air|Army|Marine|Expeditionary|Carrier|Strike|Amphibious|Multi-Domain)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Task Forces?|Strike Groups?|Groups?|Brigades?|Divisions?|Fleets?|Squadrons?|Wings?|Battalions?|Regiments?)(?:\s+(?:\p{Lu}[\p{L}-]*|\d+))?$/u
/** Verbs only a body does, right after its name ("the Fund said", "USCIS has issued"). */
const ACTING_VERBS = 'said|says|announced|approved|agreed|lent|loaned|warned|estimated|projected|urged|called|found|reported|released|published|recommended|issued|proposed|denied|rejected|sued|told|asked|decided|voted|stated|argued|responded|requested|signed|launched|imposed|concluded|determined'
/**
 * A name whose head names an account or a kind of service ("the Disaster Relief Fund", "Emergency Medical Services")
 * is a body only where the text makes it act: its name (or an alias) right before a verb only a body does. A body
 * word before the head keeps the name a body's ("Department of Health and Human Services", "Centers for … Services").
 */
const RE_ACCOUNT_OR_SERVICE = /\s(?:Fund|Services)$/u
/** A fund of states or of the world is an institution, not an account ("International Monetary Fund", "World Wildlife Fund"). */
const RE_OF_STATES = /^(?:the\s+)?(?:International|World|Global|European|Asian|African|Arab|Inter-American|Islamic|Nordic|OPEC)\b/u
function actsAsBody(a: Actor, text: string): boolean {
  if (!RE_ACCOUNT_OR_SERVICE.test(a.name)) return true
  const rest = a.name.replace(RE_ACCOUNT_OR_SERVICE, '')
  if (RE_ORG_CUE.test(rest) || /^Cent(?:er|re)s?\s/u.test(rest) || RE_OF_STATES.test(rest)) return true
  return names(a).some(n => new RegExp(`(?<![\\p{L}’'-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:(?:has|have|had|will|would|also|then)\\s+)?(?:${ACTING_VERBS})\\b`, 'u').test(text))
}
/**
 * A reserve or a stockpile of a good is a stock the government holds, not a body ("the Strategic Petroleum Reserve",
 * "the Strategic National Stockpile"); a central bank and a service's reserve components are bodies ("the Federal
 * Reserve", "the Army Reserve").
 */
const RE_STOCK_NAME = /\s(?:Reserve|Stockpile)$/u
const RE_RESERVE_BODY = /(?:^|\s)(?:Federal|Army|Navy|Naval|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Space\s+Force|Ready|Selected)\s+Reserve$/u
const isStock = (name: string) => RE_STOCK_NAME.test(name) && !RE_RESERVE_BODY.test(name)
/** A military unit is no actor, nor a stock, and an account or a kind of service only where the text makes it act. */
const isBody = (x: Actor, text: string) => !names(x).some(n => RE_MILITARY_UNIT.test(n)) && (x.kind !== 'organisation' || (!isStock(x.name) && actsAsBody(x, text)))
/** "Lilly revenue", "Acme's earnings", "drugs made by Acme", "products of Acme": what only a firm has or makes, whatever the tagger reads. */
const firmCue = (n: string, text: string): string | undefined => {
  const e = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const m = new RegExp(`(?<![\\p{L}’'-])${e}(?:[’']s)?\\s+(?:revenues?|earnings|profits?|sales|factor(?:y|ies)|subsidiar(?:y|ies)|shareholders|stock price)\\b|\\b(?:products|drugs|medicines|vaccines|devices) (?:of|made by|sold by|from) ${e}(?![\\p{L}’'-])`, 'u').exec(text)
  return m ? `written "${m[0]}"` : undefined
}
/**
 * A court named only by its tier ("the District Court", "the U.S. Court of Appeals") is the venue of a case, a different
 * court in each: not one organisation (a country's one high court, "the Supreme Court", is).
 */
const RE_VENUE_COURT = /^(?:(?:U\.S\.|US|United States|Federal|State)\s+)?(?:(?:District|Circuit|Appeals|Appellate|Bankruptcy|Trial|Superior|County|Lower|Federal)\s+Courts?|Courts?\s+of\s+(?:the\s+)?(?:Appeals?|Claims))$/u
/**
 * An organisation word before a plural common noun names things or several bodies of a kind, not one body ("Federal
 * Reserve Notes", "Internet Service Providers"): the last word is a plural the text also writes in lower case, no
 * organisation word itself, and no "of"/"on"/"for" puts the head before it ("Department of Veterans Affairs").
 */
function isKindOfThing(name: string, text: string): boolean {
  const last = /\s(\p{Lu}\p{Ll}+s)$/u.exec(name)?.[1]
  if (!last || /\s(?:of|on|for)\s/u.test(name) || new RegExp(`^(?:${RE_ORG_CUE.source})$`, 'u').test(last.replace(/ies$/u, 'y').replace(/s$/u, ''))) return false
  return new RegExp(`(?<![\\p{L}])${last.toLowerCase()}(?![\\p{L}])`, 'u').test(text)
}

/** The clauses of a sentence: a semicolon, a colon, a dash or a comma before a conjunction starts a new one. */
const RE_CLAUSE_BREAK = /;\s+|:\s+|\s*[—–]\s*|,\s+(?:and|but|while|whereas|although|though)\s+/u
/** Is the actor named in two clauses of one sentence ("Acme Lithium holds two projects, and Acme has expanded")? */
function namedInTwoClauses(a: Actor, sentences: readonly string[]): boolean {
  const named = (clause: string) => names(a).some(n => { const i = clause.indexOf(n); return i >= 0 && !/[\p{L}\p{N}]/u.test(clause[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(clause[i + n.length] ?? '') })
  return sentences.some(s => names(a).some(n => s.includes(n)) && s.split(RE_CLAUSE_BREAK).filter(named).length >= 2) || (a.kind === 'person' && sentences.some(s => surnameAgain(a.name, s)))
}
/**
 * Does a sentence write a person's whole name and then the surname alone ("Secretary Jane Roe said …, a figure Roe
 * attributed to …")? That is two mentions; the surname after another capitalised word is another person's ("Dan Roe").
 */
function surnameAgain(name: string, sentence: string): boolean {
  const i = sentence.indexOf(name)
  if (!name.includes(' ') || i < 0) return false
  return new RegExp(`(?<![\\p{L}’'-])(?<!\\p{Lu}[\\p{L}.’'-]*\\s)${escapeRe(name.split(' ').pop()!)}(?![\\p{L}’'-])`, 'u').test(sentence.slice(i + name.length))
}

/** The nouns for a made thing: a product, a model, a system, a weapon, a vehicle, a token. */
const THING_NOUNS = 'model|language model|AI model|chatbot|system|tool|platform|software|application|app|product|service|missile|weapon|aircraft|drone|vehicle|vessel|satellite|launcher|rocket|algorithm|protocol|token|coin|cryptocurrency|stablecoin|blockchain'
const THING_NAME = "\\p{Lu}[\\p{L}\\d’'-]*(?:\\s+\\p{Lu}[\\p{L}\\d’'-]*){0,2}"
/** "a model called Claude", "its chatbot, Claude,": a name given to a thing after its noun. */
const RE_CALLED_THING = new RegExp(`\\b(?:a|an|the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${THING_NOUNS})s?(?:,\\s+(${THING_NAME})(?=[,)])|\\s+(?:called|named|known\\s+as|dubbed)\\s+(${THING_NAME})(?=[,.;:)]|\\s+\\p{Ll}))`, 'gu')
/** "Claude, a large language model": a name an appositive calls a thing. */
const RE_THING_APPOSITIVE = new RegExp(`(?<![\\p{L}])(${THING_NAME}),\\s+(?:a|an|the|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${THING_NOUNS})s?(?=[,.;:)]|\\s+(?:that|which|used|developed|built|designed|made|for|to|of|in|with|by|from|and|or)\\b)`, 'gu')
const thingCache = new Map<string, string[]>()
/** The names a text itself gives things (never a country, a demonym or a body's name). */
export function thingNames(text: string): string[] {
  let out = thingCache.get(text)
  if (out) return out
  out = [...new Set([...text.matchAll(RE_CALLED_THING), ...text.matchAll(RE_THING_APPOSITIVE)].map(m => (m[1] ?? m[2]!).replace(RE_LEADING_FUNCTION_WORD, '')))].filter(n => !countryOf(n) && !COUNTRY_OF_DEMONYM.has(n) && !RE_ORG_CUE.test(n))
  if (thingCache.size > 8) thingCache.clear()
  thingCache.set(text, out)
  return out
}

/** A ship's prefix before a name: the name is the ship's ("USS Carl Vinson", "HMAS Stirling"). */
const RE_SHIP_PREFIX = '(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|ROKS|RV|MV)'
/**
 * Is a person's whole name written as a ship's name, or only ever as the opening of a longer capitalised name (an act,
 * a building, a program named for the person: "the John S. McCain National Defense Authorization Act")?
 */
function isNamesake(name: string, text: string): boolean {
  if (!name.includes(' ')) return false
  const e = escapeRe(name)
  if (new RegExp(`\\b${RE_SHIP_PREFIX}\\s+${e}(?![\\p{L}])`, 'u').test(text)) return true
  const at = [...text.matchAll(new RegExp(`(?<![\\p{L}.’'-])${e}(?![\\p{L}’'-])`, 'gu'))]
  return at.length > 0 && at.every(m => / \p{Lu}\p{Ll}/u.test(text.slice(m.index! + name.length, m.index! + name.length + 3)))
}

/** The words that name a public office, whose reports are its acts. */
const RE_PUBLIC_OFFICE = /\b(?:Department|Ministry|Agency|Administration|Bureau|Office|Commission|Committee|Congress|Parliament|Senate|Assembly|Court|Authority|Board|Service|Council|Government|Forces?|Army|Navy|Command|Reserve|Secretariat|Treasury|Pentagon|Kremlin|White House|Cabinet|Police|Legislature)\b/u
/** Works a text cites, after a body's name ("a CSIS study", "the Lowy Institute report"). */
const RE_WORK = /^\s+(?:\((?:\p{Lu}[\p{L}&.-]*)\)\s+)?(?:study|studies|report|reports|analysis|analyses|survey|surveys|estimate|estimates|poll|polls|paper|papers|review|assessment|investigation|index|database|dataset|data|tally|projection|projections|brief|briefing)\b/u
/** A work's noun, then "by" or "from" the body that made it ("a study by the Center for …"). */
const RE_WORK_BY = /\b(?:study|studies|report|reports|analysis|survey|paper|review|assessment|investigation|estimate|estimates|poll|data|projections?)\s+(?:by|from)\s+(?:the\s+)?$/u
/** A verb of reporting after a body's name ("Reuters reported", "Bloomberg said", "RAND found"). */
const RE_REPORTING = /^\s+(?:\((?:\p{Lu}[\p{L}&.-]*)\)\s+)?(?:(?:also|later|first|previously|separately|recently|has|have|had)\s+)*(?:reported|reports|said|says|found|finds|estimated|estimates|wrote|writes|noted|notes|concluded|calculated|projected|argued|observed|counted|documented|stated|described|cited)\b/u
/**
 * Is every mention of a body the citing of a source, and one at least that of a news outlet or a study ("Reuters
 * reported", "according to Bloomberg", "a Brookings study", "a study by the Center for …"), and the rest its reporting
 * ("the ABC said", "RAND found")? Then it tells of the story and acts in none of it: no actor. A body the text makes act
 * or be acted on ("the Navy agreed with GAO's recommendation", "NATO backed the withdrawal") stays one; so does a body
 * only ever reporting, without a source's frame ("the Department of State found … that"), and a public office whose
 * reports are its acts ("the CFPB reported … that servicers had made errors").
 */
function citedOnly(a: Actor, sentences: readonly string[]): boolean {
  let cited = false
  // (what a public office reports is its act, not a source's: "the Consumer Financial Protection Bureau reported that …")
  const office = names(a).some(n => RE_PUBLIC_OFFICE.test(n))
  for (const s of sentences) for (const n of names(a)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}.’'-])${escapeRe(n)}(?![\\p{L}\\p{N}’'-])`, 'gu')
    for (const m of s.matchAll(re)) {
      const before = s.slice(Math.max(0, m.index! - 60), m.index!), after = s.slice(m.index! + n.length)
      // (its short form in parentheses after its name is the same mention, and so is a name inside a longer one of its
      // names: "RAND" in "a RAND Corporation study")
      if ((/\($/u.test(before) && /^\)/u.test(after)) || names(a).some(l => l.length > n.length && l.includes(n) && [...s.matchAll(new RegExp(escapeRe(l), 'gu'))].some(x => x.index! <= m.index! && x.index! + l.length >= m.index! + n.length))) continue
      if (/\baccording\s+to\s+(?:the\s+)?$/iu.test(before) || RE_WORK_BY.test(before) || (RE_WORK.test(after) && !/[’']s?$/u.test(n)) || (!office && /^\s+(?:\((?:\p{Lu}[\p{L}&.-]*)\)\s+)?(?:(?:also|later|first|previously|separately|recently|has|have|had)\s+)*reported\b/u.test(after))) { cited = true; continue }
      // (an affiliation is no act either: "the Transparency Initiative at the Center for …")
      if (RE_REPORTING.test(after) || /\bat\s+(?:the\s+)?$/u.test(before)) continue
      return false
    }
  }
  return cited
}

/** The head words of the names of agreements and programs, after the name of what they are about. */
const RE_THING_HEAD = /^\s+(?:\((?:\p{Lu}[\p{L}&.-]*)\)\s+)?(?:Treaty|Act|Agreement|Accords?|Convention|Protocol|Program|Programme|Initiative|Plan|Framework|Charter|Pact|Regime)\b/u
/**
 * Is every mention of a name the opening of a longer name of an agreement or a program ("the Intermediate-Range
 * Nuclear Forces (INF) Treaty … the INF Treaty")? Then the name, whatever body word it holds ("Forces"), is no body's.
 */
function onlyOpensThing(a: Actor, sentences: readonly string[]): boolean {
  let seen = false
  for (const s of sentences) for (const n of names(a)) for (const m of s.matchAll(new RegExp(`(?<![\\p{L}\\p{N}’'-])${escapeRe(n)}(?![\\p{L}\\p{N}’'-])`, 'gu'))) {
    const after = s.slice(m.index! + n.length), before = s.slice(0, m.index!)
    if (/\($/u.test(before) && /^\)/u.test(after)) continue
    if (!RE_THING_HEAD.test(after)) return false
    seen = true
  }
  return seen
}

function accept(a: Actor, evidence: Evidence): Actor[] {
  // a name counts twice when the text writes it in two sentences, or in two clauses of one
  if ((a.mentions < 2 && !namedInTwoClauses(a, evidence.sentences)) || (RE_TWO_BODIES.test(a.name) && !countryOf(a.name)) || RE_VENUE_COURT.test(a.name)) return []
  // (a name the text calls a company is one, whatever its plural head: "Redwood Materials, a Nevada company")
  if (a.kind === 'organisation' && !names(a).some(n => evidence.companies.get(n)?.startsWith('introduced as')) && isKindOfThing(a.name, evidence.text)) return []
  // a name the text introduces as a product, a model or a weapon is a thing, and so is a version of it ("Claude Gov")
  if (a.kind !== 'country' && names(a).some(n => thingNames(evidence.text).some(t => n === t || n.startsWith(`${t} `)))) return []
  // a person the text names only as a ship's or a law's namesake is no actor ("the USS Gerald R. Ford … the Gerald R.
  // Ford"; "the John S. McCain National Defense Authorization Act … the McCain act")
  if (a.kind === 'person' && isNamesake(a.name, evidence.text)) return []
  const bonus = Math.min(C.actor.maxMentionBonus, Math.max(0, a.mentions - 2) * C.actor.perExtraMention)
  // an acronym the text expands to an institution is one even when its head also ends names of things ("Network")
  return decide(a, evidence).filter(x => x.kind === 'country' || isBody(x, evidence.text)).filter(x => x.kind !== 'organisation' || (!citedOnly(x, evidence.sentences) && !onlyOpensThing(x, evidence.sentences))).filter(x => x.kind === 'country' || !RE_THING_NAME.test(x.name) || (x.kind === 'organisation' && RE_INSTITUTION_HEAD.test(x.name) && names(x).some(n => evidence.expansions.get(n) === x.name)))
    .map(x => ({ ...x, confidence: sure(x.confidence.score + bonus, x.confidence.basis, a.mentions > 1 ? `${a.mentions} sentences name it` : 'two clauses of one sentence name it') }))
}

function decide(a: Actor, { text, expansions, terms, collectives, companies }: Evidence): Actor[] {
  const names = [a.name, ...a.aliases]
  // (a person's surname alone is no country's capital: "Kevin Hamilton", alias "Hamilton", is no Bermuda)
  const country = (a.kind === 'person' ? [a.name] : names).map(n => countryOf(n)).find(Boolean)
  if (country) return [{ ...a, name: country, id: slugify(country), kind: 'country', aliases: [...new Set(names.filter(n => n !== country))], confidence: sure(C.actor.gazetteer, 'a country in the gazetteer') }]
  const acronym = names.find(n => RE_ACRONYM.test(n) || expansions.has(n))
  // an acronym the text expands to a common noun is a term, whatever body's name it also heads ("the AI Alliance")
  if (acronym && terms.has(acronym.replace(/\./g, '')) && !expansions.has(acronym)) return []
  const long = acronym ? expansions.get(acronym.replace(/\./g, '')) ?? expansions.get(acronym) : undefined
  if (long) {
    // (an acronym compromise's lexicon knows as a country is one, whatever body word its expansion holds: the USSR,
    // "Union of Soviet Socialist Republics", a state the gazetteer of today's countries lacks)
    const kind: Actor['kind'] | undefined = countryOf(long) || lexiconTags((acronym ?? '').replace(/\./g, '')).includes('Country') ? 'country' : RE_ORG_CUE.test(long) || RE_INSTITUTION_HEAD.test(long) ? 'organisation' : RE_GROUP_CUE.test(long) ? 'group' : undefined
    if (!kind) return []
    const name = countryOf(long) ?? long
    return [{ ...a, name, id: slugify(name), kind, aliases: [...new Set([...names, long].filter(n => n !== name))], confidence: sure(C.actor.expansion, `the text expands ${acronym} to "${long}"`) }]
  }
  // an acronym the text writes before the word for its kind of body ("the NATO Alliance"), or a name the text
  // introduces as a company ("Intel, the American company that …"), is an organisation
  if (acronym && new RegExp(`\\b${escapeRe(acronym)}\\s+${RE_BODY_KIND.source}`, 'u').test(text)) return [{ ...a, kind: 'organisation', confidence: sure(C.actor.orgCue, `written before "${new RegExp(`\\b${escapeRe(acronym)}\\s+${RE_BODY_KIND.source}`, 'u').exec(text)![1]}"`) }]
  const company = names.map(n => companies.get(n)).find(Boolean)
  if (company && a.kind !== 'person') return [{ ...a, kind: 'organisation', confidence: sure(C.actor.orgCue, company) }]
  // a firm named after a person ("Eli Lilly") is a company where the text gives it a firm's accounts or products
  const firm = names.map(n => firmCue(n, text)).find(Boolean)
  if (firm) return [{ ...a, kind: 'organisation', confidence: sure(C.actor.orgCue, firm) }]
  // a collective the text names in two sentences ("Persian Gulf nations … Persian Gulf countries")
  const collective = collectives.get(a.name)
  if (collective) return [{ ...a, kind: 'group', confidence: collective }]
  if (a.kind === 'group') return []
  // an organisation word alone is no name ("the Administration", "the Department"); an institution's is ("Congress")
  if (RE_ORG_CUE.test(a.name) && !RE_GENERIC_ORG.test(a.name)) return [{ ...a, kind: 'organisation', confidence: sure(C.actor.orgCue, `organisation word "${RE_ORG_CUE.exec(a.name)![0]}"`) }]
  if (a.kind === 'person') {
    const words = a.name.split(/\s+/)
    // a surname is a word, never an initial ("Karen L") nor an acronym ("Patrick SFB", a base)
    if (/^(?:\p{Lu}\.?|\p{Lu}{2,})$/u.test(words[words.length - 1]!)) return []
    if (words.length < 2) {
      // a surname the text gives with a title ("President Trump") is a whole name as the text writes it
      const titled = titledName(a.name, text)
      return titled ? [{ ...a, name: titled, id: slugify(titled), aliases: [...new Set([a.name, ...a.aliases])], confidence: sure(C.actor.titledPerson, `a surname the text gives a title: "${titled}"`) }] : []
    }
    return [{ ...a, confidence: sure(C.actor.wholeName, 'a whole name the tagger reads as a person') }]
  }
  return []
}

/**
 * Is the actor named at `at` the subject of the verb at `verbAt`? Not when a preposition governs it ("Since the
 * creation of the Space Force, space has become …"), nor when another clause starts between them: after the last
 * comma before the verb stand words that are not an adverb ("…, space has become"). An appositive closed by a comma
 * right before the verb ("Iran, a U.S. adversary, struck …") keeps its subject.
 */
export function isSubjectOf(sentence: string, at: number, verbAt: number): boolean {
  if (/\b(?:of|in|to|for|with|by|from|on|at|since|after|before|during|against|about|under|over|between|among|into|through)\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, at - 30), at))) return false
  const between = sentence.slice(at, verbAt)
  const comma = between.lastIndexOf(',')
  if (comma < 0) return true
  const tail = between.slice(comma + 1).trim()
  return tail === '' || /^(?:\p{Ll}+ly|also|then|now|still|however|thus|therefore|too|again|later|soon|once)$/u.test(tail)
}

/**
 * A relation's verb is a verb phrase as written in its sentence (a whole-word match, not compromise's normalised
 * form), and a lone base-form word ("key" in "India's key defense partners, France…") counts only after "to" or
 * a modal, or when its sentence tags it as an irregular past ("paid", "struck"): an actor named in the singular takes
 * "faces", "pushed", "paid", "is weighing", never a bare "key".
 */
export function isVerbAsWritten(verb: string, sentence: string): boolean {
  const escaped = verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const at = new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'u').exec(sentence)
  if (!at || !nlp(verb).has('#Verb')) return false
  if (verb.includes(' ')) return true
  const bare = /^\p{Ll}+$/u.test(verb) && !/(?:s|ed|ing)$/u.test(verb)
  // an irregular past ("paid", "struck", "met") is tagged so in its sentence
  const past = () => (nlp(sentence).match(verb).eq(0) as unknown as { has: (t: string) => boolean }).has('#PastTense')
  return !bare || /\b(?:to|will|would|could|can|may|might|must|should|shall|do|does|did)\s+$/iu.test(sentence.slice(0, at.index + at[1]!.length)) || past()
}
