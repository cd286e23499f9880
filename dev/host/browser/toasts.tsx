import { EuiGlobalToastList, type EuiGlobalToastListToast } from '@elastic/eui';
import { useSyncExternalStore, type FC } from 'react';
import type { IToasts, ToastInput } from '@kbn/core/public';

type Listener = () => void;

/** Kibana's toast service, shown with EUI's global toast list. */
export function createToasts(): { toasts: IToasts; ToastList: FC } {
  let list: EuiGlobalToastListToast[] = [];
  const listeners = new Set<Listener>();
  let nextId = 0;
  const emit = () => listeners.forEach((listener) => listener());
  const add = (color: EuiGlobalToastListToast['color']) => (input: ToastInput | string) => {
    const toast = typeof input === 'string' ? { title: input } : input;
    list = [
      ...list,
      { id: String(nextId++), color, title: toast.title, text: toast.text, 'data-test-subj': toast['data-test-subj'] },
    ];
    emit();
    return list[list.length - 1];
  };
  const toasts: IToasts = {
    addSuccess: add('success'),
    addWarning: add('warning'),
    addDanger: add('danger'),
    addError: (error, options) => add('danger')({ title: options.title, text: options.toastMessage ?? error.message }),
  };
  const subscribe = (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function ToastList() {
    const current = useSyncExternalStore(subscribe, () => list);
    return (
      <EuiGlobalToastList
        toasts={current}
        dismissToast={(toast) => {
          list = list.filter((t) => t.id !== toast.id);
          emit();
        }}
        toastLifeTimeMs={6000}
      />
    );
  }
  return { toasts, ToastList };
}
