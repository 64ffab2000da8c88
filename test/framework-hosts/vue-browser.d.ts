// Vue's self-contained browser build has the API of the `vue` package (typed by its own types).
declare module 'vue/dist/vue.runtime.esm-browser.prod.js' {
  export * from 'vue';
}
