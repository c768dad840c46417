/**
 * The typed data that flows through briefdeck's pipeline:
 *
 *   bytes ──ingest──▶ Article ──analyze──▶ Findings ──plan──▶ Deck ──render──▶ slides.md
 *
 * Every stage is pure; these types are the contract between them. Every visible string keeps a
 * {@link Span} back to the article, so notes, hover anchors and handout citations share one mechanism.
 */

/** Where a piece of text came from in the article (1-based, inclusive line numbers). */
export interface Span {
  /** First article line of the text. */
  line: number
  /** Last article line of the text (equal to `line` for one-line text). */
  endLine: number
  /** 1-based index of the sentence within its block, when the text is a single sentence. */
  sentence?: number
  /** PDF input: the page the text starts on (1-based); shown as `p2 L14` with {@link Span.pageLine}. */
  page?: number
  /** PDF input: the line on that page (1-based). */
  pageLine?: number
  /** DOCX input: the paragraph number in the document (1-based); shown as `¶12`. */
  paragraph?: number
}

/** A problem found in the content: data, never an exception. */
export interface Diagnostic {
  /** 1-based article line. */
  line: number
  /** 1-based column. */
  column: number
  /** `error` makes `briefdeck check` exit 1; the deck still builds. */
  severity: 'error' | 'warning' | 'info'
  /** Short machine-readable rule id, e.g. `word-count`. */
  rule: string
  /** What is wrong and what to do about it. */
  message: string
}

/** One sentence of body text with its anchor. */
export interface Sentence {
  /** The sentence exactly as written (whitespace collapsed). */
  text: string
  /** Line and sentence index within its block. */
  span: Span
}

/** A paragraph of prose. */
export interface Paragraph {
  kind: 'paragraph'
  /** The paragraph text, whitespace collapsed. */
  text: string
  /** Its sentences, in order. */
  sentences: Sentence[]
  span: Span
}

/** A `Label: text` / `Label. text` / `**Label.** text` item. */
export interface LabelledItem {
  kind: 'item'
  /** The label without its trailing `:` or `.`. */
  label: string
  /** The text after the label. */
  text: string
  /** Sentences of `text`. */
  sentences: Sentence[]
  span: Span
}

/** One entry of a bullet or numbered list. */
export interface ListItem {
  /** Optional label when the item is written `- Label. text`. */
  label?: string
  /** Item text. */
  text: string
  /** Sentences of `text`. */
  sentences: Sentence[]
  span: Span
}

/** A bullet or numbered list (or an inline "(1) … (2) …" enumeration). */
export interface List {
  kind: 'list'
  /** Numbered list or inline enumeration. */
  ordered: boolean
  /** The entries, in order. */
  items: ListItem[]
  span: Span
}

/** A table, kept as text cells. */
export interface Table {
  kind: 'table'
  /** Header cells (may contain empty strings). */
  header: string[]
  /** Body rows; each row has the header's length. */
  rows: string[][]
  /** Optional caption or the sentence that introduces the table. */
  caption?: string
  /** The table's `Source:`/`Note:` lines, as written (they are also references). */
  source?: string
  span: Span
}

/** A quotation or sidebar box. */
export interface Quote {
  kind: 'quote'
  text: string
  sentences: Sentence[]
  span: Span
}

/** A unit of body content inside a section. */
export type Block = Paragraph | LabelledItem | List | Table | Quote

/** A section of the article; headings at any level are normalised into this tree. */
export interface Section {
  /** Stable slug from the heading text (unique within the article). */
  id: string
  /** Heading text as written (trailing colon removed). */
  title: string
  /** Depth in the tree, 1 = top level. */
  level: number
  /** The heading line (or the first block's line for an untitled section). */
  span: Span
  /** Body content directly under this heading. */
  blocks: Block[]
  /** Sub-sections. */
  children: Section[]
  /** True when the title was synthesised (text with no headings), not written by the author. */
  synthetic?: boolean
  /** What the section does in the argument (ingest/roles.ts); the sidecar's `sections.<id>.role` overrides it. */
  role?: SectionRole
}

/** The role of a section: the planner lays out by it (a `risks` section gets the risk matrix, whatever its heading). */
export type SectionRole =
  | 'overview' | 'background' | 'analysis' | 'risks' | 'scenarios' | 'recommendations' | 'legislation' | 'conclusion' | 'reference'

/** A footnote, `Source:` or `Note:` line: kept as a reference, not as body text. */
export interface Reference {
  /** Footnote number or label (`Source`, `Note`, `1`, …). */
  label: string
  text: string
  span: Span
}

