/** A producer sign-up form as the route hands it to the owner flows (data tests only). */
import type { ProducerFormFields } from './producer-form';

export function producerFormFields(f: Pick<ProducerFormFields, 'name' | 'descriptionLv' | 'municipalityId' | 'categoryIds'> & Partial<ProducerFormFields>): ProducerFormFields {
	return {
		kind: 'home_producer',
		address: null,
		locationPrecision: 'locality',
		phone: '+371 20000000',
		email: null,
		website: null,
		facebook: null,
		instagram: null,
		foundedYear: null,
		...f
	};
}

/** A posted form from plain fields (unit tests of the owner forms' parsers). */
export function formOf(fields: Record<string, string>): FormData {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	return f;
}
