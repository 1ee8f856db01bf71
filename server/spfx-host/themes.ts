import { createTheme } from '@fluentui/react/lib-commonjs/Theme';

/**
 * Site themes for the harness pages, in SharePoint's site theme format (name, isInverted, palette). A page
 * hands the framework's ThemeProvider the full theme SharePoint derives from a palette (palette plus the
 * semantic colours), which is what `ThemeProvider.tryGetTheme()` returns to a web part on a real page.
 */
export type SiteThemeName = 'teal' | 'darkYellow';

export interface SiteTheme {
  readonly name: SiteThemeName;
  readonly isInverted: boolean;
  /** The palette's primary colour, for assertions. */
  readonly themePrimary: string;
  /** bodyBackground / bodyText of the derived theme, for assertions. */
  readonly bodyBackground: string;
  readonly bodyText: string;
  /** The theme object the framework hands web parts (JSON). */
  readonly theme: Record<string, unknown>;
}

const NEUTRALS_LIGHT = {
  neutralLighterAlt: '#faf9f8', neutralLighter: '#f3f2f1', neutralLight: '#edebe9', neutralQuaternaryAlt: '#e1dfdd',
  neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c6c4', neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c',
  neutralPrimaryAlt: '#3b3a39', neutralPrimary: '#323130', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
};

/**
 * Palettes of two of SharePoint's own site themes: "Teal" (light; here with the palette's optional
 * `bodyBackground` set to a tinted white, so that a test can tell it from Fluent's default white) and
 * "Dark Yellow" (inverted).
 */
const PALETTES: Record<SiteThemeName, { isInverted: boolean; palette: Record<string, string> }> = {
  teal: {
    isInverted: false,
    palette: {
      bodyBackground: '#f0f9fa',
      themePrimary: '#03787c', themeLighterAlt: '#f0f9fa', themeLighter: '#c5e9ea', themeLight: '#98d6d8', themeTertiary: '#49aeb1',
      themeSecondary: '#13898d', themeDarkAlt: '#026d70', themeDark: '#025c5f', themeDarker: '#014446', ...NEUTRALS_LIGHT
    }
  },
  darkYellow: {
    isInverted: true,
    palette: {
      themePrimary: '#fce100', themeLighterAlt: '#0d0b00', themeLighter: '#191700', themeLight: '#322d00', themeTertiary: '#6a5f00',
      themeSecondary: '#e3cc00', themeDarkAlt: '#fde61e', themeDark: '#fdea3d', themeDarker: '#fdef6e', neutralLighterAlt: '#282828',
      neutralLighter: '#313131', neutralLight: '#3f3f3f', neutralQuaternaryAlt: '#484848', neutralQuaternary: '#4f4f4f',
      neutralTertiaryAlt: '#6d6d6d', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada',
      neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
    }
  }
};

export function siteTheme(name: SiteThemeName): SiteTheme {
  const { isInverted, palette } = PALETTES[name];
  // As SharePoint does: the palette's bodyBackground/bodyText, when given, are the theme's body colours.
  const semanticColors = { ...(palette.bodyBackground ? { bodyBackground: palette.bodyBackground } : {}), ...(palette.bodyText ? { bodyText: palette.bodyText } : {}) };
  const full = createTheme({ palette, isInverted, semanticColors });
  return {
    name,
    isInverted,
    themePrimary: palette.themePrimary,
    bodyBackground: full.semanticColors.bodyBackground,
    bodyText: full.semanticColors.bodyText,
    theme: JSON.parse(JSON.stringify({ palette: full.palette, semanticColors: full.semanticColors, isInverted: full.isInverted, fonts: full.fonts, effects: full.effects, spacing: full.spacing, rtl: false })) as Record<string, unknown>
  };
}
