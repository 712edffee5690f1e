import { createTheme, Modal, Notification, Pagination } from '@mantine/core';

export { readableColorVariables as cssVariablesResolver } from './theme/readable-color-variables.ts';

const pageControls = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  // The icon-only buttons Mantine draws, named for screen readers and voice control.
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } }),
    Pagination: Pagination.extend({ defaultProps: { getControlProps: (control) => ({ 'aria-label': pageControls[control] }) } }),
  },
});
