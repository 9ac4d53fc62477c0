import { config } from '../config/env';
import { registerJobHandler } from '../jobs/registry';
import { deliverMail } from './deliver';
import { SEND_MAIL_JOB } from './outbox';
import { smtpTransport } from './transport';

registerJobHandler(SEND_MAIL_JOB, async (db, payload: { id: string }) => deliverMail(db, payload.id, await smtpTransport(), config().MAIL_FROM));
