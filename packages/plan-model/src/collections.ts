/** Add `value` to the list kept under `key`, starting the list if there is none. */
export function pushTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

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
