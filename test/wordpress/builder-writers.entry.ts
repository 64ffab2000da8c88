// What test/wordpress/builder-content.mjs bundles: the builder's own WordPress writers and the widgets' specs.
export { wordpressBlock, wordpressShortcode } from '../../src/builder/wordpress-snippets.js';
export { widgetByName } from '../../src/embed/widgets.js';
