import { BIRD_CHANNELS, BIRD_WORKSPACE_ID, type BirdChannel } from './fixtures';
import type { Json } from './answers';

export interface StoredContact {
	id: string;
	displayName?: string;
	identifiers: Array<{ key: string; value: string }>;
	attributes: Json;
	listIds: string[];
	accountIds: string[];
	createdAt: string;
	updatedAt: string;
}

export interface IssuedUpload {
	mediaId: string;
	contentType: string;
	fields: Array<[string, string]>;
}

export interface StoredMedia {
	contentType: string;
	fileName: string;
	data: Buffer;
}

/** A webhook subscription as "Create a webhook subscription" answers it. */
export interface StoredSubscription {
	id: string;
	organizationId: string;
	workspaceId: string;
	service: string;
	event: string;
	eventFilters: Array<{ key: string; value: string }>;
	template?: string;
	url: string;
	signingKey?: string;
	status: string;
	createdAt: string;
	updatedAt: string;
}

/** How seeded messages differ from accepted outgoing text messages sent now. */
export interface MessageSeed {
	direction?: 'incoming' | 'outgoing';
	status?: string;
	createdAt?: (index: number) => string;
}

export interface StoredBatch {
	id: string;
	channelId: string;
	messageIds: string[];
}

/** The emulated workspace's state: messages, contacts, batches and uploaded media. */
export class BirdAccount {
	/** Messages by ID, in the order they were accepted. */
	readonly messages = new Map<string, Json>();

	readonly contacts = new Map<string, StoredContact>();

	/**
	 * Contact by identifier (`key\u0000value`). The index only grows (`addContact` again after a contact gains an
	 * identifier); an entry whose contact was deleted or no longer has the identifier is dropped on read.
	 */
	private readonly byIdentifier = new Map<string, StoredContact>();

	readonly batches: StoredBatch[] = [];

	/** Uploaded media by media ID. */
	readonly media = new Map<string, StoredMedia>();

	readonly issuedUploads = new Map<string, IssuedUpload>();

	/** Webhook subscriptions by ID, in the order they were created. */
	readonly subscriptions = new Map<string, StoredSubscription>();

	private counter = 0;

	/** Per-resource state (see `state`), cleared with the rest. */
	private readonly resourceStates = new Map<string, unknown>();

	constructor() {
		this.reset();
	}

	reset(): void {
		this.messages.clear();
		this.contacts.clear();
		this.byIdentifier.clear();
		this.batches.length = 0;
		this.media.clear();
		this.issuedUploads.clear();
		this.subscriptions.clear();
		this.resourceStates.clear();
		this.counter = 0;
	}

	/** The state of a resource kept in a file of its own (lists.ts, conversations.ts, …), made on first use. */
	state<T>(resource: string, make: () => T): T {
		if (!this.resourceStates.has(resource)) this.resourceStates.set(resource, make());
		return this.resourceStates.get(resource) as T;
	}

	nextId(kind: string): string {
		this.counter += 1;
		const tag = { m: 'a', c: 'c', b: 'b', f: 'f', w: 'd', r: '9' }[kind] ?? 'e';
		return `${tag}0000000-0000-4000-8000-${String(this.counter).padStart(12, '0')}`;
	}

	addContact(contact: StoredContact): void {
		this.contacts.set(contact.id, contact);
		for (const { key, value } of contact.identifiers) this.byIdentifier.set(`${key}\u0000${value}`, contact);
	}

	ownerOf(key: string, value: string, except?: string): StoredContact | undefined {
		const contact = this.byIdentifier.get(`${key}\u0000${value}`);
		const current = contact && contact.id !== except && this.contacts.get(contact.id) === contact;
		return current && contact.identifiers.some((entry) => entry.key === key && entry.value === value) ? contact : undefined;
	}

	/** Seeds a contact, as if made in Bird's UI. */
	seedContact(identifiers: Array<{ key: string; value: string }>, displayName?: string): Json {
		const now = new Date().toISOString();
		const contact: StoredContact = {
			id: this.nextId('c'),
			displayName,
			identifiers,
			attributes: {},
			listIds: [],
			accountIds: [],
			createdAt: now,
			updatedAt: now,
		};
		this.addContact(contact);
		return this.contactJson(contact);
	}

	contactJson(contact: StoredContact): Json {
		return {
			id: contact.id,
			computedDisplayName: contact.displayName ?? contact.identifiers[0]?.value ?? '',
			featuredIdentifiers: contact.identifiers.map(({ key, value }) => ({ key, value })),
			identifierCount: contact.identifiers.length,
			attributes: structuredClone(contact.attributes),
			listIds: [...contact.listIds],
			accountIds: [...contact.accountIds],
			workspaceId: BIRD_WORKSPACE_ID,
			createdAt: contact.createdAt,
			updatedAt: contact.updatedAt,
		};
	}

