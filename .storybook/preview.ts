import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

/*
 * The docs pages' tables (attributes, properties, events, parts, CSS
 * properties) come from the custom elements manifest, which `npm run
 * storybook` and `npm run build-storybook` generate fresh from the JSDoc into
 * .storybook/generated/ first. A glob, not an import, so that a Storybook
 * started without that step still runs (without the tables).
 */
const manifests = import.meta.glob<{ default: object }>('./generated/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

/**
 * A toolbar for the UI language, the direction and who looks (editor or
 * visitor). The story renders inside a wrapper that carries `lang`, `dir`
 * and, for an editor, `data-jiha-editor`, as a host page would.
 */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'UI language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'ar', title: 'العربية (ar)' },
          { value: 'fr', title: 'Français (fr)' },
          { value: 'en', title: 'English (en)' },
          { value: 'zgh', title: 'ⵜⴰⵎⴰⵣⵉⵖⵜ (zgh)' },
        ],
        dynamicTitle: true,
      },
    },
    view: {
      description: 'Who looks: an editor sees what is wrong in a failed widget, a visitor one sentence',
      toolbar: {
        title: 'View',
        icon: 'user',
        items: [
          { value: 'editor', title: 'Editor (data-jiha-editor)' },
          { value: 'visitor', title: 'Visitor' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From the language' },
          { value: 'rtl', title: 'rtl' },
          { value: 'ltr', title: 'ltr' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'ar', dir: 'auto', view: 'editor' },
  decorators: [
    (story, context) => {
      const lang = (context.globals.lang as string) ?? 'ar';
      const dir = context.globals.dir === 'rtl' || context.globals.dir === 'ltr' ? context.globals.dir : undefined;
      // Storybook is an editor's view (error boxes say what is wrong and what to fix) unless the toolbar says visitor.
      const editor = context.globals.view !== 'visitor';
      // The canvas declares `color-scheme: light dark`, as a portal with a dark theme does: canvas and widgets follow
      // the viewer's preference together (a page without color-scheme keeps its widgets light).
      return html`<div
        lang=${lang}
        dir=${dir ?? (lang === 'ar' ? 'rtl' : 'ltr')}
        ?data-jiha-editor=${editor}
        style="padding: 1rem; color-scheme: light dark; background: Canvas; color: CanvasText"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
