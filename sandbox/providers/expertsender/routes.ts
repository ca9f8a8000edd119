/** What a row of the emulator's route table is; each resource file holds its own rows (index.ts gathers them). */
import type { XmlParsedElement } from '../../../nodes/shared/codec';
import type { SandboxRequest, SandboxResponse } from '../../framework';
import type { EsAccount } from './account';

export interface Call {
	account: EsAccount;
	request: SandboxRequest;
	/** The `{id}` segment after the resource, when there is one. */
	id?: string;
	/** The checked `<ApiRequest>` of a POST. */
	root?: XmlParsedElement;
}

export interface Route {
	method: 'GET' | 'DELETE' | 'POST';
	resource: string;
	/** Whether the path has an `{id}` segment after the resource: never, always, or either. */
	id: 'none' | 'required' | 'optional';
	/** A POST that carries the key in the `apiKey` query and no XML body (Add to suppression list). */
	keyInQuery?: boolean;
	handle(call: Call): SandboxResponse;
}
