'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Whether the page's script runs: false in the server's HTML (and without JavaScript), true once hydrated. */
export function useScripted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
