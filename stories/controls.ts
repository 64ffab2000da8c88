/**
 * Storybook's controls for an element's attributes, as the element defines
 * them (stories/arg-types.generated.ts, npm run generate), sorted into the
 * story's categories; `overrides` adjust one (a description, a step).
 */
import { ARG_TYPES } from './arg-types.generated.js';

type Tag = keyof typeof ARG_TYPES;

export function attributeControls(
  tag: Tag,
  categories: Readonly<Record<string, readonly string[]>>,
  overrides: Readonly<Record<string, object>> = {},
): Record<string, object> {
  const controls: Readonly<Record<string, object>> = ARG_TYPES[tag];
  const argTypes: Record<string, object> = {};
  for (const [category, names] of Object.entries(categories)) {
    for (const name of names) {
      if (!Object.hasOwn(controls, name)) throw new Error(`${tag} has no attribute ${name}`);
      argTypes[name] = { ...controls[name], table: { category }, ...overrides[name] };
    }
  }
  return argTypes;
}
