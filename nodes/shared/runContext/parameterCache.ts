import type { IGetNodeParameterOptions, INodeExecutionData } from 'n8n-workflow';

import { compile, containsExpression, type Resolver } from './expressions';

/** n8n's own getNodeParameter, bound to the run's context. */
export type ReadParameter = (name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions) => unknown;

/** `checked`: a constant passed the run's checks once; being the same value for every item, it passes for all. */
type Known = { constant: unknown; checked?: boolean } | { resolver: Resolver | undefined };

/** The run's checks of a value read (ParameterGuard): they throw, or give the value back. */
export type CheckValue = (name: string, itemIndex: number, value: unknown) => unknown;

const EMPTY_ARRAY = Symbol('[]');
const EMPTY_OBJECT = Symbol('{}');
const BY_JSON = Symbol('JSON');

/** The fallback as a Map key: itself when plain, a symbol for `[]` and `{}` (the usual ones); BY_JSON otherwise. */
function fallbackKey(fallback: unknown): unknown {
	if (fallback === null || typeof fallback !== 'object') return fallback;
	if (Array.isArray(fallback)) return fallback.length === 0 ? EMPTY_ARRAY : BY_JSON;
	for (const _ in fallback) return BY_JSON;
	return Object.getPrototypeOf(fallback) === Object.prototype ? EMPTY_OBJECT : BY_JSON;
}

/**
 * A copy of a parameter value (JSON from the workflow: plain objects, arrays and primitives), made by hand because
 * structuredClone costs several microseconds even for a small object, for every item. Anything else is structuredClone's.
 */
function copyOf(value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) return value.map(copyOf);
	if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key]);
	return copy;
}

function isOnlyExtractValue(options: IGetNodeParameterOptions): boolean {
	for (const key in options) if (key !== 'extractValue') return false;
	return true;
}

/**
 * Parameter values for one run. Every read of a parameter in n8n resolves it and checks it against the node's whole
 * description, which is most of a node's cost per item:
 * - a parameter without an expression has the same value for every item: it is resolved once;
 * - a parameter whose expressions are all `{{ $json.path }}` is read straight from the item's JSON (the engine still
 *   decides whenever the value there is not a string, finite number or boolean);
 * - every other expression goes to n8n's engine for every item, as before.
 */
export class ParameterCache {
	private readonly known = new Map<string, Known>();

	/** Most reads: a plain or empty fallback, no options or extractValue alone; by name, then fallback, no key text. */
	private readonly plain = new Map<string, Map<unknown, Known>>();

	private readonly extracted = new Map<string, Map<unknown, Known>>();

	constructor(
		private readonly read: ReadParameter,
		private readonly items: INodeExecutionData[],
		private readonly check: CheckValue = (_name, _itemIndex, value) => value,
	) {}

	/** The checked value of `name` for the item. */
	value(name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions): unknown {
		const known = this.knownFor(name, itemIndex, fallback, options);
		if ('constant' in known) {
			if (known.checked !== true) {
				this.check(name, itemIndex, known.constant);
				known.checked = true;
			}
			// Operations may change what they get: every item gets its own copy.
			return typeof known.constant === 'object' && known.constant !== null ? copyOf(known.constant) : known.constant;
		}
		const resolved = known.resolver?.(this.items[itemIndex]?.json ?? {});
		return this.check(name, itemIndex, resolved ? resolved.value : this.read(name, itemIndex, fallback, options));
	}

	/**
	 * The table a read is remembered in, keyed by the fallback's key; `known` (keyed by the whole read as text) when
	 * the fallback or the options are of another kind. Table and key are looked up apart: this runs for every read.
	 */
	private tableFor(name: string, byFallback: unknown, options: IGetNodeParameterOptions | undefined): Map<unknown, Known> {
		const tables = options === undefined ? this.plain : options.extractValue === true && isOnlyExtractValue(options) ? this.extracted : undefined;
		if (tables === undefined || byFallback === BY_JSON) return this.known as Map<unknown, Known>;
		let table = tables.get(name);
		if (!table) tables.set(name, (table = new Map()));
		return table;
	}

	private knownFor(name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions): Known {
		const byFallback = fallbackKey(fallback);
		const table = this.tableFor(name, byFallback, options);
		const key = table === this.known ? `${name}\u0000${JSON.stringify(fallback) ?? ''}\u0000${JSON.stringify(options) ?? ''}` : byFallback;
		let known = table.get(key);
		if (known !== undefined) return known;
		const raw = this.read(name, itemIndex, fallback, { rawExpressions: true });
		if (containsExpression(raw)) {
			// Options transform the value after resolution, so those stay with n8n; except extractValue on a plain
			// value, which only resource locators (objects with `__rl`) are changed by.
			const plain = options === undefined || (isOnlyExtractValue(options) && (typeof raw !== 'object' || raw === null));
			known = { resolver: plain ? compile(raw) : undefined };
		} else {
			// Resolved here, so that a value n8n refuses throws for this item and is not remembered.
			known = { constant: this.read(name, itemIndex, fallback, options) };
		}
		table.set(key, known);
		return known;
	}
}
