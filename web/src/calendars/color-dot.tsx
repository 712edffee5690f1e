import { ColorSwatch } from '@mantine/core';

export function ColorDot({ color }: { color: string }) {
  return <ColorSwatch color={color} size={12} withShadow={false} aria-hidden />;
}
