import { EuiCodeBlock, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { PlannedChange } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';

const { changes: labels } = strings.connect;

export function describeChange(change: PlannedChange): string {
  switch (change.kind) {
    case 'kubernetes_patch': {
      const { kind, namespace, name } = change.resource;
      return labels.kubernetesPatch(kind, namespace, name);
    }
    case 'kubernetes_create': {
      const { namespace, name } = change.object.metadata;
      return labels.kubernetesCreate(change.object.kind, namespace, name);
    }
    case 'elasticsearch_request':
      return change.cluster === 'local'
        ? labels.localRequest(change.method, change.path)
        : labels.remoteRequest(change.method, change.path);
  }
}

/** Dev Tools requests (`PUT _cluster/settings` and a JSON body) are not shell commands. */
export const commandLanguage = (command: string) => (/^(GET|PUT|POST|DELETE|HEAD) /.test(command) ? 'text' : 'bash');

interface Props {
  stepId: string;
  changes: PlannedChange[];
  title: string;
}

/** Each change exactly as it will be made, with the command that makes it by hand. */
export function PlannedChanges({ stepId, changes, title }: Props) {
  if (changes.length === 0) return null;
  return (
    <div data-test-subj={`plannedChanges-${stepId}`}>
      <EuiTitle size="xxs">
        <h4>{title}</h4>
      </EuiTitle>
      {changes.map((change, index) => (
        <div key={index}>
          <EuiSpacer size="s" />
          <EuiText size="s">
            <p>{describeChange(change)}</p>
          </EuiText>
          <EuiCodeBlock
            language={commandLanguage(change.command)}
            fontSize="s"
            paddingSize="s"
            isCopyable
            whiteSpace="pre-wrap"
            data-test-subj={`plannedChange-${stepId}-${index}`}
          >
            {change.command}
          </EuiCodeBlock>
        </div>
      ))}
    </div>
  );
}