/** The article as ingested: structure only, no interpretation. */
export interface Article {
  /** The path the article was read from (for messages). */
  path: string
  /** Input format detected from the extension or content. */
  format: 'txt' | 'md' | 'html' | 'pdf' | 'docx'
  /** The normalised text (LF line endings, no BOM); spans index into its lines. */
  text: string
  /** Title of the article. */
  title: string
  /** Where the title came from; absent when derived from the file name. */
  titleSpan?: Span
  /** Subtitle, if any. */
  subtitle?: string
  /** Byline ("By …"), if any. */
  byline?: string
  /** Dateline (a date line near the top), if any. */
  dateline?: string
  /** Metadata recognised from `Key: value | Key: value` lines. */
  meta: ArticleMeta
  /** The section tree. */
  sections: Section[]
  /** Footnotes and Source/Note lines. */
  references: Reference[]
  /** Disclaimers, contents lists and stray lines kept out of the slides, with why. */
  boilerplate: { text: string; reason: string; span: Span }[]
  /** Problems found while reading. */
  diagnostics: Diagnostic[]
  /** PDF and Word input: where each line of {@link Article.text} is in the document (index = line − 1). */
  lineAnchors?: ({ page: number; pageLine: number } | { paragraph: number })[]
}

/** Metadata lines such as `Word count: 698 | Key themes: a, b, c`. */
export interface ArticleMeta {
  /** The word count the article states about itself. */
  statedWordCount?: number
  /** Words actually counted in the body. */
  wordCount: number
  /** Key themes listed by the article. */
  themes: string[]
  /** Any other `key: value` pairs from metadata lines. */
  other: Record<string, string>
  /** Where the metadata line is. */
  span?: Span
}

/**
 * How sure analysis is of a finding, and why: a score in 0–1 set by the checks the finding passed (stated where each
 * finding is made), and those checks in words. Every finding carries one beside its evidence (its span and text).
 */
export interface Confidence {
  score: number
  basis: string
}

/** A 1–5 estimate with the evidence it rests on. */
export interface Estimate {
  /** 1 = rare / minimal … 5 = almost certain / severe. */
  level: 1 | 2 | 3 | 4 | 5
  /** Why: the words found, e.g. `hedge "could" → possible`. */
  basis: string
  /** Estimated from the text, or set by the sidecar. */
  source: 'estimated' | 'sidecar'
}

/** A risk the article names. */
export interface Risk {
  /** Stable slug. */
  id: string
  /** Short name (the item label, or the first words). */
  name: string
  /** The full risk text. */
  text: string
  likelihood: Estimate
  impact: Estimate
  span: Span
  /** The section whose matrix shows it. */
  sectionId?: string
  confidence: Confidence
}

/** A future scenario the article names. */
export interface Scenario {
  /** Stable slug. */
  id: string
  /** Name (Optimistic, Worst case, …). */
  name: string
  /** Tone of the outlook, if named. */
  tone: 'optimistic' | 'pessimistic' | 'realistic' | 'neutral'
  /** The scenario's whole text, as written. */
  text: string
  /** The first sentence (or its main clause): the outlook. */
  outlook: string
  /** The remaining sentences: drivers or consequences. */
  points: string[]
  /** True when the text marks it as the base / most likely case. */
  baseCase: boolean
  /** Probability from the sidecar, 0–1. */
  probability?: number
  /** Extra comparison dimensions from the sidecar (dimension → value). */
  dimensions?: Record<string, string>
  span: Span
}

/** A number the article states, with what it measures. */
export interface KeyFigure {
  /** The figure as written, e.g. `$5.4 billion`, `40%`, `2025`. */
  value: string
  kind: 'money' | 'percent' | 'count' | 'date'
  /** What it measures, in the source's words (a clause of its sentence). */
  measure: string
  /** The whole sentence it came from. */
  sentence: string
  span: Span
  confidence: Confidence
}

/** A country, organisation, person or grouping. */
export interface Actor {
  /** Stable slug. */
  id: string
  /** Canonical display name. */
  name: string
  kind: 'country' | 'organisation' | 'person' | 'group'
  /** Other names the text uses for it (merged by stated alias rules). */
  aliases: string[]
  /** How many sentences mention it. */
  mentions: number
  /** First mention. */
  span: Span
  confidence: Confidence
}

