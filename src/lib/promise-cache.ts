/**
 * `load` once per key: a later call with the same key gets the same promise, so a file asked for
 * again (a result shown again while typing, a sort picked twice) is fetched once. A promise that
 * fails is forgotten, so the next call tries again.
 */
export function onePerKey<A, T>(
  load: (arg: A) => Promise<T>,
  keyOf: (arg: A) => string = String,
): (arg: A) => Promise<T> {
  const promises = new Map<string, Promise<T>>();
  return (arg) => {
    const key = keyOf(arg);
    let promise = promises.get(key);
    if (!promise) {
      promise = load(arg);
      promises.set(key, promise);
      promise.catch(() => promises.delete(key));
    }
    return promise;
  };
}
