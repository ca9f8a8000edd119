import type { IDataObject } from 'n8n-workflow';

/**
 * Keys of a Cordial contact that Simplify leaves out: the record's internal ID, the join time of every list, and
 * the orders and cart Cordial adds to a contact's GET answer (Contacts API page: "Order data will be included in
 * the response for the GET method").
 */
const HEAVY_KEYS = ['_id', 'listJoinDate', 'orders', 'cart', 'cartitems'];

/** A channel as `{ address, subscribeStatus }`, without Cordial's bookkeeping (such as unsubscribedAt). */
function simplifyChannels(channels: unknown): IDataObject {
	if (channels === null || typeof channels !== 'object' || Array.isArray(channels)) return {};
	return Object.fromEntries(
		Object.entries(channels as IDataObject).map(([channel, value]) => {
			const entry = (value ?? {}) as IDataObject;
			return [channel, { address: entry.address, subscribeStatus: entry.subscribeStatus }];
		}),
	);
}

/**
 * The simplified contact of Get and Get Many: cID, each channel's address and subscribe status, the attribute
 * values, lists, createdAt and lastModified; the keys of HEAVY_KEYS are left out.
 */
export function simplifyContact(contact: IDataObject): IDataObject {
	const simplified: IDataObject = {};
	for (const [key, value] of Object.entries(contact)) {
		if (HEAVY_KEYS.includes(key)) continue;
		const kept = key === 'channels' ? simplifyChannels(value) : value;
		Object.defineProperty(simplified, key, { value: kept, enumerable: true, writable: true, configurable: true });
	}
	return simplified;
}

/** The fields of a contact activity Simplify keeps: the Swagger's ActivityActivityShow, with the record's ID and e-mail. */
const ACTIVITY_KEYS = ['_id', 'cID', 'email', 'action', 'time', 'mcID', 'bmID', 'mdtID', 'first', 'properties'];

/**
 * The simplified contact activity of Get Many: its ID, contact (cID, email), action, time, the message it belongs to
 * (mcID, bmID, mdtID), whether it was the first of its kind, and its properties; anything else Cordial records
 * (device, location and the like) is left out.
 */
export function simplifyActivity(activity: IDataObject): IDataObject {
	return Object.fromEntries(ACTIVITY_KEYS.filter((key) => activity[key] !== undefined).map((key) => [key, activity[key]]));
}
