// Loading API data with loading / error / retry states, and the fact vocabulary (fetched once).
import { useCallback, useEffect, useState } from 'react';
import { api, errorText, type Fact } from './api';

export interface Loaded<T> { data?: T; error?: string; loading: boolean; retry: () => void }

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (e: unknown) => live && setState({ error: errorText(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}

let factsOnce: Promise<Fact[]> | undefined;
export function loadFacts(): Promise<Fact[]> {
  factsOnce ??= api.facts().catch((e: unknown) => {
    factsOnce = undefined;
    throw e;
  });
  return factsOnce;
}
