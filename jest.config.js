// @kubernetes/client-node 1.x and a few of its dependencies ship only ES modules; Jest runs CommonJS,
// so Babel transforms them too.
const ESM_PACKAGES = ['@kubernetes/client-node', 'openid-client', 'oauth4webapi', 'jose', 'jsonpath-plus', 'rfc4648'];
const transformIgnorePatterns = [`node_modules/(?!(${ESM_PACKAGES.join('|')})/)`];

const moduleNameMapper = {
  '^@kbn/react-kibana-context-render$': '<rootDir>/dev/host/browser/kibana_render_context.tsx',
};

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/common', '<rootDir>/server', '<rootDir>/dev', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'browser',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/public'],
      setupFiles: ['<rootDir>/test/setup/jsdom_mocks.ts'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/react_testing_library.ts'],
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      // Real headless Chromium against the standalone host and the sandbox.
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.browser.test.ts'],
      transformIgnorePatterns,
      moduleNameMapper,
    },
  ],
};
