/** Input the reader could not use at all (not content problems, which are diagnostics). */
export class IngestError extends Error {
  override name = 'IngestError'
  constructor(message: string, readonly line = 1, readonly column = 1) { super(message) }
}
