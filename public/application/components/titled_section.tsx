import type { ReactNode } from 'react';
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiPageSection,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';

interface Props {
  title: string;
  description?: ReactNode;
  /** Buttons beside the title, such as a refresh. */
  actions?: ReactNode;
  children: ReactNode;
  'data-test-subj': string;
}

/** A titled region of a page, named by its heading for screen readers. */
export function TitledSection({ title, description, actions, children, 'data-test-subj': testSubj }: Props) {
  const titleId = useGeneratedHtmlId({ prefix: 'titledSection' });
  return (
    <EuiPageSection paddingSize="none" aria-labelledby={titleId} data-test-subj={testSubj}>
      <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="s" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiTitle size="s">
            <h2 id={titleId}>{title}</h2>
          </EuiTitle>
        </EuiFlexItem>
        {actions && <EuiFlexItem grow={false}>{actions}</EuiFlexItem>}
      </EuiFlexGroup>
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
