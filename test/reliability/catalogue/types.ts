import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox/framework';
import type { ProviderProfile } from '../../../nodes/shared/transport';

export interface ItemSpec {
	json: IDataObject;
	binary?: Record<string, { base64?: string; text?: string; fileName?: string; mimeType?: string }>;
}

/** The parameters of one node operation that works against a freshly reset sandbox. */
export interface OperationSpec {
	/** Shown in the suite's output, e.g. "Mapp Engage (SOAP) Send Prepared Message". */
	label: string;
	/** Node short type name, e.g. `mappEngage`. */
	node: string;
	credentialType: string;
	/** Sandbox provider module name, e.g. `mapp`. */
	provider: string;
	/** The provider name the node's error messages start with, e.g. "Mapp Engage". */
	providerName: string;
	parameters: IDataObject;
	/**
	 * Two or more input items that each succeed on a fresh sandbox and each deliver something distinct (different
	 * recipient or content), so that a repeated delivery can be told from two deliveries.
	 */
	items: ItemSpec[];
	/**
	 * For operations that deliver or change something: one key per delivery/change the sandbox recorded (e.g.
	 * `message:recipient`). The suite counts keys seen twice as duplicates. Omit for reads.
	 */
	deliveries?: (sandbox: Sandbox) => string[];
	/** Whether the API is XML or SOAP: the hostile-content and DOCTYPE categories apply. */
	xml?: boolean;
	/**
	 * Hostile content: the string parameters (dot paths into `parameters`, e.g. `parameters.pairs[0].value`) that go
	 * into XML/SOAP, and how to read back what the sandbox received for the first item.
	 */
	hostile?: {
		fields: string[];
		received: (sandbox: Sandbox) => string[];
	};
	/**
	 * Which request the faults hit (default: the operation's first request). For a send that looks something up
	 * first, point it at the delivering request, e.g. `{ path: '/message/sendSingle' }` or, on a shared SOAP
	 * endpoint, `{ bodyIncludes: 'messageSendSingle' }`.
	 */
	faultOn?: { path?: string | RegExp; bodyIncludes?: string };
	/** Operations whose every output item is one-to-one with an input item (false for Get Many and the like). */
	oneToOne?: boolean;
	/**
	 * Fixtures the operation needs beyond the module's reset state (e.g. a contact to get or delete), put straight
	 * into the sandbox module (no request) before every run of this operation.
	 */
	setup?: (sandbox: Sandbox) => void;
}

/** An invalid value for one parameter: the node must refuse it before any request, naming the field and item. */
export interface InvalidInput {
	/** Dot path into the operation's parameters (e.g. `messageId`, `options.attachments`), or `item.<field>` to put the value into the input item's JSON (mapped by an expression). */
	path: string;
	values: unknown[];
	/** Text the error message must contain to name the field, e.g. "Message ID". */
	field: string;
	/** Other parameters set with it (fields n8n requires once the value is an expression). */
	with?: IDataObject;
}

export interface ProviderCatalogue {
	/** The node's provider profile; the suite shortens its timeout and back-off while it runs. */
	profile: ProviderProfile;
	/** Credential data with every secret value, for the leak scan (from the sandbox's credentials). */
	secretFields: string[];
	operations: OperationSpec[];
	/** Invalid inputs per operation label. */
	invalid: Array<{ operation: string; inputs: InvalidInput[] }>;
	/** The provider's own "not processed" answer besides 429, if any (Mapp's 500 "Database Access Limit Exceeded"). */
	notProcessed?: { status: number; headers?: Record<string, string>; body: string };
	/** Whether the provider documents 429 as not processed (all four do). */
	retries429: boolean;
}
