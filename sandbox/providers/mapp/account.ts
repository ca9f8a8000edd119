import { noSuchObject } from './errors';
import {
	FIRST_CONTACT_ID,
	seededContacts,
	seededGroups,
	seededMessages,
	type PreparedMessage,
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

	private nextContactId = FIRST_CONTACT_ID;

	reset(): void {
		this.contacts = seededContacts();
		this.groups = seededGroups();
		this.messages = seededMessages();
		this.sendouts = [];
		this.changes = [];
		this.nextContactId = FIRST_CONTACT_ID;
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
