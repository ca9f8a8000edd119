import type { MappCall } from '../index';
import { rest, soap } from '../model';

/** Mapp's group methods, each written once with its REST and SOAP encoding (where the SOAP API has the method). */

/**
 * The IDs of a group's prepared messages, the ones Send Prepared and Send Transactional can send. A read: REST
 * `GET /group/getPreparedMessages?groupId=` answers a JSON array of longs, SOAP repeated `<messageIds>` elements.
 */
export function groupGetPreparedMessages(label: string, groupId: string): MappCall<string[]> {
	return {
		label,
		idempotent: true,
		rest: { method: 'GET', path: '/group/getPreparedMessages', query: { groupId } },
		soap: { operation: 'groupGetPreparedMessages', body: { groupId }, arrays: soap.messageIdArrays },
		read: { rest: rest.readMessageIds, soap: soap.readMessageIds },
	};
}
