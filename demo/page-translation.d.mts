export type PageLanguage = 'ar' | 'fr' | 'zgh' | 'en';
export type PageTables = Record<PageLanguage, Record<string, string>>;
export const PAGE_LANGUAGES: readonly PageLanguage[];
export const SOURCE_LANGUAGE: 'ar';
export function pageFileName(page: string, language: PageLanguage): string;
export function lookUp(
  tables: PageTables,
  language: PageLanguage,
  key: string,
): { text: string; lang: 'fr' | undefined };
export function sourceTexts(html: string): Map<string, string>;
export function checkSource(html: string, tables: PageTables): string[];
export function translatePage(html: string, language: PageLanguage, tables: PageTables): string;
