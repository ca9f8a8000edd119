import type { EsSentMessage, EsSubscriber } from './fixtures';

/** The emulated account's state: subscribers (indexed by e-mail) and the transactional messages sent. */
export class EsAccount {
	readonly subscribers = new Map<number, EsSubscriber>();

	/** Subscriber ID by lower-case e-mail, so that a batch of 10,000 is not 10,000 scans (checked on every read). */
	private readonly byEmail = new Map<string, number>();

	readonly sent: EsSentMessage[] = [];

	nextId = 5000;

	reset(): void {
		this.subscribers.clear();
		this.byEmail.clear();
		this.sent.length = 0;
		this.nextId = 5000;
		this.addSubscriber({
			id: 1001,
			email: 'patrick@mydomain.com',
			firstname: 'Patrick',
			lastname: 'Jones',
			properties: new Map([[1, '2076']]),
			lists: new Map([[1, { status: 'Active', date: '2025-03-01T09:00:00' }]]),
			events: [],
			subscriptions: [{ date: '2025-03-01T09:00:00', listId: 1, type: 'Subscribed' }],
		});
		this.addSubscriber({
			id: 1002,
			email: 'gone@example.com',
			properties: new Map(),
			lists: new Map([[1, { status: 'Unsubscribed', date: '2025-06-01T09:00:00' }]]),
			events: [],
			subscriptions: [
				{ date: '2025-03-01T09:00:00', listId: 1, type: 'Subscribed' },
				{ date: '2025-06-01T09:00:00', listId: 1, type: 'Unsubscribed' },
			],
		});
	}

	findByEmail(email: string): EsSubscriber | undefined {
		const wanted = email.toLowerCase();
		const id = this.byEmail.get(wanted);
		const subscriber = id === undefined ? undefined : this.subscribers.get(id);
		// An entry is stale when the subscriber was deleted or its address changed since.
		return subscriber?.email?.toLowerCase() === wanted ? subscriber : undefined;
	}

	/** Stores a subscriber (new or changed) and indexes its e-mail; tests seed subscribers with it too. */
	addSubscriber(subscriber: EsSubscriber): void {
		this.subscribers.set(subscriber.id, subscriber);
		if (subscriber.email) this.byEmail.set(subscriber.email.toLowerCase(), subscriber.id);
	}
}
