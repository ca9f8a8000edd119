/**
 * A constant table looked up by a key that comes from outside: a parameter an expression may set to anything, or a
 * field of a provider's answer. A plain object literal answers `constructor`, `toString` or `__proto__` with
 * Object.prototype's members; this table has no prototype, so only its own entries are found. It is frozen too.
 */
export function lookupTable<T extends object>(entries: T): Readonly<T> {
	return Object.freeze(Object.assign(Object.create(null) as T, entries));
}
