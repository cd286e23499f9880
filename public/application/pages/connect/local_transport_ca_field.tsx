import { useState, type ChangeEvent } from 'react';
import { EuiFilePicker, EuiFormRow, EuiSpacer, EuiTextArea } from '@elastic/eui';
import { strings } from '../../strings';

const { certificate: labels } = strings.connect;

interface Props {
  value: string;
  /** The form's own shape check, or the server's refusal of this very text. */
  error?: string;
  onChange: (pem: string) => void;
}

/**
 * The local transport CA, pasted or read from a file. The text lives in the page's state only:
 * never in the URL or browser storage, and it is gone when the page is left.
 */
export function LocalTransportCaField({ value, error, onChange }: Props) {
  const [unreadable, setUnreadable] = useState<string>();

  const readFile = (files: FileList | null) => {
    const file = files?.[0];
    setUnreadable(undefined);
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => onChange(String(reader.result));
    reader.onerror = () => setUnreadable(labels.caUnreadable(file.name));
    reader.readAsText(file);
  };

  const shown = unreadable ?? error;
  return (
    <>
      <EuiFormRow label={labels.caLabel} helpText={labels.caHelp} isInvalid={!!shown} error={shown} fullWidth>
        <EuiTextArea
          name="localTransportCa"
          value={value}
          rows={5}
          fullWidth
          isInvalid={!!shown}
          placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          data-test-subj="localTransportCaInput"
        />
      </EuiFormRow>
      <EuiSpacer size="s" />
      <EuiFormRow label={labels.caUpload} fullWidth>
        <EuiFilePicker
          accept=".crt,.pem,.cer,application/x-pem-file"
          initialPromptText={labels.caUploadPrompt}
          display="default"
          compressed
          fullWidth
          onChange={readFile}
          data-test-subj="localTransportCaFile"
        />
      </EuiFormRow>
    </>
  );
}
