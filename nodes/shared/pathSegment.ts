import type { IExecuteFunctions } from 'n8n-workflow';

import { hasLoneSurrogate, invalidParameter } from './validation';

/**
 * What a server makes of a value once it has decoded it, as often as a chain of proxies may: `%2e` is `.` and
 * `%25` is `%` (RFC 3986 section 2.4 leaves decoding to the receiver, and many decode more than once).
 */
function decodedDots(value: string): string {
	let current = value;
	for (let previous = ''; previous !== current; ) {
		previous = current;
		current = current.replace(/%25/gi, '%').replace(/%2e/gi, '.');
	}
	return current;
}

/**
 * Checks a user's value for one path segment without encoding it: empty, `.` and `..` (also percent-encoded) are
 * refused, since RFC 3986 section 5.2.4 removes dot segments and so sends the request to another resource (a
 * DELETE of `/contacts/..` is a DELETE of the collection), and so is text that is not well-formed Unicode, which
 * no URL can carry (encodeURIComponent throws "URI malformed"). For callers that encode the value themselves.
 */
export function checkedPathValue(context: Pick<IExecuteFunctions, 'getNode'>, itemIndex: number, field: string, value: string): string {
	if (value === '') {
		throw invalidParameter(context, itemIndex, field, 'is empty', `Enter a value for "${field}", or map one from the input with an expression.`);
	}
	const decoded = decodedDots(value);
	if (decoded === '.' || decoded === '..') {
		throw invalidParameter(
			context,
			itemIndex,
			field,
			`"${value}" cannot be used in a URL path, since "." and ".." name the path around it`,
			`Enter the ID itself; check the expression that maps "${field}" from the input.`,
		);
	}
	if (hasLoneSurrogate(value)) {
		throw invalidParameter(
			context,
			itemIndex,
			field,
			'contains a lone surrogate (half of an emoji or other character), which is not text',
			`Check the expression that maps "${field}": a string cut in the middle of a character, e.g. by slice(), leaves half of it.`,
		);
	}
	return value;
}

/**
 * A user's value as exactly one path segment: checked as `checkedPathValue` does, then percent-encoded (RFC 3986
 * section 3.3), so that `/`, `?` and `#` in an ID stay inside the segment. Every value a node puts into a URL path
 * goes through here; `field` is the name the user sees, for the error.
 */
export function pathSegment(context: Pick<IExecuteFunctions, 'getNode'>, itemIndex: number, field: string, value: string): string {
	return encodeURIComponent(checkedPathValue(context, itemIndex, field, value));
}
