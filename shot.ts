import { chromium } from 'playwright-chromium'
import { serveStatic } from './scripts/export/serve.ts'
const [root, out, n] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4])]
const s = await serveStatic(root)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
const p = await b.newPage({ viewport: { width: 980, height: 552 } })
for (let i = 1; i <= n; i++) { await p.goto(`${s.url}#/${i}`); await p.waitForTimeout(i === 1 ? 1500 : 500); await p.screenshot({ path: `${out}/s${String(i).padStart(2, '0')}.png` }) }
await b.close(); await s.close()
