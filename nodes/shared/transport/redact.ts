/** Replaces every secret, and every form a secret takes on the wire, with `***`. */
export class Redactor {
	private readonly needles: string[];

	constructor(secrets: Iterable<string>) {
		const forms = new Set<string>();
		for (const secret of secrets) {
			// Very short values would blank out ordinary words; credential secrets are never that short.
			if (typeof secret !== 'string' || secret.length < 4) continue;
			forms.add(secret);
			forms.add(encodeURIComponent(secret));
			forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
			forms.add(
				secret.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`),
			);
			forms.add(Buffer.from(secret).toString('base64'));
		}
		// Longest first, so that a secret containing another is replaced whole.
		this.needles = [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
	}

	/** Adds the `Authorization: Basic` value derived from a user name and password. */
	static basicAuthValue(user: string, password: string): string {
		return Buffer.from(`${user}:${password}`).toString('base64');
	}

	text(value: string): string {
		let result = value;
		for (const needle of this.needles) {
			if (result.includes(needle)) result = result.split(needle).join('***');
		}
		return result;
	}

	/** Deep copy of a JSON-like value with every string redacted. */
	value<T>(value: T): T {
		if (typeof value === 'string') return this.text(value) as T;
		if (Array.isArray(value)) return value.map((entry) => this.value(entry) as unknown) as T;
		if (value !== null && typeof value === 'object') {
			const copy: Record<string, unknown> = {};
			for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
				copy[this.text(key)] = this.value(entry);
			}
			return copy as T;
		}
		return value;
	}
}
