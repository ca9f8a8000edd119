import type { IDataObject } from 'n8n-workflow';

import { NO_RESULT, type MappCall } from '../index';
import { rest, type NameValue } from '../model';

/** Mapp's user (profile) methods: the older userId/email model, still current beside contact/*. */

/** The contact a profile method names: by contact (user) ID, email address or mobile number, as Mapp's variants take it. */
export type ProfileTarget = { userId: string } | { email: string } | { mobileNumber: string };

const PROFILE_PATHS = { userId: '/user/updateProfile', email: '/user/updateProfileByEmail', mobileNumber: '/user/updateProfileByMobileNumber' };

/**
 * user/updateProfile, …ByEmail, …ByMobileNumber: "only changes the information that is explicitly mentioned"; a null
 * value erases (docs.mapp.com apidocs, user updateProfileByEmail). Answers 204.
 *
 * REST only in this node: the v2-era WSDL has userUpdateProfile(userId, attributes*) and userUpdateProfileByEmail(email,
 * attributes*) (romankot/eCmConnector UserUpdateProfile.java), but not the mobile-number variant, and the sandbox's SOAP
 * binding does not yet bind a top-level attribute list; so the call goes over REST whichever API is chosen.
 */
export function userUpdateProfile(label: string, target: ProfileTarget, attributes: NameValue[]): MappCall<void> {
	const [key, value] = Object.entries(target)[0] as [keyof typeof PROFILE_PATHS, string];
	return {
		label,
		// Not repeated after an ambiguous failure, like every other change: a late repeat could undo a change made in between.
		idempotent: false,
		rest: {
			path: PROFILE_PATHS[key],
			query: { [key]: value },
			// The body is a JSON array of Attribute, not an object.
			body: rest.attributes(attributes) as unknown as IDataObject,
		},
		read: NO_RESULT,
	};
}
