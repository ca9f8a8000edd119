import { mock } from 'jest-mock-extended';
import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import { checkedPathValue, pathSegment } from '../../nodes/shared/pathSegment';
import { hasLoneSurrogate } from '../../nodes/shared/validation';

const context = mock<IExecuteFunctions>({ getNode: () => ({ id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }) });

function errorOf(value: string): NodeOperationError | undefined {
	try {
		pathSegment(context, 3, 'Contact ID', value);
	} catch (caught) {
		return caught as NodeOperationError;
	}
	return undefined;
}

describe('path segments', () => {
	it.each(['.', '..', '%2e', '%2E%2e', '.%2E', '%2e.', '%252e%252e', '%25252E.'])(
		'refuses %j, which servers resolve to the path around it (RFC 3986 section 5.2.4), naming the field and the item',
		(value) => {
			const error = errorOf(value);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error?.message).toBe(`Contact ID: "${value}" cannot be used in a URL path, since "." and ".." name the path around it [item 3]`);
			expect(error?.description).toBe('Enter the ID itself; check the expression that maps "Contact ID" from the input.');
		},
	);

	it('refuses an empty value and text with a lone surrogate, which encodeURIComponent cannot encode', () => {
		expect(errorOf('')?.message).toBe('Contact ID: is empty [item 3]');
		expect(errorOf('ab\uDC00')?.message).toBe('Contact ID: contains a lone surrogate (half of an emoji or other character), which is not text [item 3]');
		expect(() => checkedPathValue(context, 0, 'Contact ID', '\uD83D')).toThrow('[item 0]');
	});

	it.each([
		['a/b', 'a%2Fb'],
		['../x', '..%2Fx'],
		['a?b#c', 'a%3Fb%23c'],
		['%2e%2e%2fx', '%252e%252e%252fx'],
		['...', '...'],
		['.hidden', '.hidden'],
		['+31612345678', '%2B31612345678'],
		['jane@example.com', 'jane%40example.com'],
		['😀', '%F0%9F%98%80'],
	])('encodes %j as the one segment %j', (value, segment) => {
		expect(pathSegment(context, 0, 'Contact ID', value)).toBe(segment);
	});

	it('leaves encoding to callers of checkedPathValue', () => {
		expect(checkedPathValue(context, 0, 'Batch Message', '252:58ff:ot')).toBe('252:58ff:ot');
	});

	it('tells well-formed text from text with half a surrogate pair', () => {
		expect(hasLoneSurrogate('😀 𝄞 \u{10FFFF}')).toBe(false);
		expect(hasLoneSurrogate('\uD83D')).toBe(true);
		expect(hasLoneSurrogate('\uDE00\uD83D')).toBe(true);
	});
});
