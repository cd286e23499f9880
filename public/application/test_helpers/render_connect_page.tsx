import { screen, within } from '@testing-library/react';
import { renderAppForTest } from './render_app_for_test';
import type { Responder } from './fake_core_start';
import type { fakeEventStreams } from './fake_event_stream';

/** Choices that validate, as a link or a reload carries them: the page plans at once. */
export const RESUMED_QUERY = '?alias=logs&exposure=LoadBalancer&port=9443&indexPatterns=logs-*';

interface Options {
  plan?: Responder;
  apply?: Responder;
  certificatePlan?: Responder;
  certificateApply?: Responder;
  query?: string;
  events?: ReturnType<typeof fakeEventStreams>;
}

/** The connect page for search-prod/logs-prod, against a fake API. */
export function renderConnectPage({ query = RESUMED_QUERY, ...responders }: Options) {
  return renderAppForTest({ ...responders, path: `/connect/search-prod/logs-prod${query}` });
}

/** A step of the plan on screen, once the plan has arrived. */
export async function findStep(stepId: string) {
  return screen.findByTestId(`step-${stepId}`);
}

export const statusOf = (step: HTMLElement) =>
  within(step)
    .getByTestId(/^stepStatus-/)
    .getAttribute('data-test-subj')
    ?.replace('stepStatus-', '');
