/**
 * Add values to the list kept under `key`, starting the list if there is
 * none: how blocks are grouped by section, list, table or row. The list is
 * made even when no value is given, so a group with nothing in it still
 * counts as a group.
 */
export function append<Key, Value>(map: Map<Key, Value[]>, key: Key, ...values: Value[]): void {
  const list = map.get(key)
  if (list) list.push(...values)
  else map.set(key, values)
}
