/** ExpertSender's answer bodies and the element checks every resource shares. */
import { createHash } from 'node:crypto';

import { buildXml, xmlText, type XmlElement, type XmlParsed, type XmlParsedElement } from '../../../nodes/shared/codec';
import { lookupTable } from '../../../nodes/shared/lookupTable';
import { xmlResponse, type SandboxResponse } from '../../framework';
import { XS, XSI } from './fixtures';

/**
 * Base64 with at most two `=` at the end, checked by searching for a character that may not be there: a single
 * anchored pattern over a file of megabytes backtracks through V8's regexp stack and can overflow it.
 */
export function isBase64Body(content: string): boolean {
	const unpadded = content.replace(/={1,2}$/, '');
	return unpadded !== '' && !/[^A-Za-z0-9+/]/.test(unpadded);
}

export const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
export const INTEGER = /^\d{1,10}$/;
export const BOOLEAN = /^(true|false)$/;

export const VALUE_CHECKS: Record<string, RegExp> = lookupTable({
	'xs:string': /^[\s\S]*$/,
	'xs:int': /^[-+]?\d{1,10}$/,
	'xs:double': /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/,
	'xs:boolean': BOOLEAN,
	'xs:date': /^\d{4}-\d{2}-\d{2}$/,
	'xs:dateTime': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
});

export class Rejection extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

export function reply(status: number, data?: XmlElement | string): SandboxResponse {
	return xmlResponse(
		status,
		buildXml('ApiResponse', { '@xmlns:xsi': XSI, '@xmlns:xsd': XS, ...(data === undefined ? {} : { Data: data }) }),
	);
}

export function errorBody(code: number, message: string): string {
	return buildXml('ApiResponse', {
		'@xmlns:xsi': XSI,
		'@xmlns:xsd': XS,
		ErrorMessage: { Code: code, Message: message },
	});
}

export function errorResponse(code: number, message: string): SandboxResponse {
	return xmlResponse(code, errorBody(code, message));
}

export function rowErrorsResponse(rows: Array<{ row: number; message: string }>): SandboxResponse {
	return xmlResponse(
		400,
		buildXml('ApiResponse', {
			'@xmlns:xsi': XSI,
			'@xmlns:xsd': XS,
			ErrorMessage: {
				Code: 400,
				Messages: { Message: rows.map((row) => ({ '@for': `Row ${row.row}`, '#text': row.message })) },
			},
		}),
	);
}

export function childNames(element: XmlParsedElement): string[] {
	return Object.keys(element).filter((key) => !key.startsWith('@') && key !== '#text');
}

/** Element children must be known and in schema order (ExpertSender's XML deserialiser skips anything out of order). */
export function assertOrder(element: XmlParsedElement, order: readonly string[], where: string): void {
	let last = -1;
	for (const name of childNames(element)) {
		const position = order.indexOf(name);
		if (position === -1) throw new Rejection(400, `Unexpected element ${name} in ${where}.`);
		if (position < last) throw new Rejection(400, `Element ${name} is out of order in ${where}; expected order: ${order.join(', ')}.`);
		if (Array.isArray(element[name])) throw new Rejection(400, `Element ${name} appears more than once in ${where}.`);
		last = position;
	}
}

export function text(value: XmlParsed | undefined): string | undefined {
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && childNames(value).length > 0) {
		return undefined;
	}
	return xmlText(value);
}

export function md5(value: string): string {
	return createHash('md5').update(value).digest('hex');
}
