// 关怀模式 (elder-friendly mode): a switch in the header that enlarges text (18 px body and up),
// spacing and touch targets (44 px or more) and puts the calculator and the talent portal in one
// column, keeping every function. The choice is remembered per user in this browser (localStorage,
// "rencai.care.<username>"; "rencai.care." before sign-in) and applies as soon as the page loads.
import { useEffect, useState } from 'react';
import { Switch, type ThemeConfig } from 'antd';

const key = (user: string | undefined) => `rencai.care.${user ?? ''}`;

function stored(user: string | undefined): boolean {
  try {
    return localStorage.getItem(key(user)) === '1';
  } catch {
    return false;
  }
}

/** Whether the mode is on for `user`, and a setter that remembers it. */
export function useCareMode(user: string | undefined): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => stored(user));
  useEffect(() => setOn(stored(user)), [user]);
  useEffect(() => {
    document.documentElement.classList.toggle('care', on);
  }, [on]);
  const set = (value: boolean) => {
    try {
      localStorage.setItem(key(user), value ? '1' : '0');
    } catch {
      // Private browsing without storage: the mode still applies to this page.
    }
    setOn(value);
  };
  return [on, set];
}

/** Larger type and controls for Ant Design's components. */
export const careTokens: ThemeConfig['token'] = {
  fontSize: 18,
  fontSizeSM: 16,
  fontSizeLG: 20,
  fontSizeHeading1: 30,
  fontSizeHeading3: 22,
  controlHeight: 44,
  controlHeightSM: 36,
  controlHeightLG: 52,
  lineHeight: 1.7,
  padding: 20,
  margin: 20,
};

export function CareSwitch({ on, onChange, label }: { on: boolean; onChange: (on: boolean) => void; label: string }) {
  return (
    <span className="care-switch">
      <Switch id="care-mode" checked={on} onChange={onChange} aria-labelledby="care-mode-label" data-testid="care-mode" />
      <label htmlFor="care-mode" id="care-mode-label">
        {label}
      </label>
    </span>
  );
}
