/**
 * A function remembered per key object: computed the first time it is asked for a given
 * object, then returned as is. Keys are objects whose contents never change for the life of
 * the key: a compiled policy's option arrays and rule lists, a decoded request's body. The
 * cache is a WeakMap, so it never keeps a key (or its result) alive.
 */
export function memoByObject<K extends object, V extends object>(compute: (key: K) => V): (key: K) => V {
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
