import type { IGetNodeParameterOptions, INodeExecutionData } from 'n8n-workflow';

import { compile, containsExpression, type Resolver } from './expressions';

/** n8n's own getNodeParameter, bound to the run's context. */
export type ReadParameter = (name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions) => unknown;

/** `checked`: a constant passed the run's checks once; being the same value for every item, it passes for all. */
type Known = { constant: unknown; checked?: boolean } | { resolver: Resolver | undefined };

/** The run's checks of a value read (ParameterGuard): they throw, or give the value back. */
export type CheckValue = (name: string, itemIndex: number, value: unknown) => unknown;

/** `[]` or `{}`, the usual fallbacks of lists and collections. */
function isEmpty(value: object): boolean {
	if (Array.isArray(value)) return value.length === 0;
	return Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0;
}

function isOnlyExtractValue(options: IGetNodeParameterOptions): boolean {
	return Object.keys(options).every((key) => key === 'extractValue');
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
			return typeof known.constant === 'object' && known.constant !== null ? structuredClone(known.constant) : known.constant;
		}
		const resolved = known.resolver?.(this.items[itemIndex]?.json ?? {});
		return this.check(name, itemIndex, resolved ? resolved.value : this.read(name, itemIndex, fallback, options));
	}

	/** Most reads name a parameter with a plain fallback or none: their key needs no JSON. */
	private keyOf(name: string, fallback: unknown, options: IGetNodeParameterOptions | undefined): string {
		const extract = options === undefined ? '' : options.extractValue === true && isOnlyExtractValue(options) ? 'x' : undefined;
		if (extract !== undefined) {
			if (fallback === undefined && extract === '') return name;
			if (fallback === null || typeof fallback !== 'object') return `${name}\u0000${extract}${typeof fallback}\u0000${String(fallback)}`;
			if (isEmpty(fallback)) return `${name}\u0000${extract}${Array.isArray(fallback) ? '[]' : '{}'}`;
		}
		return `${name}\u0001${JSON.stringify(fallback) ?? ''}\u0000${JSON.stringify(options) ?? ''}`;
	}

	private knownFor(name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions): Known {
		const key = this.keyOf(name, fallback, options);
		let known = this.known.get(key);
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
		this.known.set(key, known);
		return known;
	}
}
