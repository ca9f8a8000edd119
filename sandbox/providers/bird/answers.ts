/** Bird's answers: JSON objects, `{code, message, details}` errors, and the storage's S3-style XML errors. */
import { jsonResponse, type SandboxResponse } from '../../framework';

export type Json = Record<string, unknown>;
/** A 422's `details`: messages by field path, as Bird keys them (`.receiver.contacts[0].identifierValue`). */
export type Details = Record<string, string[]>;

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function add(details: Details, field: string, message: string): void {
	(details[field] ??= []).push(message);
}

export function birdError(status: number, code: string, message: string, details?: Details): SandboxResponse {
	return jsonResponse(status, details ? { code, message, details } : { code, message });
}

export function malformed(details: Details): SandboxResponse {
	return birdError(422, 'MalformedRequest', 'One or more fields provided in the request body are malformed', details);
}

export function s3Error(status: number, code: string, message: string): SandboxResponse {
	return {
		status,
		headers: { 'Content-Type': 'application/xml' },
		body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
	};
}
