/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n  acceptTeamInvitation(input: $input) {\n    __typename\n    ... on InvitationAccepted {\n      email\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.AcceptTeamInvitationDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}": typeof types.ChangePasswordDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    expiresAt\n    userAgent\n    address\n    current\n  }\n}": typeof types.MySessionsDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    message\n  }\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.ResetPasswordDocument,
    "mutation RevokeMyOtherSessions {\n  revokeMyOtherSessions\n}": typeof types.RevokeMyOtherSessionsDocument,
    "mutation RevokeMySession($id: ID!) {\n  revokeMySession(id: $id)\n}": typeof types.RevokeMySessionDocument,
    "query TeamInvitation($input: InvitationTokenInput!) {\n  teamInvitation(input: $input) {\n    __typename\n    ... on InvitationPreview {\n      programName\n      email\n      role\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.TeamInvitationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  emailVerified\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n    timezone\n    locale\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "mutation ApproveCommissions($selection: CommissionSelection!) {\n  approveCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": typeof types.ApproveCommissionsDocument,
    "mutation CancelCommissions($input: CancelCommissionsInput!) {\n  cancelCommissions(input: $input) {\n    ...CommissionActionFields\n  }\n}": typeof types.CancelCommissionsDocument,
    "fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on HoldingPeriodActiveError {\n        payableAt\n      }\n      ... on InvalidCommissionStateError {\n        currentStatus\n      }\n    }\n  }\n}": typeof types.CommissionActionFieldsFragmentDoc,
    "fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}": typeof types.CommissionFieldsFragmentDoc,
    "query CommissionHistory($filter: CommissionHistoryFilter!, $page: PageInput!) {\n  commissionHistory(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      payment {\n        id\n        createdAt\n        method\n        reference\n        amount\n        voided\n      }\n    }\n  }\n}": typeof types.CommissionHistoryDocument,
    "mutation EmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n  emailCommissionPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}": typeof types.EmailCommissionPartnersDocument,
    "query FilterOptions {\n  products {\n    id\n    sku\n    name\n  }\n  partners(page: {first: 100}) {\n    nodes {\n      id\n      name\n      partnerKey\n    }\n  }\n}": typeof types.FilterOptionsDocument,
    "query PendingCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  pendingCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}": typeof types.PendingCommissionsDocument,
    "mutation ReinstateCommissions($selection: CommissionSelection!) {\n  reinstateCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": typeof types.ReinstateCommissionsDocument,
    "query CustomerDetail($id: ID!, $page: PageInput!) {\n  customer(id: $id) {\n    id\n    externalId\n    name\n    email\n    createdAt\n    firstReferrer {\n      id\n      name\n      partnerKey\n    }\n    firstReferredAt\n    lastReferrer {\n      id\n      name\n      partnerKey\n    }\n    lastReferredAt\n  }\n  sales(filter: {customerId: $id}, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      commissions {\n        ...CommissionFields\n      }\n    }\n  }\n}": typeof types.CustomerDetailDocument,
    "query CustomerList($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      name\n      email\n      createdAt\n      firstReferrer {\n        id\n        name\n        partnerKey\n      }\n      lastReferrer {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}": typeof types.CustomerListDocument,
    "fragment EmailBatchFields on EmailBatchResult {\n  __typename\n  ... on EmailsQueued {\n    batchId\n    queued\n  }\n  ... on InvalidEmailTemplateError {\n    code\n    message\n    problems {\n      field\n      placeholder\n      reason\n    }\n  }\n  ... on ErrorResult {\n    code\n    message\n  }\n}": typeof types.EmailBatchFieldsFragmentDoc,
    "query EmailOutbox($filter: EmailOutboxFilter!, $page: PageInput!) {\n  emailOutbox(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      batchId\n      topic\n      partnerId\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n}": typeof types.EmailOutboxDocument,
    "mutation EmailPartners($input: EmailPartnersInput!) {\n  emailPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}": typeof types.EmailPartnersDocument,
    "query EmailPlaceholders($topic: EmailTopic!) {\n  emailPlaceholders(topic: $topic) {\n    name\n    description\n  }\n}": typeof types.EmailPlaceholdersDocument,
    "mutation ResendEmail($id: ID!) {\n  resendEmail(id: $id) {\n    __typename\n    ... on EmailMessage {\n      id\n      status\n      attempts\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.ResendEmailDocument,
    "query MerchantOverview($input: OverviewInput!) {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 1}) {\n    totalCount\n  }\n  commissions(page: {first: 1}) {\n    totalCount\n  }\n  payments(filter: {voided: false}, page: {first: 1}) {\n    totalCount\n  }\n  programOverview(input: $input) {\n    from\n    to\n    bucket\n    balances {\n      status\n      count\n      total\n    }\n    amountsDue {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}": typeof types.MerchantOverviewDocument,
    "fragment OverviewSeriesFields on OverviewSeries {\n  currency\n  points {\n    start\n    earned\n    earnedCount\n    clawbacks\n    clawbackCount\n    payouts\n    payoutCount\n  }\n}": typeof types.OverviewSeriesFieldsFragmentDoc,
    "mutation ChangeMyPayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n  changeMyPayoutDetails(input: $input) {\n    __typename\n    ... on PayoutDetailsChanged {\n      changed\n      partner {\n        id\n        paypalEmail\n        payoutDetailsChangedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}": typeof types.ChangeMyPayoutDetailsDocument,
    "query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.MyCommissionsDocument,
    "query MyMessages($page: PageInput!) {\n  myMessages(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      subject\n      body\n      status\n      createdAt\n      sentAt\n      topic\n    }\n  }\n}": typeof types.MyMessagesDocument,
    "query MyOverview($input: OverviewInput!) {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myOverview(input: $input) {\n    from\n    to\n    bucket\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}": typeof types.MyOverviewDocument,
    "query MyPayments($page: PageInput!) {\n  myPayments(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      amount\n      commissionCount\n      createdAt\n      method\n      reference\n      note\n      voided\n      voidedAt\n    }\n  }\n}": typeof types.MyPaymentsDocument,
    "query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}": typeof types.MyProfileDocument,
    "mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}": typeof types.CreateManualRewardDocument,
    "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    id\n    name\n    email\n    partnerKey\n    paypalEmail\n    status\n  }\n}": typeof types.CreatePartnerDocument,
    "query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}": typeof types.CustomersDocument,
    "mutation EndPartnerSessions($partnerId: ID!) {\n  endPartnerSessions(partnerId: $partnerId)\n}": typeof types.EndPartnerSessionsDocument,
    "query PartnerDetail($id: ID!, $page: PageInput!) {\n  partner(id: $id) {\n    id\n    name\n    email\n    partnerKey\n    status\n    paypalEmail\n    createdAt\n    payThresholdOverrides\n    stats {\n      ...PartnerStatsFields\n    }\n    commissions(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommissionFields\n      }\n    }\n  }\n}": typeof types.PartnerDetailDocument,
    "fragment PartnerStatsFields on PartnerStats {\n  salesCount\n  salesTotals\n  refundedTotals\n  balances {\n    status\n    count\n    total\n  }\n}": typeof types.PartnerStatsFieldsFragmentDoc,
    "query Partners($filter: PartnerFilter!, $page: PageInput!) {\n  partners(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        salesCount\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n}": typeof types.PartnersDocument,
    "query Rewards($filter: CommissionFilter!, $page: PageInput!) {\n  rewards(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      customerId\n    }\n  }\n}": typeof types.RewardsDocument,
    "mutation UpdatePartner($input: UpdatePartnerInput!) {\n  updatePartner(input: $input) {\n    id\n    status\n    payThresholdOverrides\n  }\n}": typeof types.UpdatePartnerDocument,
    "mutation EmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n  emailPendingPaymentPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}": typeof types.EmailPendingPaymentPartnersDocument,
    "mutation PayPartners($input: PayPartnersInput!) {\n  payPartners(input: $input) {\n    __typename\n    ... on PayPartnersPayload {\n      replayed\n      paidCount\n      paidNowCount\n      paidEarlierCount\n      failedCount\n      paidTotals\n      paidNowTotals\n      paidEarlierTotals\n      items {\n        partnerId\n        currency\n        decidedBy\n        result {\n          __typename\n          ... on PaymentRecorded {\n            payment {\n              id\n              amount\n              method\n            }\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n          ... on NotEligibleError {\n            balance\n            threshold\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.PayPartnersDocument,
    "fragment PaymentFields on Payment {\n  id\n  amount\n  commissionCount\n  createdAt\n  createdBy\n  method\n  reference\n  note\n  voided\n  voidedAt\n  voidedBy\n  voidReason\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n}": typeof types.PaymentFieldsFragmentDoc,
    "query Payments($filter: PaymentFilter!, $page: PageInput!) {\n  payments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...PaymentFields\n    }\n  }\n}": typeof types.PaymentsDocument,
    "query PaypalPayoutPlan($input: PaypalPayoutInput!) {\n  paypalPayoutPlan(input: $input) {\n    excludedCount\n    files {\n      name\n      currency\n      part\n      parts\n      rows\n      total\n    }\n    excluded {\n      partnerId\n      partnerName\n      balance\n      reason\n    }\n  }\n}": typeof types.PaypalPayoutPlanDocument,
    "query PendingPayments($filter: PendingPaymentFilterInput!, $page: PageInput!) {\n  pendingPayments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totals {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    nodes {\n      partnerId\n      currency\n      balance\n      threshold\n      eligible\n      commissionCount\n      paypalEmail\n      partner {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}": typeof types.PendingPaymentsDocument,
    "query RecentPayoutDetailChanges {\n  recentPayoutDetailChanges {\n    id\n    name\n    paypalEmail\n    payoutDetailsChangedAt\n    payoutDetailsChangedBy\n  }\n}": typeof types.RecentPayoutDetailChangesDocument,
    "mutation VoidPayment($id: ID!, $reason: String!) {\n  voidPayment(id: $id, reason: $reason) {\n    __typename\n    ... on Payment {\n      id\n      voided\n      voidedAt\n      voidReason\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.VoidPaymentDocument,
    "mutation RecordManualSale($input: ManualSaleInput!) {\n  recordManualSale(input: $input) {\n    __typename\n    ... on SaleRecorded {\n      created\n      sale {\n        id\n        externalId\n      }\n      commissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.RecordManualSaleDocument,
    "mutation RefundSale($input: RefundSaleInput!) {\n  refundSale(input: $input) {\n    __typename\n    ... on RefundRecorded {\n      created\n      refund {\n        id\n        amount\n        externalId\n      }\n      adjustedCommissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n      clawbacks {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.RefundSaleDocument,
    "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    externalId\n    amount\n    refunded\n    occurredAt\n    manual\n    product {\n      id\n      sku\n      name\n    }\n    customer {\n      id\n      externalId\n      name\n      email\n    }\n    refunds {\n      id\n      externalId\n      amount\n      createdAt\n    }\n    commissions {\n      ...CommissionFields\n      clawbackOfId\n    }\n  }\n}": typeof types.SaleDetailDocument,
    "query Sales($filter: SaleFilter!, $page: PageInput!) {\n  sales(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      customer {\n        id\n        externalId\n        name\n      }\n      commissions {\n        id\n        kind\n        status\n        amount\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.SalesDocument,
    "query ApiKeys {\n  apiKeys {\n    id\n    name\n    scope\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n}": typeof types.ApiKeysDocument,
    "query AuditLog($filter: AuditFilterInput!, $page: PageInput!) {\n  auditLog(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      action\n      entityType\n      entityId\n      actorKind\n      actorLabel\n      changes\n      createdAt\n    }\n  }\n}": typeof types.AuditLogDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    apiKey {\n      id\n      name\n      scope\n      keyPrefix\n    }\n  }\n}": typeof types.CreateApiKeyDocument,
    "mutation CreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    ...ProductFields\n  }\n}": typeof types.CreateProductDocument,
    "fragment ProductFields on Product {\n  id\n  sku\n  name\n  commissionable\n  attribution\n  createdAt\n  rule {\n    type\n    rateBps\n    flatAmount\n  }\n}": typeof types.ProductFieldsFragmentDoc,
    "query Products {\n  program {\n    id\n    currency\n    defaultAttribution\n  }\n  products {\n    ...ProductFields\n  }\n}": typeof types.ProductsDocument,
    "query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}": typeof types.ProgramSettingsDocument,
    "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": typeof types.RevokeApiKeyDocument,
    "mutation UpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    ...ProductFields\n  }\n}": typeof types.UpdateProductDocument,
    "mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}": typeof types.UpdateProgramSettingsDocument,
    "mutation ResendEmailVerification {\n  resendEmailVerification\n}": typeof types.ResendEmailVerificationDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    __typename\n    ... on SignedUp {\n      verificationSentTo\n      session {\n        token\n        expiresAt\n        endsAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n  }\n}": typeof types.SignUpDocument,
    "query SignupOptions {\n  signupOptions {\n    offered\n    needsLink\n  }\n}": typeof types.SignupOptionsDocument,
    "mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    __typename\n    ... on EmailVerified {\n      email\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.VerifyEmailDocument,
    "mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {\n  changeTeamMemberRole(input: $input) {\n    __typename\n    ... on TeamMember {\n      ...TeamMemberFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.ChangeTeamMemberRoleDocument,
    "mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n  inviteTeamMember(input: $input) {\n    __typename\n    ... on TeamInvitation {\n      ...TeamInvitationFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.InviteTeamMemberDocument,
    "mutation RemoveTeamMember($accountId: ID!) {\n  removeTeamMember(accountId: $accountId) {\n    __typename\n    ... on TeamMemberRemoved {\n      id\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.RemoveTeamMemberDocument,
    "mutation RevokeTeamInvitation($id: ID!) {\n  revokeTeamInvitation(id: $id) {\n    ...TeamInvitationFields\n  }\n}": typeof types.RevokeTeamInvitationDocument,
    "query Team {\n  teamMembers {\n    ...TeamMemberFields\n  }\n  teamInvitations {\n    ...TeamInvitationFields\n  }\n}": typeof types.TeamDocument,
    "fragment TeamInvitationFields on TeamInvitation {\n  id\n  email\n  role\n  status\n  invitedBy\n  createdAt\n  expiresAt\n}": typeof types.TeamInvitationFieldsFragmentDoc,
    "fragment TeamMemberFields on TeamMember {\n  id\n  displayName\n  email\n  role\n  createdAt\n  you\n}": typeof types.TeamMemberFieldsFragmentDoc,
};
const documents: Documents = {
    "mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n  acceptTeamInvitation(input: $input) {\n    __typename\n    ... on InvitationAccepted {\n      email\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.AcceptTeamInvitationDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}": types.ChangePasswordDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    expiresAt\n    userAgent\n    address\n    current\n  }\n}": types.MySessionsDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    message\n  }\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.ResetPasswordDocument,
    "mutation RevokeMyOtherSessions {\n  revokeMyOtherSessions\n}": types.RevokeMyOtherSessionsDocument,
    "mutation RevokeMySession($id: ID!) {\n  revokeMySession(id: $id)\n}": types.RevokeMySessionDocument,
    "query TeamInvitation($input: InvitationTokenInput!) {\n  teamInvitation(input: $input) {\n    __typename\n    ... on InvitationPreview {\n      programName\n      email\n      role\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.TeamInvitationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  emailVerified\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n    timezone\n    locale\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}": types.ViewerFieldsFragmentDoc,
    "mutation ApproveCommissions($selection: CommissionSelection!) {\n  approveCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": types.ApproveCommissionsDocument,
    "mutation CancelCommissions($input: CancelCommissionsInput!) {\n  cancelCommissions(input: $input) {\n    ...CommissionActionFields\n  }\n}": types.CancelCommissionsDocument,
    "fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on HoldingPeriodActiveError {\n        payableAt\n      }\n      ... on InvalidCommissionStateError {\n        currentStatus\n      }\n    }\n  }\n}": types.CommissionActionFieldsFragmentDoc,
    "fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}": types.CommissionFieldsFragmentDoc,
    "query CommissionHistory($filter: CommissionHistoryFilter!, $page: PageInput!) {\n  commissionHistory(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      payment {\n        id\n        createdAt\n        method\n        reference\n        amount\n        voided\n      }\n    }\n  }\n}": types.CommissionHistoryDocument,
    "mutation EmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n  emailCommissionPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}": types.EmailCommissionPartnersDocument,
    "query FilterOptions {\n  products {\n    id\n    sku\n    name\n  }\n  partners(page: {first: 100}) {\n    nodes {\n      id\n      name\n      partnerKey\n    }\n  }\n}": types.FilterOptionsDocument,
    "query PendingCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  pendingCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}": types.PendingCommissionsDocument,
    "mutation ReinstateCommissions($selection: CommissionSelection!) {\n  reinstateCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": types.ReinstateCommissionsDocument,
    "query CustomerDetail($id: ID!, $page: PageInput!) {\n  customer(id: $id) {\n    id\n    externalId\n    name\n    email\n    createdAt\n    firstReferrer {\n      id\n      name\n      partnerKey\n    }\n    firstReferredAt\n    lastReferrer {\n      id\n      name\n      partnerKey\n    }\n    lastReferredAt\n  }\n  sales(filter: {customerId: $id}, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      commissions {\n        ...CommissionFields\n      }\n    }\n  }\n}": types.CustomerDetailDocument,
    "query CustomerList($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      name\n      email\n      createdAt\n      firstReferrer {\n        id\n        name\n        partnerKey\n      }\n      lastReferrer {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}": types.CustomerListDocument,
    "fragment EmailBatchFields on EmailBatchResult {\n  __typename\n  ... on EmailsQueued {\n    batchId\n    queued\n  }\n  ... on InvalidEmailTemplateError {\n    code\n    message\n    problems {\n      field\n      placeholder\n      reason\n    }\n  }\n  ... on ErrorResult {\n    code\n    message\n  }\n}": types.EmailBatchFieldsFragmentDoc,
    "query EmailOutbox($filter: EmailOutboxFilter!, $page: PageInput!) {\n  emailOutbox(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      batchId\n      topic\n      partnerId\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n}": types.EmailOutboxDocument,
    "mutation EmailPartners($input: EmailPartnersInput!) {\n  emailPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}": types.EmailPartnersDocument,
    "query EmailPlaceholders($topic: EmailTopic!) {\n  emailPlaceholders(topic: $topic) {\n    name\n    description\n  }\n}": types.EmailPlaceholdersDocument,
    "mutation ResendEmail($id: ID!) {\n  resendEmail(id: $id) {\n    __typename\n    ... on EmailMessage {\n      id\n      status\n      attempts\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.ResendEmailDocument,
    "query MerchantOverview($input: OverviewInput!) {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 1}) {\n    totalCount\n  }\n  commissions(page: {first: 1}) {\n    totalCount\n  }\n  payments(filter: {voided: false}, page: {first: 1}) {\n    totalCount\n  }\n  programOverview(input: $input) {\n    from\n    to\n    bucket\n    balances {\n      status\n      count\n      total\n    }\n    amountsDue {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}": types.MerchantOverviewDocument,
    "fragment OverviewSeriesFields on OverviewSeries {\n  currency\n  points {\n    start\n    earned\n    earnedCount\n    clawbacks\n    clawbackCount\n    payouts\n    payoutCount\n  }\n}": types.OverviewSeriesFieldsFragmentDoc,
    "mutation ChangeMyPayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n  changeMyPayoutDetails(input: $input) {\n    __typename\n    ... on PayoutDetailsChanged {\n      changed\n      partner {\n        id\n        paypalEmail\n        payoutDetailsChangedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}": types.ChangeMyPayoutDetailsDocument,
    "query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}": types.MyCommissionsDocument,
    "query MyMessages($page: PageInput!) {\n  myMessages(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      subject\n      body\n      status\n      createdAt\n      sentAt\n      topic\n    }\n  }\n}": types.MyMessagesDocument,
    "query MyOverview($input: OverviewInput!) {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myOverview(input: $input) {\n    from\n    to\n    bucket\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}": types.MyOverviewDocument,
    "query MyPayments($page: PageInput!) {\n  myPayments(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      amount\n      commissionCount\n      createdAt\n      method\n      reference\n      note\n      voided\n      voidedAt\n    }\n  }\n}": types.MyPaymentsDocument,
    "query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}": types.MyProfileDocument,
    "mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}": types.CreateManualRewardDocument,
    "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    id\n    name\n    email\n    partnerKey\n    paypalEmail\n    status\n  }\n}": types.CreatePartnerDocument,
    "query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}": types.CustomersDocument,
    "mutation EndPartnerSessions($partnerId: ID!) {\n  endPartnerSessions(partnerId: $partnerId)\n}": types.EndPartnerSessionsDocument,
    "query PartnerDetail($id: ID!, $page: PageInput!) {\n  partner(id: $id) {\n    id\n    name\n    email\n    partnerKey\n    status\n    paypalEmail\n    createdAt\n    payThresholdOverrides\n    stats {\n      ...PartnerStatsFields\n    }\n    commissions(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommissionFields\n      }\n    }\n  }\n}": types.PartnerDetailDocument,
    "fragment PartnerStatsFields on PartnerStats {\n  salesCount\n  salesTotals\n  refundedTotals\n  balances {\n    status\n    count\n    total\n  }\n}": types.PartnerStatsFieldsFragmentDoc,
    "query Partners($filter: PartnerFilter!, $page: PageInput!) {\n  partners(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        salesCount\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n}": types.PartnersDocument,
    "query Rewards($filter: CommissionFilter!, $page: PageInput!) {\n  rewards(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      customerId\n    }\n  }\n}": types.RewardsDocument,
    "mutation UpdatePartner($input: UpdatePartnerInput!) {\n  updatePartner(input: $input) {\n    id\n    status\n    payThresholdOverrides\n  }\n}": types.UpdatePartnerDocument,
    "mutation EmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n  emailPendingPaymentPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}": types.EmailPendingPaymentPartnersDocument,
    "mutation PayPartners($input: PayPartnersInput!) {\n  payPartners(input: $input) {\n    __typename\n    ... on PayPartnersPayload {\n      replayed\n      paidCount\n      paidNowCount\n      paidEarlierCount\n      failedCount\n      paidTotals\n      paidNowTotals\n      paidEarlierTotals\n      items {\n        partnerId\n        currency\n        decidedBy\n        result {\n          __typename\n          ... on PaymentRecorded {\n            payment {\n              id\n              amount\n              method\n            }\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n          ... on NotEligibleError {\n            balance\n            threshold\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.PayPartnersDocument,
    "fragment PaymentFields on Payment {\n  id\n  amount\n  commissionCount\n  createdAt\n  createdBy\n  method\n  reference\n  note\n  voided\n  voidedAt\n  voidedBy\n  voidReason\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n}": types.PaymentFieldsFragmentDoc,
    "query Payments($filter: PaymentFilter!, $page: PageInput!) {\n  payments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...PaymentFields\n    }\n  }\n}": types.PaymentsDocument,
    "query PaypalPayoutPlan($input: PaypalPayoutInput!) {\n  paypalPayoutPlan(input: $input) {\n    excludedCount\n    files {\n      name\n      currency\n      part\n      parts\n      rows\n      total\n    }\n    excluded {\n      partnerId\n      partnerName\n      balance\n      reason\n    }\n  }\n}": types.PaypalPayoutPlanDocument,
    "query PendingPayments($filter: PendingPaymentFilterInput!, $page: PageInput!) {\n  pendingPayments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totals {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    nodes {\n      partnerId\n      currency\n      balance\n      threshold\n      eligible\n      commissionCount\n      paypalEmail\n      partner {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}": types.PendingPaymentsDocument,
    "query RecentPayoutDetailChanges {\n  recentPayoutDetailChanges {\n    id\n    name\n    paypalEmail\n    payoutDetailsChangedAt\n    payoutDetailsChangedBy\n  }\n}": types.RecentPayoutDetailChangesDocument,
    "mutation VoidPayment($id: ID!, $reason: String!) {\n  voidPayment(id: $id, reason: $reason) {\n    __typename\n    ... on Payment {\n      id\n      voided\n      voidedAt\n      voidReason\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.VoidPaymentDocument,
    "mutation RecordManualSale($input: ManualSaleInput!) {\n  recordManualSale(input: $input) {\n    __typename\n    ... on SaleRecorded {\n      created\n      sale {\n        id\n        externalId\n      }\n      commissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.RecordManualSaleDocument,
    "mutation RefundSale($input: RefundSaleInput!) {\n  refundSale(input: $input) {\n    __typename\n    ... on RefundRecorded {\n      created\n      refund {\n        id\n        amount\n        externalId\n      }\n      adjustedCommissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n      clawbacks {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.RefundSaleDocument,
    "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    externalId\n    amount\n    refunded\n    occurredAt\n    manual\n    product {\n      id\n      sku\n      name\n    }\n    customer {\n      id\n      externalId\n      name\n      email\n    }\n    refunds {\n      id\n      externalId\n      amount\n      createdAt\n    }\n    commissions {\n      ...CommissionFields\n      clawbackOfId\n    }\n  }\n}": types.SaleDetailDocument,
    "query Sales($filter: SaleFilter!, $page: PageInput!) {\n  sales(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      customer {\n        id\n        externalId\n        name\n      }\n      commissions {\n        id\n        kind\n        status\n        amount\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.SalesDocument,
    "query ApiKeys {\n  apiKeys {\n    id\n    name\n    scope\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n}": types.ApiKeysDocument,
    "query AuditLog($filter: AuditFilterInput!, $page: PageInput!) {\n  auditLog(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      action\n      entityType\n      entityId\n      actorKind\n      actorLabel\n      changes\n      createdAt\n    }\n  }\n}": types.AuditLogDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    apiKey {\n      id\n      name\n      scope\n      keyPrefix\n    }\n  }\n}": types.CreateApiKeyDocument,
    "mutation CreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    ...ProductFields\n  }\n}": types.CreateProductDocument,
    "fragment ProductFields on Product {\n  id\n  sku\n  name\n  commissionable\n  attribution\n  createdAt\n  rule {\n    type\n    rateBps\n    flatAmount\n  }\n}": types.ProductFieldsFragmentDoc,
    "query Products {\n  program {\n    id\n    currency\n    defaultAttribution\n  }\n  products {\n    ...ProductFields\n  }\n}": types.ProductsDocument,
    "query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}": types.ProgramSettingsDocument,
    "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": types.RevokeApiKeyDocument,
    "mutation UpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    ...ProductFields\n  }\n}": types.UpdateProductDocument,
    "mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}": types.UpdateProgramSettingsDocument,
    "mutation ResendEmailVerification {\n  resendEmailVerification\n}": types.ResendEmailVerificationDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    __typename\n    ... on SignedUp {\n      verificationSentTo\n      session {\n        token\n        expiresAt\n        endsAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n  }\n}": types.SignUpDocument,
    "query SignupOptions {\n  signupOptions {\n    offered\n    needsLink\n  }\n}": types.SignupOptionsDocument,
    "mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    __typename\n    ... on EmailVerified {\n      email\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.VerifyEmailDocument,
    "mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {\n  changeTeamMemberRole(input: $input) {\n    __typename\n    ... on TeamMember {\n      ...TeamMemberFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.ChangeTeamMemberRoleDocument,
    "mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n  inviteTeamMember(input: $input) {\n    __typename\n    ... on TeamInvitation {\n      ...TeamInvitationFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.InviteTeamMemberDocument,
    "mutation RemoveTeamMember($accountId: ID!) {\n  removeTeamMember(accountId: $accountId) {\n    __typename\n    ... on TeamMemberRemoved {\n      id\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.RemoveTeamMemberDocument,
    "mutation RevokeTeamInvitation($id: ID!) {\n  revokeTeamInvitation(id: $id) {\n    ...TeamInvitationFields\n  }\n}": types.RevokeTeamInvitationDocument,
    "query Team {\n  teamMembers {\n    ...TeamMemberFields\n  }\n  teamInvitations {\n    ...TeamInvitationFields\n  }\n}": types.TeamDocument,
    "fragment TeamInvitationFields on TeamInvitation {\n  id\n  email\n  role\n  status\n  invitedBy\n  createdAt\n  expiresAt\n}": types.TeamInvitationFieldsFragmentDoc,
    "fragment TeamMemberFields on TeamMember {\n  id\n  displayName\n  email\n  role\n  createdAt\n  you\n}": types.TeamMemberFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n  acceptTeamInvitation(input: $input) {\n    __typename\n    ... on InvitationAccepted {\n      email\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n  acceptTeamInvitation(input: $input) {\n    __typename\n    ... on InvitationAccepted {\n      email\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions {\n  mySessions {\n    id\n    createdAt\n    expiresAt\n    userAgent\n    address\n    current\n  }\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    createdAt\n    expiresAt\n    userAgent\n    address\n    current\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    message\n  }\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    message\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      endedSessions\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeMyOtherSessions {\n  revokeMyOtherSessions\n}"): (typeof documents)["mutation RevokeMyOtherSessions {\n  revokeMyOtherSessions\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeMySession($id: ID!) {\n  revokeMySession(id: $id)\n}"): (typeof documents)["mutation RevokeMySession($id: ID!) {\n  revokeMySession(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamInvitation($input: InvitationTokenInput!) {\n  teamInvitation(input: $input) {\n    __typename\n    ... on InvitationPreview {\n      programName\n      email\n      role\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["query TeamInvitation($input: InvitationTokenInput!) {\n  teamInvitation(input: $input) {\n    __typename\n    ... on InvitationPreview {\n      programName\n      email\n      role\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  emailVerified\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n    timezone\n    locale\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  emailVerified\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n    timezone\n    locale\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveCommissions($selection: CommissionSelection!) {\n  approveCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}"): (typeof documents)["mutation ApproveCommissions($selection: CommissionSelection!) {\n  approveCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelCommissions($input: CancelCommissionsInput!) {\n  cancelCommissions(input: $input) {\n    ...CommissionActionFields\n  }\n}"): (typeof documents)["mutation CancelCommissions($input: CancelCommissionsInput!) {\n  cancelCommissions(input: $input) {\n    ...CommissionActionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on HoldingPeriodActiveError {\n        payableAt\n      }\n      ... on InvalidCommissionStateError {\n        currentStatus\n      }\n    }\n  }\n}"): (typeof documents)["fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on HoldingPeriodActiveError {\n        payableAt\n      }\n      ... on InvalidCommissionStateError {\n        currentStatus\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}"): (typeof documents)["fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommissionHistory($filter: CommissionHistoryFilter!, $page: PageInput!) {\n  commissionHistory(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      payment {\n        id\n        createdAt\n        method\n        reference\n        amount\n        voided\n      }\n    }\n  }\n}"): (typeof documents)["query CommissionHistory($filter: CommissionHistoryFilter!, $page: PageInput!) {\n  commissionHistory(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      payment {\n        id\n        createdAt\n        method\n        reference\n        amount\n        voided\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n  emailCommissionPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}"): (typeof documents)["mutation EmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n  emailCommissionPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilterOptions {\n  products {\n    id\n    sku\n    name\n  }\n  partners(page: {first: 100}) {\n    nodes {\n      id\n      name\n      partnerKey\n    }\n  }\n}"): (typeof documents)["query FilterOptions {\n  products {\n    id\n    sku\n    name\n  }\n  partners(page: {first: 100}) {\n    nodes {\n      id\n      name\n      partnerKey\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  pendingCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}"): (typeof documents)["query PendingCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  pendingCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReinstateCommissions($selection: CommissionSelection!) {\n  reinstateCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}"): (typeof documents)["mutation ReinstateCommissions($selection: CommissionSelection!) {\n  reinstateCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerDetail($id: ID!, $page: PageInput!) {\n  customer(id: $id) {\n    id\n    externalId\n    name\n    email\n    createdAt\n    firstReferrer {\n      id\n      name\n      partnerKey\n    }\n    firstReferredAt\n    lastReferrer {\n      id\n      name\n      partnerKey\n    }\n    lastReferredAt\n  }\n  sales(filter: {customerId: $id}, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      commissions {\n        ...CommissionFields\n      }\n    }\n  }\n}"): (typeof documents)["query CustomerDetail($id: ID!, $page: PageInput!) {\n  customer(id: $id) {\n    id\n    externalId\n    name\n    email\n    createdAt\n    firstReferrer {\n      id\n      name\n      partnerKey\n    }\n    firstReferredAt\n    lastReferrer {\n      id\n      name\n      partnerKey\n    }\n    lastReferredAt\n  }\n  sales(filter: {customerId: $id}, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      commissions {\n        ...CommissionFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerList($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      name\n      email\n      createdAt\n      firstReferrer {\n        id\n        name\n        partnerKey\n      }\n      lastReferrer {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}"): (typeof documents)["query CustomerList($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      name\n      email\n      createdAt\n      firstReferrer {\n        id\n        name\n        partnerKey\n      }\n      lastReferrer {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EmailBatchFields on EmailBatchResult {\n  __typename\n  ... on EmailsQueued {\n    batchId\n    queued\n  }\n  ... on InvalidEmailTemplateError {\n    code\n    message\n    problems {\n      field\n      placeholder\n      reason\n    }\n  }\n  ... on ErrorResult {\n    code\n    message\n  }\n}"): (typeof documents)["fragment EmailBatchFields on EmailBatchResult {\n  __typename\n  ... on EmailsQueued {\n    batchId\n    queued\n  }\n  ... on InvalidEmailTemplateError {\n    code\n    message\n    problems {\n      field\n      placeholder\n      reason\n    }\n  }\n  ... on ErrorResult {\n    code\n    message\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmailOutbox($filter: EmailOutboxFilter!, $page: PageInput!) {\n  emailOutbox(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      batchId\n      topic\n      partnerId\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n}"): (typeof documents)["query EmailOutbox($filter: EmailOutboxFilter!, $page: PageInput!) {\n  emailOutbox(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      batchId\n      topic\n      partnerId\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmailPartners($input: EmailPartnersInput!) {\n  emailPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}"): (typeof documents)["mutation EmailPartners($input: EmailPartnersInput!) {\n  emailPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmailPlaceholders($topic: EmailTopic!) {\n  emailPlaceholders(topic: $topic) {\n    name\n    description\n  }\n}"): (typeof documents)["query EmailPlaceholders($topic: EmailTopic!) {\n  emailPlaceholders(topic: $topic) {\n    name\n    description\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendEmail($id: ID!) {\n  resendEmail(id: $id) {\n    __typename\n    ... on EmailMessage {\n      id\n      status\n      attempts\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation ResendEmail($id: ID!) {\n  resendEmail(id: $id) {\n    __typename\n    ... on EmailMessage {\n      id\n      status\n      attempts\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MerchantOverview($input: OverviewInput!) {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 1}) {\n    totalCount\n  }\n  commissions(page: {first: 1}) {\n    totalCount\n  }\n  payments(filter: {voided: false}, page: {first: 1}) {\n    totalCount\n  }\n  programOverview(input: $input) {\n    from\n    to\n    bucket\n    balances {\n      status\n      count\n      total\n    }\n    amountsDue {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}"): (typeof documents)["query MerchantOverview($input: OverviewInput!) {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 1}) {\n    totalCount\n  }\n  commissions(page: {first: 1}) {\n    totalCount\n  }\n  payments(filter: {voided: false}, page: {first: 1}) {\n    totalCount\n  }\n  programOverview(input: $input) {\n    from\n    to\n    bucket\n    balances {\n      status\n      count\n      total\n    }\n    amountsDue {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OverviewSeriesFields on OverviewSeries {\n  currency\n  points {\n    start\n    earned\n    earnedCount\n    clawbacks\n    clawbackCount\n    payouts\n    payoutCount\n  }\n}"): (typeof documents)["fragment OverviewSeriesFields on OverviewSeries {\n  currency\n  points {\n    start\n    earned\n    earnedCount\n    clawbacks\n    clawbackCount\n    payouts\n    payoutCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMyPayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n  changeMyPayoutDetails(input: $input) {\n    __typename\n    ... on PayoutDetailsChanged {\n      changed\n      partner {\n        id\n        paypalEmail\n        payoutDetailsChangedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}"): (typeof documents)["mutation ChangeMyPayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n  changeMyPayoutDetails(input: $input) {\n    __typename\n    ... on PayoutDetailsChanged {\n      changed\n      partner {\n        id\n        paypalEmail\n        payoutDetailsChangedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on TooManyAttemptsError {\n      retryAfterSeconds\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMessages($page: PageInput!) {\n  myMessages(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      subject\n      body\n      status\n      createdAt\n      sentAt\n      topic\n    }\n  }\n}"): (typeof documents)["query MyMessages($page: PageInput!) {\n  myMessages(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      subject\n      body\n      status\n      createdAt\n      sentAt\n      topic\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOverview($input: OverviewInput!) {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myOverview(input: $input) {\n    from\n    to\n    bucket\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}"): (typeof documents)["query MyOverview($input: OverviewInput!) {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myOverview(input: $input) {\n    from\n    to\n    bucket\n    series {\n      ...OverviewSeriesFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPayments($page: PageInput!) {\n  myPayments(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      amount\n      commissionCount\n      createdAt\n      method\n      reference\n      note\n      voided\n      voidedAt\n    }\n  }\n}"): (typeof documents)["query MyPayments($page: PageInput!) {\n  myPayments(page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      amount\n      commissionCount\n      createdAt\n      method\n      reference\n      note\n      voided\n      voidedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}"): (typeof documents)["query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}"): (typeof documents)["mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    id\n    name\n    email\n    partnerKey\n    paypalEmail\n    status\n  }\n}"): (typeof documents)["mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    id\n    name\n    email\n    partnerKey\n    paypalEmail\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}"): (typeof documents)["query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndPartnerSessions($partnerId: ID!) {\n  endPartnerSessions(partnerId: $partnerId)\n}"): (typeof documents)["mutation EndPartnerSessions($partnerId: ID!) {\n  endPartnerSessions(partnerId: $partnerId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerDetail($id: ID!, $page: PageInput!) {\n  partner(id: $id) {\n    id\n    name\n    email\n    partnerKey\n    status\n    paypalEmail\n    createdAt\n    payThresholdOverrides\n    stats {\n      ...PartnerStatsFields\n    }\n    commissions(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommissionFields\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerDetail($id: ID!, $page: PageInput!) {\n  partner(id: $id) {\n    id\n    name\n    email\n    partnerKey\n    status\n    paypalEmail\n    createdAt\n    payThresholdOverrides\n    stats {\n      ...PartnerStatsFields\n    }\n    commissions(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommissionFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PartnerStatsFields on PartnerStats {\n  salesCount\n  salesTotals\n  refundedTotals\n  balances {\n    status\n    count\n    total\n  }\n}"): (typeof documents)["fragment PartnerStatsFields on PartnerStats {\n  salesCount\n  salesTotals\n  refundedTotals\n  balances {\n    status\n    count\n    total\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partners($filter: PartnerFilter!, $page: PageInput!) {\n  partners(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        salesCount\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Partners($filter: PartnerFilter!, $page: PageInput!) {\n  partners(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        salesCount\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Rewards($filter: CommissionFilter!, $page: PageInput!) {\n  rewards(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      customerId\n    }\n  }\n}"): (typeof documents)["query Rewards($filter: CommissionFilter!, $page: PageInput!) {\n  rewards(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      customerId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePartner($input: UpdatePartnerInput!) {\n  updatePartner(input: $input) {\n    id\n    status\n    payThresholdOverrides\n  }\n}"): (typeof documents)["mutation UpdatePartner($input: UpdatePartnerInput!) {\n  updatePartner(input: $input) {\n    id\n    status\n    payThresholdOverrides\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n  emailPendingPaymentPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}"): (typeof documents)["mutation EmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n  emailPendingPaymentPartners(input: $input) {\n    ...EmailBatchFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayPartners($input: PayPartnersInput!) {\n  payPartners(input: $input) {\n    __typename\n    ... on PayPartnersPayload {\n      replayed\n      paidCount\n      paidNowCount\n      paidEarlierCount\n      failedCount\n      paidTotals\n      paidNowTotals\n      paidEarlierTotals\n      items {\n        partnerId\n        currency\n        decidedBy\n        result {\n          __typename\n          ... on PaymentRecorded {\n            payment {\n              id\n              amount\n              method\n            }\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n          ... on NotEligibleError {\n            balance\n            threshold\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation PayPartners($input: PayPartnersInput!) {\n  payPartners(input: $input) {\n    __typename\n    ... on PayPartnersPayload {\n      replayed\n      paidCount\n      paidNowCount\n      paidEarlierCount\n      failedCount\n      paidTotals\n      paidNowTotals\n      paidEarlierTotals\n      items {\n        partnerId\n        currency\n        decidedBy\n        result {\n          __typename\n          ... on PaymentRecorded {\n            payment {\n              id\n              amount\n              method\n            }\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n          ... on NotEligibleError {\n            balance\n            threshold\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PaymentFields on Payment {\n  id\n  amount\n  commissionCount\n  createdAt\n  createdBy\n  method\n  reference\n  note\n  voided\n  voidedAt\n  voidedBy\n  voidReason\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n}"): (typeof documents)["fragment PaymentFields on Payment {\n  id\n  amount\n  commissionCount\n  createdAt\n  createdBy\n  method\n  reference\n  note\n  voided\n  voidedAt\n  voidedBy\n  voidReason\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Payments($filter: PaymentFilter!, $page: PageInput!) {\n  payments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...PaymentFields\n    }\n  }\n}"): (typeof documents)["query Payments($filter: PaymentFilter!, $page: PageInput!) {\n  payments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...PaymentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaypalPayoutPlan($input: PaypalPayoutInput!) {\n  paypalPayoutPlan(input: $input) {\n    excludedCount\n    files {\n      name\n      currency\n      part\n      parts\n      rows\n      total\n    }\n    excluded {\n      partnerId\n      partnerName\n      balance\n      reason\n    }\n  }\n}"): (typeof documents)["query PaypalPayoutPlan($input: PaypalPayoutInput!) {\n  paypalPayoutPlan(input: $input) {\n    excludedCount\n    files {\n      name\n      currency\n      part\n      parts\n      rows\n      total\n    }\n    excluded {\n      partnerId\n      partnerName\n      balance\n      reason\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingPayments($filter: PendingPaymentFilterInput!, $page: PageInput!) {\n  pendingPayments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totals {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    nodes {\n      partnerId\n      currency\n      balance\n      threshold\n      eligible\n      commissionCount\n      paypalEmail\n      partner {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}"): (typeof documents)["query PendingPayments($filter: PendingPaymentFilterInput!, $page: PageInput!) {\n  pendingPayments(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totals {\n      currency\n      partnerCount\n      eligibleCount\n      balance\n      eligibleBalance\n    }\n    nodes {\n      partnerId\n      currency\n      balance\n      threshold\n      eligible\n      commissionCount\n      paypalEmail\n      partner {\n        id\n        name\n        partnerKey\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecentPayoutDetailChanges {\n  recentPayoutDetailChanges {\n    id\n    name\n    paypalEmail\n    payoutDetailsChangedAt\n    payoutDetailsChangedBy\n  }\n}"): (typeof documents)["query RecentPayoutDetailChanges {\n  recentPayoutDetailChanges {\n    id\n    name\n    paypalEmail\n    payoutDetailsChangedAt\n    payoutDetailsChangedBy\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VoidPayment($id: ID!, $reason: String!) {\n  voidPayment(id: $id, reason: $reason) {\n    __typename\n    ... on Payment {\n      id\n      voided\n      voidedAt\n      voidReason\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation VoidPayment($id: ID!, $reason: String!) {\n  voidPayment(id: $id, reason: $reason) {\n    __typename\n    ... on Payment {\n      id\n      voided\n      voidedAt\n      voidReason\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordManualSale($input: ManualSaleInput!) {\n  recordManualSale(input: $input) {\n    __typename\n    ... on SaleRecorded {\n      created\n      sale {\n        id\n        externalId\n      }\n      commissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RecordManualSale($input: ManualSaleInput!) {\n  recordManualSale(input: $input) {\n    __typename\n    ... on SaleRecorded {\n      created\n      sale {\n        id\n        externalId\n      }\n      commissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefundSale($input: RefundSaleInput!) {\n  refundSale(input: $input) {\n    __typename\n    ... on RefundRecorded {\n      created\n      refund {\n        id\n        amount\n        externalId\n      }\n      adjustedCommissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n      clawbacks {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RefundSale($input: RefundSaleInput!) {\n  refundSale(input: $input) {\n    __typename\n    ... on RefundRecorded {\n      created\n      refund {\n        id\n        amount\n        externalId\n      }\n      adjustedCommissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n      clawbacks {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    externalId\n    amount\n    refunded\n    occurredAt\n    manual\n    product {\n      id\n      sku\n      name\n    }\n    customer {\n      id\n      externalId\n      name\n      email\n    }\n    refunds {\n      id\n      externalId\n      amount\n      createdAt\n    }\n    commissions {\n      ...CommissionFields\n      clawbackOfId\n    }\n  }\n}"): (typeof documents)["query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    externalId\n    amount\n    refunded\n    occurredAt\n    manual\n    product {\n      id\n      sku\n      name\n    }\n    customer {\n      id\n      externalId\n      name\n      email\n    }\n    refunds {\n      id\n      externalId\n      amount\n      createdAt\n    }\n    commissions {\n      ...CommissionFields\n      clawbackOfId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sales($filter: SaleFilter!, $page: PageInput!) {\n  sales(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      customer {\n        id\n        externalId\n        name\n      }\n      commissions {\n        id\n        kind\n        status\n        amount\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Sales($filter: SaleFilter!, $page: PageInput!) {\n  sales(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      customer {\n        id\n        externalId\n        name\n      }\n      commissions {\n        id\n        kind\n        status\n        amount\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeys {\n  apiKeys {\n    id\n    name\n    scope\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n}"): (typeof documents)["query ApiKeys {\n  apiKeys {\n    id\n    name\n    scope\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($filter: AuditFilterInput!, $page: PageInput!) {\n  auditLog(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      action\n      entityType\n      entityId\n      actorKind\n      actorLabel\n      changes\n      createdAt\n    }\n  }\n}"): (typeof documents)["query AuditLog($filter: AuditFilterInput!, $page: PageInput!) {\n  auditLog(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      action\n      entityType\n      entityId\n      actorKind\n      actorLabel\n      changes\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    apiKey {\n      id\n      name\n      scope\n      keyPrefix\n    }\n  }\n}"): (typeof documents)["mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    apiKey {\n      id\n      name\n      scope\n      keyPrefix\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    ...ProductFields\n  }\n}"): (typeof documents)["mutation CreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    ...ProductFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductFields on Product {\n  id\n  sku\n  name\n  commissionable\n  attribution\n  createdAt\n  rule {\n    type\n    rateBps\n    flatAmount\n  }\n}"): (typeof documents)["fragment ProductFields on Product {\n  id\n  sku\n  name\n  commissionable\n  attribution\n  createdAt\n  rule {\n    type\n    rateBps\n    flatAmount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Products {\n  program {\n    id\n    currency\n    defaultAttribution\n  }\n  products {\n    ...ProductFields\n  }\n}"): (typeof documents)["query Products {\n  program {\n    id\n    currency\n    defaultAttribution\n  }\n  products {\n    ...ProductFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}"): (typeof documents)["query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}"): (typeof documents)["mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    ...ProductFields\n  }\n}"): (typeof documents)["mutation UpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    ...ProductFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}"): (typeof documents)["mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n    timezone\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendEmailVerification {\n  resendEmailVerification\n}"): (typeof documents)["mutation ResendEmailVerification {\n  resendEmailVerification\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    __typename\n    ... on SignedUp {\n      verificationSentTo\n      session {\n        token\n        expiresAt\n        endsAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n  }\n}"): (typeof documents)["mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    __typename\n    ... on SignedUp {\n      verificationSentTo\n      session {\n        token\n        expiresAt\n        endsAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on WeakPasswordError {\n      suggestions\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignupOptions {\n  signupOptions {\n    offered\n    needsLink\n  }\n}"): (typeof documents)["query SignupOptions {\n  signupOptions {\n    offered\n    needsLink\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    __typename\n    ... on EmailVerified {\n      email\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    __typename\n    ... on EmailVerified {\n      email\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {\n  changeTeamMemberRole(input: $input) {\n    __typename\n    ... on TeamMember {\n      ...TeamMemberFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {\n  changeTeamMemberRole(input: $input) {\n    __typename\n    ... on TeamMember {\n      ...TeamMemberFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n  inviteTeamMember(input: $input) {\n    __typename\n    ... on TeamInvitation {\n      ...TeamInvitationFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n  inviteTeamMember(input: $input) {\n    __typename\n    ... on TeamInvitation {\n      ...TeamInvitationFields\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveTeamMember($accountId: ID!) {\n  removeTeamMember(accountId: $accountId) {\n    __typename\n    ... on TeamMemberRemoved {\n      id\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RemoveTeamMember($accountId: ID!) {\n  removeTeamMember(accountId: $accountId) {\n    __typename\n    ... on TeamMemberRemoved {\n      id\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeTeamInvitation($id: ID!) {\n  revokeTeamInvitation(id: $id) {\n    ...TeamInvitationFields\n  }\n}"): (typeof documents)["mutation RevokeTeamInvitation($id: ID!) {\n  revokeTeamInvitation(id: $id) {\n    ...TeamInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Team {\n  teamMembers {\n    ...TeamMemberFields\n  }\n  teamInvitations {\n    ...TeamInvitationFields\n  }\n}"): (typeof documents)["query Team {\n  teamMembers {\n    ...TeamMemberFields\n  }\n  teamInvitations {\n    ...TeamInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TeamInvitationFields on TeamInvitation {\n  id\n  email\n  role\n  status\n  invitedBy\n  createdAt\n  expiresAt\n}"): (typeof documents)["fragment TeamInvitationFields on TeamInvitation {\n  id\n  email\n  role\n  status\n  invitedBy\n  createdAt\n  expiresAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TeamMemberFields on TeamMember {\n  id\n  displayName\n  email\n  role\n  createdAt\n  you\n}"): (typeof documents)["fragment TeamMemberFields on TeamMember {\n  id\n  displayName\n  email\n  role\n  createdAt\n  you\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;