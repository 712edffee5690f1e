import { SimpleGrid, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

export interface Detail {
  label: string;
  value: ReactNode;
}

/** Labelled values, one a row, as a description list (terms and their definitions). */
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <SimpleGrid component="dl" cols={2} spacing="sm" verticalSpacing="xs" style={{ gridTemplateColumns: 'max-content 1fr', margin: 0 }}>
      {details.map(({ label, value }) => (
        <Fragment key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </Fragment>
      ))}
    </SimpleGrid>
  );
}
