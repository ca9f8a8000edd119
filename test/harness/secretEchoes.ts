/**
 * Hostile echoes of a secret, written with the encoders a server or n8n's HTTP client really uses, and the check for
 * what of them survived: any run of 8 characters of the secret's own part of an echo is a leak.
 */
// The `qs` package n8n's HTTP client (@n8n/backend-network) writes query strings with; it ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stringify: qsStringify } = require('qs') as { stringify: (value: object) => string };

/** The shortest run of a secret's characters that counts as a leak (issue #15). */
export const LEAK_LENGTH = 8;

export interface Echo {
	name: string;
	/** The text as a server would send it back. */
	text: string;
	/** The parts of `text` made of the secret alone: 8 characters of any of them in an output is a leak. */
	own: string[];
}

function lowerHex(text: string): string {
	return text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}

/** Base64 of `before + secret + after`, and the characters of it that carry only the secret's bits. */
function base64Echo(name: string, secret: string, before: string, url = false): Echo {
	const head = Buffer.from(before);
	const encoded = Buffer.concat([head, Buffer.from(secret), Buffer.from('~tail')]).toString(url ? 'base64url' : 'base64');
	const first = Math.ceil((head.length * 8) / 6);
	const last = Math.floor(((head.length + Buffer.byteLength(secret)) * 8) / 6);
	return { name, text: encoded, own: [encoded.slice(first, last)] };
}

/** Every way the tests echo `secret`; `user` adds the Basic header of `user:secret`. */
export function echoesOf(secret: string, user?: string): Echo[] {
	const query = qsStringify({ key: secret });
	const form = new URLSearchParams({ key: secret }).toString();
	const xmlNamed = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
	const xmlNumeric = secret.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	const json = JSON.stringify({ key: secret });
	const echoes: Echo[] = [
		{ name: 'raw', text: secret, own: [secret] },
		{ name: 'encodeURIComponent', text: encodeURIComponent(secret), own: [encodeURIComponent(secret)] },
		{ name: "n8n's query string (qs)", text: `?${query}&page=2`, own: [query.slice(4)] },
		{ name: 'query string, lowercase hex', text: `?${lowerHex(query)}`, own: [lowerHex(query).slice(4)] },
		{ name: 'form body (URLSearchParams)', text: form, own: [form.slice(4)] },
		{ name: 'form body, lowercase hex', text: lowerHex(form), own: [lowerHex(form).slice(4)] },
		{ name: 'XML named entities', text: `<key>${xmlNamed}</key>`, own: [xmlNamed] },
		{ name: 'XML character references', text: `<key>${xmlNumeric}</key>`, own: [xmlNumeric] },
		{ name: 'JSON string', text: json, own: [json.slice(8, -2)] },
		base64Echo('base64 at offset 0', secret, ''),
		base64Echo('base64 at offset 1', secret, 'a'),
		base64Echo('base64 at offset 2', secret, 'ab'),
		base64Echo('base64url at offset 1', secret, 'q', true),
	];
	if (user !== undefined) {
		const basic = Buffer.from(`${user}:${secret}`).toString('base64');
		echoes.push({ name: 'Basic header', text: `Authorization: Basic ${basic}`, own: [basic] });
	}
	return echoes;
}

/** Every LEAK_LENGTH-character window of the echoes' own parts found in `haystack`. */
export function leakedFragments(haystack: string, echoes: Echo[]): string[] {
	const found = new Set<string>();
	for (const echo of echoes) {
		for (const own of echo.own) {
			for (let start = 0; start + LEAK_LENGTH <= own.length; start++) {
				const window = own.slice(start, start + LEAK_LENGTH);
				if (haystack.includes(window)) found.add(`${echo.name}: ${window}`);
			}
		}
	}
	return [...found];
}
