import {
  EuiBadge,
  EuiButton,
  EuiCodeBlock,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { ReactNode } from 'react';
import type { ManualInstructions as Instructions } from '../../../../common/plan/plan_types';
import { downloadFile, fileNameOf } from '../../services/download_file';
import { strings } from '../../strings';
import { commandLanguage } from './planned_changes';

const { manual: labels } = strings.connect;

function Section({ title, children, testSubj }: { title: string; children: ReactNode; testSubj: string }) {
  return (
    <div data-test-subj={testSubj}>
      <EuiSpacer size="m" />
      <EuiTitle size="xxs">
        <h4>{title}</h4>
      </EuiTitle>
      <EuiSpacer size="xs" />
      {children}
    </div>
  );
}

/** What the admin does by hand, exactly as the plan writes it, and where it is not confirmed yet. */
export function ManualInstructions({ stepId, instructions }: { stepId: string; instructions: Instructions }) {
  const { commands, files, settings, pendingNodes, notes, runOn } = instructions;
  return (
    <div data-test-subj={`manualInstructions-${stepId}`}>
      {runOn && (
        <Section title={labels.runOnTitle} testSubj={`manualRunOn-${stepId}`}>
          <EuiText size="s">
            <p data-test-subj={`manualRunOn-${runOn}`}>{labels.runOn[runOn]}</p>
          </EuiText>
        </Section>
      )}
      {commands.length > 0 && (
        <Section title={labels.commands} testSubj={`manualCommands-${stepId}`}>
          {commands.map((command, index) => (
            <EuiCodeBlock
              key={index}
              language={commandLanguage(command)}
              fontSize="s"
              paddingSize="s"
              isCopyable
              whiteSpace="pre-wrap"
              data-test-subj={`manualCommand-${stepId}-${index}`}
            >
              {command}
            </EuiCodeBlock>
          ))}
        </Section>
      )}
      {files.map((file, index) => (
        <Section key={file.path} title={labels.file(file.path)} testSubj={`manualFile-${stepId}-${index}`}>
          <EuiButton
            size="s"
            iconType="download"
            onClick={() => downloadFile(fileNameOf(file.path), file.content)}
            data-test-subj={`downloadFile-${stepId}-${index}`}
          >
            {labels.download(fileNameOf(file.path))}
          </EuiButton>
          <EuiSpacer size="s" />
          <EuiCodeBlock
            fontSize="s"
            paddingSize="s"
            isCopyable
            overflowHeight={200}
            data-test-subj={`manualFileContent-${stepId}-${index}`}
          >
            {file.content}
          </EuiCodeBlock>
        </Section>
      ))}
      {settings.length > 0 && (
        <Section title={labels.settings} testSubj={`manualSettings-${stepId}`}>
          <EuiCodeBlock
            language="yaml"
            fontSize="s"
            paddingSize="s"
            isCopyable
            whiteSpace="pre-wrap"
            data-test-subj={`manualSettingsContent-${stepId}`}
          >
            {settings.join('\n')}
          </EuiCodeBlock>
        </Section>
      )}
      {pendingNodes.length > 0 && (
        <Section title={labels.pendingNodes} testSubj={`pendingNodes-${stepId}`}>
          <EuiFlexGroup gutterSize="xs" wrap responsive={false}>
            {pendingNodes.map((node) => (
              <EuiFlexItem grow={false} key={node}>
                <EuiBadge color="hollow" data-test-subj={`pendingNode-${node}`}>
                  {node}
                </EuiBadge>
              </EuiFlexItem>
            ))}
          </EuiFlexGroup>
        </Section>
      )}
      {notes.length > 0 && (
        <Section title={labels.notes} testSubj={`manualNotes-${stepId}`}>
          <EuiText size="s">
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </EuiText>
        </Section>
      )}
    </div>
  );
}