/** An actor acting on another in one sentence. */
export interface Relation {
  from: string
  to: string
  /** The verb phrase, as written. */
  verb: string
  /** Both parties did it together (two subjects of one reciprocal verb: "Albanese and Trump signed …"): no direction. */
  mutual?: boolean
  span: Span
  confidence: Confidence
}

/** A relation as the actor map draws it: who, the verb, whom, and where the text says so. */
export type MapRelation = Omit<Relation, 'confidence'>

/** A dated event for a timeline. */
export interface TimelineEvent {
  /** The date as written. */
  date: string
  /** Sortable year (and fraction) for ordering. */
  sortKey: number
  /** A date written without its year ("in March", "on April 9"): the year it sorts by, read from an earlier date, and whether that date is in the same paragraph. */
  inferredYear?: { year: number; inParagraph: boolean }
  /** The sentence or clause describing it. */
  text: string
  span: Span
  confidence: Confidence
}

/** What analysis found in the article. */
export interface Findings {
  /** ISO 639-1 code of the detected language (`en`, `ru`, `und`). */
  language: string
  /** The one-sentence thesis. */
  bottomLine?: Sentence & { confidence: Confidence }
  figures: KeyFigure[]
  actors: Actor[]
  relations: Relation[]
  risks: Risk[]
  /** The section the risks came from, if one (the first of {@link Findings.riskSectionIds}). */
  riskSectionId?: string
  /** Every section with a risk matrix, in document order. */
  riskSectionIds?: string[]
  scenarios: Scenario[]
  /** The section the scenarios came from, if one. */
  scenarioSectionId?: string
  timeline: TimelineEvent[]
  /** Lint and analysis diagnostics. */
  diagnostics: Diagnostic[]
}

/** A bullet on a slide: whole sentences or clauses of the source, never invented words (labels aside). */
export interface Bullet {
  /** Bold lead-in (an item label). */
  label?: string
  /** The text. */
  text: string
  /** Where it came from. */
  anchor: Span
}

/** Content placed on a slide; rendered by a handler per `kind`. */
export type SlideBlock =
  | { kind: 'bullets'; items: Bullet[] }
  | { kind: 'lead'; text: string; anchor?: Span }
  | { kind: 'themes'; themes: string[] }
  /** Who and when, on the title slide: author or presenter, organisation, date. */
  | { kind: 'byline'; parts: string[] }
  | { kind: 'agenda'; entries: { title: string; slideId: string }[]; /** Number of the first entry (agenda continued). */ start?: number }
  | { kind: 'risk-matrix'; risks: RiskMatrixRisk[] }
  | { kind: 'scenarios'; scenarios: ScenarioCard[]; dimensions: string[] }
  | { kind: 'figures'; figures: FigureCard[] }
  | { kind: 'actor-map'; actors: { id: string; name: string; kind: Actor['kind'] }[]; relations: MapRelation[] }
  | { kind: 'timeline'; events: { date: string; text: string; anchor: Span }[] }
  | { kind: 'table'; header: string[]; rows: string[][]; anchor: Span; /** "Table 1. …" */ caption?: string; /** The table's Source/Notes line(s). */ source?: string }
  /** 2–4 labelled cards: the label as heading, its text under it. */
  | { kind: 'cards'; cards: Card[] }
  /** One big number and the clause it measures. */
  | { kind: 'fact'; value: string; text: string; anchor: Span }
  /** A quotation with its speaker, when the text names one. */
  | { kind: 'quote'; text: string; speaker?: string; anchor: Span }
  /** A sequence, in order. */
  | { kind: 'steps'; steps: Bullet[] }
  /** Questions the text asks (e.g. for Congress), one card each. */
  | { kind: 'questions'; questions: Bullet[] }
  | { kind: 'references'; items: { label: string; text: string; anchor?: Span }[] }

/** A labelled card on a `cards` slide. */
export interface Card {
  /** The item's label, as written. */
  label: string
  /** Its text (whole sentences or a clause of the source). */
  text: string
  anchor: Span
}

/** Props of `components/RiskMatrix.vue` for one risk. */
export interface RiskMatrixRisk {
  id: string
  name: string
  /** 1–5. */
  likelihood: number
  /** 1–5. */
  impact: number
  /** True when the placement is the generator's estimate, not the author's or sidecar's. */
  estimated: boolean
  /** Why it sits there, shown on hover and in the legend. */
  basis: string
  /** `L12` or `L12–14`. */
  anchor: string
}

