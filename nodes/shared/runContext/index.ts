import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { cachedGetCredentials } from './credentialCache';
import { ParameterCache, type ReadParameter } from './parameterCache';
import { ParameterGuard } from './parameterGuard';

/**
 * The context every operation of a node runs with (the router passes it as `this`): n8n's own, whose
 * getNodeParameter reads through a per-run cache (ParameterCache) and a check against the operation's description
 * (ParameterGuard), and whose getCredentials reads each credential once per run. Operations call
 * `this.getNodeParameter` as in any n8n node and cannot forget the checks; docs/CONTRIBUTING.md's operation template
 * says so where operations are written, and OperationModule's comment says what `this` is.
 */
export function runContext(context: IExecuteFunctions, properties: readonly INodeProperties[] = []): IExecuteFunctions {
	const derived = Object.create(context) as IExecuteFunctions;
	const read = context.getNodeParameter.bind(derived) as ReadParameter;
	const guard = new ParameterGuard(context, properties);
	const cache = new ParameterCache(read, context.getInputData(), (name, itemIndex, value) => guard.checked(name, itemIndex, value));
	derived.getNodeParameter = ((name, itemIndex, fallback, options) =>
		options?.rawExpressions
			? read(name, itemIndex, fallback, options)
			: cache.value(name, itemIndex, fallback, options)) as IExecuteFunctions['getNodeParameter'];
	derived.getCredentials = cachedGetCredentials(context, derived);
	return derived;
}
