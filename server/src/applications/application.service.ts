import { randomBytes } from 'node:crypto';
import { PartnerStatus } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundError, errorResult } from '../common/errors';
import { mapUniqueViolations } from '../common/database-errors';
import { recordAudit } from '../audit/audit.service';
import { LoginThrottle } from '../auth/login-throttle';
import { TooManyAttemptsError } from '../auth/auth.types';
import { AccountEnvironment, createWelcomedLogin } from '../accounts/account.service';
import { applicationDeclinedEmail, applicationKnownEmail, applicationReceivedEmail, queueAccountEmail } from '../accounts/account-emails';
import { Program } from '../programs/program.entity';
import { Partner } from '../partners/partner.entity';
import { ApplicationAnswer, StoredQuestion } from './application-form';
import {
  APPLICATION_SLUG,
  ApplicationSettingsInput,
  ApplyToProgramInput,
  DeclineApplicationInput,
  MAX_ANSWER_LENGTH,
  MAX_QUESTIONS,
  QUESTION_ID,
} from './application.inputs';
import {
  ApplicationDecided,
  ApplicationReceived,
  ApplicationsClosedError,
  InvalidApplicationStateError,
  PublicApplicationForm,
} from './application.types';

/** The one answer to every well-formed application, whatever the program already knew of the address. */
export const APPLICATION_RECEIVED =
  'Thank you! Your application is in. Watch your inbox: we have emailed you, and you will hear from the program once it has been reviewed.';
/** At most this many emails to one address about applications per program and hour: nobody floods an inbox through the form. */
export const MAX_APPLICATION_EMAILS_PER_HOUR = 3;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const slugTaken = () => new BadInputError('This page address is taken by another program: choose another', { field: 'slug' });

/** Changes the public application page: open or not, its address, intro and questions; audited. */
export async function updateApplicationSettings(ctx: RequestContext, input: ApplicationSettingsInput): Promise<Program> {
  const slug = input.slug == null ? undefined : input.slug.trim();
  if (slug !== undefined && !APPLICATION_SLUG.test(slug)) {
    throw new BadInputError('The page address must be lowercase letters and digits, words joined by single hyphens', { field: 'slug' });
  }
  const intro = input.intro == null ? undefined : input.intro.trim();
  let questions: StoredQuestion[] | undefined;
  if (input.questions != null) {
    if (input.questions.length > MAX_QUESTIONS) throw new BadInputError(`At most ${MAX_QUESTIONS} questions`, { field: 'questions' });
    const ids = new Set<string>();
    questions = input.questions.map((question, index) => {
      const label = question.label.trim();
      if (!label) throw new BadInputError(`Question ${index + 1} needs a text`, { field: `questions[${index}].label` });
      let id = question.id && QUESTION_ID.test(question.id) ? question.id : randomBytes(6).toString('hex');
      if (ids.has(id)) id = randomBytes(6).toString('hex');
      ids.add(id);
      return { id, label, required: question.required ?? false };
    });
  }
  return ctx
    .transaction(async (tx) => {
      const repo = tx.manager.getRepository(Program);
      const program = await repo.createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: tx.programId }).getOne();
      if (!program) throw new NotFoundError('Program', tx.programId);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const set = <K extends keyof Program>(key: K, value: Program[K] | undefined) => {
        if (value === undefined || JSON.stringify(program[key]) === JSON.stringify(value)) return;
        before[key] = program[key];
        after[key] = value;
        program[key] = value;
      };
      set('applicationSlug', slug);
      set('applicationIntro', intro);
      set('applicationQuestions', questions);
      set('applicationsOpen', input.open ?? undefined);
      if (program.applicationsOpen && !program.applicationSlug) {
        throw new BadInputError('Choose the page address (slug) before opening applications', { field: 'slug' });
      }
      if (Object.keys(after).length > 0) {
        await repo.save(program);
        await recordAudit(tx, [
          { action: 'program.applicationSettings', entityType: 'Program', entityId: program.id, changes: { before, after } },
        ]);
      }
      return program;
    })
    .catch(mapUniqueViolations({ program_application_slug_key: slugTaken }));
}

const closed = (slugKnown: boolean) =>
  errorResult(
    ApplicationsClosedError,
    slugKnown
      ? 'This program is not taking applications at the moment'
      : 'There is no application form at this address: check the link you were given',
  );

/** The program whose page is at `slug`, if any (any string may arrive: only a well-formed slug is looked up). */
async function programAt(ctx: RequestContext, slug: string): Promise<Program | null> {
  const wanted = slug.trim().toLowerCase();
  if (wanted.length > 60 || !APPLICATION_SLUG.test(wanted)) return null;
  return ctx.manager.getRepository(Program).findOneBy({ applicationSlug: wanted });
}

