/**
 * The editor's view in tests: `data-jiha-editor` on `<html>` (the page
 * switch of src/core/error-state.ts), for suites that read what an error
 * box tells editors (the code, the technical cause, what to fix).
 */
const ATTRIBUTE = 'data-jiha-editor';

/** Switches the editor's view on `<html>` on or off. */
export function setEditorView(on: boolean): void {
  document.documentElement.toggleAttribute(ATTRIBUTE, on);
}

/** The editor's view on `<html>` for the tests of the calling `describe`. */
export function useEditorView(): void {
  before(() => setEditorView(true));
  after(() => setEditorView(false));
}
