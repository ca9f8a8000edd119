import { decodeJson, excerptOf } from '../../../nodes/shared/codec';
import { Redactor } from '../../../nodes/shared/transport/redact';
import { echoesOf, leakedFragments } from '../../harness/secretEchoes';

// Every character n8n's query-string writer escapes beyond encodeURIComponent (!*()'), XML and JSON specials, space.
const SECRET = `Hx!*()'~ Q/+=&<>"z9_kP3\\-mR`;
const USER = 'api-user@example.com';
const redactor = new Redactor([SECRET, Redactor.basicAuthValue(USER, SECRET)]);
const echoes = echoesOf(SECRET, USER);

describe('Redactor: every form of a secret', () => {
	it.each(echoes.map((echo) => [echo.name, echo] as const))('hides the %s form, leaving the text around it', (_name, echo) => {
		const redacted = redactor.text(`before ${echo.text} after`);
		expect(leakedFragments(redacted, [echo])).toEqual([]);
		expect(redacted.startsWith('before ')).toBe(true);
		expect(redacted.endsWith(' after')).toBe(true);
	});

	it("replaces the value in n8n's query string exactly, keeping the other parameters", () => {
		expect(redactor.text("GET /x?key=Hx%21%2A%28%29%27~%20Q%2F%2B%3D%26%3C%3E%22z9_kP3%5C-mR&page=2")).toBe('GET /x?key=***&page=2');
	});

	it('leaves ordinary text and runs of fewer than 8 characters of a secret alone', () => {
		const text = 'HTTP 401: the access key "Hx!*()\'" is not valid for workspace 12; see https://docs.example.com/errors';
		expect(redactor.text(text)).toBe(text);
	});
});

describe('Redactor: fragments where an excerpt cuts a secret', () => {
	it.each(echoes.map((echo) => [echo.name, echo] as const))('hides the %s form cut at every position, at either end', (_name, echo) => {
		for (let cut = 1; cut < echo.text.length; cut++) {
			expect(leakedFragments(redactor.text(`x${echo.text.slice(0, cut)}`), [echo])).toEqual([]);
			expect(leakedFragments(redactor.text(`${echo.text.slice(cut)}y`), [echo])).toEqual([]);
		}
	});

	it('leaves nothing in the 160-character excerpt of a body, wherever the excerpt ends in the secret', () => {
		for (const echo of echoes) {
			for (let pad = 100; pad <= 160; pad++) {
				const excerpt = excerptOf(`${'.'.repeat(pad)}${echo.text}${'.'.repeat(40)}`);
				expect(leakedFragments(redactor.text(excerpt), [echo])).toEqual([]);
			}
		}
	});

	it("leaves nothing in V8's JSON.parse message, which quotes the start of the body", () => {
		for (const echo of echoes) {
			let message = '';
			try {
				decodeJson(`${echo.text}}`);
			} catch (error) {
				message = `${(error as Error).message} ${(error as { excerpt?: string }).excerpt ?? ''}`;
			}
			expect(message).not.toBe('');
			expect(leakedFragments(redactor.text(message), [echo])).toEqual([]);
		}
	});
});

describe('Redactor: values', () => {
	it('keeps __proto__ and other keys as own data keys, and hides secrets in keys and values', () => {
		const value = JSON.parse(`{"__proto__": {"x": "${SECRET.replace(/["\\]/g, '\\$&')}"}, "json": [1, "ok"]}`) as Record<string, unknown>;
		const redacted = redactor.value(value);
		expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
		expect(Object.keys(redacted)).toEqual(['__proto__', 'json']);
		expect(JSON.stringify(redacted)).toBe('{"__proto__":{"x":"***"},"json":[1,"ok"]}');
	});

	it('gives back the very value when nothing is secret, and leaves Buffers as they are', () => {
		const value = { a: [{ b: 'plain' }], c: 3 };
		expect(redactor.value(value)).toBe(value);
		const buffer = Buffer.from(SECRET);
		expect(redactor.value({ buffer }).buffer).toBe(buffer);
	});

	it('copies only the containers on the way to a secret found after plain entries, in their order', () => {
		const plain = { keep: 'plain' };
		const value = { first: plain, rows: ['one', { deep: `x ${SECRET} y` }, 'three'], last: 4, [SECRET]: 'key' };
		const redacted = redactor.value(value);
		expect(redacted).not.toBe(value);
		expect(redacted.first).toBe(plain);
		expect(Object.keys(redacted)).toEqual(['first', 'rows', 'last', '***']);
		expect(redacted.rows).toEqual(['one', { deep: 'x *** y' }, 'three']);
		expect(value.rows[1]).toEqual({ deep: `x ${SECRET} y` });
	});
});

describe('Redactor: cost', () => {
	it('scans a 160 KB error text in well under a frame of work', () => {
		const text = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1_400)}${SECRET}`.slice(-160 * 1024);
		redactor.text(text);
		const started = process.hrtime.bigint();
		for (let run = 0; run < 10; run++) expect(redactor.text(text).endsWith('***')).toBe(true);
		const perRunMs = Number(process.hrtime.bigint() - started) / 10 / 1e6;
		process.stdout.write(`redactor: 160 KB in ${perRunMs.toFixed(2)} ms\n`);
		// Measured at about 3 ms on a busy 2-core machine; the bound leaves room for slower CI runners.
		expect(perRunMs).toBeLessThan(50);
	});
});
