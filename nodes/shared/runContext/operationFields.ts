import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

/** A picker (options parameter) of the operation: its label and the values it lists. */
export interface Picker {
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
export function pickersOf(
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
export interface TextField {
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
export function textFieldsOf(properties: readonly INodeProperties[], labels: Map<string, string>): Map<string, TextField> {
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

/** Every path that holds pickers or text fields below it (`filters`, `receivers.receiver`): where a value is walked. */
export function containersOf(paths: Iterable<string>): Set<string> {
	const containers = new Set<string>();
	for (const path of paths) {
		for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) containers.add(path.slice(0, dot));
	}
	return containers;
}

/** The field as the user sees it: "Additional Fields › Track Links", "Receivers › Receiver 2 › Type". */
export function fieldLabel(labels: Map<string, string>, path: string, field: { label: string }, entries: Map<string, number>): string {
	const parts: string[] = [];
	for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) {
		const container = path.slice(0, dot);
		const entry = entries.get(container);
		parts.push(`${labels.get(container) ?? container}${entry === undefined ? '' : ` ${entry + 1}`}`);
	}
	return [...parts, field.label].join(' › ');
}
