/**
 * Category names (localised; call during render) and icons. The icon is
 * decoration: the name is always written next to it.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { Category } from './model.js';

export function categoryName(category: Category): string {
  switch (category) {
    case 'visit':
      return msg('Visit', { id: 'timeline.category.visit' });
    case 'agreement':
      return msg('Agreement', { id: 'timeline.category.agreement' });
    case 'certification':
      return msg('Certification', { id: 'timeline.category.certification' });
    case 'open-government':
      return msg('Open government', { id: 'timeline.category.open-government' });
    case 'digital':
      return msg('Digital', { id: 'timeline.category.digital' });
    case 'geopark':
      return msg('Geopark', { id: 'timeline.category.geopark' });
    default:
      return msg('Other', { id: 'timeline.category.other' });
  }
}

/** 24×24 stroke icons drawn for this library. */
const PATHS: Record<Category, SVGTemplateResult> = {
  // Two people facing each other.
  visit: svg`<circle cx="8" cy="7" r="3"></circle><circle cx="16" cy="7" r="3"></circle><path d="M2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M10 20c0-3.3 2.7-6 6-6s6 2.7 6 6"></path>`,
  // A signed page.
  agreement: svg`<path d="M6 3h9l4 4v14H6z"></path><path d="M9 9h6M9 13h6M9 18c1-1.5 2-1.5 3 0s2 1.5 3 0"></path>`,
  // A rosette with ribbons.
  certification: svg`<circle cx="12" cy="9" r="6"></circle><path d="M9 14.5 7.5 22l4.5-2.5 4.5 2.5-1.5-7.5"></path><path d="m9.5 9 1.8 1.8 3.2-3.3"></path>`,
  // An open door.
  'open-government': svg`<path d="M4 21h16M6 21V4h12v17"></path><path d="M6 4l7 2v15"></path><circle cx="11" cy="13" r="0.8"></circle>`,
  // A screen.
  digital: svg`<rect x="3" y="4" width="18" height="12" rx="1.5"></rect><path d="M8 20h8M12 16v4"></path>`,
  // Mountains.
  geopark: svg`<path d="m2 20 7-12 4 6 3-4 6 10z"></path><path d="m7.5 10.5 1.5 1.5 1.5-1.5"></path>`,
  // A dot in a circle.
  other: svg`<circle cx="12" cy="12" r="8"></circle><circle cx="12" cy="12" r="2"></circle>`,
};

export function categoryIcon(category: Category): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${PATHS[category]}</svg>`;
}
