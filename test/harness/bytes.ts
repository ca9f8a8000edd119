/** Deterministic bytes of every value, so that base64 uses its whole alphabet, `+` and `/` included. */
export function bytes(length: number, seed = 1): Buffer {
	const buffer = Buffer.alloc(length);
	let state = seed;
	for (let index = 0; index < length; index++) {
		state = (state * 1103515245 + 12345) >>> 0;
		buffer[index] = state >>> 24;
	}
	return buffer;
}
