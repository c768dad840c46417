/**
 * Risk matrices at the limits of what the analysis hands the planner, in Chromium: risks sections of up to six risks
 * with names up to sixty characters, crowded into one cell or spread, under headings too long for a two-line title
 * (they go above as the kicker) or just short enough for one. Every matrix slide
 * the planner makes of them must stay inside the canvas and above the footer: the fit estimate the component and the
 * planner share (scripts/plan/risk-fit.ts) has to stay on the safe side of the stylesheet's real layout.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/export/build.ts'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import { guardedPage, launchBrowser, measureSlide, overflowing } from '../helpers/browser.ts'
import { generateText, ROOT } from '../helpers/generate.ts'
import { serveStatic } from '../helpers/server.ts'

const WORK = join(ROOT, 'test', '.tmp-risk-fit')

/** A risks section, one sub-section per risk, each weighed in the words given. */
const section = (heading: string, risks: [name: string, text: string][]) =>
  `## ${heading}\n\nSeveral risks stand out for the years ahead.\n\n${risks.map(([n, t]) => `### ${n}\n\n${t}\n`).join('\n')}`
const SAME = 'This could cause severe economic losses for many countries.'
const ARTICLE = [
  '# Chokepoints of the World Economy\n\n## Overview\n\nThe world economy depends on a few chokepoints. Analysts track them closely every year.\n',
  section('Risks to Payment, Communications and Shipping Networks in the Coming Decade', [
    ['Prolonged disruption of undersea telecommunications cables', SAME],
    ['Widespread shortages of semiconductor lithography equipment', SAME],
    ['Escalating sovereign default contagion across borrowers', SAME],
    ['Persistent congestion at transshipment container terminals', SAME],
    ['Accelerating depletion of strategic petroleum stockpiles', SAME],
    ['Unchecked spread of counterfeit pharmaceutical imports', SAME],
  ]),
  section('Risks to Regional Supply Chains and the Firms That Depend on Them', [
    ['Access to computational resources', 'A provider could limit access for developers.'],
    ['Covered high-risk suppliers', 'Such suppliers will almost certainly threaten critical systems.'],
    ['Concentration of cloud providers', 'Concentration is likely to cause catastrophic outages.'],
    ['Rising insurance premiums for shippers', 'Premiums may rise sharply.'],
    ['Interoperability gaps between networks', 'Gaps might disrupt services.'],
  ]),
].join('\n')

describe('risk matrices at the limits, in a real browser', () => {
  let browser: Browser
  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(WORK, { recursive: true, force: true })
  })

  it('fits every matrix slide made of six long names or five spread ones, above the footer and inside the canvas', async () => {
    const gen = generateText(ARTICLE, 'chokepoints.md')
    const matrices = gen.deck.slides.map((s, i) => ({ s, no: i + 1 })).filter(x => x.s.layout === 'matrix')
    // the six long names go over two slides, the five others on one
    expect(matrices.map(m => m.s.part?.of ?? 1)).toEqual([2, 2, 1])
    mkdirSync(WORK, { recursive: true })
    writeFileSync(join(WORK, 'slides.md'), gen.markdown)
    await buildSite({ slidesPath: join(WORK, 'slides.md'), outDir: join(WORK, 'dist') })
    const server = await serveStatic(join(WORK, 'dist'))
    const { page, report } = await guardedPage(browser)
    const opts = { baseUrl: server.url, print: false, routerMode: 'hash' as const }
    const problems: Record<number, string[]> = {}
    try {
      await openDeck(page, opts)
      for (const { no } of matrices) {
        await showSlide(page, no, opts)
        const { out } = await overflowing(page, no)
        const m = await measureSlide(page, no)
        const found = [...out, ...(m.intoFooter ? [`runs ${m.intoFooter}px into the footer`] : [])]
        if (found.length) problems[no] = found
      }
    } finally {
      await page.close()
      await server.close()
    }
    expect(problems).toEqual({})
    expect(report.pageErrors).toEqual([])
  }, 300_000)
})
