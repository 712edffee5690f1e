import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/api.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { ImportPreviewTable } from './import-preview-table.tsx';
import { invalidateMembers } from './invalidate-members.ts';
import { ImportResultSummary } from './import-result-summary.tsx';
import { readCsvPreview, type CsvPreview } from './read-csv-preview.ts';

interface Props {
  opened: boolean;
  onClose(): void;
}

type ChosenFile = { file: File; text: string } & CsvPreview;

export function ImportMembersDialog({ opened, onClose }: Props) {
  const { ws } = useWorkspace();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const upload = api.useMutation('post', '/api/v1/workspaces/{ws}/members/import', { onSuccess: invalidateMembers });
  const result = upload.data;

  const choose = async (file: File | null) => {
    upload.reset();
    if (!file) return setChosen(null);
    const text = await file.text();
    setChosen({ file, text, ...readCsvPreview(text) });
  };
  // The file goes as it is, as CSV: the server reads it (this dialog's parse is only the preview).
  const runImport = () =>
    chosen &&
    upload.mutate({
      params: { path: { ws } },
      body: chosen.text,
      bodySerializer: (text) => text,
      headers: { 'content-type': 'text/csv' },
    });
  const close = () => {
    setChosen(null);
    upload.reset();
    onClose();
  };
  const errors = new Map(result?.errors.map((e) => [e.row, e.message]));
  const rows = chosen && 'rows' in chosen ? chosen.rows : null;

  return (
    <Modal opened={opened} onClose={close} title="Import members" size="xl">
      <Stack>
        <Text size="sm">
          A CSV whose first line names the columns: firstName, lastName, email, phone, externalId, labels. Each row needs an email, a
          phone or an external id; a row naming an existing member updates it.
        </Text>
        <FileInput label="CSV file" placeholder="Choose a .csv file" accept=".csv,text/csv" value={chosen?.file ?? null} onChange={(f) => void choose(f)} clearable />
        {chosen && 'error' in chosen && (
          <Alert color="red" title="This file cannot be imported" role="alert">
            {chosen.error}
          </Alert>
        )}
        {chosen && 'rows' in chosen && (
          <>
            <Text size="sm" fw={500}>
              Preview: {chosen.rows.length} {chosen.rows.length === 1 ? 'row' : 'rows'}
            </Text>
            <ImportPreviewTable header={chosen.header} rows={chosen.rows} errors={errors} />
          </>
        )}
        {upload.error && <ErrorAlert error={upload.error} title="The import failed" />}
        {result && <ImportResultSummary result={result} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {result ? 'Close' : 'Cancel'}
          </Button>
          {!result && (
            <Button onClick={runImport} disabled={!rows?.length} loading={upload.isPending}>
              Import {rows ? `${rows.length} rows` : ''}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
