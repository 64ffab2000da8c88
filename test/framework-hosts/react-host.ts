/**
 * A React 19 page hosting the Jiha elements, written with
 * `React.createElement` (no JSX transform in the test runner). React 19 sets
 * a prop as a property when the element has it (`data`, `tiles`, `list`) and
 * listens to `onjiha-*` props as the `jiha-*` events.
 */
// Default imports: React's CommonJS files reassign `module.exports`, so the
// test server's CommonJS transform can give them no named exports.
import React, { type Dispatch, type SetStateAction } from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import { ARTICLE, GEOPARKS, HOST_CLASS, type FrameworkHost } from './host-data.js';

const h = React.createElement;

interface Controls {
  setArticle?: Dispatch<SetStateAction<unknown>>;
}

function HostPage({ controls }: { controls: Controls }) {
  const [lang, setLang] = React.useState('en');
  const [article, setArticle] = React.useState<unknown>(ARTICLE);
  const [heard, setHeard] = React.useState<string[]>([]);
  controls.setArticle = setArticle;
  const hear = (line: string) => setHeard((lines) => [...lines, line]);
  return h(
    'section',
    { className: HOST_CLASS, lang },
    h(
      'button',
      { type: 'button', className: 'switch-language', onClick: () => setLang(lang === 'en' ? 'ar' : 'en') },
      lang === 'en' ? 'العربية' : 'English',
    ),
    h('jiha-news-card', {
      data: article,
      'onjiha-error': (event: CustomEvent<{ code: string }>) => hear(`error: ${event.detail.code}`),
    }),
    h('jiha-geopark-map', {
      list: true,
      tiles: 'none',
      data: GEOPARKS,
      'onjiha-select': (event: CustomEvent<{ id: string }>) => hear(`selected: ${event.detail.id}`),
    }),
    h('output', null, heard.join('; ')),
  );
}

export async function mountReactHost(container: HTMLElement): Promise<FrameworkHost> {
  const controls: Controls = {};
  const root = ReactDOMClient.createRoot(container);
  ReactDOM.flushSync(() => root.render(h(HostPage, { controls })));
  return {
    setArticle: (value) => ReactDOM.flushSync(() => controls.setArticle!(() => value)),
    unmount: () => root.unmount(),
  };
}
