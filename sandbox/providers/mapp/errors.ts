/**
 * Mapp's refusals: the typed exceptions of the SOAP API's WSDL (REST sends the same fields as its JSON error body
 * `{errorActor, errorCode, message, …}`), the REST layer's unreadable body and the SOAP layer's plain faults.
 */

/** The typed exceptions of the WSDL; REST sends the same fields as JSON. */
type ExceptionType = 'NoSuchObjectException' | 'ObjectAlreadyExistsException' | 'InvalidParameterException';

export class MappError extends Error {
	constructor(
		readonly exceptionType: ExceptionType,
		readonly fields: Record<string, string | null>,
	) {
		super(fields.message ?? '');
	}
}

/** A body the REST layer cannot bind (Jackson's plain-text 400). */
export class Unreadable extends Error {}

/** A REST body in a media type the method does not take (or a body where it takes none): 415. */
export class UnsupportedMedia extends Error {}

/** A SOAP request the server refuses before it reaches an operation (JAX-WS answers these with a plain fault). */
export class SoapClientFault extends Error {
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

export function noSuchObject(objectType: string, propertyName: string, propertyValue: string, label = objectType): MappError {
	return new MappError('NoSuchObjectException', {
		errorActor: 'CLIENT',
		errorCode: 'NO_SUCH_OBJECT',
		message: `${label} with ${propertyName}=${propertyValue} does not exist.`,
		objectType,
		propertyName,
		propertyValue,
	});
}

export function alreadyExists(objectType: string, propertyName: string, propertyValue: string, message: string): MappError {
	return new MappError('ObjectAlreadyExistsException', {
		errorActor: 'CLIENT',
		errorCode: 'OBJECT_ALREADY_EXISTS',
		message,
		objectType,
		propertyName,
		propertyValue,
	});
}

export function missingParameter(parameterName: string): MappError {
	return new MappError('InvalidParameterException', {
		errorActor: 'CLIENT',
		errorCode: 'MISSING_PARAMETER',
		message: `Parameter '${parameterName}' is mandatory but no value was specified.`,
		parameterName,
		propertyName: null,
		value: 'null',
	});
}

export function invalidParameter(parameterName: string, value: string, why: string): MappError {
	return new MappError('InvalidParameterException', {
		errorActor: 'CLIENT',
		errorCode: 'INVALID_PARAMETER',
		message: `Parameter '${parameterName}' has an invalid value: ${why}`,
		parameterName,
		propertyName: null,
		value,
	});
}
