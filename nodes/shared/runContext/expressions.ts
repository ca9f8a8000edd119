import type { IDataObject } from 'n8n-workflow';

/** A parameter value as a function of the item's JSON; undefined means "ask n8n's expression engine". */
export type Resolver = (json: IDataObject) => { value: unknown } | undefined;

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
export function valueAt(json: IDataObject, path: string[]): unknown {
	let current: unknown = json;
	for (const key of path) {
		if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
		current = (current as IDataObject)[key];
	}
	return current;
}

export const isPlain = (value: unknown): value is string | number | boolean =>
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

export function compile(raw: unknown): Resolver | undefined {
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

export function containsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(containsExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(containsExpression);
	return false;
}
