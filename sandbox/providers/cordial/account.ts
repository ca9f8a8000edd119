import {
	experimentDraft,
	NOW,
	TEMPLATES,
	type AutomationTemplate,
	type BatchMessage,
	type BatchStatus,
	type CordialActivity,
	type CordialContact,
	type Json,
} from './fixtures';

/** The emulated account's state: batch messages, contacts, automation templates, test sends and the query log. */
export class CordialAccount {
	/** The sandbox's "now", so that schedules in the past are rejected deterministically. */
	now = new Date(NOW);

	readonly batchMessages = new Map<string, BatchMessage>();

	readonly contacts = new Map<string, CordialContact>();

	readonly templates = new Map<string, AutomationTemplate>();

	/** Per batch message: the status before it was paused. */
	readonly pausedFrom = new Map<string, BatchStatus>();

	/** The test sends the batch messages received. */
	readonly testSends: Array<{ id: string; key: string; recipients: string[] }> = [];

	/** Contact activities in the order they were stored (see activities.ts). */
	readonly activities: CordialActivity[] = [];

	/** Each handled request's query parameters in wire order, repeated keys included (the log groups them). */
	readonly queries: Array<Array<[string, string]>> = [];

	counter = 0;

	/** Per-resource state (see `state`), cleared with the rest. */
	private readonly resourceStates = new Map<string, unknown>();

	/** The state of a resource kept in a file of its own (orders.ts, carts.ts, …), made on first use. */
	state<T>(resource: string, make: () => T): T {
		if (!this.resourceStates.has(resource)) this.resourceStates.set(resource, make());
		return this.resourceStates.get(resource) as T;
	}

	reset(): void {
		this.batchMessages.clear();
		this.contacts.clear();
		this.templates.clear();
		this.pausedFrom.clear();
		this.testSends.length = 0;
		this.queries.length = 0;
		this.activities.length = 0;
		this.counter = 0;
		this.resourceStates.clear();
		for (const template of TEMPLATES) this.templates.set(template.key, { ...template });
		const draft = experimentDraft();
		this.batchMessages.set(draft.id, draft);
	}

	/** A new 24-digit hex ID (cIDs and the middle part of batch message IDs). */
	nextHex(): string {
		this.counter += 1;
		return `6a${this.counter.toString(16).padStart(22, '0')}`;
	}

	/** Adds a contact directly (test fixture); returns its cID. */
	addContact(email: string, subscribeStatus = 'subscribed', attributes: Json = {}): string {
		const cID = this.nextHex();
		this.contacts.set(cID, {
			cID,
			channels: { email: { address: email, subscribeStatus } },
			attributes,
			lists: [],
			mcIDs: [],
			createdAt: this.now.toISOString(),
		});
		return cID;
	}

	/**
	 * What Cordial's workers do on their own: a pending or scheduled message starts processing, and a processing
	 * one is sent. Tests call this to move a message on.
	 */
	progress(id: string): BatchStatus {
		const message = this.batchMessages.get(id);
		if (!message) throw new Error(`No batch message ${id}`);
		if (message.status === 'pending' || message.status === 'scheduled') message.status = 'processing';
		else if (message.status === 'processing') {
			message.status = 'sent';
			message.sendTime = this.now.toISOString();
		} else throw new Error(`Batch message ${id} in status ${message.status} does not progress`);
		return message.status;
	}

	/**
	 * Stores a contact activity as Cordial's workers do (test fixture): `time` is when it happened, which may be long
	 * before it is stored (a late-arriving event). Giving an `_id` already stored stores a duplicate. Returns its `_id`.
	 */
	addActivity(activity: { action: string; email: string; time: string; _id?: string; cID?: string; mcID?: string; bmID?: string; mdtID?: string; first?: number; properties?: Json }): string {
		const time = Date.parse(activity.time);
		if (Number.isNaN(time)) throw new Error(`Not a time: ${activity.time}`);
		const _id = activity._id ?? this.nextHex();
		const { action, email, mcID, bmID, mdtID, first } = activity;
		this.activities.push({ _id, cID: activity.cID ?? `c-${email}`, email, action, time, mcID, bmID, mdtID, first, properties: activity.properties ?? {} });
		// The activity of a message names the message sent to the contact: the contact has that mcID from then on.
		const contact = activity.cID ? this.contacts.get(activity.cID) : undefined;
		if (contact && mcID && !contact.mcIDs.includes(mcID)) contact.mcIDs.push(mcID);
		return _id;
	}
}
