// A store item's JSON, worked out once a turn. The change check at save serialises the state anyway, and
// the embedded store keeps state as that very JSON; the store in turn hands back the JSON it read, which
// is the state as loaded, serialised. Passing it along beside the item saves serialising the same state
// two more times a turn (issue 14). Only the item it was worked out for carries it (a WeakMap, not a field,
// so nothing of it is ever stored or copied into state).
const serialised = new WeakMap<object, string>();

/** `json`: JSON.stringify of the item without its eTag, exactly. */
export function withSerialised<T extends object>(item: T, json: string): T {
  serialised.set(item, json);
  return item;
}

/** The JSON of the item without its eTag, if it was worked out already. */
export const serialisedOf = (item: unknown): string | undefined => (item && typeof item === 'object' ? serialised.get(item) : undefined);
