import { Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { ImportResult } from '../api/types.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useAction } from '../ui/use-action.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { ImportPreviewTable } from './import-preview-table.tsx';
import { ImportResultSummary } from './import-result-summary.tsx';
import { parseCsv } from './parse-csv.ts';

interface Props {
  opened: boolean;
  onClose(): void;
  onImported(): void;
}

interface ChosenFile {
  file: File;
  text: string;
  header: string[];
  rows: string[][];
}

export function ImportMembersDialog({ opened, onClose, onImported }: Props) {
  const { apiPath } = useWorkspace();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const upload = useAction((text: string) => api.postCsv<ImportResult>(apiPath('members/import'), text));

  const choose = async (file: File | null) => {
    setResult(null);
    upload.reset();
    if (!file) return setChosen(null);
    const text = await file.text();
    const [header = [], ...rows] = parseCsv(text);
    setChosen({ file, text, header, rows });
  };
  const runImport = async () => {
    if (!chosen) return;
    const outcome = await upload.run(chosen.text);
    if (!outcome) return;
    setResult(outcome);
    onImported();
  };
  const close = () => {
    setChosen(null);
    setResult(null);
    upload.reset();
    onClose();
  };
  const errors = new Map(result?.errors.map((e) => [e.row, e.message]));

  return (
    <Modal opened={opened} onClose={close} title="Import members" size="xl">
      <Stack>
        <Text size="sm">
          A CSV whose first line names the columns: firstName, lastName, email, phone, externalId, labels. Each row needs an email, a
          phone or an external id; a row naming an existing member updates it.
        </Text>
        <FileInput label="CSV file" placeholder="Choose a .csv file" accept=".csv,text/csv" value={chosen?.file ?? null} onChange={(f) => void choose(f)} clearable />
        {chosen && (
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
            <Button onClick={() => void runImport()} disabled={!chosen || chosen.rows.length === 0} loading={upload.busy}>
              Import {chosen ? `${chosen.rows.length} rows` : ''}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
