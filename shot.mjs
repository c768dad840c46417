import { chromium } from 'playwright-chromium'
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join, extname } from 'node:path'
const root = process.argv[2], out = process.argv[3], n = Number(process.argv[4])
const types = { '.html':'text/html', '.js':'text/javascript', '.css':'text/css', '.woff2':'font/woff2', '.svg':'image/svg+xml', '.png':'image/png', '.json': 'application/json' }
const srv = createServer(async (req, res) => { let p = decodeURIComponent(req.url.split('?')[0].split('#')[0]); if (p.endsWith('/')) p += 'index.html'; try { const b = await readFile(join(root, p)); res.writeHead(200, {'content-type': types[extname(p)] ?? 'application/octet-stream'}); res.end(b) } catch { const b = await readFile(join(root,'index.html')); res.writeHead(200, {'content-type':'text/html'}); res.end(b) } })
await new Promise(r => srv.listen(0, '127.0.0.1', r))
const port = srv.address().port
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] })
const page = await b.newPage({ viewport: { width: 980, height: 552 } })
const errs = []
page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errs.push(m.text()) })
page.on('pageerror', e => errs.push('PAGEERR ' + e.message))
page.on('request', r => { if (!r.url().startsWith(`http://127.0.0.1:${port}`) && !r.url().startsWith('data:')) errs.push('EXTERNAL ' + r.url()) })
for (let i = 1; i <= n; i++) {
  await page.goto(`http://127.0.0.1:${port}/#/${i}?embedded=true`)
  await page.waitForTimeout(i === 1 ? 1500 : 400)
  await page.screenshot({ path: `${out}/s${String(i).padStart(2,'0')}.png` })
}
console.log(errs.slice(0, 20).join('\n'))
await b.close(); srv.close()
