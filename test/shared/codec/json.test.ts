import { CodecError, decodeJson, encodeJson } from '../../../nodes/shared/codec';

describe('JSON codec', () => {
	it('encodes and decodes', () => {
		expect(encodeJson({ a: [1, 'x'], b: null })).toBe('{"a":[1,"x"],"b":null}');
		expect(decodeJson('{"id":"00123","n":1}')).toEqual({ id: '00123', n: 1 });
	});

	it('decodes an empty body as undefined', () => {
		expect(decodeJson('')).toBeUndefined();
		expect(decodeJson(' \n')).toBeUndefined();
	});

	it('names the document and quotes an excerpt of a malformed body', () => {
		let error: CodecError | undefined;
		try {
			decodeJson('{"message": "unterminated', 'The Bird response');
		} catch (caught) {
			error = caught as CodecError;
		}
		expect(error).toBeInstanceOf(CodecError);
		expect(error!.message).toMatch(/^The Bird response is not valid JSON \(/);
		expect(error!.excerpt).toBe('{"message": "unterminated');
	});

	it('turns a circular body into a CodecError', () => {
		const circular: Record<string, unknown> = {};
		circular.self = circular;
		expect(() => encodeJson(circular)).toThrow(/cannot be written as JSON/);
	});
});
