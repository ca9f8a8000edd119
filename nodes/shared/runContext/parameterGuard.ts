import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { hasLoneSurrogate, invalidParameter } from '../validation';
import { isPlain, valueAt } from './expressions';
import { containersOf, fieldLabel, pickersOf, textFieldsOf, type Picker, type TextField } from './operationFields';

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

/**
 * Checks every parameter value an operation reads against the operation's description, before any request: an
 * expression can give a picker any value (one it does not list is refused), and a text field an object, an array or
 * broken text. A value not set on the node is the operation's own fallback, not the user's, and is not checked.
 */
/** The entry numbers on the way down, innermost first; made into a Map only for an error's label. */
interface Entries {
	path: string;
	position: number;
	outer: Entries | undefined;
}

function entriesMap(entries: Entries | undefined): Map<string, number> {
	const map = new Map<string, number>();
	for (let entry = entries; entry; entry = entry.outer) if (!map.has(entry.path)) map.set(entry.path, entry.position);
	return map;
}

export class ParameterGuard {
	private readonly labels = new Map<string, string>();

	private readonly childPaths = new Map<string, Map<string, string>>();

	private readonly pickers: Map<string, Picker>;

	private readonly textFields: Map<string, TextField>;

	private readonly containers: Set<string>;

	private nodeParameters: IDataObject | undefined;

	constructor(
		private readonly context: IExecuteFunctions,
		properties: readonly INodeProperties[],
	) {
		this.pickers = pickersOf(properties, this.labels);
		this.textFields = textFieldsOf(properties, this.labels);
		this.containers = containersOf([...this.pickers.keys(), ...this.textFields.keys()]);
	}

	/** The value read for `name`, unchanged, once it passed the checks. */
	checked(name: string, itemIndex: number, value: unknown): unknown {
		const textField = this.textFields.get(name);
		if (textField) this.checkText(name, textField, itemIndex, value);
		const picker = this.pickers.get(name);
		if (picker && !picker.values.has(String(value))) {
			// getNode() copies the whole node: its parameters are read once, on the first unlisted value.
			this.nodeParameters ??= (this.context.getNode().parameters ?? {}) as IDataObject;
			if (valueAt(this.nodeParameters, name.split('.')) !== undefined) throw this.refuse(name, picker, itemIndex, value);
		} else if (!picker && this.containers.has(name)) {
			// A whole collection: every picker in it that has a value was set by the user.
			this.walk(name, value, itemIndex);
		}
		return value;
	}

	/** The path of a key below `path`, made once per run: walk runs for every item. */
	private childPath(path: string, key: string): string {
		let children = this.childPaths.get(path);
		if (!children) this.childPaths.set(path, (children = new Map()));
		let childPath = children.get(key);
		if (childPath === undefined) children.set(key, (childPath = `${path}.${key}`));
		return childPath;
	}

	/** `entries` numbers the entries of a fixed collection's groups on the way down, for the label. */
	private walk(path: string, value: unknown, itemIndex: number, entries?: Entries): void {
		if (Array.isArray(value)) {
			value.forEach((entry, position) => this.walk(path, entry, itemIndex, { path, position, outer: entries }));
			return;
		}
		if (value === null || typeof value !== 'object') return;
		for (const key in value) {
			if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
			const child = (value as IDataObject)[key];
			const childPath = this.childPath(path, key);
			const picker = this.pickers.get(childPath);
			if (picker && !picker.values.has(String(child))) throw this.refuse(childPath, picker, itemIndex, child, entries);
			const textField = this.textFields.get(childPath);
			if (textField) this.checkText(childPath, textField, itemIndex, child, entries);
			if (this.containers.has(childPath)) this.walk(childPath, child, itemIndex, entries);
		}
	}

	private refuse(path: string, picker: Picker, itemIndex: number, value: unknown, entries?: Entries): Error {
		return invalidParameter(
			this.context,
			itemIndex,
			fieldLabel(this.labels, path, picker, entriesMap(entries)),
			`"${String(value)}" is not one of its options`,
			`Use one of ${picker.names.join(', ')}.`,
		);
	}

	/** `entries` is made into the label's Map only when the value is refused: this runs for every text of every item. */
	private checkText(path: string, field: TextField, itemIndex: number, value: unknown, entries?: Entries): void {
		const wrong = textProblem(field, value);
		if (wrong) throw invalidParameter(this.context, itemIndex, fieldLabel(this.labels, path, field, entriesMap(entries)), wrong.problem, wrong.fix);
	}
}
