import type { ReactNode } from 'react';
import { EuiPageSection, EuiSpacer, EuiText, EuiTitle, useGeneratedHtmlId } from '@elastic/eui';

interface Props {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  'data-test-subj': string;
}

/** A titled region of the overview page, named by its heading for screen readers. */
export function OverviewSection({ title, description, children, 'data-test-subj': testSubj }: Props) {
  const titleId = useGeneratedHtmlId({ prefix: 'overviewSection' });
  return (
    <EuiPageSection paddingSize="none" aria-labelledby={titleId} data-test-subj={testSubj}>
      <EuiTitle size="s">
        <h2 id={titleId}>{title}</h2>
      </EuiTitle>
      {description && (
        <EuiText size="s" color="subdued">
          <p>{description}</p>
        </EuiText>
      )}
      <EuiSpacer size="m" />
      {children}
    </EuiPageSection>
  );
}
