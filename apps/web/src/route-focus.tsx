// What a screen reader or keyboard user needs on each route change: the browser tab's title names the
// page ("<page heading> - rencai 人才政策平台"), and after a navigation inside the app focus moves to
// the new page's main heading, so reading starts there (the first load keeps the browser's own focus).
// The heading is the page's first <h1> (or, on result pages, the result's title) once it has rendered.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

const HEADING = 'main h1, main .ant-result-title';

export function RouteFocus({ brand }: { brand: string }) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    let done = false;
    const apply = () => {
      const h = document.querySelector<HTMLElement>(HEADING);
      const text = h?.textContent?.trim();
      if (!h || !text) return false;
      document.title = `${text} - ${brand}`;
      if (!initial) {
        if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
        h.classList.add('route-heading');
        h.focus({ preventScroll: false });
      }
      return true;
    };
    // The page is loaded lazily and may fetch its heading's text: watch until it is there.
    if (apply()) return;
    const main = document.querySelector('main') ?? document.body;
    const observer = new MutationObserver(() => {
      if (!done && apply()) {
        done = true;
        observer.disconnect();
      }
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
    // Only a new path is a new page: a new query (a tab, a filter) keeps focus where it is.
  }, [pathname, brand]);
  return null;
}
