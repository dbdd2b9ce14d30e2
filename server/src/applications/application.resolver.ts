import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { loadConfig } from '../config';
import { Program } from '../programs/program.entity';
import { ApplicationSettingsInput, ApplyToProgramInput, DeclineApplicationInput } from './application.inputs';
import { ApplicationFormResult, ApplyToProgramResult, DecideApplicationResult } from './application.types';
import {
  applicationForm,
  applyToProgram,
  approvePartnerApplication,
  declinePartnerApplication,
  updateApplicationSettings,
} from './application.service';
import { UUIDScalar } from '../common/scalars';

const config = loadConfig();

/** Partner applications: the public page (/join/<slug>) and the merchant's review. */
@Resolver()
export class ApplicationResolver {
  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => Program, { description: 'Opens or closes the public application page, sets its address, intro and questions' })
  updateApplicationSettings(
    @Arg('input', { description: 'Open or closed, slug, intro and questions' }) input: ApplicationSettingsInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Program> {
    return updateApplicationSettings(ctx, input);
  }

  @Query(() => ApplicationFormResult, { description: 'The public application form at /join/<slug>; anyone may ask' })
  programApplicationForm(
    @Arg('slug', { description: "The page's slug (/join/<slug>)" }) slug: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof ApplicationFormResult> {
    return applicationForm(ctx, slug);
  }

  @Mutation(() => ApplyToProgramResult, {
    description: 'Applies to become a partner (anyone; throttled per address); the same answer whether or not the address is known',
  })
  applyToProgram(
    @Arg('slug', { description: "The application page's slug (/join/<slug>)" }) slug: string,
    @Arg('input', { description: "The applicant's name, email and answers" }) input: ApplyToProgramInput,
    @Ctx() { ctx, clientAddress, loginThrottle }: GraphQLContext,
  ): Promise<typeof ApplyToProgramResult> {
    return applyToProgram(ctx, slug, input, { clientAddress, loginThrottle });
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => DecideApplicationResult, {
    description: 'Approves an application: the partner becomes ACTIVE and is emailed the welcome link',
  })
  approvePartnerApplication(
    @Arg('partnerId', () => UUIDScalar, { description: "The applicant's partner id (status APPLIED)" }) partnerId: string,
    @Ctx() { ctx, clock }: GraphQLContext,
  ) {
    return approvePartnerApplication(ctx, partnerId, { clock, publicUrl: config.publicUrl });
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => DecideApplicationResult, { description: 'Declines an application; the applicant is emailed the reason' })
  declinePartnerApplication(
    @Arg('input', { description: 'The applicant and the reason they are emailed' }) input: DeclineApplicationInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return declinePartnerApplication(ctx, input);
  }
}
