/**
 * The slice of Slidev's template globals that `global-bottom.vue` reads, for vue-tsc.
 *
 * Slidev's own declaration (`@slidev/client/shim-vue.d.ts`) pulls the client's sources into the
 * type check, which does not compile under this project's strict settings; this names only what we use.
 * `briefdeck` is our own headmatter key (Slidev spreads unknown headmatter keys into `configs`).
 */
declare module 'vue' {
  interface ComponentCustomProperties {
    $nav: { currentLayout?: string; currentPage: number; total: number }
    $slidev: {
      configs: { title: string; briefdeck?: { classification?: string; date?: string } }
    }
  }
}

export {}
