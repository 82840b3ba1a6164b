/** The inner map kept under `key`, made empty if there is none. */
export function innerMap<Key, InnerKey, Value>(
  map: Map<Key, Map<InnerKey, Value>>,
  key: Key
): Map<InnerKey, Value> {
  let inner = map.get(key)
  if (!inner) {
    inner = new Map()
    map.set(key, inner)
  }
  return inner
}
