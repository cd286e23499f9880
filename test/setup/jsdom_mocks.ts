/**
 * What EUI needs from Jest's jsdom environment: the browser project's `setupFiles`.
 */

// EUI requires `uuid`, which under jsdom resolves to its "browser" export: ES modules that Jest
// does not transform. The CommonJS build is the same code.
jest.mock('uuid', () => jest.requireActual('../../node_modules/uuid/dist/index.js'));

// jsdom's CSS parser does not know `@container` rules (EUI's page header uses them) and reports
// each one as an error, although nothing is wrong. Every other console error still shows.
const isCssParsingError = (value: unknown) => (value as { type?: unknown } | null)?.type === 'css parsing';
// eslint-disable-next-line no-console -- keeps the real console.error to forward every other error
const consoleError = console.error.bind(console);
jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  if (!isCssParsingError(args[0])) consoleError(...args);
});
