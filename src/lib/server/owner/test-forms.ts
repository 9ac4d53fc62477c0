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
