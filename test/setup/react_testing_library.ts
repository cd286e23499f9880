// The same set-up as Kibana's Jest preset: jest-dom matchers and `data-test-subj` as the test id.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

configure({ testIdAttribute: 'data-test-subj', asyncUtilTimeout: 4500 });

// EUI renders are CPU-bound: on a loaded 2-core CI machine a page test takes well over Jest's 5 s
// default. The limit guards against hangs, not speed (speed lives in `npm run bench`).
jest.setTimeout(30_000);
