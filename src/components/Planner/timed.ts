/**
 * Runs `work` and leaves its duration in the browser's User Timing (DevTools'
 * Performance panel, `performance.getEntriesByName`): reading a link, a file
 * or browser storage is bounded, and this is how the bound is checked.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = typeof performance !== 'undefined' ? performance.now() : 0;
  try {
    return work();
  } finally {
    try {
      performance.measure(name, {start});
    } catch {
      // no User Timing here: nothing to record
    }
  }
}

/** As `timed`, for work that finishes later: the duration runs until its promise settles. */
export async function timedAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = typeof performance !== 'undefined' ? performance.now() : 0;
  try {
    return await work();
  } finally {
    try {
      performance.measure(name, {start});
    } catch {
      // no User Timing here: nothing to record
    }
  }
}
