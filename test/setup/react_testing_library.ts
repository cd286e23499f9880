// The same set-up as Kibana's Jest preset: jest-dom matchers and `data-test-subj` as the test id.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

configure({ testIdAttribute: 'data-test-subj', asyncUtilTimeout: 4500 });
