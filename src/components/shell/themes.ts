import { createTheme, type PartialTheme, type Theme } from '@fluentui/react/lib/Theme';
import type { TeamsThemeName } from './types';

/**
 * Teams' default, dark and high-contrast themes as Fluent UI palettes. On a SharePoint page the site's
 * theme (its section variant) comes from SPFx's ThemeProvider instead.
 */
const TEAMS_DEFAULT: PartialTheme = {
  palette: {
    themePrimary: '#6264a7', themeLighterAlt: '#f7f7fb', themeLighter: '#e1e1f1', themeLight: '#c8c9e4', themeTertiary: '#989ac9',
    themeSecondary: '#7173b0', themeDarkAlt: '#585a95', themeDark: '#4a4c7e', themeDarker: '#37385d',
    neutralPrimary: '#252423', neutralDark: '#201f1e', neutralPrimaryAlt: '#3b3a39', neutralSecondary: '#484644', black: '#000000', white: '#ffffff'
  }
};

const TEAMS_DARK: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#a6a7dc', themeLighterAlt: '#07070a', themeLighter: '#1a1b23', themeLight: '#323242', themeTertiary: '#636484',
    themeSecondary: '#9293c2', themeDarkAlt: '#afb0df', themeDark: '#bbbce4', themeDarker: '#cdcdeb',
    neutralLighterAlt: '#282828', neutralLighter: '#313131', neutralLight: '#3f3f3f', neutralQuaternaryAlt: '#484848', neutralQuaternary: '#4f4f4f',
    neutralTertiaryAlt: '#6d6d6d', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralSecondaryAlt: '#d0d0d0', neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
};

const TEAMS_CONTRAST: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff01', themeLighterAlt: '#0a0a00', themeLighter: '#292900', themeLight: '#4d4d00', themeTertiary: '#999900',
    themeSecondary: '#e0e000', themeDarkAlt: '#ffff19', themeDark: '#ffff3d', themeDarker: '#ffff70',
    neutralLighterAlt: '#0b0b0b', neutralLighter: '#151515', neutralLight: '#252525', neutralQuaternaryAlt: '#2f2f2f', neutralQuaternary: '#373737',
    neutralTertiaryAlt: '#595959', neutralTertiary: '#c8c8c8', neutralSecondary: '#e0e0e0', neutralSecondaryAlt: '#e0e0e0', neutralPrimaryAlt: '#f0f0f0',
    neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#ffffff', white: '#000000'
  },
  semanticColors: { link: '#ffff01', linkHovered: '#ffff70', focusBorder: '#ffff01', inputBorder: '#ffffff' }
};

const cache: Partial<Record<TeamsThemeName, Theme>> = {};

export function teamsTheme(name: TeamsThemeName): Theme {
  const cached = cache[name];
  if (cached) return cached;
  const theme = createTheme(name === 'dark' ? TEAMS_DARK : name === 'contrast' ? TEAMS_CONTRAST : TEAMS_DEFAULT);
  cache[name] = theme;
  return theme;
}

/** Teams reports its theme as a string; anything unknown is the default theme. */
export function teamsThemeName(value: string | undefined | null): TeamsThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}
