/**
 * The slice of Slidev's template globals that `global-bottom.vue` and `global-top.vue` read, for vue-tsc.
 *
 * Slidev's own declaration (`@slidev/client/shim-vue.d.ts`) pulls the client's sources into the
 * type check, which does not compile under this project's strict settings; this names only what we use.
 * `briefdeck` and `brand` are our own headmatter keys (Slidev spreads unknown headmatter keys into `configs`).
 */
type SlideRouteLike = { meta?: { slide?: { frontmatter?: { briefdeck?: { section?: string } } } } }

declare module 'vue' {
  interface ComponentCustomProperties {
    $nav: {
      currentLayout?: string
      currentPage: number
      total: number
      currentSlideRoute?: SlideRouteLike
      slides?: SlideRouteLike[]
    }
    $slidev: {
      configs: {
        title: string
        colorSchema?: string
        brand?: { primary?: string; accent?: string; logo?: string; font?: string }
        briefdeck?: { classification?: string; date?: string; organisation?: string }
      }
    }
  }
}

export {}
