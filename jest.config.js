// @kubernetes/client-node 1.x and a few of its dependencies ship only ES modules; Jest runs CommonJS,
// so Babel transforms them too.
const ESM_PACKAGES = ['@kubernetes/client-node', 'openid-client', 'oauth4webapi', 'jose', 'jsonpath-plus', 'rfc4648'];
const transformIgnorePatterns = [`node_modules/(?!(${ESM_PACKAGES.join('|')})/)`];

const moduleNameMapper = {
  '^@kbn/react-kibana-context-render$': '<rootDir>/dev/host/browser/kibana_render_context.tsx',
};

module.exports = {
  // On 2-core machines Jest runs the suites in band, in its own process (one worker): a suite
  // that fails half-way can leave a watch or a server behind, and the run must still end and report
  // the failure instead of hanging CI. Jest still names the open handles it forced.
  forceExit: true,
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
