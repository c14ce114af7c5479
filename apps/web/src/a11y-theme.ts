// Colours that meet WCAG 2.1 AA (GB/T 37668): Ant Design's defaults for links (#1677ff, 4.1:1 on
// white), secondary and help text (#8c8c8c, 3.4:1), placeholders (#bfbfbf, 1.8:1), error text
// (#ff4d4f, 3.3:1) and the light-background tags (green #389e0d on #f6ffed, 3.4:1; orange, cyan,
// gold, lime, yellow, volcano likewise) fall short of 4.5:1. These tokens replace them with shades of
// the same hues at 4.5:1 or more on white, on the page background (#f6f6f4) and on each tag's own
// background (the preset-colour tags' text is set in a11y.css: Ant Design takes it from its fixed
// palettes, which the theme does not reach). The charts' series colours (CHART_COLORS) each reach 3:1 against white.
import type { ThemeConfig } from 'antd';

export const LINK_COLOR = '#1f5fbf'; // 6.1:1 on white

export const contrastTokens: ThemeConfig['token'] = {
  colorLink: LINK_COLOR,
  colorLinkHover: '#174a96',
  colorLinkActive: '#123a75',
  colorInfo: LINK_COLOR,
  colorSuccess: '#237804', // 5.4:1 on its tag background
  colorError: '#cf1322', // 5.6:1 on white
  colorWarning: '#874d00',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)', // help and description text: 5.7:1 on white
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)', // 4.9:1 on white
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
};

/** Series colours for the dashboard's charts, each at least 3:1 against the white plot area. */
export const CHART_COLORS = ['#1f5fbf', '#b4232a', '#237804', '#ad4e00', '#6d3bb8', '#006d75', '#874d00', '#c41d7f'];
