import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`), bound to the element itself:
 * `<li ${cssProperties({ '--_count': '4' })}>`. Lit's `styleMap` writes a
 * `style` attribute string on first render, which a page's CSP without
 * `'unsafe-inline'` in `style-src` blocks; so does any `style=${…}` binding
 * whose attribute text a minifier touches (a trailing `;` makes it a string
 * attribute). An element binding has no attribute text; the CSSOM is allowed.
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('cssProperties() belongs in an element binding: <li ${cssProperties(…)}>.');
    }
  }

  render(properties: Readonly<Record<string, string>>): unknown {
    void properties;
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
