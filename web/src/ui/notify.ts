import { notifications } from '@mantine/notifications';
import type { ApiFailure } from '../api/api-error.ts';

/** A passing word that something was done. */
export function notifyDone(message: string): void {
  notifications.show({ message, color: 'green' });
}

/** A passing word that something could not be done, in the server's words. */
export function notifyFailed(title: string, failure: ApiFailure): void {
  notifications.show({ title, message: failure.error.message, color: 'red', autoClose: 8000 });
}
