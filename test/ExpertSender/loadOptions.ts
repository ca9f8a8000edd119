/**
 * A real n8n-core LoadOptionsContext for the ExpertSender node (the harness runs workflows, not the editor's list
 * look-ups), with the credential held in memory and applied through the credential's own `authenticate`.
 */
import { mock } from 'jest-mock-extended';
import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { ICredentialsHelper, Workflow } from 'n8n-workflow';

import { ExpertSenderApi } from '../../credentials/ExpertSenderApi.credentials';
import { nodeRegistry } from '../harness/engine';
import { NODE_TYPE } from './helpers';

class ExpertSenderCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(_credentials: ICredentialDataDecryptedObject, _type: string, options: IHttpRequestOptions) {
		return await new ExpertSenderApi().authenticate(this.data, options);
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	getCredentialsProperties() {
		return [];
	}

	async getDecrypted(): Promise<ICredentialDataDecryptedObject> {
		return structuredClone(this.data);
	}

	async getCredentials(): Promise<never> {
		throw new Error('Not used');
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}
}

export function loadOptionsContext(credentials: ICredentialDataDecryptedObject): ILoadOptionsFunctions {
	const node: INode = {
		id: 'node-0',
		name: 'ExpertSender',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource: 'contact', operation: 'upsert' },
		credentials: { expertSenderApi: { id: '1', name: 'ExpertSender' } },
	};
	const workflow = new Workflow({ id: 'load-options', nodes: [node], connections: {}, nodeTypes: nodeRegistry(), active: false });
	const additionalData = mock<IWorkflowExecuteAdditionalData>();
	additionalData.credentialsHelper = new ExpertSenderCredentialsHelper(credentials);
	additionalData.currentNodeParameters = undefined;
	additionalData.evalLlmMockHandler = undefined;
	additionalData.encryptedRunnerIdentity = undefined;
	additionalData.variables = {};
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters.list');
}
