/**
 * A real n8n-core LoadOptionsContext (the editor's context for list searches and dropdowns) for one of the package's
 * nodes, with its credential held in memory and applied through the credential type's own `authenticate`, as the
 * engine's runs do.
 */
import { mock } from 'jest-mock-extended';
import { LoadOptionsContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ILoadOptionsFunctions, INode, INodeParameters, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { InMemoryCredentialsHelper, nodeRegistry, PACKAGE_NAME } from './engine';

export interface LoadOptionsSetup {
	/** The node's type name without the package, e.g. `expertSender`. */
	node: string;
	credentialType: string;
	credentials: ICredentialDataDecryptedObject;
	/** The node's current parameters (what getCurrentNodeParameter reads). */
	parameters?: INodeParameters;
	/** The parameter the list is for, e.g. `parameters.list`. */
	path?: string;
}

export function loadOptionsContext(setup: LoadOptionsSetup): ILoadOptionsFunctions {
	const node: INode = {
		id: 'node-0',
		name: setup.node,
		type: `${PACKAGE_NAME}.${setup.node}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: setup.parameters ?? {},
		credentials: { [setup.credentialType]: { id: '1', name: setup.node } },
	};
	const workflow = new Workflow({ id: 'load-options', nodes: [node], connections: {}, nodeTypes: nodeRegistry(), active: false });
	const additionalData = mock<IWorkflowExecuteAdditionalData>();
	additionalData.credentialsHelper = new InMemoryCredentialsHelper({ [setup.credentialType]: setup.credentials });
	// What the editor sends with a list request: the node's parameters as they stand.
	additionalData.currentNodeParameters = setup.parameters;
	additionalData.evalLlmMockHandler = undefined;
	additionalData.encryptedRunnerIdentity = undefined;
	additionalData.variables = {};
	return new LoadOptionsContext(workflow, node, additionalData, setup.path ?? 'parameters');
}
