import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert.tsx';

interface Props {
  opened: boolean;
  title: string;
  confirmLabel: string;
  /** The button that backs out: "Cancel", unless the action is itself a cancelling. */
  dismissLabel?: string;
  onConfirm(): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
}

/** Asks before something that cannot simply be undone; closes once it succeeded. */
export function ConfirmDialog({ opened, title, confirmLabel, dismissLabel = 'Cancel', onConfirm, onClose, children }: Props) {
  const confirm = useMutation({ mutationFn: onConfirm });
  const close = () => {
    confirm.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack>
        {children}
        {confirm.error && <ErrorAlert error={confirm.error} title={`${confirmLabel} failed`} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {dismissLabel}
          </Button>
          <Button color="red" onClick={() => confirm.mutate(undefined, { onSuccess: close })} loading={confirm.isPending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
