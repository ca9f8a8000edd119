import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';

/** A time as Cordial's contact activity API takes it: `YYYY-MM-DDThh:mm:ss` (the Swagger's form) in UTC, with `Z`. */
export function cordialActivityTime(time: number): string {
	return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

/**
 * The event properties of Create: the Properties pairs and the Properties (JSON) object, each key once. Cordial
 * silently strips keys of digits only or with a dot (Swagger, ActivityActivity.properties), so they are refused here.
 */
export function readEventProperties(
	context: IExecuteFunctions,
	itemIndex: number,
	pairs: Array<{ key?: unknown; value?: unknown }>,
	json: IDataObject,
): IDataObject | undefined {
	const properties: IDataObject = {};
	const entries: Array<[string, unknown, string]> = [
		...pairs.map((pair): [string, unknown, string] => [String(pair.key ?? '').trim(), pair.value ?? '', 'Properties']),
		...Object.entries(json).map(([key, value]): [string, unknown, string] => [key, value, 'Properties (JSON)']),
	];
	for (const [key, value, label] of entries) {
		if (key === '' || /^\d+$/.test(key) || key.includes('.')) {
			const problem = key === '' ? 'has a property without a name' : `"${key}" is a name Cordial drops (digits only, or a dot)`;
			throw invalidParameter(context, itemIndex, label, problem, 'Name each property with letters, e.g. product_sku; nest values in an object instead of using dots.');
		}
		if (Object.prototype.hasOwnProperty.call(properties, key)) {
			throw invalidParameter(context, itemIndex, label, `"${key}" is given twice`, 'Give each property once, either as a pair or in the JSON.');
		}
		Object.defineProperty(properties, key, { value, enumerable: true, writable: true, configurable: true });
	}
	return Object.keys(properties).length ? properties : undefined;
}
