import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert.tsx';
import { useAction } from './use-action.ts';

interface Props {
  opened: boolean;
  title: string;
  confirmLabel: string;
  onConfirm(): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
}

/** Asks before something that cannot simply be undone; closes once it succeeded. */
export function ConfirmDialog({ opened, title, confirmLabel, onConfirm, onClose, children }: Props) {
  const confirm = useAction(async () => {
    await onConfirm();
    return true;
  });
  const close = () => {
    confirm.reset();
    onClose();
  };
  const run = async () => {
    if (await confirm.run()) close();
  };
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack>
        {children}
        {confirm.error && <ErrorAlert error={confirm.error} title={`${confirmLabel} failed`} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void run()} loading={confirm.busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
