import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IGetNodeParameterOptions,
	INodeProperties,
	INodePropertyCollection,
} from 'n8n-workflow';

import { hasLoneSurrogate, invalidParameter } from './validation';

/** A parameter value as a function of the item's JSON; undefined means "ask n8n's expression engine". */
type Resolver = (json: IDataObject) => { value: unknown } | undefined;

const PATH_STEP = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['([^'\\]*)'\]|\["([^"\\]*)"\]/y;
const SIMPLE_SEGMENT = /\{\{\s*\$json((?:\.[A-Za-z_$][\w$]*|\[\d+\]|\['[^'\\]*'\]|\["[^"\\]*"\])+)\s*\}\}/g;

function pathOf(steps: string): string[] {
	const path: string[] = [];
	PATH_STEP.lastIndex = 0;
	while (PATH_STEP.lastIndex < steps.length) {
		const match = PATH_STEP.exec(steps);
		if (!match) return [];
		path.push(match[1] ?? match[2] ?? match[3] ?? match[4]);
	}
	return path;
}

/** The value at `path` of the item's JSON, own properties only; undefined when any step is missing. */
function valueAt(json: IDataObject, path: string[]): unknown {
	let current: unknown = json;
	for (const key of path) {
		if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
		current = (current as IDataObject)[key];
	}
	return current;
}

const isPlain = (value: unknown): value is string | number | boolean =>
	typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';

/**
 * A resolver for a string whose every expression is `{{ $json.path }}` (the form most bulk workflows use), or
 * undefined for anything else. It gives what n8n's engine gives for these (the value itself for a lone expression,
 * the text for a template) and steps aside (undefined) for values other than strings, finite numbers and booleans.
 */
function compileString(raw: string): Resolver | undefined {
	if (!raw.startsWith('=')) return () => ({ value: raw });
	const template = raw.slice(1);
	const literals: string[] = [];
	const paths: string[][] = [];
	let last = 0;
	for (const match of template.matchAll(SIMPLE_SEGMENT)) {
		literals.push(template.slice(last, match.index));
		const path = pathOf(match[1]);
		if (path.length === 0) return undefined;
		paths.push(path);
		last = match.index + match[0].length;
	}
	literals.push(template.slice(last));
	// Any other expression (a function call, another variable) goes to n8n's engine.
	if (literals.some((literal) => literal.includes('{{') || literal.includes('}}')) || paths.length === 0) return undefined;
	if (paths.length === 1 && literals[0] === '' && literals[1] === '') {
		const [path] = paths;
		return (json) => {
			const value = valueAt(json, path);
			return isPlain(value) ? { value } : undefined;
		};
	}
	return (json) => {
		let text = literals[0];
		for (const [index, path] of paths.entries()) {
			const value = valueAt(json, path);
			if (!isPlain(value)) return undefined;
			text += String(value) + literals[index + 1];
		}
		return { value: text };
	};
}

function compile(raw: unknown): Resolver | undefined {
	if (typeof raw === 'string') return compileString(raw);
	if (Array.isArray(raw)) {
		const entries = raw.map(compile);
		if (entries.some((entry) => entry === undefined)) return undefined;
		return (json) => {
			const values: unknown[] = [];
			for (const entry of entries) {
				const resolved = entry!(json);
				if (!resolved) return undefined;
				values.push(resolved.value);
			}
			return { value: values };
		};
	}
	if (raw !== null && typeof raw === 'object') {
		const entries = Object.entries(raw).map(([key, value]) => [key, compile(value)] as const);
		if (entries.some(([, entry]) => entry === undefined)) return undefined;
		return (json) => {
			const values: IDataObject = {};
			for (const [key, entry] of entries) {
				const resolved = entry!(json);
				if (!resolved) return undefined;
				values[key] = resolved.value as IDataObject[string];
			}
			return { value: values };
		};
	}
	return () => ({ value: raw });
}

function containsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(containsExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(containsExpression);
	return false;
}

type Known = { constant: unknown } | { resolver: Resolver | undefined };

function isOnlyExtractValue(options: IGetNodeParameterOptions): boolean {
	return Object.keys(options).every((key) => key === 'extractValue');
}

/** A picker (options parameter) of the operation: its label and the values it lists. */
interface Picker {
	label: string;
	values: Set<string>;
	names: string[];
}

/**
 * The operation's pickers with a fixed list, by path: `scope`, `filters.status` in a collection,
 * `receivers.receiver.identifierKey` in a fixed collection's group. One name may stand for several variants (shown
 * for different settings): a value is valid when any of them lists it. Lists loaded from the provider are not
 * checked here.
 */
function pickersOf(
	properties: readonly INodeProperties[],
	labels: Map<string, string>,
	prefix = '',
	pickers = new Map<string, Picker>(),
): Map<string, Picker> {
	for (const property of properties) {
		const path = `${prefix}${property.name}`;
		if (property.type === 'collection') {
			labels.set(path, property.displayName);
			pickersOf((property.options ?? []) as INodeProperties[], labels, `${path}.`, pickers);
			continue;
		}
		if (property.type === 'fixedCollection') {
			labels.set(path, property.displayName);
			for (const group of (property.options ?? []) as INodePropertyCollection[]) {
				labels.set(`${path}.${group.name}`, group.displayName);
				pickersOf(group.values ?? [], labels, `${path}.${group.name}.`, pickers);
			}
			continue;
		}
		if (property.type !== 'options' || !property.options || property.typeOptions?.loadOptionsMethod) continue;
		const picker = pickers.get(path) ?? { label: property.displayName, values: new Set<string>(), names: [] };
		for (const option of property.options) {
			if (!('value' in option)) continue;
			picker.values.add(String(option.value));
			picker.names.push(`${option.name} (${String(option.value)})`);
		}
		pickers.set(path, picker);
	}
	return pickers;
}

/** A text field of the operation: a string parameter, or a resource locator (whose value is text). */
interface TextField {
	label: string;
	/** A comma-separated list or a multiple-value string: an array of plain values is the list itself. */
	acceptsList: boolean;
}

const isTextType = (property: INodeProperties) => property.type === 'string' || property.type === 'resourceLocator';
const acceptsList = (property: INodeProperties) =>
	property.typeOptions?.multipleValues === true || /^Comma-separated/.test(property.description ?? '');

/**
 * The operation's text fields by path, as `pickersOf` finds pickers. A path that is text in one variant and anything
 * else in another (JSON, a number, a collection) is left out: its value is the operation's to judge.
 */
function textFieldsOf(properties: readonly INodeProperties[], labels: Map<string, string>): Map<string, TextField> {
	const fields = new Map<string, TextField>();
	const other = new Set<string>();
	const visit = (list: readonly INodeProperties[], prefix: string) => {
		for (const property of list) {
			const path = `${prefix}${property.name}`;
			if (property.type === 'collection') {
				labels.set(path, property.displayName);
				visit((property.options ?? []) as INodeProperties[], `${path}.`);
			} else if (property.type === 'fixedCollection') {
				labels.set(path, property.displayName);
				for (const group of (property.options ?? []) as INodePropertyCollection[]) {
					labels.set(`${path}.${group.name}`, group.displayName);
					visit(group.values ?? [], `${path}.${group.name}.`);
				}
			}
			if (!isTextType(property)) {
				other.add(path);
				continue;
			}
			const known = fields.get(path);
			fields.set(path, { label: property.displayName, acceptsList: (known?.acceptsList ?? true) && acceptsList(property) });
		}
	};
	visit(properties, '');
	for (const path of other) fields.delete(path);
	return fields;
}

/** A list field given an array: each entry must be text or a number, as if written comma-separated. */
function listProblem(field: TextField, entries: unknown[]): { problem: string; fix: string } | undefined {
	for (const entry of entries) {
		if (typeof entry === 'string') {
			const wrong = textProblem(field, entry);
			if (wrong) return wrong;
		} else if (!isPlain(entry)) {
			return {
				problem: 'an expression gave a list with an entry that is not text',
				fix: 'Map a list of texts or numbers, e.g. {{ $json.items.map((item) => item.id) }}, or enter the values comma-separated.',
			};
		}
	}
	return undefined;
}

/** What is wrong with a text field's value, with how to fix it; undefined when it is text (or nothing). */
function textProblem(field: TextField, value: unknown): { problem: string; fix: string } | undefined {
	if (typeof value === 'string') {
		if (!hasLoneSurrogate(value)) return undefined;
		return {
			problem: 'contains a lone surrogate (half of an emoji or other character), which is not text',
			fix: 'Check the expression: a string cut in the middle of a character, e.g. by slice() or substring(), leaves half of it.',
		};
	}
	if (Array.isArray(value)) {
		if (field.acceptsList) return listProblem(field, value);
		return {
			problem: 'an expression gave a list (array), not text',
			fix: 'Map one entry, e.g. {{ $json.tags[0] }}, or join the list into the text you mean, e.g. {{ $json.tags.join(", ") }}.',
		};
	}
	if (value !== null && typeof value === 'object') {
		// A resource locator is an object with `__rl`; its value is the text.
		if ((value as IDataObject).__rl === true) return textProblem(field, (value as IDataObject).value);
		return {
			problem: 'an expression gave an object, not text',
			fix: 'Map one of its values, e.g. {{ $json.address.city }}; to send the object as JSON text, use {{ JSON.stringify($json.address) }}.',
		};
	}
	return undefined;
}

/** Every path that holds pickers or text fields below it (`filters`, `receivers.receiver`): where a value is walked. */
function containersOf(paths: Iterable<string>): Set<string> {
	const containers = new Set<string>();
	for (const path of paths) {
		for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) containers.add(path.slice(0, dot));
	}
	return containers;
}

/** The field as the user sees it: "Additional Fields › Track Links", "Receivers › Receiver 2 › Type". */
function fieldLabel(labels: Map<string, string>, path: string, field: { label: string }, entries: Map<string, number>): string {
	const parts: string[] = [];
	for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) {
		const container = path.slice(0, dot);
		const entry = entries.get(container);
		parts.push(`${labels.get(container) ?? container}${entry === undefined ? '' : ` ${entry + 1}`}`);
	}
	return [...parts, field.label].join(' › ');
}

/**
 * The context the operations of one node run use: n8n's own, with memos for the run. Every read of a parameter in
 * n8n resolves it and checks it against the node's whole description, which is most of a node's cost per item:
 * - a parameter without an expression has the same value for every item: it is resolved once;
 * - a parameter whose expressions are all `{{ $json.path }}` is read straight from the item's JSON (the engine still
 *   decides whenever the value there is not a string, finite number or boolean);
 * - every other expression goes to n8n's engine for every item, as before.
 * The credential is read once per run instead of once per request (each read is a database query and a decryption).
 */
export function runContext(context: IExecuteFunctions, properties: readonly INodeProperties[] = []): IExecuteFunctions {
	const parameters = new Map<string, Known>();
	const labels = new Map<string, string>();
	const pickers = pickersOf(properties, labels);
	const textFields = textFieldsOf(properties, labels);
	const containers = containersOf([...pickers.keys(), ...textFields.keys()]);
	const credentials = new Map<string, Promise<ICredentialDataDecryptedObject>>();
	const items = context.getInputData();
	const derived = Object.create(context) as IExecuteFunctions;
	const getNodeParameter = context.getNodeParameter.bind(derived) as (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: IGetNodeParameterOptions,
	) => unknown;

	/**
	 * An expression can give a picker any value: one it does not list is refused here, before any request. (A value
	 * not set on the node is the operation's own fallback, not the user's.)
	 */
	let nodeParameters: IDataObject | undefined;
	const refuse = (path: string, picker: Picker, itemIndex: number, value: unknown, entries = new Map<string, number>()) =>
		invalidParameter(
			derived,
			itemIndex,
			fieldLabel(labels, path, picker, entries),
			`"${String(value)}" is not one of its options`,
			`Use one of ${picker.names.join(', ')}.`,
		);
	/** A text field given an object, an array or broken text (by an expression) is refused before any request. */
	const checkText = (path: string, field: TextField, itemIndex: number, value: unknown, entries = new Map<string, number>()) => {
		const wrong = textProblem(field, value);
		if (wrong) throw invalidParameter(derived, itemIndex, fieldLabel(labels, path, field, entries), wrong.problem, wrong.fix);
	};
	const checked = (name: string, itemIndex: number, value: unknown): unknown => {
		const textField = textFields.get(name);
		if (textField) checkText(name, textField, itemIndex, value);
		const picker = pickers.get(name);
		if (picker && !picker.values.has(String(value))) {
			// getNode() copies the whole node: its parameters are read once, on the first unlisted value.
			nodeParameters ??= (context.getNode().parameters ?? {}) as IDataObject;
			if (valueAt(nodeParameters, name.split('.')) !== undefined) throw refuse(name, picker, itemIndex, value);
		} else if (!picker && containers.has(name)) {
			// A whole collection: every picker in it that has a value was set by the user.
			walk(name, value, itemIndex);
		}
		return value;
	};
	/** `entries` numbers the entries of a fixed collection's groups on the way down, for the label. */
	const walk = (path: string, value: unknown, itemIndex: number, entries = new Map<string, number>()): void => {
		if (Array.isArray(value)) {
			value.forEach((entry, position) => walk(path, entry, itemIndex, new Map(entries).set(path, position)));
			return;
		}
		if (value === null || typeof value !== 'object') return;
		for (const [key, child] of Object.entries(value)) {
			const childPath = `${path}.${key}`;
			const picker = pickers.get(childPath);
			if (picker && !picker.values.has(String(child))) throw refuse(childPath, picker, itemIndex, child, entries);
			const textField = textFields.get(childPath);
			if (textField) checkText(childPath, textField, itemIndex, child, entries);
			if (containers.has(childPath)) walk(childPath, child, itemIndex, entries);
		}
	};

	derived.getNodeParameter = ((name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions) => {
		if (options?.rawExpressions) return getNodeParameter(name, itemIndex, fallback, options);
		return checked(name, itemIndex, resolve(name, itemIndex, fallback, options));
	}) as IExecuteFunctions['getNodeParameter'];

	const resolve = (name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions): unknown => {
		const key = `${name}\u0000${JSON.stringify(fallback) ?? ''}\u0000${JSON.stringify(options) ?? ''}`;
		let known = parameters.get(key);
		if (known === undefined) {
			const raw = getNodeParameter(name, itemIndex, fallback, { rawExpressions: true });
			if (containsExpression(raw)) {
				// Options transform the value after resolution, so those stay with n8n; except extractValue on a plain
				// value, which only resource locators (objects with `__rl`) are changed by.
				const plain = options === undefined || (isOnlyExtractValue(options) && (typeof raw !== 'object' || raw === null));
				known = { resolver: plain ? compile(raw) : undefined };
			} else {
				// Resolved here, so that a value n8n refuses throws for this item and is not remembered.
				known = { constant: getNodeParameter(name, itemIndex, fallback, options) };
			}
			parameters.set(key, known);
		}
		if ('constant' in known) {
			// Operations may change what they get: every item gets its own copy.
			return typeof known.constant === 'object' && known.constant !== null ? structuredClone(known.constant) : known.constant;
		}
		const resolved = known.resolver?.(items[itemIndex]?.json ?? {});
		return resolved ? resolved.value : getNodeParameter(name, itemIndex, fallback, options);
	};

	derived.getCredentials = (async (type: string, itemIndex?: number) => {
		let pending = credentials.get(type);
		if (!pending) {
			pending = context.getCredentials.call(derived, type, itemIndex) as Promise<ICredentialDataDecryptedObject>;
			credentials.set(type, pending);
			// A failed read is not remembered: the next item reads again and gets its own error.
			pending.catch(() => credentials.delete(type));
		}
		return await pending;
	}) as IExecuteFunctions['getCredentials'];

	return derived;
}
