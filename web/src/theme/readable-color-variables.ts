import { darken, getPrimaryShade, keys, type CSSVariablesResolver } from '@mantine/core';
import { readableOn } from './contrast.ts';

/**
 * Mantine's light colour scheme with every coloured text at WCAG 2.1 AA: filled badges, buttons
 * and calendar events (white text), light badges, links, subtle buttons and `c="dimmed"` text.
 * Each variable keeps Mantine's own shade where it already reads and takes a darker one where it
 * does not (green, teal and orange have none dark enough, so theirs is darkened).
 */
export const readableColorVariables: CSSVariablesResolver = (theme) => {
  const white = theme.white;
  const gray = theme.colors.gray;
  // The darkest neutral surfaces text sits on: striped and hovered table rows.
  const surfaces = [white, gray[0], gray[1]];
  const shade = getPrimaryShade(theme, 'light');
  const light: Record<string, string> = {};

  for (const name of keys(theme.colors)) {
    const shades = [...theme.colors[name]!];
    const fromPrimary = shades.slice(shade);
    const filled = readableOn([white], fromPrimary);
    const text = readableOn(surfaces, fromPrimary);
    Object.assign(light, {
      [`--mantine-color-${name}-filled`]: filled,
      [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
      [`--mantine-color-${name}-text`]: text,
      [`--mantine-color-${name}-outline`]: text,
      [`--mantine-color-${name}-light-color`]: readableOn([shades[1]!], shades.slice(9)),
    });
  }

  return {
    variables: {},
    light: {
      ...light,
      '--mantine-color-anchor': `var(--mantine-color-${theme.primaryColor}-text)`,
      '--mantine-color-error': 'var(--mantine-color-red-text)',
      // Mantine's greys, darkened only as far as AA needs, so secondary text still looks secondary.
      '--mantine-color-dimmed': readableOn(surfaces, [gray[6]]),
      '--mantine-color-placeholder': readableOn([white], [gray[6]]),
    },
    dark: {},
  };
};
