import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { decodeJson } from './codec';

/** The " [item N]" every message about one input item ends with; nothing when the message is about no item. */
export function itemSuffix(itemIndex: number | undefined): string {
	return itemIndex === undefined ? '' : ` [item ${itemIndex}]`;
}

/**
 * A parameter the user must change, raised before any request is sent. The message names the field and the item;
 * the description says how to fix it.
 */
export function invalidParameter(
	context: Pick<IExecuteFunctions, 'getNode'>,
	itemIndex: number,
	field: string,
	problem: string,
	fix: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${field}: ${problem}${itemSuffix(itemIndex)}`, {
		itemIndex,
		description: fix,
	});
}

/** Bad input in a parameter of the whole node (a trigger's), which no item carries: `<field>: <problem>`. */
export function invalidSetting(context: Pick<IExecuteFunctions, 'getNode'>, field: string, problem: string, fix: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${field}: ${problem}`, { description: fix });
}

/** A string parameter that must not be empty, trimmed. */
export function requiredString(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	fix = `Enter a value for "${label}", or map one from the input with an expression.`,
): string {
	const value = context.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text === '') throw invalidParameter(context, itemIndex, label, 'is empty', fix);
	return text;
}

/** A UTF-16 code unit of a surrogate pair standing alone: with the `u` flag, a whole pair never matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Whether the text is not well-formed Unicode (what String.prototype.isWellFormed, ES2024, tells): half of a pair
 * cannot be written as UTF-8 (RFC 3629 section 3), so no request can carry it.
 */
export function hasLoneSurrogate(value: string): boolean {
	return LONE_SURROGATE.test(value);
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

export function isEmail(value: string): boolean {
	return EMAIL.test(value);
}

/** An international number with country code, as `+31612345678`. */
export function isE164Phone(value: string): boolean {
	return E164.test(value);
}

/** Reads a JSON parameter that may arrive as text or already as an object; it must be a JSON object. */
export function jsonObjectParameter(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): IDataObject {
	const raw = context.getNodeParameter(name, itemIndex, {}) as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return {};
		try {
			value = decodeJson(raw, `"${label}"`);
		} catch (error) {
			throw invalidParameter(
				context,
				itemIndex,
				label,
				(error as Error).message,
				'Enter a JSON object such as {"key": "value"}.',
			);
		}
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw invalidParameter(context, itemIndex, label, 'is not a JSON object', 'Enter a JSON object such as {"key": "value"}.');
	}
	return value as IDataObject;
}
