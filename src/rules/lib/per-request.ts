/**
 * A value computed once per decoded request object and shared by the rules of one decision:
 * several rules read the same request's SecurityOpt entries or published ports, which are
 * parsed once. The key is an object of the decoded request (its body view, a list in it), which
 * never changes and lives only as long as the request: the cache is a WeakMap, so it never keeps
 * a request alive. Never key it by an option (options are read once, in a rule's `create`).
 */
export function perRequest<K extends object, V extends object>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
