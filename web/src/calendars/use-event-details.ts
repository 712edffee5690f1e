import { useCallback, useState } from 'react';

/**
 * Which of these events has its details open. The event is looked up in the latest answer, so the
 * details follow a change that arrives while they are open; the last one opened stays (closed), so
 * the drawer keeps its content while it slides away.
 */
export function useEventDetails<T extends { id: string }>(events: readonly T[] | undefined) {
  const [selected, setSelected] = useState<{ id: string; opened: boolean } | null>(null);
  const event = selected ? events?.find((e) => e.id === selected.id) : undefined;
  return {
    event,
    opened: Boolean(selected?.opened && event),
    // Stable, so FullCalendar is not handed a new click handler on every render.
    open: useCallback((id: string) => setSelected({ id, opened: true }), []),
    close: useCallback(() => setSelected((current) => current && { ...current, opened: false }), []),
  };
}
