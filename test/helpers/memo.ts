/**
 * Synthetic memos for the analysis tests: paragraphs under a title, read the way the CLI reads a .txt file.
 */
import { findActors } from '../../scripts/analyze/actors.ts'
import { ingest } from '../../scripts/ingest/index.ts'

/** A memo of `paragraphs` under the title "Memo". */
export const memo = (...paragraphs: string[]) => `Memo\n\n${paragraphs.join('\n\n')}\n`

/** The actors found in `text`, read as an English .txt file. */
export const actorsOf = (text: string) => findActors(ingest(new TextEncoder().encode(text), 'memo.txt').sections, 'en').actors

/** The actors found in `text`, as "name:kind". */
export const names = (text: string) => actorsOf(text).map(a => `${a.name}:${a.kind}`)
