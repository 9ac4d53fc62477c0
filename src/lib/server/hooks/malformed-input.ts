import { error, type Handle } from '@sveltejs/kit';

/** adapter-node's BODY_SIZE_LIMIT error, raised while the body is read: the forms with uploads answer it themselves (a localized message). */
export const isBodyTooLarge = (e: unknown) => typeof e === 'object' && e !== null && 'status' in e && (e as { status: number }).status === 413;

/**
 * A body the form parser cannot read — posted as text/plain, multipart without a boundary, a
 * broken multipart — is the sender's mistake: 400, not the 500 an uncaught TypeError becomes.
 * Every form action reads its body through request.formData() (or a clone's, for a permission
 * check), so both are wrapped once here instead of in each action.
 */
export function guardFormData(request: Request): Request {
	const read = request.formData.bind(request);
	const clone = request.clone.bind(request);
	request.formData = async () => {
		try {
			return await read();
		} catch (e) {
			if (isBodyTooLarge(e)) throw e;
			error(400, 'The form could not be read: send it as application/x-www-form-urlencoded or multipart/form-data');
		}
	};
	request.clone = () => guardFormData(clone());
	return request;
}

export const handleMalformedInput: Handle = ({ event, resolve }) => {
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD') guardFormData(event.request);
	return resolve(event);
};
