/**
 * The demo's controls: a switch between the page's light and dark look, as
 * a portal's theme would set it (CSS `color-scheme` and a dark background;
 * the widgets follow the page, never the visitor's operating system alone).
 */
const toggle = document.querySelector<HTMLButtonElement>('#page-scheme');
toggle?.addEventListener('click', () => {
  const dark = document.documentElement.classList.toggle('page-dark');
  toggle.setAttribute('aria-pressed', String(dark));
});
export {};
