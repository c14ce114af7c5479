// Focus that does not look like an error: the app's primary colour is a red, so a focused input
// would get a red border and glow — the look of a field with an error. Throughout the app inputs,
// selects and date pickers take a blue focus border and ring instead (6:1 against white, 4.3:1
// against the resting border), and keyboard focus on radio buttons, checkboxes and buttons gets the
// same blue outline (see `.focus-calm` in styles.css). Errors stay red.
import type { ThemeConfig } from 'antd';

export const FOCUS_COLOR = '#1f5fbf';
const ring = '0 0 0 3px rgba(31, 95, 191, 0.22)';
const field = { activeBorderColor: FOCUS_COLOR, hoverBorderColor: '#7f9fcf', activeShadow: ring };

export const focusTheme: ThemeConfig = {
  components: {
    Input: field,
    InputNumber: field,
    DatePicker: field,
    Select: { activeBorderColor: FOCUS_COLOR, hoverBorderColor: '#7f9fcf', activeOutlineColor: 'rgba(31, 95, 191, 0.22)' },
  },
};
