// Kept as a re-export of ./typed-results for the test files still being converted to typed documents.
export * from './typed-results';
