/**
 * Pagefind's Node API reports problems in an `errors` list instead of throwing; a build must stop
 * on any of them. `what` says which call (and page) failed.
 */
export function assertPagefindOk<T extends { errors: readonly string[] }>(response: T, what: string): T {
  if (response.errors.length) throw new Error(`Pagefind, ${what}: ${response.errors.join('; ')}`);
  return response;
}
