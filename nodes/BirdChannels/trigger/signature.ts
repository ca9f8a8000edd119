/**
 * Bird's webhook signature (docs.bird.com, Notifications API, "Verifying a webhook subscription"): the
 * `messagebird-signature` header is base64 of HMAC-SHA256, keyed with the subscription's signing key, over the
 * `messagebird-request-timestamp` header, "\n", the requested URL, "\n" and the SHA-256 checksum of the request body
 * "as a binary result" (the 32 raw bytes, not hex). The same layout, with the query string in place of the URL, is
 * MessageBird's older signed-request scheme (messagebird/ruby-rest-api `lib/messagebird/signed_request.rb`), whose
 * published test vectors the tests reuse.
 */
import { createHash, createHmac, timingSafeEqual } from 'crypto';

/** The signature Bird sends for this request, base64. */
export function birdSignature(signingKey: string, timestamp: string, url: string, body: Buffer): string {
	const digest = createHash('sha256').update(body).digest();
	const signed = Buffer.concat([Buffer.from(`${timestamp}\n${url}\n`, 'utf8'), digest]);
	return createHmac('sha256', signingKey).update(signed).digest('base64');
}

/** Whether `header` is the signature of this request, compared in constant time. */
export function signatureMatches(header: string, signingKey: string, timestamp: string, url: string, body: Buffer): boolean {
	const expected = Buffer.from(birdSignature(signingKey, timestamp, url, body), 'base64');
	const given = Buffer.from(header, 'base64');
	return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Whether the request timestamp (Unix seconds) is within `toleranceMs` of `now` either way; a missing or
 * non-numeric one is not.
 */
export function timestampFresh(timestamp: string, now: number, toleranceMs: number): boolean {
	if (!/^\d{1,12}$/.test(timestamp)) return false;
	return Math.abs(now - Number(timestamp) * 1000) <= toleranceMs;
}
