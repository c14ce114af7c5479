// Less motion for those who ask for it (WCAG 2.1 2.3.3; GB/T 37668): when the system setting
// "减少动态效果" is on (prefers-reduced-motion: reduce), Ant Design's dialogs, drawers, menus, lists
// and messages appear and go at once instead of sliding and fading; followed as the setting changes.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  const m = window.matchMedia(QUERY);
  m.addEventListener('change', onChange);
  return () => m.removeEventListener('change', onChange);
}

/** True when the person's system asks for reduced motion, now. */
export const reducedMotion = (): boolean => window.matchMedia(QUERY).matches;

/** The same, kept up to date as the setting changes. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, reducedMotion, () => false);
}
