import { useDocumentTitle } from '@mantine/hooks';

const PRODUCT = 'healthie-connect';

/** The browser tab's title, most specific first: "Primary Care · Calendars · Demo Clinic · healthie-connect". Parts not known yet are left out. */
export function usePageTitle(...parts: Array<string | undefined>): void {
  useDocumentTitle([...parts.filter(Boolean), PRODUCT].join(' · '));
}
