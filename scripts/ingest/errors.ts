/** Input the reader could not use at all (not content problems, which are diagnostics). */
export class IngestError extends Error {
  override name = 'IngestError'
  constructor(message: string, readonly line = 1, readonly column = 1) { super(message) }
}

/** A reader needs a program that is not installed (an environment problem, not bad input). */
export class MissingToolError extends IngestError {
  override name = 'MissingToolError'
}
