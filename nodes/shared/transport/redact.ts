/**
 * The shortest part of a secret that counts as a leak. An error excerpt or a parser message can cut an echoed secret
 * anywhere, so every run of this many characters of any form of a secret is hidden, not only the whole form.
 */
export const FRAGMENT_LENGTH = 8;

// Very short values would blank out ordinary words; credential secrets are never that short.
const MIN_SECRET_LENGTH = 4;

const XML_NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function hex(character: string): string {
	return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * The percent-encoded forms a secret takes in a URL or form body, each with upper- and lowercase hex digits (RFC 3986
 * §2.1 makes them equivalent): encodeURIComponent; RFC 3986 unreserved-only, as the `qs` package writes the query
 * strings of n8n's HTTP client (`!*()'` escaped too); and application/x-www-form-urlencoded (URLSearchParams: space
 * as `+`, `~` escaped).
 */
function percentForms(secret: string): string[] {
	const component = encodeURIComponent(secret);
	const forms = [
		component,
		component.replace(/[!'()*]/g, hex),
		new URLSearchParams({ s: secret }).toString().slice(2),
	];
	return forms.flatMap((form) => [form, form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())]);
}

/** XML 1.0 §4.6 named entities and the decimal and hexadecimal character references a writer may use instead. */
function xmlForms(secret: string): string[] {
	const named = secret.replace(/[&<>"']/g, (c) => XML_NAMED[c]);
	const decimal = secret.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	const hexadecimal = secret.replace(/[&<>"']/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
	return [named, decimal, hexadecimal];
}

/** JSON string escaping (RFC 8259 §7): the shortest form, with `/` escaped, and with every non-ASCII character as \u. */
function jsonForms(secret: string): string[] {
	const shortest = JSON.stringify(secret).slice(1, -1);
	const asciiOnly = shortest.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return [shortest, shortest.replace(/\//g, '\\/'), asciiOnly];
}

/**
 * Base64 (RFC 4648 §4) and base64url (§5) of the secret at each of the three byte offsets it can have inside a longer
 * encoded text: only the characters made of the secret's bits alone, since the ones at either end also carry the
 * neighbouring bytes.
 */
function base64Forms(secret: string): string[] {
	const bytes = Buffer.from(secret);
	const forms: string[] = [];
	for (const offset of [0, 1, 2]) {
		const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64').replace(/=+$/, '');
		const bits = (offset + bytes.length) * 8;
		const end = Math.floor(bits / 6);
		const start = Math.ceil((offset * 8) / 6);
		const own = encoded.slice(start, end);
		forms.push(own, own.replace(/\+/g, '-').replace(/\//g, '_'));
	}
	// Whole, with its padding, as an Authorization header or a field carries it.
	forms.push(bytes.toString('base64'));
	return forms;
}

const PAIR_BUCKETS = 1 << 16;

function pairBucket(text: string, index: number): number {
	return ((text.charCodeAt(index) << 7) ^ text.charCodeAt(index + 1)) & (PAIR_BUCKETS - 1);
}

/** Every form a secret takes on the wire or in an echo of it. */
export function formsOf(secret: string): string[] {
	return [secret, ...percentForms(secret), ...xmlForms(secret), ...jsonForms(secret), ...base64Forms(secret)];
}

/**
 * Replaces every secret, every form a secret takes on the wire, and every run of FRAGMENT_LENGTH or more characters of
 * any of those forms, with `***`.
 *
 * It runs on every error and every answer, so it scans a text once: each window of FRAGMENT_LENGTH characters is
 * looked up in a set of all windows of all forms; overlapping or touching hits merge into one run, replaced whole.
 */
export class Redactor {
	private readonly windows = new Set<string>();

	/**
	 * A filter on the first two characters of every window, so that most positions of a text are passed over without
	 * making a substring.
	 */
	private readonly starts = new Uint8Array(PAIR_BUCKETS);

	/** Forms shorter than a window (from secrets of 4 to 7 characters): replaced where they appear whole. */
	private readonly shortForms: string[];

	constructor(secrets: Iterable<string>) {
		const short = new Set<string>();
		for (const secret of secrets) {
			if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
			for (const form of formsOf(secret)) {
				if (form.length >= FRAGMENT_LENGTH) this.addWindows(form);
				else if (form.length >= MIN_SECRET_LENGTH) short.add(form);
			}
		}
		// Longest first, so that a secret containing another is replaced whole.
		this.shortForms = [...short].sort((a, b) => b.length - a.length);
	}

	/** The `Authorization: Basic` value derived from a user name and password. */
	static basicAuthValue(user: string, password: string): string {
		return Buffer.from(`${user}:${password}`).toString('base64');
	}

	private addWindows(form: string): void {
		for (let start = 0; start + FRAGMENT_LENGTH <= form.length; start++) {
			this.windows.add(form.slice(start, start + FRAGMENT_LENGTH));
			this.starts[pairBucket(form, start)] = 1;
		}
	}

	/** The runs of `value` made of secret windows, as [start, end) pairs in order, merged where they touch. */
	private runsIn(value: string): Array<[number, number]> | undefined {
		let runs: Array<[number, number]> | undefined;
		if (this.windows.size === 0) return runs;
		for (let start = 0; start + FRAGMENT_LENGTH <= value.length; start++) {
			if (this.starts[pairBucket(value, start)] === 0) continue;
			if (!this.windows.has(value.slice(start, start + FRAGMENT_LENGTH))) continue;
			runs ??= [];
			const last = runs[runs.length - 1];
			if (last && start <= last[1]) last[1] = start + FRAGMENT_LENGTH;
			else runs.push([start, start + FRAGMENT_LENGTH]);
		}
		return runs;
	}

	text(value: string): string {
		let result = value;
		const runs = this.runsIn(result);
		if (runs !== undefined) {
			let out = '';
			let from = 0;
			for (const [start, end] of runs) {
				out += `${result.slice(from, start)}***`;
				from = end;
			}
			result = out + result.slice(from);
		}
		for (const needle of this.shortForms) {
			if (result.includes(needle)) result = result.split(needle).join('***');
		}
		return result;
	}

	/**
	 * A JSON-like value with every string (and key) redacted: the value itself where nothing changed, otherwise a copy
	 * of the changed containers. Keys such as `__proto__` stay own data keys. Buffers are left as they are.
	 */
	value<T>(value: T): T {
		if (typeof value === 'string') return this.text(value) as T;
		if (Array.isArray(value)) return this.array(value) as T;
		if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
		return this.object(value as Record<string, unknown>) as T;
	}

	// Answers are redacted whole (every item of a batch), and almost never hold a secret: nothing is copied until the
	// first entry that changes.
	private array(value: unknown[]): unknown[] {
		let copy: unknown[] | undefined;
		for (let index = 0; index < value.length; index++) {
			const entry = this.value(value[index]);
			if (copy === undefined && entry !== value[index]) copy = value.slice(0, index);
			copy?.push(entry);
		}
		return copy ?? value;
	}

	private object(value: Record<string, unknown>): Record<string, unknown> {
		const keys = Object.keys(value);
		let copy: Record<string, unknown> | undefined;
		for (let index = 0; index < keys.length; index++) {
			const key = keys[index];
			const safeKey = this.text(key);
			const safeEntry = this.value(value[key]);
			if (copy === undefined && (safeKey !== key || safeEntry !== value[key])) {
				copy = {};
				for (const earlier of keys.slice(0, index)) ownEntry(copy, earlier, value[earlier]);
			}
			if (copy !== undefined) ownEntry(copy, safeKey, safeEntry);
		}
		return copy ?? value;
	}
}

/** An own data entry even for keys such as `__proto__`. */
function ownEntry(target: Record<string, unknown>, key: string, entry: unknown): void {
	Object.defineProperty(target, key, { value: entry, enumerable: true, writable: true, configurable: true });
}
