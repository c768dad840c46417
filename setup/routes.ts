/**
 * Adds Slidev's own `/print` page (every slide stacked, one per printed page, each with its footer) to the built
 * site. `slidev build` leaves it out unless `download` is set, and `download` would make the build run the slow
 * `slidev export` itself. briefdeck's PDF export prints this page in one `page.pdf` call.
 */
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup(routes => routes.some(route => route.name === 'print')
  ? routes
  : [
      ...routes,
      { name: 'print', path: '/print', component: () => import('@slidev/client/pages/print.vue') },
    ])
