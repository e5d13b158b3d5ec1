'use client';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

// useLayoutEffect warns on a server in React 18; nothing here needs to run there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A ref that always holds the latest committed `value`: for callbacks that must see the newest
 * props without re-subscribing.
 *
 * @example
 * const onEvent = useLatest(handler);
 * useEffect(() => client.on('agent', (e) => onEvent.current(e)), [client]);
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
