import { Field, ID, ObjectType } from 'type-graphql';

/** One question of a program's application form; answers are plain text. */
@ObjectType({ description: "A question of the program's application form (plain-text answer)" })
export class ApplicationQuestion {
  @Field(() => ID, { description: 'Stable while the question exists; answers name it' })
  id: string;

  @Field({ description: 'The question as shown to applicants' })
  label: string;

  @Field({ description: 'Whether an application must answer it' })
  required: boolean;
}

/** One answer as the applicant gave it, with the question's wording at the time. */
@ObjectType({ description: "An applicant's answer, with the question as it was worded when they applied" })
export class ApplicationAnswer {
  @Field({ description: "The question's label when they applied" })
  question: string;

  @Field({ description: "The applicant's answer, plain text" })
  answer: string;
}

/** How questions are stored in program.application_questions. */
export interface StoredQuestion {
  id: string;
  label: string;
  required: boolean;
}

@ObjectType({ description: 'The public application page: whether it is open, its address, intro and questions' })
export class ApplicationSettings {
  @Field({ description: 'Whether the page takes applications' })
  open: boolean;

  @Field(() => String, { nullable: true, description: 'The page is at /join/<slug>; unique across programs' })
  slug: string | null;

  @Field({ description: 'Shown above the form' })
  intro: string;

  @Field(() => [ApplicationQuestion], { description: "The form's questions, in order" })
  questions: ApplicationQuestion[];
}
