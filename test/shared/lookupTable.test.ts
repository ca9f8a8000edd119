import { lookupTable } from '../../nodes/shared/lookupTable';

describe('lookupTable', () => {
	const table: Record<string, string> = lookupTable({ EMAIL: 'Email', ID: 'Contact ID' });

	it('finds its own entries', () => {
		expect(table.EMAIL).toBe('Email');
		expect(table.ID).toBe('Contact ID');
		expect(Object.keys(table)).toEqual(['EMAIL', 'ID']);
		expect('EMAIL' in table).toBe(true);
	});

	it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', '__defineGetter__'])(
		'finds nothing for %s, which a plain object would answer from its prototype',
		(key) => {
			expect(({ EMAIL: 'Email' } as Record<string, unknown>)[key]).toBeDefined();
			expect(table[key]).toBeUndefined();
			expect(key in table).toBe(false);
		},
	);

	it('cannot be changed', () => {
		expect(() => {
			(table as Record<string, string>).EMAIL = 'changed';
		}).toThrow(TypeError);
	});
});