	/**
	 * Seeds text messages on a channel, as if sent (or received) earlier, for list tests: accepted outgoing messages
	 * unless `shape` says otherwise; `createdAt` gives the time of each by its index.
	 */
	seedMessages(channelId: string, count: number, shape: MessageSeed = {}): Json[] {
		const channel = Object.values(BIRD_CHANNELS).find((candidate) => candidate.id === channelId)!;
		return Array.from({ length: count }, (_, index) => {
			// An e-mail channel's messages go to e-mail addresses, the others' to phone numbers.
			const identifier = channel.platformId.startsWith('email')
				? { identifierKey: 'emailaddress', identifierValue: `seeded${index}@example.com` }
				: { identifierKey: 'phonenumber', identifierValue: `+3161000${String(index).padStart(4, '0')}` };
			const message = this.store(channel, {
				receiver: { contacts: [identifier] },
				body: { type: 'text', text: { text: `Seeded message ${index}` } },
			});
			if (shape.direction === 'incoming') {
				// A received message: the contact sent it to the channel's connector ("Message" schema: sender and receiver are either).
				const contact = (message.receiver as { contacts: Json[] }).contacts[0];
				message.sender = { contact: { id: contact.id, ...identifier } };
				message.receiver = { connector: { id: channel.connectorId, identifierValue: channel.identifier } };
				message.direction = 'incoming';
			}
			if (shape.status) message.status = shape.status;
			const at = shape.createdAt?.(index);
			if (at) Object.assign(message, { createdAt: at, updatedAt: at, lastStatusAt: at });
			return structuredClone(message);
		});
	}

	message(id: string): Json | undefined {
		const message = this.messages.get(id);
		return message ? structuredClone(message) : undefined;
	}

	/** The contact of a receiver, created when the identifier is new (Bird does the same on send). */
	receiverContact(contact: Json): Json {
		if (typeof contact.id === 'string') {
			const known = this.contacts.get(contact.id)!;
			const featured = known.identifiers[0];
			return { id: known.id, ...(featured ? { identifierKey: featured.key, identifierValue: featured.value } : {}), ...(contact.type ? { type: contact.type } : {}) };
		}
		const key = contact.identifierKey as string;
		const value = contact.identifierValue as string;
		let found = this.ownerOf(key, value);
		if (!found) {
			const now = new Date().toISOString();
			found = { id: this.nextId('c'), identifiers: [{ key, value }], attributes: {}, listIds: [], accountIds: [], createdAt: now, updatedAt: now };
			this.addContact(found);
		}
		return { id: found.id, identifierKey: key, identifierValue: value, ...(contact.type ? { type: contact.type } : {}) };
	}

	/** The message's sender: the channel's connector, with the identifier and display name the request asked for. */
	private senderOf(channel: BirdChannel, requested: unknown): Json {
		const connector = ((requested as Json | undefined)?.connector ?? {}) as Json;
		return {
			connector: {
				id: channel.connectorId,
				identifierValue: typeof connector.identifierValue === 'string' ? connector.identifierValue : channel.identifier,
				...(connector.annotations !== undefined ? { annotations: structuredClone(connector.annotations) } : {}),
			},
		};
	}

	/**
	 * Stores an accepted (or rejected) message request as Bird's "Message". `request` is the freshly parsed body of one
	 * HTTP request (or a seed made for this call): the message takes its parts as they are, without copies, so that a
	 * batch of 100 costs little more than its parsing.
	 */
	store(channel: BirdChannel, request: Json, status?: string, reason?: string): Json {
		const now = new Date().toISOString();
		const scheduled = typeof request.scheduledFor === 'string' && Date.parse(request.scheduledFor) - Date.now() > 10 * 60 * 1000;
		const contacts = ((request.receiver as Json | undefined)?.contacts ?? []) as Json[];
		const message: Json = {
			id: this.nextId('m'),
			channelId: channel.id,
			sender: this.senderOf(channel, request.sender),
			receiver: { contacts: status === 'rejected' ? contacts : contacts.map((contact) => this.receiverContact(contact)) },
		};
		for (const key of ['body', 'template', 'meta', 'reference']) if (request[key] !== undefined) message[key] = request[key];
		if (request.replyTo !== undefined && request.replyTo !== null) message.replyTo = request.replyTo;
		if (request.notification !== undefined) message.notification = request.notification;
		if (Array.isArray(request.tags)) message.tags = (request.tags as string[]).map((tag) => tag.toLowerCase());
		if (request.shortLinks) message.shortLinks = request.shortLinks;
		if (request.scheduledFor !== undefined) message.scheduledFor = request.scheduledFor;
		if (request.validity !== undefined) message.validity = request.validity;
		message.status = status ?? (scheduled ? 'scheduled' : 'accepted');
		if (reason) message.reason = reason;
		Object.assign(message, { direction: 'outgoing', lastStatusAt: now, createdAt: now, updatedAt: now });
		this.messages.set(message.id as string, message);
		return message;
	}
}
