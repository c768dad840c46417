/**
 * The leaf module of shared text helpers (issue 12): words, sentences, clauses and the section tree. Every stage
 * (ingest, analyze, plan, render) imports these from here, never from another stage's internals.
 */
export { balanced, collapse, countWords, slugify, uniqueId } from './words.ts'
export { splitSentences } from './sentences.ts'
export { clauseAt, type ClauseOptions } from './clauses.ts'
export { pointsBack } from './reference.ts'
export { allSections, blockText, bodyText } from './tree.ts'
