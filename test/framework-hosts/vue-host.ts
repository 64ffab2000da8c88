/**
 * A Vue 3 page hosting the Jiha elements, with `h()` render functions and
 * Vue's self-contained browser build (no bundler, no template compiler).
 * Vue sets a prop as a property when the custom element has it (`data`,
 * `tiles`, `list`); `onJihaError` listens to the `jiha-error` event.
 */
import { createApp, defineComponent, h, nextTick, ref, shallowRef } from 'vue/dist/vue.runtime.esm-browser.prod.js';
import { ARTICLE, GEOPARKS, HOST_CLASS, type FrameworkHost } from './host-data.js';

export async function mountVueHost(container: HTMLElement): Promise<FrameworkHost> {
  const lang = ref('en');
  // Shallow: the element gets the app's own object, not a reactive proxy of it.
  const article = shallowRef<unknown>(ARTICLE);
  const heard = ref<string[]>([]);
  const hear = (line: string) => heard.value.push(line);
  const HostPage = defineComponent({
    render: () =>
      h('section', { class: HOST_CLASS, lang: lang.value }, [
        h(
          'button',
          { type: 'button', class: 'switch-language', onClick: () => (lang.value = lang.value === 'en' ? 'ar' : 'en') },
          lang.value === 'en' ? 'العربية' : 'English',
        ),
        h('jiha-news-card', {
          data: article.value,
          onJihaError: (event: CustomEvent<{ code: string }>) => hear(`error: ${event.detail.code}`),
        }),
        h('jiha-geopark-map', {
          list: true,
          tiles: 'none',
          data: GEOPARKS,
          onJihaSelect: (event: CustomEvent<{ id: string }>) => hear(`selected: ${event.detail.id}`),
        }),
        h('output', null, heard.value.join('; ')),
      ]),
  });
  const app = createApp(HostPage);
  app.mount(container);
  await nextTick();
  return {
    setArticle: (value) => {
      article.value = value;
    },
    unmount: () => app.unmount(),
  };
}
