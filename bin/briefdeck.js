#!/usr/bin/env node
// The `briefdeck` command: runs the TypeScript CLI through tsx's ESM loader (no build step).
import { register } from 'tsx/esm/api'
register()
const { main } = await import('../scripts/cli.ts')
await main(process.argv)
