/** A language tag as a card's `lang` (`ar`, `fr-MA`, `zgh-Tfng`); anything else (a feed's free text) is dropped. */
export function languageTag(value: string | null | undefined): string | undefined {
  const tag = value?.trim();
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? tag : undefined;
}
