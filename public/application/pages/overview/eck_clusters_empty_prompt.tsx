import { EuiEmptyPrompt } from '@elastic/eui';
import { strings } from '../../strings';

/** `namespaces` is what the server searched; `null` means every namespace. */
export function EckClustersEmptyPrompt({ namespaces }: { namespaces: string[] | null }) {
  return (
    <EuiEmptyPrompt
      iconType="logoKubernetes"
      titleSize="xs"
      title={<h3>{strings.eckClusters.emptyTitle}</h3>}
      body={
        <p>
          {namespaces
            ? strings.eckClusters.emptyBodyInNamespaces(namespaces)
            : strings.eckClusters.emptyBodyInAllNamespaces}
        </p>
      }
      data-test-subj="eckClustersEmpty"
    />
  );
}
