import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseCsv, parseXml } from '../../shared/codec';
import { asRequestContext } from '../../shared/polling';
import { providerRequest, type ProviderProfile, type ResponseForErrorCheck } from '../../shared/transport';
import { apiServerOf, CREDENTIAL_TYPE, expertSenderProfile, parseExpertSenderError } from '../transport';

/**
 * The profile for CSV answers: the body is read as text, and an error (which ExpertSender answers in its XML error
 * format, `<ApiResponse><ErrorMessage>…`) is parsed from that text, so that its own message reaches the user.
 */
const csvProfile: ProviderProfile = {
	...expertSenderProfile,
	parseError(response: ResponseForErrorCheck) {
		const text = typeof response.body === 'string' ? response.body : response.text;
		if (!text.trimStart().startsWith('<')) return undefined;
		try {
			return parseExpertSenderError({ ...response, body: parseXml(text) });
		} catch {
			return undefined;
		}
	},
};

/** The rows of a CSV resource (`Activities`, `Bounces`): `GET /v2/Api/<resource>?…` with the key from the credential. */
export async function csvRows(context: IPollFunctions, resource: string, qs: IDataObject): Promise<Array<Record<string, string>>> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	const server = apiServerOf(credentials);
	if (!/^https?:\/\/[^/\s]+/i.test(server)) {
		throw new NodeOperationError(context.getNode(), `The API Server URL of the ExpertSender credential is not a URL: "${server}"`, {
			description: 'Enter the full API server URL shown in the ExpertSender panel under Settings → API, e.g. https://api.esv2.com.',
		});
	}
	const operation = `Poll ${resource}`;
	const response = await providerRequest.call(asRequestContext(context), csvProfile, {
		operation,
		method: 'GET',
		url: `${server}/v2/Api/${resource}`,
		qs,
		response: 'text',
	});
	try {
		return parseCsv(String(response.body), { what: `The ExpertSender response to ${operation}` });
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message, {
			description: 'ExpertSender answered something that is not the documented CSV. Check the API server URL in the credential.',
		});
	}
}
