import type { IDataObject } from 'n8n-workflow';

/** The record without its undefined fields: only what the user set is sent, only what an answer had is shown. */
export function compact(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * The entries of a comma-separated list (or of a list an expression gives), trimmed, empty ones dropped: what every
 * "comma-separated" field of the package takes.
 */
export function splitList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value.map((entry) => String(entry)) : String(value ?? '').split(',');
	return entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
}
