import type { IDataObject } from 'n8n-workflow';

/** The record without its undefined fields: only what the user set is sent, only what an answer had is shown. */
export function compact(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
