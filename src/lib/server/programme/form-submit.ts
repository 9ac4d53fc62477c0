/**
 * Reading a workspace form that may carry a picture (a project's logo, a news picture): the body
 * (over the size limit → a localized message), the fields through the form's one schema, and the
 * picture checked and resized before the flow's transaction stores it. Refusals come back as the
 * action's `fail(…)` with everything typed, the field errors and the picture's problem.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { clean } from '$lib/forms/fields';
import { formValues, parseWith, typedValues, type FieldErrors } from '$lib/forms/parse';
import type { PreparedImage } from '../images/flow';
import { preparedUpload, readFormWithUpload, tooLargeMessage } from '../images/upload';

export type FormFailure = { values: Record<string, string | string[]>; errors: FieldErrors; imageError: string | undefined };

export async function readSubmission<S extends z.ZodType>(
	request: Request,
	schema: S,
	picture: { file: string; alt: string }
): Promise<{ ok: false; failure: ActionFailure<FormFailure> } | { ok: true; values: FormFailure['values']; data: z.output<S>; image: PreparedImage | null }> {
	const form = await readFormWithUpload(request);
	if (!form) return { ok: false, failure: fail(413, { values: {}, errors: {}, imageError: tooLargeMessage() }) };
	const values = typedValues(form);
	const parsed = parseWith(schema, formValues(form));
	const upload = await preparedUpload(form.get(picture.file), String(clean(form.get(picture.alt) ?? '')));
	const imageError = 'error' in upload ? upload.error : undefined;
	if (!parsed.ok || imageError) return { ok: false, failure: fail(400, { values, errors: parsed.ok ? {} : parsed.errors, imageError }) };
	return { ok: true, values, data: parsed.data, image: 'image' in upload ? upload.image : null };
}
