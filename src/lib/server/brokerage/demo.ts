/**
 * The demo brokerage day (issue 19): the Latvia–Moldova experience exchange in Bălți (events/demo-data.ts,
 * `demo-moldova-visit`) opens one-to-one meetings at numbered tables for the afternoon, like the
 * project's partner meetings between Latvian rural partnerships and Moldovan LAGs and producers. A few of
 * the visit's seeded registrants list themselves; three meetings are confirmed and one waits for an answer.
 * Re-runnable: the events seed recreates the event, which removes the earlier day with it.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { zonedInstant, wallClock } from '../../domain/event-time';
import { generateSlots } from '../../domain/brokerage/slots';
import { brokerageBookings, brokerageDays, brokerageMeetings, brokerageParticipants, brokerageSlots, events, participations, people } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { seedUuid } from '../seed/prng';

const DAY = 86_400_000;

const LISTINGS: { organisationName: string; intro: LocalizedText }[] = [
	{
		organisationName: 'GAL Nord-Vest demo',
		intro: {
			lv: 'Moldovas ziemeļu VRG: meklējam Latvijas partnerību kopīgam LEADER projektam par vietējo produktu tirgu.',
			ro: 'GAL din nordul Moldovei: căutăm un parteneriat leton pentru un proiect LEADER comun despre piața produselor locale.',
			ru: 'ГМД севера Молдовы: ищем латвийское партнёрство для совместного проекта LEADER о рынке местных продуктов.'
		}
	},
	{
		organisationName: 'Lauku partnerība „Lielupe”',
		intro: {
			lv: 'Dalāmies pieredzē par mājražotāju tirdziņiem un tūrisma maršrutiem; gaidām Moldovas VRG un uzņēmējus.',
			ro: 'Împărtășim experiența târgurilor de producători locali și a traseelor turistice; așteptăm GAL-uri și antreprenori din Moldova.',
			ru: 'Делимся опытом ярмарок домашних производителей и туристических маршрутов; ждём молдавские ГМД и предпринимателей.'
		}
	},
	{
		organisationName: 'Prisaca Albinuța din Bălți',
		intro: {
			lv: 'Akācijas un liepu medus ražotājs; meklējam izplatītāju Latvijā un kopīgu degustāciju tūristiem.',
			ro: 'Producător de miere de salcâm și de tei; căutăm un distribuitor în Letonia și degustări comune pentru turiști.',
			ru: 'Производитель акациевого и липового мёда; ищем дистрибьютора в Латвии и совместные дегустации для туристов.'
		}
	},
	{
		organisationName: 'Latvijas Lauku forums',
		intro: {
			lv: 'Projekta vadošais partneris: stāstām par vietējo rīcības grupu tīklu un sadarbības projektu pieteikšanu.',
			ro: 'Partenerul principal al proiectului: vă spunem despre rețeaua grupurilor de acțiune locală și depunerea proiectelor de cooperare.',
			ru: 'Ведущий партнёр проекта: рассказываем о сети групп местных действий и подаче проектов сотрудничества.'
		}
	},
	{
		organisationName: 'Brânzeturi Edineț',
		intro: {
			lv: 'Aitas siera ražotāji; interesē Latvijas mājražotāju pieredze ar marķējumu un pārtikas drošību.',
			ro: 'Producători de brânză de oaie; ne interesează experiența producătorilor din Letonia cu etichetarea și siguranța alimentară.',
			ru: 'Производители овечьей брынзы; интересует опыт латвийских производителей в маркировке и пищевой безопасности.'
		}
	}
];

export async function seedBrokerageDemo(db: Db, now = new Date()): Promise<{ meetings: number }> {
	const eventId = seedUuid('event:demo-moldova-visit');
	const [event] = await db.select({ id: events.id, startsAt: events.startsAt, timeZone: events.timeZone }).from(events).where(eq(events.id, eventId));
	if (!event) return { meetings: 0 };
	const registrants = await db
		.select({ personId: participations.personId })
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.where(and(eq(participations.activityKind, 'event'), eq(participations.activityId, eventId), inArray(participations.registration, ['registered'])))
		.orderBy(asc(participations.registeredAt))
		.limit(LISTINGS.length);
	if (registrants.length < LISTINGS.length) return { meetings: 0 };
	const ids = registrants.map((r) => r.personId);
	return db.transaction(async (tx) => {
		await tx.delete(brokerageDays).where(eq(brokerageDays.eventId, eventId));
		// the afternoon of the visit: six 20-minute meetings with a coffee break after the third
		const firstStart = zonedInstant(wallClock(event.startsAt, event.timeZone).date, '14:00', event.timeZone)!;
		await tx.insert(brokerageDays).values({ eventId, opensAt: new Date(now.getTime() - 2 * DAY), closesAt: new Date(event.startsAt.getTime() - DAY), mode: 'tables', tableCount: 8, isDemo: true });
		const slots = generateSlots({ firstStart, minutes: 20, count: 6, breakAfter: 3, breakMinutes: 20 }).map((s, i) => ({ id: seedUuid(`brokerage-slot:${i}`), eventId, ...s }));
		await tx.insert(brokerageSlots).values(slots);
		await tx.insert(brokerageParticipants).values(LISTINGS.map((l, i) => ({ eventId, personId: ids[i], organisationName: l.organisationName, intro: l.intro })));
		const plan: [number, number, number, 'accepted' | 'requested', string][] = [
			[0, 1, 0, 'accepted', 'Vēlamies uzzināt par LEADER sadarbības projektu pieteikšanu.'],
			[2, 3, 1, 'accepted', 'Am dori să discutăm despre un stand comun la un târg din Riga.'],
			[4, 1, 3, 'accepted', 'Интересует опыт маркировки сыров.'],
			[0, 2, 4, 'requested', 'Putem discuta despre un traseu turistic cu degustare de miere?']
		];
		let table = 0;
		for (const [i, [from, to, slot, status, message]] of plan.entries()) {
			const id = seedUuid(`brokerage-meeting:${i}`);
			const accepted = status === 'accepted';
			await tx.insert(brokerageMeetings).values({ id, eventId, slotId: slots[slot].id, requesterPersonId: ids[from], inviteePersonId: ids[to], status, message, tableNumber: accepted ? (table = (table % 8) + 1) : null, respondedAt: accepted ? now : null });
			if (accepted)
				await tx.insert(brokerageBookings).values([
					{ slotId: slots[slot].id, personId: ids[from], meetingId: id },
					{ slotId: slots[slot].id, personId: ids[to], meetingId: id }
				]);
		}
		return { meetings: plan.length };
	});
}
