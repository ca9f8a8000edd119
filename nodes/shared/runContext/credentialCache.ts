import type { ICredentialDataDecryptedObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * getCredentials that reads each credential type once per run instead of once per request (each read is a database
 * query and a decryption). `derived` is the run's context, which n8n's own method is called on.
 */
export function cachedGetCredentials(context: IExecuteFunctions, derived: IExecuteFunctions): IExecuteFunctions['getCredentials'] {
	const credentials = new Map<string, Promise<ICredentialDataDecryptedObject>>();
	return (async (type: string, itemIndex?: number) => {
		let pending = credentials.get(type);
		if (!pending) {
			pending = context.getCredentials.call(derived, type, itemIndex) as Promise<ICredentialDataDecryptedObject>;
			credentials.set(type, pending);
			// A failed read is not remembered: the next item reads again and gets its own error.
			pending.catch(() => credentials.delete(type));
		}
		return await pending;
	}) as IExecuteFunctions['getCredentials'];
}
