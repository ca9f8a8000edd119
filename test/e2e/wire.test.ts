import { inAnyOrder, sameWire, type E2eCase } from './cases/types';

const post = (path: string, status: number) => ({ provider: 'expertsender', method: 'POST', path, status });
const A = post('/v2/Api/Transactionals/123', 201);
const B = post('/v2/Api/Transactionals/123', 400);
const C = post('/v2/Api/Subscribers', 201);

function testCase(items: number, wire: E2eCase['expect']['wire'], wireOrder?: 'exact'): Pick<E2eCase, 'input' | 'expect'> {
	return { input: Array.from({ length: items }, () => ({ json: {} })), expect: { wire, ...(wireOrder ? { wireOrder } : {}) } };
}

describe('e2e runner: the requests a case expects', () => {
	it('takes them in order for one item', () => {
		expect(sameWire(testCase(1, [A, C]), [A, C])).toBe(true);
		expect(sameWire(testCase(1, [A, C]), [C, A])).toBe(false);
		expect(sameWire({ expect: { wire: [A, C] } }, [C, A])).toBe(false);
	});

	it('takes them in any order for several items, which run in parallel, but every one of them exactly', () => {
		expect(sameWire(testCase(2, [A, B]), [B, A])).toBe(true);
		expect(sameWire(testCase(2, [A, B]), [A, A])).toBe(false);
		expect(sameWire(testCase(2, [A, B]), [A, B, B])).toBe(false);
		expect(sameWire(testCase(2, [A, B]), [A])).toBe(false);
	});

	it("keeps the order for several items when the case says 'exact' (one batch, sent request by request)", () => {
		expect(sameWire(testCase(3, [B, C], 'exact'), [B, C])).toBe(true);
		expect(sameWire(testCase(3, [B, C], 'exact'), [C, B])).toBe(false);
	});

	it('compares only provider, method, path and status of what the sandbox logged', () => {
		expect(sameWire(testCase(1, [A]), [{ ...A, body: '<x/>' } as typeof A])).toBe(true);
	});

	it('sorts by content and keeps pairs together', () => {
		expect(inAnyOrder([['b', 2], ['a', 1]])).toEqual([['a', 1], ['b', 2]]);
	});
});
