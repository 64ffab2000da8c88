// The test runner (@web/test-runner-mocha) provides describe/it/before/after
// as globals. tsconfig.json keeps `types: []` so that no stray @types package
// adds globals; this file brings in mocha's, which the test files use.
/// <reference types="mocha" />
