import { describe, expect, it } from 'vitest';
import { emailsOfCsv } from './checkin-flow';

describe('attendee exports of online platforms', () => {
	it('finds the e-mail column by its header, whatever the separator and BOM', () => {
		expect(emailsOfCsv('\uFEFFName (Original Name),User Email,Join Time\nAnna,anna@example.lv,10:01\n"Bērziņš, Jānis",JANIS@example.lv,10:03\n')).toEqual(['anna@example.lv', 'JANIS@example.lv']);
		expect(emailsOfCsv('Vārds;E-pasts\nIlze;ilze@example.lv\n')).toEqual(['ilze@example.lv']);
	});

	it('without a header it takes the first column of addresses; without addresses it says so', () => {
		expect(emailsOfCsv('Anna\tanna@example.lv\nJānis\tjanis@example.lv\n')).toEqual(['anna@example.lv', 'janis@example.lv']);
		expect(emailsOfCsv('Name,Minutes\nAnna,30\n')).toBeNull();
	});
});
