// The PageWriter in a worker thread: each message is a page of events, each answer how many were written (or why none).
import { parentPort } from 'node:worker_threads';
import type { SyncedEventFields } from '../../src/integration/calendar-sync/appointment-event.ts';
import { PageWriter } from './page-writer.ts';

const writer = await PageWriter.open();
parentPort!.on('message', (message: { id: number; events: SyncedEventFields[] } | 'close') => {
  if (message === 'close') {
    void writer.close().then(() => parentPort!.close());
    return;
  }
  void writer.write(message.events).then(
    (written) => parentPort!.postMessage({ id: message.id, written }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: String(error) }),
  );
});
parentPort!.postMessage('ready');
