import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`). Lit's `styleMap` writes a `style` attribute string on
 * first render, which a page's CSP without `'unsafe-inline'` in `style-src`
 * blocks; the CSSOM is allowed. Use on a `style` attribute binding:
 * `<li style=${cssProperties({ '--_count': '4' })}>`.
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssProperties() belongs on a style attribute.');
    }
  }

  render(properties: Readonly<Record<string, string>>): unknown {
    void properties;
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
