/** Logs an error of the UI without letting it reach the page. */
export function reportQuietly(error: unknown): void {
  // The page must never see an exception from us; the console keeps it for debugging.
  console.debug('[attune] ui:', error);
}
