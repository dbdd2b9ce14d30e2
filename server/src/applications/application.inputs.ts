import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { UUIDScalar } from '../common/scalars';

/**
 * Characters no application text may hold: control characters (but tabs and line breaks in long
 * answers), invisible ones that make text read differently than it is stored (zero-width space,
 * bidirectional overrides and isolates, BOM) and the Unicode line/paragraph separators.
 */
const HIDDEN = '\\p{Cc}\\u200B\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uFEFF';
/** One line of visible text. */
export const ONE_LINE_TEXT = new RegExp(`^[^${HIDDEN}]+$`, 'u');
/** Visible text over one or more lines (tabs and line breaks allowed); may be empty. */
export const MULTI_LINE_TEXT = new RegExp(`^(?:[^${HIDDEN}]|[\\t\\n\\r])*$`, 'u');
/** A public page's address: lowercase letters and digits in words joined by single hyphens. */
export const APPLICATION_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const QUESTION_ID = /^[a-z0-9]{1,16}$/;
export const MAX_QUESTIONS = 5;
export const MAX_ANSWER_LENGTH = 2000;
export const MAX_INTRO_LENGTH = 2000;
export const MAX_DECLINE_REASON_LENGTH = 1000;

@InputType({ description: 'A question of the application form' })
export class ApplicationQuestionInput {
  @Field(() => ID, { nullable: true, description: "An existing question's id (keeps it); leave out for a new question" })
  @IsOptional()
  @Matches(QUESTION_ID, { message: 'id must be a question id' })
  id?: string | null;

  @Field({ description: 'One line, at most 200 characters' })
  @Length(1, 200)
  @Matches(ONE_LINE_TEXT, { message: 'label must be one line of visible text' })
  label: string;

  @Field({ description: 'Whether an application must answer it', defaultValue: false })
  required: boolean;
}

@InputType({ description: 'The public application page; left-out fields stay as they are' })
export class ApplicationSettingsInput {
  @Field({ nullable: true, description: 'Take applications (needs a slug)' })
  open?: boolean;

  @Field(() => String, { nullable: true, description: 'The page address /join/<slug>: 3–60 lowercase letters, digits and single hyphens' })
  @IsOptional()
  @Length(3, 60)
  @Matches(APPLICATION_SLUG, { message: 'slug must be lowercase letters and digits, words joined by single hyphens' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown above the form; at most 2,000 characters' })
  @IsOptional()
  @Length(0, MAX_INTRO_LENGTH)
  @Matches(MULTI_LINE_TEXT, { message: 'intro must be visible text' })
  intro?: string | null;

  @Field(() => [ApplicationQuestionInput], { nullable: true, description: 'Replaces the questions (at most 5), in this order' })
  @IsOptional()
  @ArrayMaxSize(MAX_QUESTIONS)
  questions?: ApplicationQuestionInput[] | null;
}

@InputType({ description: 'An answer to one question of the application form' })
export class ApplicationAnswerInput {
  @Field(() => ID, { description: "The question's id, from programApplicationForm" })
  @Matches(QUESTION_ID, { message: 'questionId must be a question id' })
  questionId: string;

  @Field({ description: 'Plain text, at most 2,000 characters' })
  @Length(0, MAX_ANSWER_LENGTH)
  @Matches(MULTI_LINE_TEXT, { message: 'answer must be visible text' })
  answer: string;
}

@InputType({ description: 'An application to become a partner of the program' })
export class ApplyToProgramInput {
  @Field({ description: 'Your name' })
  @Length(1, 200)
  @Matches(ONE_LINE_TEXT, { message: 'name must be one line of visible text' })
  name: string;

  @Field({ description: 'Your email: the program writes to you there, and you will sign in with it once approved' })
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field(() => [ApplicationAnswerInput], {
    description: 'One answer per question answered; every required question needs a non-empty one',
    defaultValue: [],
  })
  @ArrayMaxSize(MAX_QUESTIONS)
  answers: ApplicationAnswerInput[];
}

@InputType({ description: 'An application to decline and why' })
export class DeclineApplicationInput {
  @Field(() => UUIDScalar, { description: 'The applicant (their partner id, status APPLIED)' })
  partnerId: string;

  @Field({ description: 'Why; the applicant is emailed it (at most 1,000 characters)' })
  @Length(1, MAX_DECLINE_REASON_LENGTH)
  @Matches(MULTI_LINE_TEXT, { message: 'reason must be visible text' })
  reason: string;
}
