import { useCallback, useRef, useState } from 'react';
import type { CcsCheckRequest, CcsCheckResponse } from '../../../../common/api/ccs_check';
import { toApiError, type ApiError } from '../../services/api_error';
import { useAppServices } from '../../services/app_services';

export interface CcsCheckState {
  result?: CcsCheckResponse;
  error?: ApiError;
  isChecking: boolean;
  check(request: CcsCheckRequest): void;
}

/** One check at a time: a newer one supersedes the one in flight. */
export function useCcsCheck(): CcsCheckState {
  const { api } = useAppServices();
  const [state, setState] = useState<Omit<CcsCheckState, 'check'>>({ isChecking: false });
  const latest = useRef<AbortController>();

  const check = useCallback(
    (request: CcsCheckRequest) => {
      latest.current?.abort();
      const controller = new AbortController();
      latest.current = controller;
      setState({ isChecking: true });
      api.checkCcs(request, { signal: controller.signal }).then(
        (result) => {
          if (latest.current === controller) setState({ result, isChecking: false });
        },
        (error: unknown) => {
          if (latest.current === controller) setState({ error: toApiError(error), isChecking: false });
        },
      );
    },
    [api],
  );
  return { ...state, check };
}
