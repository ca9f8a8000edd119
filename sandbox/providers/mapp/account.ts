import { noSuchObject } from './errors';
import {
	FIRST_CONTACT_ID,
	seededContacts,
	seededGroups,
	seededMessages,
	type PreparedMessage,
	type QueuedResponse,
	type Sendout,
	type StoredContact,
} from './fixtures';

/** The emulated account's state: contacts, groups and their members, prepared messages, sends and changes. */
export class MappAccount {
	contacts = new Map<number, StoredContact>();

	/** groupId → members (contactId → subscription state). */
	groups = new Map<number, Map<number, string>>();

	messages = new Map<number, PreparedMessage>();

	/** Every accepted send, in order. */
	sendouts: Sendout[] = [];

	/**
	 * Every accepted change besides sends, in order (`create:<id>`, `update:<id>:<contact>` when the contact changed,
	 * `delete:<id>`, `subscribe:<group>:<contact>:<mode>`, `unsubscribe:<group>:<contact>`): what a repeat would do twice.
	 */
	changes: string[] = [];

	/** The Response Queue's events (see responseQueue.ts), in the order they were inserted. */
	responseQueue: QueuedResponse[] = [];

	private nextContactId = FIRST_CONTACT_ID;

	private nextQueueId = 1;

	/** Per-resource state (see `state`), cleared with the rest. */
	private readonly resourceStates = new Map<string, unknown>();

	reset(): void {
		this.resourceStates.clear();
		this.responseQueue = [];
		this.nextQueueId = 1;
		this.contacts = seededContacts();
		this.groups = seededGroups();
		this.messages = seededMessages();
		this.sendouts = [];
		this.changes = [];
		this.nextContactId = FIRST_CONTACT_ID;
	}

	/**
	 * Inserts a Response Queue event as Mapp's tracking does (test fixture): `insertedAt` is the time of insertion into
	 * Mapp's database (ISO 8601 or Unix seconds), which pollByRange's from/to filter on; the event's own time, if any, is
	 * one of its outputs (e.g. `date_time`). Returns the queueId.
	 */
	addResponse(event: { type: string; insertedAt: string | number; queueId?: string; output?: Record<string, string> }): string {
		const insertedAt = typeof event.insertedAt === 'number' ? event.insertedAt : Date.parse(event.insertedAt) / 1000;
		if (!Number.isInteger(insertedAt)) throw new Error(`Not a whole-second time: ${String(event.insertedAt)}`);
		const queueId = event.queueId ?? `Q${String(this.nextQueueId++).padStart(8, '0')}`;
		const output = Object.entries(event.output ?? {}).map(([name, value]) => ({ name, value }));
		this.responseQueue.push({ queueId, type: event.type, insertedAt, output });
		this.responseQueue.sort((a, b) => a.insertedAt - b.insertedAt);
		return queueId;
	}

	/** The state of a resource kept in a file of its own, made on first use after a reset. */
	state<T>(resource: string, make: () => T): T {
		if (!this.resourceStates.has(resource)) this.resourceStates.set(resource, make());
		return this.resourceStates.get(resource) as T;
	}

	/** Mapp assigns contact IDs in sequence. */
	newContactId(): number {
		return this.nextContactId++;
	}

	findContact(type: string, value: string): StoredContact | undefined {
		const contacts = [...this.contacts.values()];
		switch (type) {
			case 'EMAIL':
				return contacts.find((contact) => contact.emailAddress === value);
			case 'MOBILE':
				return contacts.find((contact) => contact.mobileNumber === value.replace(/^\+/, ''));
			case 'APP_ALIAS':
				return contacts.find((contact) => contact.applicationAlias === value);
			case 'EXTERNAL':
				return contacts.find((contact) => contact.identifier === value);
			default:
				return /^\d+$/.test(value) ? this.contacts.get(Number(value)) : undefined;
		}
	}

	contactById(id: string, parameterName: string): StoredContact {
		const contact = this.contacts.get(Number(id));
		if (!contact) throw noSuchObject('Contact', parameterName, id);
		return contact;
	}

	contactByEmail(email: string): StoredContact {
		const contact = this.findContact('EMAIL', email);
		if (!contact) throw noSuchObject('Contact', 'email', email);
		return contact;
	}

	group(id: string): Map<number, string> {
		const group = this.groups.get(Number(id));
		if (!group) throw noSuchObject('Group', 'groupId', id);
		return group;
	}
}