/** Props of `components/ScenarioCompare.vue` for one scenario. */
export interface ScenarioCard {
  id: string
  name: string
  tone: Scenario['tone']
  outlook: string
  points: string[]
  baseCase: boolean
  probability?: number
  dimensions?: Record<string, string>
  anchor: string
}

/** Props of `components/KeyFigures.vue` for one figure. */
export interface FigureCard {
  value: string
  measure: string
  kind: KeyFigure['kind']
  anchor: string
}

/** The role a slide plays; with the section it comes from, it gives the slide's stable id. */
export type SlideKind =
  | 'title'
  | 'bottom-line'
  | 'agenda'
  | 'figures'
  | 'section'
  | 'actors'
  | 'risks'
  | 'scenarios'
  | 'timeline'
  | 'table'
  | 'conclusion'
  | 'appendix'
  /** A section divider (decks over 12 slides). */
  | 'divider'

/**
 * How a slide lays out its evidence, chosen by the planner from the content's shape and kept in the Deck, so every
 * export (HTML and PPTX) follows the same choice.
 */
export type SlideLayout =
  | 'cover'
  | 'agenda'
  | 'divider'
  /** The bottom line: one lead sentence and up to three judgements. */
  | 'statement'
  /** 2–4 bullets: the fallback. */
  | 'bullets'
  | 'cards'
  | 'fact'
  | 'quote'
  | 'steps'
  | 'questions'
  | 'matrix'
  | 'scenarios'
  | 'figures'
  | 'actors'
  | 'timeline'
  | 'table'
  | 'references'

/** Speaker notes: the full source text of the slide, with line numbers. */
export interface Notes {
  /** Source passages, each with its line range. */
  sources: { span: Span; text: string }[]
  /** Generator remarks (estimates, corrections, continuation). */
  remarks: string[]
}

/** One slide of the plan. */
export interface Slide {
  /** Stable id from the source section and role (never the position), e.g. `risks-and-challenges-matrix`. */
  id: string
  kind: SlideKind
  /** How the slide lays out its blocks. */
  layout: SlideLayout
  /** Slide heading: on section slides the assertion (a sentence or clause of the source) or the heading. */
  title: string
  /** The section heading shown small above an assertion title (agenda, navigation and bookmarks read by it). */
  kicker?: string
  /** Smaller line under the heading. */
  subtitle?: string
  /** Continuation paging: part `index` of `of`. */
  part?: { index: number; of: number }
  /** Content, top to bottom. */
  blocks: SlideBlock[]
  notes: Notes
  /** Every article span the slide draws on. */
  sources: Span[]
}

/** Deck-level metadata. */
export interface DeckMeta {
  title: string
  subtitle?: string
  /** File-name slug for exports. */
  slug: string
  themes: string[]
  author?: string
  organisation?: string
  /** Date printed in the footer (only when the sidecar gives one: builds stay reproducible). */
  date?: string
  /** Classification marking shown in the footer. */
  classification?: string
  /** ISO 639-1 language code. */
  language: string
  /** Article file the deck came from (for notes). */
  sourcePath: string
  /** The organisation's look (sidecar or headmatter `brand`). */
  brand?: Brand
  /** The built-in look: `light` (default) or `dark` (for rooms with projectors). */
  theme?: 'light' | 'dark'
}

/** An organisation's look: restyles the deck through CSS variables. */
export interface Brand {
  /** Main colour (CSS colour), e.g. headings and the title slide. */
  primary?: string
  /** Accent colour, e.g. highlights and markers. */
  accent?: string
  /** Path or data URI of an SVG or PNG logo, shown on the title slide and in the footer. */
  logo?: string
  /** A bundled @fontsource font by family name, e.g. `Source Sans 3`. */
  font?: string
}

/** The planned deck: what goes on which slide. Rendering only writes it out. */
export interface Deck {
  meta: DeckMeta
  slides: Slide[]
  /** Diagnostics carried to the appendix and the console. */
  diagnostics: Diagnostic[]
}

/** Formats a span as `L12` or `L12–14` (with `·s2` for a sentence); `p2 L14` for a PDF, `¶12` for a Word file. */
export function formatSpan(span: Span): string {
  if (span.paragraph !== undefined) return span.sentence ? `¶${span.paragraph}·s${span.sentence}` : `¶${span.paragraph}`
  if (span.page !== undefined) return `p${span.page} L${span.pageLine ?? 1}${span.sentence ? `·s${span.sentence}` : ''}`
  const lines = span.endLine > span.line ? `L${span.line}–${span.endLine}` : `L${span.line}`
  return span.sentence ? `${lines}·s${span.sentence}` : lines
}
