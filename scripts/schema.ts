/** Writes sidecar.schema.json (for editor autocompletion of `<article>.deck.yaml`): `npm run schema`. */
import { writeFileSync } from 'node:fs'
import { sidecarJsonSchema } from './sidecar.ts'

writeFileSync(new URL('../sidecar.schema.json', import.meta.url), `${JSON.stringify(sidecarJsonSchema(), null, 2)}\n`)
