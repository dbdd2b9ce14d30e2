import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { Attribution, Money } from '@partnerbook/shared';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { MoneyInput } from '../common/money.types';
import { Program } from './program.entity';
import { getProgram, updateProgramSettings } from './program.service';

@InputType({ description: 'Program settings to change: absent or null fields stay as they are' })
export class ProgramSettingsInput {
  @Field({ description: "The program's name", nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => Attribution, { description: 'Which referrer a sale pays when its product does not say', nullable: true })
  defaultAttribution?: Attribution;

  @Field(() => [MoneyInput], { nullable: true, description: 'Replaces all thresholds; one per currency' })
  payThresholds?: Money[];

  @Field(() => Int, { description: 'Days after a sale before its commission can be approved (0 or more)', nullable: true })
  @IsOptional()
  @Min(0)
  @Max(365)
  holdingPeriodDays?: number;

  @Field({ description: 'Approve sale commissions automatically once their holding period has passed', nullable: true })
  autoApprove?: boolean;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Europe/Berlin"' })
  @IsOptional()
  @Length(1, 64)
  timezone?: string;

  @Field(() => String, { nullable: true, description: 'BCP 47 locale, e.g. "de-DE"' })
  @IsOptional()
  @Length(2, 35)
  locale?: string;
}

@Resolver()
export class ProgramResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => Program, { description: 'The program the caller acts for' })
  program(@Ctx() { ctx }: GraphQLContext): Promise<Program> {
    return getProgram(ctx);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Program, {
    description: "Changes the program's settings. Admins and WRITE keys; BAD_USER_INPUT for an invalid time zone, locale or threshold",
  })
  updateProgramSettings(
    @Arg('input', { description: 'The settings to change' }) input: ProgramSettingsInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Program> {
    return updateProgramSettings(ctx, input);
  }
}
