import { Badge, ColorInput, createTheme, Modal, Notification, Pagination } from '@mantine/core';

export { readableColorVariables as cssVariablesResolver } from './theme/readable-color-variables.ts';

const pageControls = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  components: {
    // A badge is one or two words: never squeezed into an ellipsis by a narrow column or row.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
    // The icon-only buttons Mantine draws, named for screen readers and voice control.
    ColorInput: ColorInput.extend({ defaultProps: { eyeDropperButtonProps: { 'aria-label': 'Pick a colour from the screen' } } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } }),
    Pagination: Pagination.extend({ defaultProps: { getControlProps: (control) => ({ 'aria-label': pageControls[control] }) } }),
  },
});
