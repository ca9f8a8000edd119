import { NOW, type EsActivityRow, type EsBounceRow, type EsRemovedSubscriber, type EsSentMessage, type EsSubscriber } from './fixtures';

/** The emulated account's state: subscribers (indexed by e-mail) and the transactional messages sent. */
export class EsAccount {
	readonly subscribers = new Map<number, EsSubscriber>();

	/** Subscriber ID by lower-case e-mail, so that a batch of 10,000 is not 10,000 scans (checked on every read). */
	private readonly byEmail = new Map<string, number>();

	readonly sent: EsSentMessage[] = [];

	nextId = 5000;

	/** The feeds of activities.ts, in the order rows were stored. */
	readonly activityRows: EsActivityRow[] = [];

	readonly bounceRows: EsBounceRow[] = [];

	readonly removedSubscribers: EsRemovedSubscriber[] = [];

	/** The business unit's wall clock (`YYYY-MM-DDTHH:MM:SS`) and, when set, its UTC offset as `GET Time` shows it. */
	clock: { now: string; offset?: string } = { now: NOW };

	/** Per-resource state (see `state`), cleared with the rest. */
	private readonly resourceStates = new Map<string, unknown>();

	/** The state of a resource kept in a file of its own (lists.ts, …), made on first use after a reset. */
	state<T>(resource: string, make: () => T): T {
		if (!this.resourceStates.has(resource)) this.resourceStates.set(resource, make());
		return this.resourceStates.get(resource) as T;
	}

	reset(): void {
		this.resourceStates.clear();
		this.activityRows.length = 0;
		this.bounceRows.length = 0;
		this.removedSubscribers.length = 0;
		this.clock = { now: NOW };
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

	/** The server time as `GET /v2/Api/Time` answers it: the business unit's time, with its offset when one is set. */
	serverTime(): string {
		return `${this.clock.now}${this.clock.offset ?? ''}`;
	}

	/** Test fixture: the business unit's wall clock (and offset), e.g. `2026-01-15T23:58:00`, `+01:00`. */
	setClock(now: string, offset?: string): void {
		this.clock = { now, offset };
	}

	/** Test fixture: an activity row of `type` at the account-local `date` (`YYYY-MM-DD HH:MM:SS`). */
	addActivity(type: string, date: string, values: Record<string, string>, channel: 'Email' | 'SmsMms' = 'Email'): void {
		this.activityRows.push({ type, date, values, channel });
	}
}