/** The public form at `slug`, or why there is none. Anyone may ask. */
export async function applicationForm(ctx: RequestContext, slug: string) {
  const program = await programAt(ctx, slug);
  if (!program || !program.applicationsOpen) return closed(program !== null);
  const settings = program.applications;
  return Object.assign(new PublicApplicationForm(), {
    slug: settings.slug,
    programName: program.name,
    intro: settings.intro,
    questions: settings.questions,
  });
}

/** A partner key for an applicant: their name in lowercase ASCII words, and a random tail (unique in practice). */
export function applicantPartnerKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${words || 'partner'}-${randomBytes(4).toString('hex')}`;
}

/** Checks the answers against the form's questions; each trimmed, the required ones non-empty. */
function answersFor(questions: StoredQuestion[], input: ApplyToProgramInput): ApplicationAnswer[] {
  const given = new Map<string, string>();
  for (const [index, answer] of input.answers.entries()) {
    if (given.has(answer.questionId)) throw new BadInputError('Each question is answered once', { field: `answers[${index}]` });
    if (!questions.some((question) => question.id === answer.questionId)) {
      throw new BadInputError('An answer names a question this form does not ask: reload the page', { field: `answers[${index}]` });
    }
    const text = answer.answer.trim();
    if (text.length > MAX_ANSWER_LENGTH) throw new BadInputError(`Answers are at most ${MAX_ANSWER_LENGTH} characters`);
    given.set(answer.questionId, text);
  }
  return questions.map((question) => {
    const answer = given.get(question.id) ?? '';
    if (question.required && !answer) {
      throw new BadInputError(`Please answer "${question.label}"`, { field: `answers.${question.id}` });
    }
    return { question: question.label, answer };
  });
}

/**
 * An application from the public page: a partner in status APPLIED with its answers, no login
 * (they get one, by the welcome email, once approved). Throttled per address. The answer is the
 * same whether or not the program knows the address: if it does, nothing is created and the
 * address is told by email (at most a few times an hour) instead of the applicant being told here.
 */
export async function applyToProgram(
  ctx: RequestContext,
  slug: string,
  input: ApplyToProgramInput,
  request: { clientAddress: string; loginThrottle: LoginThrottle },
) {
  const wait = await request.loginThrottle.takeApplication(request.clientAddress);
  if (wait !== null) {
    return errorResult(TooManyAttemptsError, `Too many applications from your network: try again in ${Math.ceil(wait / 60)} min`, {
      retryAfterSeconds: wait,
    });
  }
  const program = await programAt(ctx, slug);
  if (!program || !program.applicationsOpen) return closed(program !== null);
  const name = input.name.trim();
  if (!name) throw new BadInputError('Please give your name', { field: 'name' });
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 320) throw new BadInputError('Please give a valid email address', { field: 'email' });
  const answers = answersFor(program.applications.questions, input);
  const applicant = new RequestContext(
    ctx.dataSource,
    { kind: 'SYSTEM', programId: program.id, label: `applicant ${email}` },
    ctx.manager,
    ctx.logger,
    ctx.requestId,
  );
  await applicant.transaction(async (tx) => {
    // One application per address at a time: two at once cannot both create a partner.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`partnerbook.apply:${program.id}:${email}`]);
    const [known] = await tx.query<{ name: string }>(`SELECT name FROM partner WHERE program_id = $1 AND lower(email) = $2 LIMIT 1`, [
      program.id,
      email,
    ]);
    if (known) {
      const [{ recent }] = await tx.query<{ recent: number }>(
        `SELECT count(*)::int AS recent FROM email_message
          WHERE program_id = $1 AND topic = 'ACCOUNT' AND account_id IS NULL AND recipient = $2 AND created_at > now() - interval '1 hour'`,
        [program.id, email],
      );
      if (recent < MAX_APPLICATION_EMAILS_PER_HOUR) {
        await queueAccountEmail(tx, {
          programId: program.id,
          accountId: null,
          recipient: email,
          ...applicationKnownEmail({ name: known.name, programName: program.name }),
        });
      }
      return;
    }
    const repo = tx.manager.getRepository(Partner);
    const partner = await repo.save(
      repo.create({
        programId: program.id,
        name,
        email,
        partnerKey: applicantPartnerKey(name),
        status: PartnerStatus.APPLIED,
        paypalEmail: null,
        payThresholdMap: {},
        ruleType: null,
        rateBps: null,
        flatAmountMinor: null,
        flatCurrency: null,
        applicationAnswers: answers,
        appliedAt: new Date(),
      }),
    );
    await recordAudit(tx, [
      {
        action: 'partner.apply',
        entityType: 'Partner',
        entityId: partner.id,
        changes: { name, email, partnerKey: partner.partnerKey, status: PartnerStatus.APPLIED },
      },
    ]);
    await queueAccountEmail(tx, {
      programId: program.id,
      accountId: null,
      recipient: email,
      ...applicationReceivedEmail({ name, programName: program.name }),
    });
  });
  return Object.assign(new ApplicationReceived(), { message: APPLICATION_RECEIVED });
}

async function lockedApplication(tx: RequestContext, partnerId: string): Promise<Partner> {
  const partner = await tx.manager
    .getRepository(Partner)
    .createQueryBuilder('p')
    .setLock('pessimistic_write')
    .where('p.program_id = :programId AND p.id = :id', { programId: tx.programId, id: partnerId })
    .getOne();
  if (!partner) throw new NotFoundError('Partner', partnerId);
  return partner;
}

const decided = (partner: Partner, changed: boolean) => Object.assign(new ApplicationDecided(), { partner, changed });

/**
 * Approves an application (APPLIED, or DECLINED after all): the partner becomes ACTIVE and gets the
 * welcome email with its set-password link. Approving an approved application changes nothing.
 */
export async function approvePartnerApplication(ctx: RequestContext, partnerId: string, env: AccountEnvironment) {
  return ctx.transaction(async (tx) => {
    const partner = await lockedApplication(tx, partnerId);
    if (partner.status === PartnerStatus.ACTIVE && partner.appliedAt) return decided(partner, false);
    if (partner.status !== PartnerStatus.APPLIED && partner.status !== PartnerStatus.DECLINED) {
      return errorResult(InvalidApplicationStateError, `This partner is ${partner.status.toLowerCase()}, not an application to approve`);
    }
    const from = partner.status;
    const [stamped] = await tx.query<{ decided_at: Date }>(
      `UPDATE partner SET status = 'ACTIVE', decided_at = now(), decline_reason = NULL WHERE program_id = $1 AND id = $2 RETURNING decided_at`,
      [tx.programId, partner.id],
    );
    Object.assign(partner, { status: PartnerStatus.ACTIVE, decidedAt: stamped.decided_at, declineReason: null });
    await createWelcomedLogin(tx, { programId: tx.programId, email: partner.email, displayName: partner.name, partnerId: partner.id }, env);
    await recordAudit(tx, [
      {
        action: 'partner.approveApplication',
        entityType: 'Partner',
        entityId: partner.id,
        changes: { before: { status: from }, after: { status: PartnerStatus.ACTIVE } },
      },
    ]);
    return decided(partner, true);
  });
}

/** Declines an application with a reason the applicant is emailed; declining a declined one changes nothing. */
export async function declinePartnerApplication(ctx: RequestContext, input: DeclineApplicationInput) {
  const reason = input.reason.trim();
  if (!reason) throw new BadInputError('Give the reason the applicant will read', { field: 'reason' });
  return ctx.transaction(async (tx) => {
    const partner = await lockedApplication(tx, input.partnerId);
    if (partner.status === PartnerStatus.DECLINED) return decided(partner, false);
    if (partner.status !== PartnerStatus.APPLIED) {
      return errorResult(InvalidApplicationStateError, `This partner is ${partner.status.toLowerCase()}, not an application to decline`);
    }
    const [stamped] = await tx.query<{ decided_at: Date }>(
      `UPDATE partner SET status = 'DECLINED', decided_at = now(), decline_reason = $3 WHERE program_id = $1 AND id = $2 RETURNING decided_at`,
      [tx.programId, partner.id, reason],
    );
    Object.assign(partner, { status: PartnerStatus.DECLINED, decidedAt: stamped.decided_at, declineReason: reason });
    const [program] = await tx.query<{ name: string }>(`SELECT name FROM program WHERE id = $1`, [tx.programId]);
    await queueAccountEmail(tx, {
      programId: tx.programId,
      accountId: null,
      recipient: partner.email,
      ...applicationDeclinedEmail({ name: partner.name, programName: program.name, reason }),
    });
    await recordAudit(tx, [
      {
        action: 'partner.declineApplication',
        entityType: 'Partner',
        entityId: partner.id,
        changes: { before: { status: PartnerStatus.APPLIED }, after: { status: PartnerStatus.DECLINED }, reason },
      },
    ]);
    return decided(partner, true);
  });
}
