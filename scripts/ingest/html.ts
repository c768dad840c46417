export function ingestHtml(text: string, path: string): any { throw new Error("todo") }
