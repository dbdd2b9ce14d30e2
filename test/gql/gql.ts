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
    "\n  mutation AccountChangesSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        kind\n      }\n    }\n  }\n": typeof types.AccountChangesSwitchDocument,
    "\n  query AccountChangesMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        id\n      }\n    }\n  }\n": typeof types.AccountChangesMyProgramsDocument,
    "\n  mutation AccountChangesRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        pendingEmail\n      }\n    }\n  }\n": typeof types.AccountChangesRequestDocument,
    "\n  mutation AccountChangesCancelMine {\n    cancelMyEmailChange\n  }\n": typeof types.AccountChangesCancelMineDocument,
    "\n  mutation AccountChangesConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.AccountChangesConfirmDocument,
    "\n  query AccountChangesMyEmail {\n    me {\n      label\n      pendingEmail\n    }\n  }\n": typeof types.AccountChangesMyEmailDocument,
    "\n  mutation AccountChangesUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      email\n      pendingEmail\n    }\n  }\n": typeof types.AccountChangesUpdatePartnerDocument,
    "\n  mutation AccountChangesCancelPartner($id: UUID!) {\n    cancelPartnerEmailChange(id: $id) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": typeof types.AccountChangesCancelPartnerDocument,
    "\n  query AccountChangesMembers {\n    teamMembers {\n      id\n      email\n      pendingEmail\n    }\n  }\n": typeof types.AccountChangesMembersDocument,
    "\n  mutation AccountChangesChangeMemberEmail($input: ChangeTeamMemberEmailInput!) {\n    changeTeamMemberEmail(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": typeof types.AccountChangesChangeMemberEmailDocument,
    "\n  mutation AccountChangesCancelMember($accountId: UUID!) {\n    cancelTeamMemberEmailChange(accountId: $accountId) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": typeof types.AccountChangesCancelMemberDocument,
    "\n  mutation AccountChangesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AccountChangesLoginDocument,
    "\n  mutation AccountsPasswordsChange($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on WeakPasswordError {\n        code\n        message\n        suggestions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccountsPasswordsChangeDocument,
    "\n  mutation AccountsPasswordsRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": typeof types.AccountsPasswordsRequestResetDocument,
    "\n  mutation AccountsPasswordsReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccountsPasswordsResetDocument,
    "\n  query AccountsPasswordsSessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      userAgent\n      address\n      current\n    }\n  }\n": typeof types.AccountsPasswordsSessionsDocument,
    "\n  mutation AccountsPasswordsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.AccountsPasswordsLoginDocument,
    "\n  query AccountsPasswordsMe {\n    me {\n      kind\n    }\n  }\n": typeof types.AccountsPasswordsMeDocument,
    "\n  query AccountsPasswordsOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n        subject\n      }\n    }\n  }\n": typeof types.AccountsPasswordsOutboxDocument,
    "\n  mutation AccountsPasswordsRevoke($id: UUID!) {\n    revokeMySession(id: $id)\n  }\n": typeof types.AccountsPasswordsRevokeDocument,
    "\n  mutation AccountsPasswordsRevokeOthers {\n    revokeMyOtherSessions\n  }\n": typeof types.AccountsPasswordsRevokeOthersDocument,
    "\n  mutation AuditHistoryLocalDaysSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n    }\n  }\n": typeof types.AuditHistoryLocalDaysSettingsDocument,
    "\n  query AuditHistoryLocalDaysAudit($filter: AuditFilterInput!) {\n    auditLog(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditHistoryLocalDaysAuditDocument,
    "\n  query AuditHistoryLocalDaysHistory($filter: CommissionHistoryFilter!) {\n    commissionHistory(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        paidAt\n      }\n    }\n  }\n": typeof types.AuditHistoryLocalDaysHistoryDocument,
    "\n  query AuthorizationMatrixMe {\n    me {\n      kind\n    }\n  }\n": typeof types.AuthorizationMatrixMeDocument,
    "\n  mutation AuthorizationMatrixLogout {\n    logout\n  }\n": typeof types.AuthorizationMatrixLogoutDocument,
    "\n  mutation AuthorizationMatrixCreateKey {\n    createApiKey(input: { name: \"temp\", scope: READ }) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.AuthorizationMatrixCreateKeyDocument,
    "\n  query AuthorizationMatrixProgram {\n    program {\n      id\n    }\n  }\n": typeof types.AuthorizationMatrixProgramDocument,
    "\n  mutation AuthorizationMatrixRevokeKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.AuthorizationMatrixRevokeKeyDocument,
    "\n  mutation BackendTerminatedRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.BackendTerminatedRecordDocument,
    "\n  mutation BackendTerminatedApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.BackendTerminatedApproveDocument,
    "\n  fragment BulkActionsSummary on CommissionActionPayload {\n    succeeded\n    failed\n    unreportedFailures\n    failureCounts {\n      code\n      count\n    }\n  }\n": typeof types.BulkActionsSummaryFragmentDoc,
    "\n  fragment BulkActionsFailures on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  }\n": typeof types.BulkActionsFailuresFragmentDoc,
    "\n  mutation BulkActionsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BulkActionsRecordSalesDocument,
    "\n  mutation BulkActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n": typeof types.BulkActionsApproveDocument,
    "\n  mutation BulkActionsApproveSummary($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n": typeof types.BulkActionsApproveSummaryDocument,
    "\n  mutation BulkActionsApproveLight($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on Commission {\n            id\n            status\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.BulkActionsApproveLightDocument,
    "\n  mutation BulkActionsCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n": typeof types.BulkActionsCancelDocument,
    "\n  mutation BulkActionsReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n": typeof types.BulkActionsReinstateDocument,
    "\n        mutation BulkActionsCreatePartner {\n          createPartner(input: { name: \"Bulk\", email: \"bulk@test.dev\", partnerKey: \"bulk-partner\" }) {\n            id\n            partnerKey\n          }\n        }\n      ": typeof types.BulkActionsCreatePartnerDocument,
    "\n        mutation BulkActionsCreatePartner2 {\n          createPartner(input: { name: \"Bulk 2\", email: \"bulk2@test.dev\", partnerKey: \"bulk-2\" }) {\n            id\n          }\n        }\n      ": typeof types.BulkActionsCreatePartner2Document,
    "\n        mutation BulkActionsCreatePartner3 {\n          createPartner(input: { name: \"Bulk 3\", email: \"bulk3@test.dev\", partnerKey: \"bulk-3\" }) {\n            id\n          }\n        }\n      ": typeof types.BulkActionsCreatePartner3Document,
    "\n  query CommissionListViewList($filter: CommissionFilter, $page: PageInput, $sort: CommissionSort) {\n    commissions(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        partner {\n          name\n        }\n        sale {\n          externalId\n          occurredAt\n        }\n      }\n    }\n  }\n": typeof types.CommissionListViewListDocument,
    "\n  mutation CommissionListViewCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n": typeof types.CommissionListViewCancelDocument,
    "\n  mutation CommissionListViewApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.CommissionListViewApproveDocument,
    "\n    mutation CommissionListViewReinstate($s: CommissionSelection!) {\n      reinstateCommissions(selection: $s) {\n        succeeded\n        failed\n        items {\n          commissionId\n          result {\n            __typename\n            ... on Commission {\n              id\n              status\n              partner {\n                name\n              }\n              sale {\n                externalId\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.CommissionListViewReinstateDocument,
    "\n    query CommissionListViewAudit($filter: AuditFilterInput, $page: PageInput) {\n      auditLog(filter: $filter, page: $page) {\n        totalCount\n        nodes {\n          action\n          actorKind\n          actorName\n          entityType\n          changes\n          subject {\n            name\n            partnerId\n            partnerName\n            saleId\n            orderId\n          }\n        }\n      }\n    }\n  ": typeof types.CommissionListViewAuditDocument,
    "\n    query CommissionListViewActorsAndActions {\n      auditActors {\n        kind\n        id\n        name\n      }\n      auditActions\n    }\n  ": typeof types.CommissionListViewActorsAndActionsDocument,
    "\n    query CommissionListViewActors {\n      auditActors {\n        kind\n        id\n        name\n      }\n    }\n  ": typeof types.CommissionListViewActorsDocument,
    "\n  mutation ConcurrencyApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyApproveDocument,
    "\n  mutation ConcurrencyReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyReinstateDocument,
    "\n  mutation ConcurrencyCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyCancelDocument,
    "\n              mutation ConcurrencyRefund($i: RefundSaleInput!) {\n                refundSale(input: $i) {\n                  __typename\n                }\n              }\n            ": typeof types.ConcurrencyRefundDocument,
    "\n            mutation ConcurrencyApproveRace($s: CommissionSelection!) {\n              approveCommissions(selection: $s) {\n                succeeded\n                failed\n              }\n            }\n          ": typeof types.ConcurrencyApproveRaceDocument,
    "\n            mutation ConcurrencyRecordSales($s: [SaleInput!]!) {\n              recordSales(sales: $s) {\n                results {\n                  result {\n                    __typename\n                  }\n                }\n              }\n            }\n          ": typeof types.ConcurrencyRecordSalesDocument,
    "\n  query DashboardsOverview($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      timezone\n      series {\n        currency\n        points {\n          start\n          day\n          revenue {\n            amount\n            currency\n          }\n          salesCount\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n        }\n      }\n      comparison {\n        currency\n        previousFrom\n        revenue {\n          amount\n          currency\n        }\n        previousRevenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        previousCommissions {\n          amount\n          currency\n        }\n        salesCount\n        previousSalesCount\n      }\n      topByRevenue {\n        partnerId\n        partnerName\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n      topByCommission(limit: 1) {\n        partnerId\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n    }\n  }\n": typeof types.DashboardsOverviewDocument,
    "\n  query DashboardsTooMany {\n    programOverview(input: { bucket: DAY }) {\n      topByRevenue(limit: 500) {\n        partnerId\n      }\n    }\n  }\n": typeof types.DashboardsTooManyDocument,
    "\n  query DashboardsAttention {\n    needsAttention {\n      readyToApprove {\n        currency\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      unpayable {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        threshold {\n          amount\n          currency\n        }\n        reasons\n      }\n      unpayableCount\n      failedEmailCount\n    }\n  }\n": typeof types.DashboardsAttentionDocument,
    "\n  query DashboardsNext {\n    myNextPayment {\n      currency\n      balance {\n        amount\n        currency\n      }\n      threshold {\n        amount\n        currency\n      }\n      eligible\n      blockers\n      clawbacks {\n        amount\n        currency\n      }\n      holding {\n        amount\n        currency\n      }\n      holdingCount\n      awaitingApproval {\n        amount\n        currency\n      }\n      releases {\n        day\n        at\n        amount {\n          amount\n          currency\n        }\n        count\n      }\n    }\n  }\n": typeof types.DashboardsNextDocument,
    "\n  mutation DashboardsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardsRewardDocument,
    "\n  mutation DashboardsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      status\n    }\n  }\n": typeof types.DashboardsSuspendDocument,
    "\n  query DatabaseOutagePartners {\n    partners(page: { first: 5 }) {\n      totalCount\n    }\n  }\n": typeof types.DatabaseOutagePartnersDocument,
    "\n  mutation DatabaseOutageLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": typeof types.DatabaseOutageLoginDocument,
    "\n  mutation DatabaseOutageEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n      ... on EmailsQueued {\n        batchId\n        queued\n      }\n    }\n  }\n": typeof types.DatabaseOutageEmailPartnersDocument,
    "\n  mutation EmailChangeRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        message\n        pendingEmail\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailChangeRequestDocument,
    "\n  mutation EmailChangeConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailChangeConfirmDocument,
    "\n  mutation EmailChangeUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": typeof types.EmailChangeUpdatePartnerDocument,
    "\n  query EmailChangePartner($id: UUID!) {\n    partner(id: $id) {\n      email\n      pendingEmail\n    }\n  }\n": typeof types.EmailChangePartnerDocument,
    "\n  query EmailChangeMe {\n    me {\n      label\n      pendingEmail\n      partner {\n        email\n        pendingEmail\n      }\n    }\n  }\n": typeof types.EmailChangeMeDocument,
    "\n  query EmailChangeKind {\n    me {\n      kind\n    }\n  }\n": typeof types.EmailChangeKindDocument,
    "\n  mutation EmailChangeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.EmailChangeLoginDocument,
    "\n  mutation EmailChangeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": typeof types.EmailChangeRequestResetDocument,
    "\n  mutation EmailChangeReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.EmailChangeResetDocument,
    "\n  query EmailPreviewsAudience($selection: CommissionSelection!) {\n    commissionEmailAudience(selection: $selection) {\n      count\n      skippedNothingDue\n      sample {\n        partnerId\n        name\n      }\n    }\n  }\n": typeof types.EmailPreviewsAudienceDocument,
    "\n  query EmailPreviewsPreviewCommissions($input: CommissionEmailPreviewInput!) {\n    previewCommissionPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on InvalidEmailTemplateError {\n        problems {\n          placeholder\n          reason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailPreviewsPreviewCommissionsDocument,
    "\n  query EmailPreviewsPreviewPartners($input: PartnersEmailPreviewInput!) {\n    previewPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailPreviewsPreviewPartnersDocument,
    "\n  fragment EmailsBatchFields on EmailBatchResult {\n    __typename\n    ... on EmailsQueued {\n      batchId\n      queued\n      messages {\n        id\n        partnerId\n        recipient\n        subject\n        body\n        status\n      }\n    }\n    ... on InvalidEmailTemplateError {\n      code\n      message\n      problems {\n        field\n        placeholder\n        reason\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n": typeof types.EmailsBatchFieldsFragmentDoc,
    "\n  fragment EmailsMessageFields on EmailMessage {\n    id\n    partnerId\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    attemptLog {\n      attempt\n      outcome\n      error\n      finishedAt\n    }\n  }\n": typeof types.EmailsMessageFieldsFragmentDoc,
    "\n  mutation EmailsEmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n": typeof types.EmailsEmailCommissionPartnersDocument,
    "\n  mutation EmailsEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n": typeof types.EmailsEmailPartnersDocument,
    "\n  mutation EmailsEmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n": typeof types.EmailsEmailPendingPaymentPartnersDocument,
    "\n  query EmailsOutbox($filter: EmailOutboxFilter) {\n    emailOutbox(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n": typeof types.EmailsOutboxDocument,
    "\n  query EmailsOutboxCount {\n    emailOutbox {\n      totalCount\n    }\n  }\n": typeof types.EmailsOutboxCountDocument,
    "\n  query EmailsMyMessages {\n    myMessages(page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n": typeof types.EmailsMyMessagesDocument,
    "\n  mutation EmailsResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on EmailMessage {\n        status\n        attempts\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.EmailsResendDocument,
    "\n  query EmailsAudit($action: String!) {\n    auditLog(filter: { action: $action }) {\n      nodes {\n        entityId\n        changes\n      }\n    }\n  }\n": typeof types.EmailsAuditDocument,
    "\n  query ErrorCodesEnumValues($name: String!) {\n    __type(name: $name) {\n      kind\n      enumValues {\n        name\n      }\n    }\n  }\n": typeof types.ErrorCodesEnumValuesDocument,
    "\n  query ErrorCodesExclusionFields {\n    __type(name: \"PaypalPayoutExclusion\") {\n      fields {\n        name\n        type {\n          ofType {\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.ErrorCodesExclusionFieldsDocument,
    "\n  mutation ErrorCodesApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n    }\n  }\n": typeof types.ErrorCodesApproveDocument,
    "\n  query ErrorCodesPlan($input: PaypalPayoutInput!) {\n    paypalPayoutPlan(input: $input) {\n      excluded {\n        partnerId\n        reason\n      }\n    }\n  }\n": typeof types.ErrorCodesPlanDocument,
    "\n  query EventsFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          type\n          entityType\n          entityId\n          actorKind\n          actorLabel\n          occurredAt\n          payload\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsFeedDocument,
    "\n  mutation EventsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": typeof types.EventsApproveDocument,
    "\n  mutation EventsCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"storm\" }) {\n      succeeded\n    }\n  }\n": typeof types.EventsCancelDocument,
    "\n  mutation EventsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      id\n    }\n  }\n": typeof types.EventsSuspendDocument,
    "\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.ExportsCsvInjectionUpdatePartnerDocument,
    "\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.ExportsCsvInjectionCreateRewardDocument,
    "\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n": typeof types.ExportsCsvInjectionCancelDocument,
    "\n  mutation ExportsEmailsAuthorizationQueue($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationQueueDocument,
    "\n  query ExportsEmailsAuthorizationPlaceholders {\n    emailPlaceholders(topic: COMMISSIONS) {\n      name\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationPlaceholdersDocument,
    "\n  query ExportsEmailsAuthorizationOutbox {\n    emailOutbox {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationOutboxDocument,
    "\n  query ExportsEmailsAuthorizationMyMessages {\n    myMessages {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationMyMessagesDocument,
    "\n  query ExportsEmailsAuthorizationPaypalPlan {\n    paypalPayoutPlan {\n      files {\n        currency\n        rows\n      }\n      excludedCount\n      excluded {\n        partnerId\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationPaypalPlanDocument,
    "\n  mutation ExportsEmailsAuthorizationEmailCommissionPartners($i: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationEmailCommissionPartnersDocument,
    "\n  mutation ExportsEmailsAuthorizationEmailPendingPaymentPartners($i: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationEmailPendingPaymentPartnersDocument,
    "\n  mutation ExportsEmailsAuthorizationEmailPartners($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationEmailPartnersDocument,
    "\n  mutation ExportsEmailsAuthorizationResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ExportsEmailsAuthorizationResendDocument,
    "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n": typeof types.ExportsAuditLogDocument,
    "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.ExportsPendingCommissionsDocument,
    "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total {\n          amount\n          currency\n        }\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n      downloadPath\n    }\n  }\n": typeof types.ExportsPaypalPayoutPlanDocument,
    "\n  mutation GuardsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.GuardsLoginDocument,
    "\n  query GuardsMe {\n    me {\n      kind\n    }\n  }\n": typeof types.GuardsMeDocument,
    "\n  mutation GuardsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        externalId\n      }\n    }\n  }\n": typeof types.GuardsRecordSalesDocument,
    "\n  query GuardsLightOverview {\n    programOverview(input: { bucket: DAY }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n  }\n": typeof types.GuardsLightOverviewDocument,
    "\n  query GuardsHeavyOverview($from: DateTimeISO!, $to: DateTimeISO!) {\n    programOverview(input: { bucket: DAY, from: $from, to: $to }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n    partners(page: { first: 100 }) {\n      nodes {\n        stats {\n          salesCount\n        }\n      }\n    }\n  }\n": typeof types.GuardsHeavyOverviewDocument,
    "\n  mutation GuardsApproveCount($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": typeof types.GuardsApproveCountDocument,
    "\n  query GuardsPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsPartnerDocument,
    "\n  query GuardsSale($id: UUID!) {\n    sale(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsSaleDocument,
    "\n  query GuardsCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsCommissionDocument,
    "\n  query GuardsCustomer($id: UUID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsCustomerDocument,
    "\n  mutation GuardsCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      id\n    }\n  }\n": typeof types.GuardsCreatePartnerDocument,
    "\n        mutation GuardsCreateInvalidPartner {\n          createPartner(input: { name: \"\", email: \"not-an-email\", partnerKey: \"has spaces\" }) {\n            id\n          }\n        }\n      ": typeof types.GuardsCreateInvalidPartnerDocument,
    "\n        mutation GuardsCreateDuplicatePartner($k: String!) {\n          createPartner(input: { name: \"Dup\", email: \"dup@test.dev\", partnerKey: $k }) {\n            id\n          }\n        }\n      ": typeof types.GuardsCreateDuplicatePartnerDocument,
    "\n        mutation GuardsLoginNobody {\n          login(input: { email: \"nobody@test.dev\", password: \"wrong\" }) {\n            __typename\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      ": typeof types.GuardsLoginNobodyDocument,
    "\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.GuardsCostlyMyCommissionsDocument,
    "\n          query GuardsHeldMyCommissions {\n            myCommissions(page: { first: 5 }) {\n              totalCount\n            }\n          }\n        ": typeof types.GuardsHeldMyCommissionsDocument,
    "\n          query GuardsPartnersFiltered($f: PartnerFilter!) {\n            partners(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.GuardsPartnersFilteredDocument,
    "\n          query GuardsCommissionsFiltered($f: CommissionFilter!) {\n            commissions(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.GuardsCommissionsFilteredDocument,
    "\n          mutation GuardsTrackReferral($i: TrackReferralInput!) {\n            trackReferral(input: $i) {\n              id\n            }\n          }\n        ": typeof types.GuardsTrackReferralDocument,
    "\n        query GuardsProgram {\n          program {\n            id\n          }\n        }\n      ": typeof types.GuardsProgramDocument,
    "\n        mutation GuardsTenancyApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            items {\n              result {\n                __typename\n              }\n            }\n          }\n        }\n      ": typeof types.GuardsTenancyApproveDocument,
    "\n        mutation GuardsTenancyReward($i: CreateManualRewardInput!) {\n          createManualReward(input: $i) {\n            id\n          }\n        }\n      ": typeof types.GuardsTenancyRewardDocument,
    "\n        mutation GuardsTenancyRefund($i: RefundSaleInput!) {\n          refundSale(input: $i) {\n            __typename\n          }\n        }\n      ": typeof types.GuardsTenancyRefundDocument,
    "\n        query GuardsTenancyLists {\n          partners {\n            nodes {\n              id\n            }\n          }\n          commissions(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          sales(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          customers {\n            nodes {\n              id\n            }\n          }\n          auditLog(page: { first: 100 }) {\n            nodes {\n              entityId\n            }\n          }\n        }\n      ": typeof types.GuardsTenancyListsDocument,
    "\n  mutation IntegratorFixesCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n      items {\n        result {\n          __typename\n          ... on Commission {\n            status\n            cancelReason\n          }\n        }\n      }\n    }\n  }\n": typeof types.IntegratorFixesCancelDocument,
    "\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.IntegratorFixesRefundDocument,
    "\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": typeof types.IntegratorFixesPayDocument,
    "\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          clawbackOfId\n        }\n      }\n    }\n  }\n": typeof types.IntegratorFixesSaleRefundsDocument,
    "\n    query IntegratorFixesSale($id: UUID, $externalId: String) {\n      sale(id: $id, externalId: $externalId) {\n        id\n        externalId\n        customer {\n          id\n          externalId\n        }\n      }\n    }\n  ": typeof types.IntegratorFixesSaleDocument,
    "\n    query IntegratorFixesPartnerSale($externalId: String) {\n      sale(externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": typeof types.IntegratorFixesPartnerSaleDocument,
    "\n    query IntegratorFixesCustomer($id: UUID, $externalId: String) {\n      customer(id: $id, externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": typeof types.IntegratorFixesCustomerDocument,
    "\n    mutation IntegratorFixesReward($input: CreateManualRewardInput!) {\n      createManualReward(input: $input) {\n        id\n        customerId\n        kind\n      }\n    }\n  ": typeof types.IntegratorFixesRewardDocument,
    "\n      query IntegratorFixesCommission($id: UUID!) {\n        commission(id: $id) {\n          product {\n            sku\n            name\n          }\n          saleDate\n        }\n      }\n    ": typeof types.IntegratorFixesCommissionDocument,
    "\n        mutation IntegratorFixesRewardProduct($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n      ": typeof types.IntegratorFixesRewardProductDocument,
    "\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount {\n              amount\n              currency\n            }\n          }\n        }\n        balances {\n          status\n          total {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  ": typeof types.IntegratorFixesMeDocument,
    "\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      ": typeof types.IntegratorFixesRewardIdDocument,
    "\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.IntegratorFixesPartnerStatsDocument,
    "\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...CommissionActionItems\n    }\n  }\n": typeof types.LedgerCancelDocument,
    "\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...CommissionActionItems\n    }\n  }\n": typeof types.LedgerReinstateDocument,
    "\n  mutation LedgerTrack($input: TrackReferralInput!) {\n    trackReferral(input: $input) {\n      id\n      firstReferrer {\n        id\n      }\n      lastReferrer {\n        id\n      }\n    }\n  }\n": typeof types.LedgerTrackDocument,
    "\n  mutation LedgerTrackUnknownPartner {\n    trackReferral(input: { customerExternalId: \"x\", partnerKey: \"nobody\", event: CLICK }) {\n      id\n    }\n  }\n": typeof types.LedgerTrackUnknownPartnerDocument,
    "\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.LedgerManualSaleDocument,
    "\n  mutation LedgerUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.LedgerUpdatePartnerDocument,
    "\n  query LedgerCommissionSeen($id: UUID!) {\n    commission(id: $id) {\n      status\n      cancelReason\n    }\n  }\n": typeof types.LedgerCommissionSeenDocument,
    "\n  mutation LedgerCreateFilterPartner {\n    createPartner(input: { name: \"Filter Partner\", email: \"filter@test.dev\", partnerKey: \"filter-partner\" }) {\n      id\n      partnerKey\n    }\n  }\n": typeof types.LedgerCreateFilterPartnerDocument,
    "\n  mutation LedgerCreateRewardStatus($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      status\n      kind\n      payableAt\n    }\n  }\n": typeof types.LedgerCreateRewardStatusDocument,
    "\n  mutation LedgerNoHoldingPeriod {\n    updateProgramSettings(input: { holdingPeriodDays: 0 }) {\n      holdingPeriodDays\n    }\n  }\n": typeof types.LedgerNoHoldingPeriodDocument,
    "\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded {\n              amount\n              currency\n            }\n          }\n          adjustedCommissions {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount {\n              amount\n              currency\n            }\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  ": typeof types.LedgerRefundDocument,
    "\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.LedgerCommissionAmountDocument,
    "\n  mutation LedgerMarkPaid($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LedgerMarkPaidDocument,
    "\n  query LedgerFirstCustomer {\n    customers(page: { first: 1 }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerFirstCustomerDocument,
    "\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount {\n        amount\n        currency\n      }\n      description\n      customerId\n    }\n  }\n": typeof types.LedgerCreateRewardDocument,
    "\n  query LedgerMyRewards {\n    myCommissions(filter: { kind: REWARD }) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": typeof types.LedgerMyRewardsDocument,
    "\n  query LedgerRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerRewardsDocument,
    "\n  query LedgerAuditOf($id: String!) {\n    auditLog(filter: { entityId: $id }) {\n      nodes {\n        action\n        actorLabel\n        changes\n      }\n    }\n  }\n": typeof types.LedgerAuditOfDocument,
    "\n  mutation LedgerCreateRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.LedgerCreateRewardIdDocument,
    "\n  query LedgerPendingPage($after: String) {\n    pendingCommissions(page: { first: 3, after: $after }) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LedgerPendingPageDocument,
    "\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.LedgerPendingFilteredDocument,
    "\n  query LedgerPendingTooBig {\n    pendingCommissions(page: { first: 101 }) {\n      totalCount\n    }\n  }\n": typeof types.LedgerPendingTooBigDocument,
    "\n  query LedgerPendingBadCursor {\n    pendingCommissions(page: { after: \"nonsense\" }) {\n      totalCount\n    }\n  }\n": typeof types.LedgerPendingBadCursorDocument,
    "\n  query LedgerPendingMixed {\n    pendingCommissions(filter: { currency: \"EUR\", minAmount: { amount: 1, currency: \"USD\" } }) {\n      totalCount\n    }\n  }\n": typeof types.LedgerPendingMixedDocument,
    "\n  query LedgerPartnerSearch($s: String!) {\n    partners(filter: { search: $s }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerPartnerSearchDocument,
    "\n  fragment LedgerStats on PartnerStats {\n    salesCount\n    balances {\n      status\n      total {\n        amount\n        currency\n      }\n      count\n    }\n  }\n": typeof types.LedgerStatsFragmentDoc,
    "\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        ...LedgerStats\n        salesTotals {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.LedgerPartnerStatsDocument,
    "\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          ...LedgerStats\n        }\n      }\n    }\n  }\n": typeof types.LedgerPartnersStatsDocument,
    "\n  query LedgerAuditPage {\n    auditLog(page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        action\n        actorKind\n        actorLabel\n        entityType\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LedgerAuditPageDocument,
    "\n  query LedgerAuditNext($after: String) {\n    auditLog(page: { first: 5, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerAuditNextDocument,
    "\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds {\n        amount\n        currency\n      }\n      autoApprove\n    }\n  }\n": typeof types.LedgerSettingsUpdateDocument,
    "\n  query LedgerSettingsAudit {\n    auditLog(filter: { action: \"program.settings\" }) {\n      nodes {\n        actorLabel\n        changes\n      }\n    }\n  }\n": typeof types.LedgerSettingsAuditDocument,
    "\n  mutation LedgerSettingsReset {\n    updateProgramSettings(input: { defaultAttribution: LAST, autoApprove: false }) {\n      id\n    }\n  }\n": typeof types.LedgerSettingsResetDocument,
    "\n  mutation LedgerSettingsDuplicateThresholds {\n    updateProgramSettings(input: { payThresholds: [{ amount: 1, currency: \"USD\" }, { amount: 2, currency: \"USD\" }] }) {\n      id\n    }\n  }\n": typeof types.LedgerSettingsDuplicateThresholdsDocument,
    "\n  query ListSortLocalDaysSales($filter: SaleFilter, $page: PageInput, $sort: SaleSort) {\n    sales(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        externalId\n        amount {\n          amount\n          currency\n        }\n        occurredAt\n      }\n    }\n  }\n": typeof types.ListSortLocalDaysSalesDocument,
    "\n  query ListSortLocalDaysPartners($filter: PartnerFilter, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.ListSortLocalDaysPartnersDocument,
    "\n  query ListSortLocalDaysPayments($filter: PaymentFilter, $page: PageInput, $sort: PaymentSort) {\n    payments(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        partnerId\n        createdAt\n      }\n    }\n  }\n": typeof types.ListSortLocalDaysPaymentsDocument,
    "\n  query ListSortLocalDaysCommissions($filter: CommissionFilter) {\n    commissions(filter: $filter) {\n      nodes {\n        id\n        sale {\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.ListSortLocalDaysCommissionsDocument,
    "\n  mutation ListSortLocalDaysSettings($i: ProgramSettingsInput!) {\n    updateProgramSettings(input: $i) {\n      timezone\n    }\n  }\n": typeof types.ListSortLocalDaysSettingsDocument,
    "\n  mutation ListSortLocalDaysCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ListSortLocalDaysCreatePartnerDocument,
    "\n  mutation MoneyLimitsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.MoneyLimitsRewardDocument,
    "\n  mutation MoneyLimitsRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.MoneyLimitsRewardIdDocument,
    "\n        query MoneyLimitsPaypalPlan($partnerIds: [UUID!]) {\n          paypalPayoutPlan(input: { partnerIds: $partnerIds }) {\n            files {\n              total {\n                amount\n                currency\n              }\n              rows\n            }\n            excludedCount\n          }\n        }\n      ": typeof types.MoneyLimitsPaypalPlanDocument,
    "\n        query MoneyLimitsPayments {\n          payments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n              commissionCount\n            }\n          }\n        }\n      ": typeof types.MoneyLimitsPaymentsDocument,
    "\n        query MoneyLimitsMyPayments {\n          myPayments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      ": typeof types.MoneyLimitsMyPaymentsDocument,
    "\n        query MoneyLimitsPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                count\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.MoneyLimitsPartnerStatsDocument,
    "\n        query MoneyLimitsOverview {\n          programOverview(input: { bucket: DAY }) {\n            balances {\n              status\n              total {\n                amount\n                currency\n              }\n            }\n            series {\n              points {\n                earned {\n                  amount\n                  currency\n                }\n                payouts {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.MoneyLimitsOverviewDocument,
    "\n  query MoneyShapeIntrospection {\n    money: __type(name: \"Money\") {\n      kind\n      description\n      fields {\n        name\n        description\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    moneyInput: __type(name: \"MoneyInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    balanceInput: __type(name: \"MoneyBalanceInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    minorUnits: __type(name: \"MinorUnits\") {\n      kind\n      description\n    }\n  }\n": typeof types.MoneyShapeIntrospectionDocument,
    "\n  mutation MoneyShapeReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.MoneyShapeRewardDocument,
    "\n  query MoneyShapeBalance($filter: PendingPaymentFilterInput!) {\n    pendingPayments(filter: $filter) {\n      nodes {\n        partnerId\n        balance {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.MoneyShapeBalanceDocument,
    "\n  mutation MultiProgramLoginCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n      name\n      status\n    }\n  }\n": typeof types.MultiProgramLoginCreatePartnerDocument,
    "\n  mutation MultiProgramLoginSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.MultiProgramLoginSetPasswordDocument,
    "\n  mutation MultiProgramLoginInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        email\n        role\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MultiProgramLoginInviteDocument,
    "\n  query MultiProgramLoginPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        email\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.MultiProgramLoginPreviewDocument,
    "\n  mutation MultiProgramLoginAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MultiProgramLoginAcceptDocument,
    "\n  mutation MultiProgramLoginLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        endsAt\n        viewer {\n          kind\n          program {\n            id\n          }\n          partner {\n            id\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MultiProgramLoginLoginDocument,
    "\n  query MultiProgramLoginMe {\n    me {\n      kind\n      label\n      merchantRole\n      program {\n        id\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n": typeof types.MultiProgramLoginMeDocument,
    "\n  query MultiProgramLoginMyPrograms {\n    myPrograms {\n      accountId\n      kind\n      merchantRole\n      partnerName\n      current\n      program {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MultiProgramLoginMyProgramsDocument,
    "\n  mutation MultiProgramLoginSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        kind\n        program {\n          id\n        }\n        partner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MultiProgramLoginSwitchDocument,
    "\n  query MultiProgramLoginPartners {\n    partners {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.MultiProgramLoginPartnersDocument,
    "\n  query MultiProgramLoginPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": typeof types.MultiProgramLoginPartnerDocument,
    "\n  mutation MultiProgramLoginChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.MultiProgramLoginChangePasswordDocument,
    "\n  fragment OverviewTestSeriesFields on OverviewSeries {\n    currency\n    points {\n      start\n      earned {\n        amount\n        currency\n      }\n      earnedCount\n      clawbacks {\n        amount\n        currency\n      }\n      clawbackCount\n      payouts {\n        amount\n        currency\n      }\n      payoutCount\n    }\n  }\n": typeof types.OverviewTestSeriesFieldsFragmentDoc,
    "\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n      balances {\n        status\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      amountsDue {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n    }\n  }\n": typeof types.OverviewProgramDocument,
    "\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n    }\n  }\n": typeof types.OverviewMineDocument,
    "\n      mutation OverviewReward($partnerId: UUID!) {\n        createManualReward(input: { partnerId: $partnerId, description: \"Bonus\", amount: { amount: 2500, currency: \"USD\" } }) {\n          id\n        }\n      }\n    ": typeof types.OverviewRewardDocument,
    "\n      mutation OverviewCancel($ids: [UUID!]!) {\n        cancelCommissions(input: { reason: \"fraud\", selection: { ids: $ids } }) {\n          succeeded\n        }\n      }\n    ": typeof types.OverviewCancelDocument,
    "\n  mutation PartnerApplicationsSettings($input: ApplicationSettingsInput!) {\n    updateApplicationSettings(input: $input) {\n      applications {\n        open\n        slug\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n    }\n  }\n": typeof types.PartnerApplicationsSettingsDocument,
    "\n  query PartnerApplicationsForm($slug: String!) {\n    programApplicationForm(slug: $slug) {\n      __typename\n      ... on PublicApplicationForm {\n        slug\n        programName\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PartnerApplicationsFormDocument,
    "\n  mutation PartnerApplicationsApply($slug: String!, $input: ApplyToProgramInput!) {\n    applyToProgram(slug: $slug, input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.PartnerApplicationsApplyDocument,
    "\n  mutation PartnerApplicationsApprove($id: UUID!) {\n    approvePartnerApplication(partnerId: $id) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          decidedAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PartnerApplicationsApproveDocument,
    "\n  mutation PartnerApplicationsDecline($input: DeclineApplicationInput!) {\n    declinePartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          declineReason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PartnerApplicationsDeclineDocument,
    "\n  query PartnerApplicationsApplied {\n    partners(filter: { status: APPLIED }) {\n      nodes {\n        id\n        name\n        email\n        status\n        partnerKey\n        appliedAt\n        applicationAnswers {\n          question\n          answer\n        }\n      }\n    }\n  }\n": typeof types.PartnerApplicationsAppliedDocument,
    "\n  mutation PartnerApplicationsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": typeof types.PartnerApplicationsLoginDocument,
    "\n  mutation PartnerApplicationsSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n": typeof types.PartnerApplicationsSetPasswordDocument,
    "\n  query PartnerApplicationsMyPrograms {\n    myPrograms {\n      accountId\n      program {\n        id\n      }\n    }\n  }\n": typeof types.PartnerApplicationsMyProgramsDocument,
    "\n        query PartnerApplicationsProgram {\n          program {\n            applications {\n              open\n              slug\n              intro\n              questions {\n                label\n                required\n              }\n            }\n          }\n        }\n      ": typeof types.PartnerApplicationsProgramDocument,
    "\n        mutation PartnerApplicationsReward($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PartnerApplicationsRewardDocument,
    "\n      mutation PartnerApplicationsUpdateStatus($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          status\n        }\n      }\n    ": typeof types.PartnerApplicationsUpdateStatusDocument,
    "\n      query PartnerApplicationsMe {\n        me {\n          kind\n          partner {\n            id\n            status\n          }\n        }\n      }\n    ": typeof types.PartnerApplicationsMeDocument,
    "\n      query PartnerApplicationsMyProgramIds {\n        myPrograms {\n          program {\n            id\n          }\n        }\n      }\n    ": typeof types.PartnerApplicationsMyProgramIdsDocument,
    "\n  mutation PartnerCreateCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n      payThresholdOverrides {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.PartnerCreateCreateDocument,
    "\n  mutation PartnerIsolationApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": typeof types.PartnerIsolationApproveDocument,
    "\n  mutation PartnerIsolationCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n": typeof types.PartnerIsolationCancelDocument,
    "\n  mutation PartnerIsolationRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n    }\n  }\n": typeof types.PartnerIsolationRefundDocument,
    "\n  mutation PartnerIsolationReward($i: CreateManualRewardInput!) {\n    createManualReward(input: $i) {\n      id\n    }\n  }\n": typeof types.PartnerIsolationRewardDocument,
    "\n  query PartnerIsolationOwnNumbers {\n    me {\n      kind\n      partner {\n        id\n        name\n        status\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            id\n            partnerId\n            amount {\n              amount\n              currency\n            }\n            status\n            cancelReason\n            payableAt\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            partner {\n              id\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        kind\n      }\n    }\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissions {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n": typeof types.PartnerIsolationOwnNumbersDocument,
    "\n  query PartnerIsolationFiltered($p: UUID!) {\n    myCommissions(filter: { partnerId: $p }) {\n      nodes {\n        partnerId\n      }\n    }\n    sales(filter: { partnerId: $p }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PartnerIsolationFilteredDocument,
    "\n  query PartnerIsolationCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.PartnerIsolationCommissionDocument,
    "\n  query PartnerIsolationSale($id: UUID!) {\n    sale(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.PartnerIsolationSaleDocument,
    "\n  query PartnerIsolationSaleCustomers {\n    sales {\n      nodes {\n        customer {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.PartnerIsolationSaleCustomersDocument,
    "\n  query PartnerIsolationPartner($id: UUID!) {\n    partner(id: $id) {\n      name\n    }\n  }\n": typeof types.PartnerIsolationPartnerDocument,
    "\n  query PartnerIsolationPartners {\n    partners {\n      nodes {\n        name\n      }\n    }\n  }\n": typeof types.PartnerIsolationPartnersDocument,
    "\n  query PartnerIsolationCommissions {\n    commissions {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PartnerIsolationCommissionsDocument,
    "\n  query PartnerIsolationAuditLog {\n    auditLog {\n      nodes {\n        action\n      }\n    }\n  }\n": typeof types.PartnerIsolationAuditLogDocument,
    "\n  query PartnerIsolationRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PartnerIsolationRewardsDocument,
    "\n  query PartnerIsolationBCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n        kind\n        status\n        amount {\n          amount\n          currency\n        }\n        cancelReason\n        description\n      }\n    }\n  }\n": typeof types.PartnerIsolationBCommissionsDocument,
    "\n  mutation PartnerIsolationChangePayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        partner {\n          id\n          paypalEmail\n        }\n      }\n    }\n  }\n": typeof types.PartnerIsolationChangePayoutDetailsDocument,
    "\n  mutation PartnerWelcomeCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.PartnerWelcomeCreateDocument,
    "\n  mutation PartnerWelcomeSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.PartnerWelcomeSetPasswordDocument,
    "\n  mutation PartnerWelcomeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": typeof types.PartnerWelcomeLoginDocument,
    "\n  query PartnerWelcomeMe {\n    me {\n      kind\n      partner {\n        id\n      }\n    }\n  }\n": typeof types.PartnerWelcomeMeDocument,
    "\n  mutation PartnerWelcomeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": typeof types.PartnerWelcomeRequestResetDocument,
    "\n  mutation PayHonestyPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        replayed\n        paidCount\n        paidNowCount\n        paidEarlierCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        paidNowTotals {\n          amount\n          currency\n        }\n        paidEarlierTotals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          decidedBy\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                id\n                amount {\n                  amount\n                  currency\n                }\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PayHonestyPayDocument,
    "\n  mutation PayHonestyCounts($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        items {\n          partnerId\n          result {\n            __typename\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.PayHonestyCountsDocument,
    "\n  fragment PayHonestyRecorded on PaymentRecorded {\n    payment {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.PayHonestyRecordedFragmentDoc,
    "\n  fragment PayHonestyTotals on PayPartnersPayload {\n    paidTotals {\n      amount\n      currency\n    }\n  }\n": typeof types.PayHonestyTotalsFragmentDoc,
    "\n  mutation PayHonestyFragments($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ...PayHonestyTotals\n      ... on PayPartnersPayload {\n        items {\n          partnerId\n          result {\n            __typename\n            ...PayHonestyRecorded\n          }\n        }\n      }\n    }\n  }\n": typeof types.PayHonestyFragmentsDocument,
    "\n  mutation PaymentsAuthorizationVoid($id: UUID!) {\n    voidPayment(id: $id, reason: \"x\") {\n      __typename\n    }\n  }\n": typeof types.PaymentsAuthorizationVoidDocument,
    "\n          query PaymentsAuthorizationPending {\n            pendingPayments {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationPendingDocument,
    "\n          query PaymentsAuthorizationPayments {\n            payments {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationPaymentsDocument,
    "\n          query PaymentsAuthorizationPayment($id: UUID!) {\n            payment(id: $id) {\n              id\n              partner {\n                id\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationPaymentDocument,
    "\n          query PaymentsAuthorizationMyPayments {\n            myPayments {\n              nodes {\n                id\n                partnerId\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationMyPaymentsDocument,
    "\n          query PaymentsAuthorizationHistory($f: CommissionHistoryFilter) {\n            commissionHistory(filter: $f) {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationHistoryDocument,
    "\n  mutation PaymentsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.PaymentsUpdatePartnerDocument,
    "\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...TestPaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PaymentsPaymentDetailDocument,
    "\n  query PaymentsAudit($f: AuditFilterInput) {\n    auditLog(filter: $f) {\n      nodes {\n        action\n        entityId\n      }\n    }\n  }\n": typeof types.PaymentsAuditDocument,
    "\n  mutation PaymentsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.PaymentsRewardDocument,
    "\n  query PaymentsVoided {\n    payments(filter: { voided: true }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PaymentsVoidedDocument,
    "\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount {\n          amount\n          currency\n        }\n        payment {\n          id\n          method\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.PaymentsHistoryDocument,
    "\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.PaymentsMineDocument,
    "\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": typeof types.PaymentsListDocument,
    "\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n": typeof types.PaymentsPaymentViewDocument,
    "\n  query PaymentsMePaid {\n    me {\n      partner {\n        payments {\n          totalCount\n        }\n        commissions(filter: { status: PAID }) {\n          nodes {\n            payment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PaymentsMePaidDocument,
    "\n  query PaymentsMyCommissions {\n    myCommissions {\n      nodes {\n        id\n        payableAt\n        status\n      }\n    }\n  }\n": typeof types.PaymentsMyCommissionsDocument,
    "\n  mutation PayoutDetailsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          paypalEmail\n          payoutDetailsChangedBy\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PayoutDetailsChangeDocument,
    "\n  query PayoutDetailsRecent {\n    recentPayoutDetailChanges {\n      id\n      paypalEmail\n      payoutDetailsChangedAt\n      payoutDetailsChangedBy\n    }\n  }\n": typeof types.PayoutDetailsRecentDocument,
    "\n  mutation PayoutDetailsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.PayoutDetailsUpdatePartnerDocument,
    "\n  query PayoutDetailsMyCommissions {\n    myCommissions(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": typeof types.PayoutDetailsMyCommissionsDocument,
    "\n  mutation PayoutDetailsEndSessions($id: UUID!) {\n    endPartnerSessions(partnerId: $id)\n  }\n": typeof types.PayoutDetailsEndSessionsDocument,
    "\n  query PayoutDetailsMe {\n    me {\n      kind\n    }\n  }\n": typeof types.PayoutDetailsMeDocument,
    "\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n": typeof types.PayoutMethodsSetDocument,
    "\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.PayoutMethodsChangeDocument,
    "\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals {\n        amount\n        currency\n      }\n      groups {\n        method\n        partnerCount\n        totals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          balance {\n            amount\n            currency\n          }\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n    }\n  }\n": typeof types.PayoutMethodsPreviewDocument,
    "\n  mutation PayoutMethodsCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      partnerKey\n      email\n      payoutMethod\n    }\n  }\n": typeof types.PayoutMethodsCreateDocument,
    "\n          query PayoutMethodsPaypalPlan {\n            paypalPayoutPlan(input: {}) {\n              files {\n                rows\n              }\n              excluded {\n                partnerId\n                reason\n              }\n            }\n          }\n        ": typeof types.PayoutMethodsPaypalPlanDocument,
    "\n      query PayoutMethodsAudience($input: PendingPaymentAudienceInput!) {\n        pendingPaymentEmailAudience(input: $input) {\n          count\n          skippedNothingDue\n          sample {\n            partnerId\n            name\n          }\n        }\n      }\n    ": typeof types.PayoutMethodsAudienceDocument,
    "\n      query PayoutMethodsPreviewEmail($input: PendingPaymentEmailPreviewInput!) {\n        previewPendingPaymentEmail(input: $input) {\n          __typename\n          ... on EmailPreview {\n            partnerId\n            recipient\n            subject\n            body\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    ": typeof types.PayoutMethodsPreviewEmailDocument,
    "\n      mutation PayoutMethodsSend($input: EmailPendingPaymentPartnersInput!) {\n        emailPendingPaymentPartners(input: $input) {\n          __typename\n          ... on EmailsQueued {\n            queued\n            messages {\n              partnerId\n              recipient\n              subject\n              body\n            }\n          }\n        }\n      }\n    ": typeof types.PayoutMethodsSendDocument,
    "\n  mutation PayoutStormRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.PayoutStormRecordDocument,
    "\n  mutation PayoutStormApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.PayoutStormApproveDocument,
    "\n  mutation PayoutStormCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.PayoutStormCancelDocument,
    "\n  mutation PayoutStormReinstate($x: CommissionSelection!) {\n    reinstateCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.PayoutStormReinstateDocument,
    "\n  mutation PayoutStormReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.PayoutStormRewardDocument,
    "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissionCount\n      }\n    }\n  }\n": typeof types.ReadStandbyPartnerDashboardDocument,
    "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        refunded {\n          amount\n          currency\n        }\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n          clawbacks {\n            amount\n            currency\n          }\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": typeof types.ReadStandbyPartnerPagesDocument,
    "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadStandbyPartnersDocument,
    "\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n": typeof types.ReadStandbyMySessionsDocument,
    "\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n": typeof types.ReadStandbyPendingCommissionsDocument,
    "\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ReadStandbyUpdatePartnerDocument,
    "\n  query RelayConnectionsPendingCommissions {\n    pendingCommissions(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.RelayConnectionsPendingCommissionsDocument,
    "\n  mutation RelayConnectionsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      __typename\n    }\n  }\n": typeof types.RelayConnectionsApproveDocument,
    "\n  fragment RelayConnectionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": typeof types.RelayConnectionsPageInfoFragmentDoc,
    "\n  query RelayConnectionsCommissions($first: Int, $after: String, $last: Int, $before: String) {\n    commissions(first: $first, after: $after, last: $last, before: $before, sort: { field: AMOUNT, direction: ASC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsCommissionsDocument,
    "\n  query RelayConnectionsCommissionsPaged($page: PageInput!) {\n    commissions(page: $page, sort: { field: AMOUNT, direction: ASC }) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": typeof types.RelayConnectionsCommissionsPagedDocument,
    "\n  query RelayConnectionsSales($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsSalesDocument,
    "\n  query RelayConnectionsSalesPaged($page: PageInput!) {\n    sales(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": typeof types.RelayConnectionsSalesPagedDocument,
    "\n  query RelayConnectionsAuditLog($first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsAuditLogDocument,
    "\n  query RelayConnectionsAuditLogPaged($page: PageInput!) {\n    auditLog(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": typeof types.RelayConnectionsAuditLogPagedDocument,
    "\n  query RelayConnectionsCustomers($first: Int, $after: String, $last: Int, $before: String) {\n    customers(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsCustomersDocument,
    "\n  query RelayConnectionsCustomersPaged($page: PageInput!) {\n    customers(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": typeof types.RelayConnectionsCustomersPagedDocument,
    "\n  query RelayConnectionsMyCommissionsViaMe($first: Int, $after: String, $last: Int, $before: String) {\n    me {\n      commissions(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        nodes {\n          id\n        }\n        pageInfo {\n          ...RelayConnectionsPageInfo\n        }\n      }\n    }\n  }\n": typeof types.RelayConnectionsMyCommissionsViaMeDocument,
    "\n  query RelayConnectionsMyCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.RelayConnectionsMyCommissionsDocument,
    "\n  query RelayConnectionsPendingPayments($first: Int, $after: String) {\n    pendingPayments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          partnerId\n          currency\n        }\n      }\n      nodes {\n        partnerId\n        currency\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsPendingPaymentsDocument,
    "\n  query RelayConnectionsPendingPaymentsPaged {\n    pendingPayments(page: { first: 100 }) {\n      nodes {\n        partnerId\n        currency\n      }\n    }\n  }\n": typeof types.RelayConnectionsPendingPaymentsPagedDocument,
    "\n  query RelayConnectionsWebhookDeliveries {\n    webhookDeliveries(first: 5) {\n      edges {\n        cursor\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsWebhookDeliveriesDocument,
    "\n  query RelayConnectionsEvents($after: String) {\n    events(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          sequence\n        }\n      }\n      nodes {\n        sequence\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsEventsDocument,
    "\n  query RelayConnectionsSalesIds($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.RelayConnectionsSalesIdsDocument,
    "\n  query RelayConnectionsSalesFirst($first: Int) {\n    sales(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": typeof types.RelayConnectionsSalesFirstDocument,
    "\n  query RelayConnectionsPendingPaymentsAfter($after: String) {\n    pendingPayments(first: 2, after: $after) {\n      nodes {\n        currency\n      }\n    }\n  }\n": typeof types.RelayConnectionsPendingPaymentsAfterDocument,
    "\n  query RelayConnectionsEventsAfter($after: String) {\n    events(after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.RelayConnectionsEventsAfterDocument,
    "\n  mutation ReviewFixesClearPartner($id: UUID!) {\n    updatePartner(input: { id: $id, name: null, status: null, email: null }) {\n      name\n      status\n      email\n    }\n  }\n": typeof types.ReviewFixesClearPartnerDocument,
    "\n  mutation ReviewFixesClearSettings {\n    updateProgramSettings(input: { holdingPeriodDays: null, name: null, autoApprove: null, defaultAttribution: null }) {\n      holdingPeriodDays\n      autoApprove\n    }\n  }\n": typeof types.ReviewFixesClearSettingsDocument,
    "\n  mutation ReviewFixesClearProduct($id: UUID!) {\n    updateProduct(input: { id: $id, name: null, commissionable: null }) {\n      name\n      commissionable\n    }\n  }\n": typeof types.ReviewFixesClearProductDocument,
    "\n  mutation ReviewFixesRevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.ReviewFixesRevokeApiKeyDocument,
    "\n  mutation ReviewFixesCreatePartnerWithLogin($email: String!) {\n    createPartner(input: { name: \"Copy\", email: $email, partnerKey: \"copy-cat\", password: \"long enough password\" }) {\n      id\n    }\n  }\n": typeof types.ReviewFixesCreatePartnerWithLoginDocument,
    "\n  mutation ReviewFixesCreateRacer($email: String!) {\n    createPartner(input: { name: \"Racer\", email: $email, partnerKey: \"racer\" }) {\n      id\n    }\n  }\n": typeof types.ReviewFixesCreateRacerDocument,
    "\n  mutation ReviewFixesCreateProduct {\n    createProduct(input: { sku: \"RACE\", name: \"Race\", rule: { type: PERCENT, rateBps: 100 } }) {\n      id\n    }\n  }\n": typeof types.ReviewFixesCreateProductDocument,
    "\n  mutation ReviewFixesRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ReviewFixesRefundDocument,
    "\n  query ReviewFixesPartnersAfter($after: String) {\n    partners(page: { first: 10, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ReviewFixesPartnersAfterDocument,
    "\n  mutation ReviewFixesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.ReviewFixesLoginDocument,
    "\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.SalesIngestRecordDocument,
    "\n      mutation SalesIngestManual($input: ManualSaleInput!) {\n        recordManualSale(input: $input) {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n          }\n          ... on SaleConflictError {\n            saleId\n            fields\n          }\n        }\n      }\n    ": typeof types.SalesIngestManualDocument,
    "\n  mutation ServerProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ServerProcessLoginDocument,
    "\n    mutation ServerProcessSignIn($input: LoginInput!) {\n      login(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.ServerProcessSignInDocument,
    "\n  mutation SessionsSlidingLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        expiresAt\n        endsAt\n      }\n    }\n  }\n": typeof types.SessionsSlidingLoginDocument,
    "\n  query SessionsSlidingMe {\n    me {\n      kind\n    }\n  }\n": typeof types.SessionsSlidingMeDocument,
    "\n        mutation SetBasedAuditRecord($s: [SaleInput!]!) {\n          recordSales(sales: $s) {\n            results {\n              result {\n                ... on SaleRecorded {\n                  sale {\n                    id\n                  }\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SetBasedAuditRecordDocument,
    "\n        mutation SetBasedAuditApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n          }\n        }\n      ": typeof types.SetBasedAuditApproveDocument,
    "\n        mutation SetBasedAuditCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      ": typeof types.SetBasedAuditCancelDocument,
    "\n        mutation SetBasedAuditApproveAgain($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n            failed\n          }\n        }\n      ": typeof types.SetBasedAuditApproveAgainDocument,
    "\n  query SharedLimitsMe {\n    me {\n      kind\n    }\n  }\n": typeof types.SharedLimitsMeDocument,
    "\n  mutation SharedLimitsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.SharedLimitsLoginDocument,
    "\n  mutation SignupSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignedUp {\n        verificationSentTo\n        session {\n          token\n          viewer {\n            kind\n            merchantRole\n            emailVerified\n            program {\n              name\n              currency\n              timezone\n              locale\n            }\n          }\n        }\n      }\n      ... on SignUpEmailSent {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on WeakPasswordError {\n        suggestions\n      }\n    }\n  }\n": typeof types.SignupSignUpDocument,
    "\n  query SignupOptions {\n    signupOptions {\n      offered\n      needsLink\n    }\n  }\n": typeof types.SignupOptionsDocument,
    "\n  mutation SignupVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.SignupVerifyDocument,
    "\n  query SignupMe {\n    me {\n      kind\n      merchantRole\n      emailVerified\n      displayName\n      program {\n        name\n        currency\n        timezone\n        locale\n      }\n    }\n  }\n": typeof types.SignupMeDocument,
    "\n  query SignupEvents {\n    events(first: 10) {\n      nodes {\n        type\n        actorLabel\n      }\n    }\n  }\n": typeof types.SignupEventsDocument,
    "\n  mutation SignupResend {\n    resendEmailVerification\n  }\n": typeof types.SignupResendDocument,
    "\n  mutation SignupInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SignupInviteDocument,
    "\n  mutation SignupAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SignupAcceptDocument,
    "\n  mutation SignupCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": typeof types.SignupCreatePartnerDocument,
    "\n  mutation SignupReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SignupResetDocument,
    "\n  mutation SignupUpdateSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n      locale\n    }\n  }\n": typeof types.SignupUpdateSettingsDocument,
    "\n  query SignupPending($input: PendingSignUpInput!) {\n    pendingSignUp(input: $input) {\n      __typename\n      ... on PendingSignUp {\n        email\n        programName\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.SignupPendingDocument,
    "\n  mutation SignupConfirm($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          kind\n          merchantRole\n          emailVerified\n          program {\n            id\n            name\n            currency\n            timezone\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignupConfirmDocument,
    "\n  query SignupMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        name\n      }\n    }\n  }\n": typeof types.SignupMyProgramsDocument,
    "\n  mutation SignupSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        program {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignupSwitchDocument,
    "\n  mutation SignupStartTwoFactor($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n      }\n    }\n  }\n": typeof types.SignupStartTwoFactorDocument,
    "\n  mutation SignupConfirmTwoFactor($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SignupConfirmTwoFactorDocument,
    "\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.SigtermUnderLoadRecordDocument,
    "\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n": typeof types.SigtermUnderLoadMeDocument,
    "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.SmokeMeDocument,
    "\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsSalesDocument,
    "\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsCommissionsDocument,
    "\n      query StatementCountsCommissionDates($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            saleDate\n            product {\n              sku\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsCommissionDatesDocument,
    "\n      query StatementCountsSaleRefunds($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            refunds {\n              id\n              commissions {\n                id\n              }\n              clawbacks {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsSaleRefundsDocument,
    "\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsMeDocument,
    "\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsPartnersDocument,
    "\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsCustomersDocument,
    "\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsPaymentsDocument,
    "\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsPartnerSalesDocument,
    "\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.StatementCountsPartnerSaleScopeDocument,
    "\n  mutation TeamInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TeamInviteDocument,
    "\n  query TeamPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        programName\n        email\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TeamPreviewDocument,
    "\n  mutation TeamAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TeamAcceptDocument,
    "\n  query TeamMembers {\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      you\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  query TeamInvitations {\n    teamInvitations {\n      id\n      email\n      role\n      status\n    }\n  }\n": typeof types.TeamInvitationsDocument,
    "\n  mutation TeamChangeRole($input: ChangeTeamMemberRoleInput!) {\n    changeTeamMemberRole(input: $input) {\n      __typename\n      ... on TeamMember {\n        id\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TeamChangeRoleDocument,
    "\n  mutation TeamRemove($id: UUID!) {\n    removeTeamMember(accountId: $id) {\n      __typename\n      ... on TeamMemberRemoved {\n        id\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TeamRemoveDocument,
    "\n  mutation TeamRevoke($id: UUID!) {\n    revokeTeamInvitation(id: $id) {\n      status\n    }\n  }\n": typeof types.TeamRevokeDocument,
    "\n  query TeamMe {\n    me {\n      kind\n      merchantRole\n      displayName\n      program {\n        id\n      }\n    }\n  }\n": typeof types.TeamMeDocument,
    "\n  query TeamMeKind {\n    me {\n      kind\n    }\n  }\n": typeof types.TeamMeKindDocument,
    "\n  query TeamOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n      }\n    }\n  }\n": typeof types.TeamOutboxDocument,
    "\n  mutation TwoFactorLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on TwoFactorChallenge {\n        challenge\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TwoFactorLoginDocument,
    "\n  mutation TwoFactorComplete($input: CompleteTwoFactorLoginInput!) {\n    completeTwoFactorLogin(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          label\n          twoFactorEnabled\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TwoFactorCompleteDocument,
    "\n  mutation TwoFactorStart($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TwoFactorStartDocument,
    "\n  mutation TwoFactorConfirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TwoFactorConfirmDocument,
    "\n  mutation TwoFactorDisable($input: TwoFactorCheckInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorStatus {\n        enabled\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TwoFactorDisableDocument,
    "\n  mutation TwoFactorRegenerate($input: TwoFactorCheckInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TwoFactorRegenerateDocument,
    "\n  query TwoFactorMyStatus {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n      required\n    }\n  }\n": typeof types.TwoFactorMyStatusDocument,
    "\n  mutation TwoFactorRequire($required: Boolean!) {\n    setTwoFactorRequirement(required: $required) {\n      __typename\n      ... on Program {\n        requireTwoFactorForAdmins\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TwoFactorRequireDocument,
    "\n  query TwoFactorEnrolmentRequired {\n    me {\n      twoFactorEnrolmentRequired\n    }\n  }\n": typeof types.TwoFactorEnrolmentRequiredDocument,
    "\n  query TwoFactorPartnerCount {\n    partners(page: { first: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.TwoFactorPartnerCountDocument,
    "\n      query TwoFactorMeFlags {\n        me {\n          twoFactorEnabled\n          twoFactorEnrolmentRequired\n        }\n      }\n    ": typeof types.TwoFactorMeFlagsDocument,
    "\n        query TwoFactorAudit {\n          auditLog(filter: { action: \"account.enableTwoFactor\" }, page: { first: 50 }) {\n            nodes {\n              actorLabel\n            }\n          }\n        }\n      ": typeof types.TwoFactorAuditDocument,
    "\n      query TwoFactorMeLabel {\n        me {\n          label\n        }\n      }\n    ": typeof types.TwoFactorMeLabelDocument,
    "\n      query TwoFactorProgram {\n        program {\n          id\n        }\n      }\n    ": typeof types.TwoFactorProgramDocument,
    "\n      query TwoFactorMyCommissions {\n        myCommissions {\n          totalCount\n        }\n      }\n    ": typeof types.TwoFactorMyCommissionsDocument,
    "\n  mutation TwoInstancesSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.TwoInstancesSalesDocument,
    "\n  mutation TwoInstancesApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.TwoInstancesApproveDocument,
    "\n  mutation TwoInstancesCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.TwoInstancesCancelDocument,
    "\n  mutation TwoInstancesEmail($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n    }\n  }\n": typeof types.TwoInstancesEmailDocument,
    "\n  query TwoInstancesMe {\n    me {\n      kind\n    }\n  }\n": typeof types.TwoInstancesMeDocument,
    "\n  mutation TwoInstancesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.TwoInstancesLoginDocument,
    "\n  fragment WebhookOperationsEndpointFields on WebhookEndpoint {\n    id\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n": typeof types.WebhookOperationsEndpointFieldsFragmentDoc,
    "\n  mutation WebhookOperationsCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookOperationsEndpointFields\n      }\n    }\n  }\n": typeof types.WebhookOperationsCreateDocument,
    "\n  mutation WebhookOperationsUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n": typeof types.WebhookOperationsUpdateDocument,
    "\n  query WebhookOperationsEndpoints {\n    webhookEndpoints {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n": typeof types.WebhookOperationsEndpointsDocument,
    "\n  mutation WebhookOperationsReplay($id: UUID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    replayWebhookEvents(endpointId: $id, from: $from, to: $to) {\n      __typename\n      ... on WebhookReplayQueued {\n        queued\n        alreadyPending\n      }\n      ... on ReplayRangeTooLargeError {\n        code\n        message\n        limit\n        matching\n      }\n    }\n  }\n": typeof types.WebhookOperationsReplayDocument,
    "\n  mutation WebhookOperationsTestEvent($id: UUID!) {\n    sendWebhookTestEvent(endpointId: $id) {\n      id\n      status\n      endpointId\n      event {\n        id\n        type\n        sequence\n      }\n    }\n  }\n": typeof types.WebhookOperationsTestEventDocument,
    "\n  query WebhookOperationsDeliveries($endpointId: UUID) {\n    webhookDeliveries(endpointId: $endpointId, first: 100) {\n      nodes {\n        id\n        status\n        event {\n          id\n          type\n          sequence\n        }\n        attempts {\n          outcome\n          statusCode\n        }\n      }\n    }\n  }\n": typeof types.WebhookOperationsDeliveriesDocument,
    "\n  mutation WebhookOperationsDelete($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.WebhookOperationsDeleteDocument,
    "\n  mutation WebhookOperationsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": typeof types.WebhookOperationsApproveDocument,
    "\n  mutation WebhookOperationsCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": typeof types.WebhookOperationsCreatePartnerDocument,
    "\n  query WebhookOperationsTestEventsFeed {\n    events(first: 500, types: [\"webhook.test\"]) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.WebhookOperationsTestEventsFeedDocument,
    "\n  query WebhookOperationsEventTypes {\n    webhookEventTypes\n  }\n": typeof types.WebhookOperationsEventTypesDocument,
    "\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        enabled\n        description\n      }\n    }\n  }\n": typeof types.WebhooksCreateEndpointDocument,
    "\n  query WebhooksDeliveries($endpointId: UUID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      nodes {\n        id\n        status\n        attemptCount\n        deliveredAt\n        lastStatusCode\n        event {\n          id\n          sequence\n          type\n        }\n        attempts {\n          attempt\n          outcome\n          statusCode\n          responseExcerpt\n          error\n          durationMs\n        }\n      }\n      edges {\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhooksDeliveriesDocument,
    "\n  query WebhooksEndpoints {\n    webhookEndpoints {\n      id\n      url\n      eventTypes\n      enabled\n      description\n    }\n  }\n": typeof types.WebhooksEndpointsDocument,
    "\n  query WebhooksEndpointIds {\n    webhookEndpoints {\n      id\n    }\n  }\n": typeof types.WebhooksEndpointIdsDocument,
    "\n  mutation WebhooksDeleteEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.WebhooksDeleteEndpointDocument,
    "\n  query WebhooksEvents($types: [String!]) {\n    events(first: 500, types: $types) {\n      nodes {\n        id\n        sequence\n        type\n        entityId\n      }\n    }\n  }\n": typeof types.WebhooksEventsDocument,
    "\n  mutation WebhooksRedeliverId($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n    }\n  }\n": typeof types.WebhooksRedeliverIdDocument,
    "\n  mutation WebhooksRedeliver($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n      event {\n        id\n      }\n    }\n  }\n": typeof types.WebhooksRedeliverDocument,
    "\n  mutation WebhooksDisable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: false }) {\n      enabled\n    }\n  }\n": typeof types.WebhooksDisableDocument,
    "\n  mutation WebhooksEnable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: true }) {\n      enabled\n    }\n  }\n": typeof types.WebhooksEnableDocument,
    "\n  mutation WebhooksApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": typeof types.WebhooksApproveDocument,
    "\n  mutation WebhooksRotate($id: UUID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.WebhooksRotateDocument,
    "\n  mutation WebhooksCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"test\" }) {\n      succeeded\n    }\n  }\n": typeof types.WebhooksCancelDocument,
    "\n  mutation WebhooksCancelAgain($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"again\" }) {\n      succeeded\n    }\n  }\n": typeof types.WebhooksCancelAgainDocument,
    "\n  mutation WebhooksUpdateTypes($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, eventTypes: [\"commission.cancelled\"] }) {\n      eventTypes\n    }\n  }\n": typeof types.WebhooksUpdateTypesDocument,
    "\n  mutation WebhooksReinstate($ids: [UUID!]!) {\n    reinstateCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": typeof types.WebhooksReinstateDocument,
    "\n  query AccountsE2eKind {\n    me {\n      kind\n    }\n  }\n": typeof types.AccountsE2eKindDocument,
    "\n  query AccountsE2eRole {\n    me {\n      merchantRole\n      displayName\n    }\n  }\n": typeof types.AccountsE2eRoleDocument,
    "\n  mutation AccountsE2eLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AccountsE2eLoginDocument,
    "\n  query AccountsE2eInvitation($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AccountsE2eInvitationDocument,
    "\n        mutation CommissionViewRecord($sales: [SaleInput!]!) {\n          recordSales(sales: $sales) {\n            results {\n              result {\n                __typename\n                ... on SaleRecorded {\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.CommissionViewRecordDocument,
    "\n        mutation CommissionViewCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      ": typeof types.CommissionViewCancelDocument,
    "\n        mutation EmailChangeE2eLogin($input: LoginInput!) {\n          login(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.EmailChangeE2eLoginDocument,
    "\n        mutation MultiProgramE2eInvite($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MultiProgramE2eInviteDocument,
    "\n        query MultiProgramE2eMe {\n          me {\n            program {\n              id\n            }\n          }\n        }\n      ": typeof types.MultiProgramE2eMeDocument,
    "\n        query MultiProgramE2ePrograms {\n          myPrograms {\n            accountId\n            program {\n              id\n            }\n          }\n        }\n      ": typeof types.MultiProgramE2eProgramsDocument,
    "\n  mutation SignupE2eSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SignupE2eSignUpDocument,
    "\n  fragment CommissionActionItems on CommissionActionPayload {\n    succeeded\n    failed\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          approvedAt\n          amount {\n            amount\n            currency\n          }\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n  }\n": typeof types.CommissionActionItemsFragmentDoc,
    "\n  mutation CommissionActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...CommissionActionItems\n    }\n  }\n": typeof types.CommissionActionsApproveDocument,
    "\n  mutation CommissionActionsApproveCounts($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.CommissionActionsApproveCountsDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FixtureLoginDocument,
    "\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n              refunded {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.FixtureRecordSalesDocument,
    "\n  fragment TestPaymentFields on Payment {\n    id\n    partnerId\n    amount {\n      amount\n      currency\n    }\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n": typeof types.TestPaymentFieldsFragmentDoc,
    "\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...TestPaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance {\n                amount\n                currency\n              }\n              threshold {\n                amount\n                currency\n              }\n            }\n            ... on BalanceChangedError {\n              expected {\n                amount\n                currency\n              }\n              actual {\n                amount\n                currency\n              }\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PayDocument,
    "\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance {\n          amount\n          currency\n        }\n        commissionCount\n        threshold {\n          amount\n          currency\n        }\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PendingDocument,
    "\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...TestPaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VoidDocument,
    "\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApproveDocument,
    "\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefundDocument,
};
const documents: Documents = {
    "\n  mutation AccountChangesSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        kind\n      }\n    }\n  }\n": types.AccountChangesSwitchDocument,
    "\n  query AccountChangesMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        id\n      }\n    }\n  }\n": types.AccountChangesMyProgramsDocument,
    "\n  mutation AccountChangesRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        pendingEmail\n      }\n    }\n  }\n": types.AccountChangesRequestDocument,
    "\n  mutation AccountChangesCancelMine {\n    cancelMyEmailChange\n  }\n": types.AccountChangesCancelMineDocument,
    "\n  mutation AccountChangesConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.AccountChangesConfirmDocument,
    "\n  query AccountChangesMyEmail {\n    me {\n      label\n      pendingEmail\n    }\n  }\n": types.AccountChangesMyEmailDocument,
    "\n  mutation AccountChangesUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      email\n      pendingEmail\n    }\n  }\n": types.AccountChangesUpdatePartnerDocument,
    "\n  mutation AccountChangesCancelPartner($id: UUID!) {\n    cancelPartnerEmailChange(id: $id) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": types.AccountChangesCancelPartnerDocument,
    "\n  query AccountChangesMembers {\n    teamMembers {\n      id\n      email\n      pendingEmail\n    }\n  }\n": types.AccountChangesMembersDocument,
    "\n  mutation AccountChangesChangeMemberEmail($input: ChangeTeamMemberEmailInput!) {\n    changeTeamMemberEmail(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": types.AccountChangesChangeMemberEmailDocument,
    "\n  mutation AccountChangesCancelMember($accountId: UUID!) {\n    cancelTeamMemberEmailChange(accountId: $accountId) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": types.AccountChangesCancelMemberDocument,
    "\n  mutation AccountChangesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": types.AccountChangesLoginDocument,
    "\n  mutation AccountsPasswordsChange($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on WeakPasswordError {\n        code\n        message\n        suggestions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.AccountsPasswordsChangeDocument,
    "\n  mutation AccountsPasswordsRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": types.AccountsPasswordsRequestResetDocument,
    "\n  mutation AccountsPasswordsReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.AccountsPasswordsResetDocument,
    "\n  query AccountsPasswordsSessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      userAgent\n      address\n      current\n    }\n  }\n": types.AccountsPasswordsSessionsDocument,
    "\n  mutation AccountsPasswordsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.AccountsPasswordsLoginDocument,
    "\n  query AccountsPasswordsMe {\n    me {\n      kind\n    }\n  }\n": types.AccountsPasswordsMeDocument,
    "\n  query AccountsPasswordsOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n        subject\n      }\n    }\n  }\n": types.AccountsPasswordsOutboxDocument,
    "\n  mutation AccountsPasswordsRevoke($id: UUID!) {\n    revokeMySession(id: $id)\n  }\n": types.AccountsPasswordsRevokeDocument,
    "\n  mutation AccountsPasswordsRevokeOthers {\n    revokeMyOtherSessions\n  }\n": types.AccountsPasswordsRevokeOthersDocument,
    "\n  mutation AuditHistoryLocalDaysSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n    }\n  }\n": types.AuditHistoryLocalDaysSettingsDocument,
    "\n  query AuditHistoryLocalDaysAudit($filter: AuditFilterInput!) {\n    auditLog(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n": types.AuditHistoryLocalDaysAuditDocument,
    "\n  query AuditHistoryLocalDaysHistory($filter: CommissionHistoryFilter!) {\n    commissionHistory(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        paidAt\n      }\n    }\n  }\n": types.AuditHistoryLocalDaysHistoryDocument,
    "\n  query AuthorizationMatrixMe {\n    me {\n      kind\n    }\n  }\n": types.AuthorizationMatrixMeDocument,
    "\n  mutation AuthorizationMatrixLogout {\n    logout\n  }\n": types.AuthorizationMatrixLogoutDocument,
    "\n  mutation AuthorizationMatrixCreateKey {\n    createApiKey(input: { name: \"temp\", scope: READ }) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.AuthorizationMatrixCreateKeyDocument,
    "\n  query AuthorizationMatrixProgram {\n    program {\n      id\n    }\n  }\n": types.AuthorizationMatrixProgramDocument,
    "\n  mutation AuthorizationMatrixRevokeKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": types.AuthorizationMatrixRevokeKeyDocument,
    "\n  mutation BackendTerminatedRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.BackendTerminatedRecordDocument,
    "\n  mutation BackendTerminatedApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.BackendTerminatedApproveDocument,
    "\n  fragment BulkActionsSummary on CommissionActionPayload {\n    succeeded\n    failed\n    unreportedFailures\n    failureCounts {\n      code\n      count\n    }\n  }\n": types.BulkActionsSummaryFragmentDoc,
    "\n  fragment BulkActionsFailures on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  }\n": types.BulkActionsFailuresFragmentDoc,
    "\n  mutation BulkActionsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BulkActionsRecordSalesDocument,
    "\n  mutation BulkActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n": types.BulkActionsApproveDocument,
    "\n  mutation BulkActionsApproveSummary($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n": types.BulkActionsApproveSummaryDocument,
    "\n  mutation BulkActionsApproveLight($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on Commission {\n            id\n            status\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.BulkActionsApproveLightDocument,
    "\n  mutation BulkActionsCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n": types.BulkActionsCancelDocument,
    "\n  mutation BulkActionsReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n": types.BulkActionsReinstateDocument,
    "\n        mutation BulkActionsCreatePartner {\n          createPartner(input: { name: \"Bulk\", email: \"bulk@test.dev\", partnerKey: \"bulk-partner\" }) {\n            id\n            partnerKey\n          }\n        }\n      ": types.BulkActionsCreatePartnerDocument,
    "\n        mutation BulkActionsCreatePartner2 {\n          createPartner(input: { name: \"Bulk 2\", email: \"bulk2@test.dev\", partnerKey: \"bulk-2\" }) {\n            id\n          }\n        }\n      ": types.BulkActionsCreatePartner2Document,
    "\n        mutation BulkActionsCreatePartner3 {\n          createPartner(input: { name: \"Bulk 3\", email: \"bulk3@test.dev\", partnerKey: \"bulk-3\" }) {\n            id\n          }\n        }\n      ": types.BulkActionsCreatePartner3Document,
    "\n  query CommissionListViewList($filter: CommissionFilter, $page: PageInput, $sort: CommissionSort) {\n    commissions(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        partner {\n          name\n        }\n        sale {\n          externalId\n          occurredAt\n        }\n      }\n    }\n  }\n": types.CommissionListViewListDocument,
    "\n  mutation CommissionListViewCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n": types.CommissionListViewCancelDocument,
    "\n  mutation CommissionListViewApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n": types.CommissionListViewApproveDocument,
    "\n    mutation CommissionListViewReinstate($s: CommissionSelection!) {\n      reinstateCommissions(selection: $s) {\n        succeeded\n        failed\n        items {\n          commissionId\n          result {\n            __typename\n            ... on Commission {\n              id\n              status\n              partner {\n                name\n              }\n              sale {\n                externalId\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n    }\n  ": types.CommissionListViewReinstateDocument,
    "\n    query CommissionListViewAudit($filter: AuditFilterInput, $page: PageInput) {\n      auditLog(filter: $filter, page: $page) {\n        totalCount\n        nodes {\n          action\n          actorKind\n          actorName\n          entityType\n          changes\n          subject {\n            name\n            partnerId\n            partnerName\n            saleId\n            orderId\n          }\n        }\n      }\n    }\n  ": types.CommissionListViewAuditDocument,
    "\n    query CommissionListViewActorsAndActions {\n      auditActors {\n        kind\n        id\n        name\n      }\n      auditActions\n    }\n  ": types.CommissionListViewActorsAndActionsDocument,
    "\n    query CommissionListViewActors {\n      auditActors {\n        kind\n        id\n        name\n      }\n    }\n  ": types.CommissionListViewActorsDocument,
    "\n  mutation ConcurrencyApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.ConcurrencyApproveDocument,
    "\n  mutation ConcurrencyReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.ConcurrencyReinstateDocument,
    "\n  mutation ConcurrencyCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.ConcurrencyCancelDocument,
    "\n              mutation ConcurrencyRefund($i: RefundSaleInput!) {\n                refundSale(input: $i) {\n                  __typename\n                }\n              }\n            ": types.ConcurrencyRefundDocument,
    "\n            mutation ConcurrencyApproveRace($s: CommissionSelection!) {\n              approveCommissions(selection: $s) {\n                succeeded\n                failed\n              }\n            }\n          ": types.ConcurrencyApproveRaceDocument,
    "\n            mutation ConcurrencyRecordSales($s: [SaleInput!]!) {\n              recordSales(sales: $s) {\n                results {\n                  result {\n                    __typename\n                  }\n                }\n              }\n            }\n          ": types.ConcurrencyRecordSalesDocument,
    "\n  query DashboardsOverview($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      timezone\n      series {\n        currency\n        points {\n          start\n          day\n          revenue {\n            amount\n            currency\n          }\n          salesCount\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n        }\n      }\n      comparison {\n        currency\n        previousFrom\n        revenue {\n          amount\n          currency\n        }\n        previousRevenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        previousCommissions {\n          amount\n          currency\n        }\n        salesCount\n        previousSalesCount\n      }\n      topByRevenue {\n        partnerId\n        partnerName\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n      topByCommission(limit: 1) {\n        partnerId\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n    }\n  }\n": types.DashboardsOverviewDocument,
    "\n  query DashboardsTooMany {\n    programOverview(input: { bucket: DAY }) {\n      topByRevenue(limit: 500) {\n        partnerId\n      }\n    }\n  }\n": types.DashboardsTooManyDocument,
    "\n  query DashboardsAttention {\n    needsAttention {\n      readyToApprove {\n        currency\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      unpayable {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        threshold {\n          amount\n          currency\n        }\n        reasons\n      }\n      unpayableCount\n      failedEmailCount\n    }\n  }\n": types.DashboardsAttentionDocument,
    "\n  query DashboardsNext {\n    myNextPayment {\n      currency\n      balance {\n        amount\n        currency\n      }\n      threshold {\n        amount\n        currency\n      }\n      eligible\n      blockers\n      clawbacks {\n        amount\n        currency\n      }\n      holding {\n        amount\n        currency\n      }\n      holdingCount\n      awaitingApproval {\n        amount\n        currency\n      }\n      releases {\n        day\n        at\n        amount {\n          amount\n          currency\n        }\n        count\n      }\n    }\n  }\n": types.DashboardsNextDocument,
    "\n  mutation DashboardsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.DashboardsRewardDocument,
    "\n  mutation DashboardsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      status\n    }\n  }\n": types.DashboardsSuspendDocument,
    "\n  query DatabaseOutagePartners {\n    partners(page: { first: 5 }) {\n      totalCount\n    }\n  }\n": types.DatabaseOutagePartnersDocument,
    "\n  mutation DatabaseOutageLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": types.DatabaseOutageLoginDocument,
    "\n  mutation DatabaseOutageEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n      ... on EmailsQueued {\n        batchId\n        queued\n      }\n    }\n  }\n": types.DatabaseOutageEmailPartnersDocument,
    "\n  mutation EmailChangeRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        message\n        pendingEmail\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.EmailChangeRequestDocument,
    "\n  mutation EmailChangeConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.EmailChangeConfirmDocument,
    "\n  mutation EmailChangeUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n": types.EmailChangeUpdatePartnerDocument,
    "\n  query EmailChangePartner($id: UUID!) {\n    partner(id: $id) {\n      email\n      pendingEmail\n    }\n  }\n": types.EmailChangePartnerDocument,
    "\n  query EmailChangeMe {\n    me {\n      label\n      pendingEmail\n      partner {\n        email\n        pendingEmail\n      }\n    }\n  }\n": types.EmailChangeMeDocument,
    "\n  query EmailChangeKind {\n    me {\n      kind\n    }\n  }\n": types.EmailChangeKindDocument,
    "\n  mutation EmailChangeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.EmailChangeLoginDocument,
    "\n  mutation EmailChangeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": types.EmailChangeRequestResetDocument,
    "\n  mutation EmailChangeReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.EmailChangeResetDocument,
    "\n  query EmailPreviewsAudience($selection: CommissionSelection!) {\n    commissionEmailAudience(selection: $selection) {\n      count\n      skippedNothingDue\n      sample {\n        partnerId\n        name\n      }\n    }\n  }\n": types.EmailPreviewsAudienceDocument,
    "\n  query EmailPreviewsPreviewCommissions($input: CommissionEmailPreviewInput!) {\n    previewCommissionPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on InvalidEmailTemplateError {\n        problems {\n          placeholder\n          reason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.EmailPreviewsPreviewCommissionsDocument,
    "\n  query EmailPreviewsPreviewPartners($input: PartnersEmailPreviewInput!) {\n    previewPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.EmailPreviewsPreviewPartnersDocument,
    "\n  fragment EmailsBatchFields on EmailBatchResult {\n    __typename\n    ... on EmailsQueued {\n      batchId\n      queued\n      messages {\n        id\n        partnerId\n        recipient\n        subject\n        body\n        status\n      }\n    }\n    ... on InvalidEmailTemplateError {\n      code\n      message\n      problems {\n        field\n        placeholder\n        reason\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n": types.EmailsBatchFieldsFragmentDoc,
    "\n  fragment EmailsMessageFields on EmailMessage {\n    id\n    partnerId\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    attemptLog {\n      attempt\n      outcome\n      error\n      finishedAt\n    }\n  }\n": types.EmailsMessageFieldsFragmentDoc,
    "\n  mutation EmailsEmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n": types.EmailsEmailCommissionPartnersDocument,
    "\n  mutation EmailsEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n": types.EmailsEmailPartnersDocument,
    "\n  mutation EmailsEmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n": types.EmailsEmailPendingPaymentPartnersDocument,
    "\n  query EmailsOutbox($filter: EmailOutboxFilter) {\n    emailOutbox(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n": types.EmailsOutboxDocument,
    "\n  query EmailsOutboxCount {\n    emailOutbox {\n      totalCount\n    }\n  }\n": types.EmailsOutboxCountDocument,
    "\n  query EmailsMyMessages {\n    myMessages(page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n": types.EmailsMyMessagesDocument,
    "\n  mutation EmailsResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on EmailMessage {\n        status\n        attempts\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.EmailsResendDocument,
    "\n  query EmailsAudit($action: String!) {\n    auditLog(filter: { action: $action }) {\n      nodes {\n        entityId\n        changes\n      }\n    }\n  }\n": types.EmailsAuditDocument,
    "\n  query ErrorCodesEnumValues($name: String!) {\n    __type(name: $name) {\n      kind\n      enumValues {\n        name\n      }\n    }\n  }\n": types.ErrorCodesEnumValuesDocument,
    "\n  query ErrorCodesExclusionFields {\n    __type(name: \"PaypalPayoutExclusion\") {\n      fields {\n        name\n        type {\n          ofType {\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.ErrorCodesExclusionFieldsDocument,
    "\n  mutation ErrorCodesApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n    }\n  }\n": types.ErrorCodesApproveDocument,
    "\n  query ErrorCodesPlan($input: PaypalPayoutInput!) {\n    paypalPayoutPlan(input: $input) {\n      excluded {\n        partnerId\n        reason\n      }\n    }\n  }\n": types.ErrorCodesPlanDocument,
    "\n  query EventsFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          type\n          entityType\n          entityId\n          actorKind\n          actorLabel\n          occurredAt\n          payload\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsFeedDocument,
    "\n  mutation EventsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": types.EventsApproveDocument,
    "\n  mutation EventsCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"storm\" }) {\n      succeeded\n    }\n  }\n": types.EventsCancelDocument,
    "\n  mutation EventsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      id\n    }\n  }\n": types.EventsSuspendDocument,
    "\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.ExportsCsvInjectionUpdatePartnerDocument,
    "\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.ExportsCsvInjectionCreateRewardDocument,
    "\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n": types.ExportsCsvInjectionCancelDocument,
    "\n  mutation ExportsEmailsAuthorizationQueue($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationQueueDocument,
    "\n  query ExportsEmailsAuthorizationPlaceholders {\n    emailPlaceholders(topic: COMMISSIONS) {\n      name\n    }\n  }\n": types.ExportsEmailsAuthorizationPlaceholdersDocument,
    "\n  query ExportsEmailsAuthorizationOutbox {\n    emailOutbox {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationOutboxDocument,
    "\n  query ExportsEmailsAuthorizationMyMessages {\n    myMessages {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationMyMessagesDocument,
    "\n  query ExportsEmailsAuthorizationPaypalPlan {\n    paypalPayoutPlan {\n      files {\n        currency\n        rows\n      }\n      excludedCount\n      excluded {\n        partnerId\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationPaypalPlanDocument,
    "\n  mutation ExportsEmailsAuthorizationEmailCommissionPartners($i: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationEmailCommissionPartnersDocument,
    "\n  mutation ExportsEmailsAuthorizationEmailPendingPaymentPartners($i: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationEmailPendingPaymentPartnersDocument,
    "\n  mutation ExportsEmailsAuthorizationEmailPartners($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationEmailPartnersDocument,
    "\n  mutation ExportsEmailsAuthorizationResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ExportsEmailsAuthorizationResendDocument,
    "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n": types.ExportsAuditLogDocument,
    "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.ExportsPendingCommissionsDocument,
    "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total {\n          amount\n          currency\n        }\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n      downloadPath\n    }\n  }\n": types.ExportsPaypalPayoutPlanDocument,
    "\n  mutation GuardsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.GuardsLoginDocument,
    "\n  query GuardsMe {\n    me {\n      kind\n    }\n  }\n": types.GuardsMeDocument,
    "\n  mutation GuardsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        externalId\n      }\n    }\n  }\n": types.GuardsRecordSalesDocument,
    "\n  query GuardsLightOverview {\n    programOverview(input: { bucket: DAY }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n  }\n": types.GuardsLightOverviewDocument,
    "\n  query GuardsHeavyOverview($from: DateTimeISO!, $to: DateTimeISO!) {\n    programOverview(input: { bucket: DAY, from: $from, to: $to }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n    partners(page: { first: 100 }) {\n      nodes {\n        stats {\n          salesCount\n        }\n      }\n    }\n  }\n": types.GuardsHeavyOverviewDocument,
    "\n  mutation GuardsApproveCount($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": types.GuardsApproveCountDocument,
    "\n  query GuardsPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": types.GuardsPartnerDocument,
    "\n  query GuardsSale($id: UUID!) {\n    sale(id: $id) {\n      id\n    }\n  }\n": types.GuardsSaleDocument,
    "\n  query GuardsCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n    }\n  }\n": types.GuardsCommissionDocument,
    "\n  query GuardsCustomer($id: UUID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": types.GuardsCustomerDocument,
    "\n  mutation GuardsCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      id\n    }\n  }\n": types.GuardsCreatePartnerDocument,
    "\n        mutation GuardsCreateInvalidPartner {\n          createPartner(input: { name: \"\", email: \"not-an-email\", partnerKey: \"has spaces\" }) {\n            id\n          }\n        }\n      ": types.GuardsCreateInvalidPartnerDocument,
    "\n        mutation GuardsCreateDuplicatePartner($k: String!) {\n          createPartner(input: { name: \"Dup\", email: \"dup@test.dev\", partnerKey: $k }) {\n            id\n          }\n        }\n      ": types.GuardsCreateDuplicatePartnerDocument,
    "\n        mutation GuardsLoginNobody {\n          login(input: { email: \"nobody@test.dev\", password: \"wrong\" }) {\n            __typename\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      ": types.GuardsLoginNobodyDocument,
    "\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    ": types.GuardsCostlyMyCommissionsDocument,
    "\n          query GuardsHeldMyCommissions {\n            myCommissions(page: { first: 5 }) {\n              totalCount\n            }\n          }\n        ": types.GuardsHeldMyCommissionsDocument,
    "\n          query GuardsPartnersFiltered($f: PartnerFilter!) {\n            partners(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.GuardsPartnersFilteredDocument,
    "\n          query GuardsCommissionsFiltered($f: CommissionFilter!) {\n            commissions(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.GuardsCommissionsFilteredDocument,
    "\n          mutation GuardsTrackReferral($i: TrackReferralInput!) {\n            trackReferral(input: $i) {\n              id\n            }\n          }\n        ": types.GuardsTrackReferralDocument,
    "\n        query GuardsProgram {\n          program {\n            id\n          }\n        }\n      ": types.GuardsProgramDocument,
    "\n        mutation GuardsTenancyApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            items {\n              result {\n                __typename\n              }\n            }\n          }\n        }\n      ": types.GuardsTenancyApproveDocument,
    "\n        mutation GuardsTenancyReward($i: CreateManualRewardInput!) {\n          createManualReward(input: $i) {\n            id\n          }\n        }\n      ": types.GuardsTenancyRewardDocument,
    "\n        mutation GuardsTenancyRefund($i: RefundSaleInput!) {\n          refundSale(input: $i) {\n            __typename\n          }\n        }\n      ": types.GuardsTenancyRefundDocument,
    "\n        query GuardsTenancyLists {\n          partners {\n            nodes {\n              id\n            }\n          }\n          commissions(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          sales(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          customers {\n            nodes {\n              id\n            }\n          }\n          auditLog(page: { first: 100 }) {\n            nodes {\n              entityId\n            }\n          }\n        }\n      ": types.GuardsTenancyListsDocument,
    "\n  mutation IntegratorFixesCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n      items {\n        result {\n          __typename\n          ... on Commission {\n            status\n            cancelReason\n          }\n        }\n      }\n    }\n  }\n": types.IntegratorFixesCancelDocument,
    "\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.IntegratorFixesRefundDocument,
    "\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": types.IntegratorFixesPayDocument,
    "\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          clawbackOfId\n        }\n      }\n    }\n  }\n": types.IntegratorFixesSaleRefundsDocument,
    "\n    query IntegratorFixesSale($id: UUID, $externalId: String) {\n      sale(id: $id, externalId: $externalId) {\n        id\n        externalId\n        customer {\n          id\n          externalId\n        }\n      }\n    }\n  ": types.IntegratorFixesSaleDocument,
    "\n    query IntegratorFixesPartnerSale($externalId: String) {\n      sale(externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": types.IntegratorFixesPartnerSaleDocument,
    "\n    query IntegratorFixesCustomer($id: UUID, $externalId: String) {\n      customer(id: $id, externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": types.IntegratorFixesCustomerDocument,
    "\n    mutation IntegratorFixesReward($input: CreateManualRewardInput!) {\n      createManualReward(input: $input) {\n        id\n        customerId\n        kind\n      }\n    }\n  ": types.IntegratorFixesRewardDocument,
    "\n      query IntegratorFixesCommission($id: UUID!) {\n        commission(id: $id) {\n          product {\n            sku\n            name\n          }\n          saleDate\n        }\n      }\n    ": types.IntegratorFixesCommissionDocument,
    "\n        mutation IntegratorFixesRewardProduct($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n      ": types.IntegratorFixesRewardProductDocument,
    "\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount {\n              amount\n              currency\n            }\n          }\n        }\n        balances {\n          status\n          total {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  ": types.IntegratorFixesMeDocument,
    "\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      ": types.IntegratorFixesRewardIdDocument,
    "\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      ": types.IntegratorFixesPartnerStatsDocument,
    "\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...CommissionActionItems\n    }\n  }\n": types.LedgerCancelDocument,
    "\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...CommissionActionItems\n    }\n  }\n": types.LedgerReinstateDocument,
    "\n  mutation LedgerTrack($input: TrackReferralInput!) {\n    trackReferral(input: $input) {\n      id\n      firstReferrer {\n        id\n      }\n      lastReferrer {\n        id\n      }\n    }\n  }\n": types.LedgerTrackDocument,
    "\n  mutation LedgerTrackUnknownPartner {\n    trackReferral(input: { customerExternalId: \"x\", partnerKey: \"nobody\", event: CLICK }) {\n      id\n    }\n  }\n": types.LedgerTrackUnknownPartnerDocument,
    "\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.LedgerManualSaleDocument,
    "\n  mutation LedgerUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.LedgerUpdatePartnerDocument,
    "\n  query LedgerCommissionSeen($id: UUID!) {\n    commission(id: $id) {\n      status\n      cancelReason\n    }\n  }\n": types.LedgerCommissionSeenDocument,
    "\n  mutation LedgerCreateFilterPartner {\n    createPartner(input: { name: \"Filter Partner\", email: \"filter@test.dev\", partnerKey: \"filter-partner\" }) {\n      id\n      partnerKey\n    }\n  }\n": types.LedgerCreateFilterPartnerDocument,
    "\n  mutation LedgerCreateRewardStatus($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      status\n      kind\n      payableAt\n    }\n  }\n": types.LedgerCreateRewardStatusDocument,
    "\n  mutation LedgerNoHoldingPeriod {\n    updateProgramSettings(input: { holdingPeriodDays: 0 }) {\n      holdingPeriodDays\n    }\n  }\n": types.LedgerNoHoldingPeriodDocument,
    "\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded {\n              amount\n              currency\n            }\n          }\n          adjustedCommissions {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount {\n              amount\n              currency\n            }\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  ": types.LedgerRefundDocument,
    "\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.LedgerCommissionAmountDocument,
    "\n  mutation LedgerMarkPaid($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": types.LedgerMarkPaidDocument,
    "\n  query LedgerFirstCustomer {\n    customers(page: { first: 1 }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerFirstCustomerDocument,
    "\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount {\n        amount\n        currency\n      }\n      description\n      customerId\n    }\n  }\n": types.LedgerCreateRewardDocument,
    "\n  query LedgerMyRewards {\n    myCommissions(filter: { kind: REWARD }) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": types.LedgerMyRewardsDocument,
    "\n  query LedgerRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerRewardsDocument,
    "\n  query LedgerAuditOf($id: String!) {\n    auditLog(filter: { entityId: $id }) {\n      nodes {\n        action\n        actorLabel\n        changes\n      }\n    }\n  }\n": types.LedgerAuditOfDocument,
    "\n  mutation LedgerCreateRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.LedgerCreateRewardIdDocument,
    "\n  query LedgerPendingPage($after: String) {\n    pendingCommissions(page: { first: 3, after: $after }) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LedgerPendingPageDocument,
    "\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.LedgerPendingFilteredDocument,
    "\n  query LedgerPendingTooBig {\n    pendingCommissions(page: { first: 101 }) {\n      totalCount\n    }\n  }\n": types.LedgerPendingTooBigDocument,
    "\n  query LedgerPendingBadCursor {\n    pendingCommissions(page: { after: \"nonsense\" }) {\n      totalCount\n    }\n  }\n": types.LedgerPendingBadCursorDocument,
    "\n  query LedgerPendingMixed {\n    pendingCommissions(filter: { currency: \"EUR\", minAmount: { amount: 1, currency: \"USD\" } }) {\n      totalCount\n    }\n  }\n": types.LedgerPendingMixedDocument,
    "\n  query LedgerPartnerSearch($s: String!) {\n    partners(filter: { search: $s }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerPartnerSearchDocument,
    "\n  fragment LedgerStats on PartnerStats {\n    salesCount\n    balances {\n      status\n      total {\n        amount\n        currency\n      }\n      count\n    }\n  }\n": types.LedgerStatsFragmentDoc,
    "\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        ...LedgerStats\n        salesTotals {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.LedgerPartnerStatsDocument,
    "\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          ...LedgerStats\n        }\n      }\n    }\n  }\n": types.LedgerPartnersStatsDocument,
    "\n  query LedgerAuditPage {\n    auditLog(page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        action\n        actorKind\n        actorLabel\n        entityType\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LedgerAuditPageDocument,
    "\n  query LedgerAuditNext($after: String) {\n    auditLog(page: { first: 5, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerAuditNextDocument,
    "\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds {\n        amount\n        currency\n      }\n      autoApprove\n    }\n  }\n": types.LedgerSettingsUpdateDocument,
    "\n  query LedgerSettingsAudit {\n    auditLog(filter: { action: \"program.settings\" }) {\n      nodes {\n        actorLabel\n        changes\n      }\n    }\n  }\n": types.LedgerSettingsAuditDocument,
    "\n  mutation LedgerSettingsReset {\n    updateProgramSettings(input: { defaultAttribution: LAST, autoApprove: false }) {\n      id\n    }\n  }\n": types.LedgerSettingsResetDocument,
    "\n  mutation LedgerSettingsDuplicateThresholds {\n    updateProgramSettings(input: { payThresholds: [{ amount: 1, currency: \"USD\" }, { amount: 2, currency: \"USD\" }] }) {\n      id\n    }\n  }\n": types.LedgerSettingsDuplicateThresholdsDocument,
    "\n  query ListSortLocalDaysSales($filter: SaleFilter, $page: PageInput, $sort: SaleSort) {\n    sales(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        externalId\n        amount {\n          amount\n          currency\n        }\n        occurredAt\n      }\n    }\n  }\n": types.ListSortLocalDaysSalesDocument,
    "\n  query ListSortLocalDaysPartners($filter: PartnerFilter, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.ListSortLocalDaysPartnersDocument,
    "\n  query ListSortLocalDaysPayments($filter: PaymentFilter, $page: PageInput, $sort: PaymentSort) {\n    payments(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        partnerId\n        createdAt\n      }\n    }\n  }\n": types.ListSortLocalDaysPaymentsDocument,
    "\n  query ListSortLocalDaysCommissions($filter: CommissionFilter) {\n    commissions(filter: $filter) {\n      nodes {\n        id\n        sale {\n          externalId\n        }\n      }\n    }\n  }\n": types.ListSortLocalDaysCommissionsDocument,
    "\n  mutation ListSortLocalDaysSettings($i: ProgramSettingsInput!) {\n    updateProgramSettings(input: $i) {\n      timezone\n    }\n  }\n": types.ListSortLocalDaysSettingsDocument,
    "\n  mutation ListSortLocalDaysCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      __typename\n    }\n  }\n": types.ListSortLocalDaysCreatePartnerDocument,
    "\n  mutation MoneyLimitsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.MoneyLimitsRewardDocument,
    "\n  mutation MoneyLimitsRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.MoneyLimitsRewardIdDocument,
    "\n        query MoneyLimitsPaypalPlan($partnerIds: [UUID!]) {\n          paypalPayoutPlan(input: { partnerIds: $partnerIds }) {\n            files {\n              total {\n                amount\n                currency\n              }\n              rows\n            }\n            excludedCount\n          }\n        }\n      ": types.MoneyLimitsPaypalPlanDocument,
    "\n        query MoneyLimitsPayments {\n          payments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n              commissionCount\n            }\n          }\n        }\n      ": types.MoneyLimitsPaymentsDocument,
    "\n        query MoneyLimitsMyPayments {\n          myPayments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      ": types.MoneyLimitsMyPaymentsDocument,
    "\n        query MoneyLimitsPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                count\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      ": types.MoneyLimitsPartnerStatsDocument,
    "\n        query MoneyLimitsOverview {\n          programOverview(input: { bucket: DAY }) {\n            balances {\n              status\n              total {\n                amount\n                currency\n              }\n            }\n            series {\n              points {\n                earned {\n                  amount\n                  currency\n                }\n                payouts {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      ": types.MoneyLimitsOverviewDocument,
    "\n  query MoneyShapeIntrospection {\n    money: __type(name: \"Money\") {\n      kind\n      description\n      fields {\n        name\n        description\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    moneyInput: __type(name: \"MoneyInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    balanceInput: __type(name: \"MoneyBalanceInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    minorUnits: __type(name: \"MinorUnits\") {\n      kind\n      description\n    }\n  }\n": types.MoneyShapeIntrospectionDocument,
    "\n  mutation MoneyShapeReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.MoneyShapeRewardDocument,
    "\n  query MoneyShapeBalance($filter: PendingPaymentFilterInput!) {\n    pendingPayments(filter: $filter) {\n      nodes {\n        partnerId\n        balance {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.MoneyShapeBalanceDocument,
    "\n  mutation MultiProgramLoginCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n      name\n      status\n    }\n  }\n": types.MultiProgramLoginCreatePartnerDocument,
    "\n  mutation MultiProgramLoginSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.MultiProgramLoginSetPasswordDocument,
    "\n  mutation MultiProgramLoginInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        email\n        role\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.MultiProgramLoginInviteDocument,
    "\n  query MultiProgramLoginPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        email\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.MultiProgramLoginPreviewDocument,
    "\n  mutation MultiProgramLoginAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.MultiProgramLoginAcceptDocument,
    "\n  mutation MultiProgramLoginLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        endsAt\n        viewer {\n          kind\n          program {\n            id\n          }\n          partner {\n            id\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.MultiProgramLoginLoginDocument,
    "\n  query MultiProgramLoginMe {\n    me {\n      kind\n      label\n      merchantRole\n      program {\n        id\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n": types.MultiProgramLoginMeDocument,
    "\n  query MultiProgramLoginMyPrograms {\n    myPrograms {\n      accountId\n      kind\n      merchantRole\n      partnerName\n      current\n      program {\n        id\n        name\n      }\n    }\n  }\n": types.MultiProgramLoginMyProgramsDocument,
    "\n  mutation MultiProgramLoginSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        kind\n        program {\n          id\n        }\n        partner {\n          id\n        }\n      }\n    }\n  }\n": types.MultiProgramLoginSwitchDocument,
    "\n  query MultiProgramLoginPartners {\n    partners {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.MultiProgramLoginPartnersDocument,
    "\n  query MultiProgramLoginPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": types.MultiProgramLoginPartnerDocument,
    "\n  mutation MultiProgramLoginChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.MultiProgramLoginChangePasswordDocument,
    "\n  fragment OverviewTestSeriesFields on OverviewSeries {\n    currency\n    points {\n      start\n      earned {\n        amount\n        currency\n      }\n      earnedCount\n      clawbacks {\n        amount\n        currency\n      }\n      clawbackCount\n      payouts {\n        amount\n        currency\n      }\n      payoutCount\n    }\n  }\n": types.OverviewTestSeriesFieldsFragmentDoc,
    "\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n      balances {\n        status\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      amountsDue {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n    }\n  }\n": types.OverviewProgramDocument,
    "\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n    }\n  }\n": types.OverviewMineDocument,
    "\n      mutation OverviewReward($partnerId: UUID!) {\n        createManualReward(input: { partnerId: $partnerId, description: \"Bonus\", amount: { amount: 2500, currency: \"USD\" } }) {\n          id\n        }\n      }\n    ": types.OverviewRewardDocument,
    "\n      mutation OverviewCancel($ids: [UUID!]!) {\n        cancelCommissions(input: { reason: \"fraud\", selection: { ids: $ids } }) {\n          succeeded\n        }\n      }\n    ": types.OverviewCancelDocument,
    "\n  mutation PartnerApplicationsSettings($input: ApplicationSettingsInput!) {\n    updateApplicationSettings(input: $input) {\n      applications {\n        open\n        slug\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n    }\n  }\n": types.PartnerApplicationsSettingsDocument,
    "\n  query PartnerApplicationsForm($slug: String!) {\n    programApplicationForm(slug: $slug) {\n      __typename\n      ... on PublicApplicationForm {\n        slug\n        programName\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PartnerApplicationsFormDocument,
    "\n  mutation PartnerApplicationsApply($slug: String!, $input: ApplyToProgramInput!) {\n    applyToProgram(slug: $slug, input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.PartnerApplicationsApplyDocument,
    "\n  mutation PartnerApplicationsApprove($id: UUID!) {\n    approvePartnerApplication(partnerId: $id) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          decidedAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PartnerApplicationsApproveDocument,
    "\n  mutation PartnerApplicationsDecline($input: DeclineApplicationInput!) {\n    declinePartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          declineReason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PartnerApplicationsDeclineDocument,
    "\n  query PartnerApplicationsApplied {\n    partners(filter: { status: APPLIED }) {\n      nodes {\n        id\n        name\n        email\n        status\n        partnerKey\n        appliedAt\n        applicationAnswers {\n          question\n          answer\n        }\n      }\n    }\n  }\n": types.PartnerApplicationsAppliedDocument,
    "\n  mutation PartnerApplicationsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": types.PartnerApplicationsLoginDocument,
    "\n  mutation PartnerApplicationsSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n": types.PartnerApplicationsSetPasswordDocument,
    "\n  query PartnerApplicationsMyPrograms {\n    myPrograms {\n      accountId\n      program {\n        id\n      }\n    }\n  }\n": types.PartnerApplicationsMyProgramsDocument,
    "\n        query PartnerApplicationsProgram {\n          program {\n            applications {\n              open\n              slug\n              intro\n              questions {\n                label\n                required\n              }\n            }\n          }\n        }\n      ": types.PartnerApplicationsProgramDocument,
    "\n        mutation PartnerApplicationsReward($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      ": types.PartnerApplicationsRewardDocument,
    "\n      mutation PartnerApplicationsUpdateStatus($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          status\n        }\n      }\n    ": types.PartnerApplicationsUpdateStatusDocument,
    "\n      query PartnerApplicationsMe {\n        me {\n          kind\n          partner {\n            id\n            status\n          }\n        }\n      }\n    ": types.PartnerApplicationsMeDocument,
    "\n      query PartnerApplicationsMyProgramIds {\n        myPrograms {\n          program {\n            id\n          }\n        }\n      }\n    ": types.PartnerApplicationsMyProgramIdsDocument,
    "\n  mutation PartnerCreateCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n      payThresholdOverrides {\n        amount\n        currency\n      }\n    }\n  }\n": types.PartnerCreateCreateDocument,
    "\n  mutation PartnerIsolationApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": types.PartnerIsolationApproveDocument,
    "\n  mutation PartnerIsolationCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n": types.PartnerIsolationCancelDocument,
    "\n  mutation PartnerIsolationRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n    }\n  }\n": types.PartnerIsolationRefundDocument,
    "\n  mutation PartnerIsolationReward($i: CreateManualRewardInput!) {\n    createManualReward(input: $i) {\n      id\n    }\n  }\n": types.PartnerIsolationRewardDocument,
    "\n  query PartnerIsolationOwnNumbers {\n    me {\n      kind\n      partner {\n        id\n        name\n        status\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            id\n            partnerId\n            amount {\n              amount\n              currency\n            }\n            status\n            cancelReason\n            payableAt\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            partner {\n              id\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        kind\n      }\n    }\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissions {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n": types.PartnerIsolationOwnNumbersDocument,
    "\n  query PartnerIsolationFiltered($p: UUID!) {\n    myCommissions(filter: { partnerId: $p }) {\n      nodes {\n        partnerId\n      }\n    }\n    sales(filter: { partnerId: $p }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PartnerIsolationFilteredDocument,
    "\n  query PartnerIsolationCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.PartnerIsolationCommissionDocument,
    "\n  query PartnerIsolationSale($id: UUID!) {\n    sale(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.PartnerIsolationSaleDocument,
    "\n  query PartnerIsolationSaleCustomers {\n    sales {\n      nodes {\n        customer {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.PartnerIsolationSaleCustomersDocument,
    "\n  query PartnerIsolationPartner($id: UUID!) {\n    partner(id: $id) {\n      name\n    }\n  }\n": types.PartnerIsolationPartnerDocument,
    "\n  query PartnerIsolationPartners {\n    partners {\n      nodes {\n        name\n      }\n    }\n  }\n": types.PartnerIsolationPartnersDocument,
    "\n  query PartnerIsolationCommissions {\n    commissions {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PartnerIsolationCommissionsDocument,
    "\n  query PartnerIsolationAuditLog {\n    auditLog {\n      nodes {\n        action\n      }\n    }\n  }\n": types.PartnerIsolationAuditLogDocument,
    "\n  query PartnerIsolationRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PartnerIsolationRewardsDocument,
    "\n  query PartnerIsolationBCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n        kind\n        status\n        amount {\n          amount\n          currency\n        }\n        cancelReason\n        description\n      }\n    }\n  }\n": types.PartnerIsolationBCommissionsDocument,
    "\n  mutation PartnerIsolationChangePayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        partner {\n          id\n          paypalEmail\n        }\n      }\n    }\n  }\n": types.PartnerIsolationChangePayoutDetailsDocument,
    "\n  mutation PartnerWelcomeCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n    }\n  }\n": types.PartnerWelcomeCreateDocument,
    "\n  mutation PartnerWelcomeSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.PartnerWelcomeSetPasswordDocument,
    "\n  mutation PartnerWelcomeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": types.PartnerWelcomeLoginDocument,
    "\n  query PartnerWelcomeMe {\n    me {\n      kind\n      partner {\n        id\n      }\n    }\n  }\n": types.PartnerWelcomeMeDocument,
    "\n  mutation PartnerWelcomeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": types.PartnerWelcomeRequestResetDocument,
    "\n  mutation PayHonestyPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        replayed\n        paidCount\n        paidNowCount\n        paidEarlierCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        paidNowTotals {\n          amount\n          currency\n        }\n        paidEarlierTotals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          decidedBy\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                id\n                amount {\n                  amount\n                  currency\n                }\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PayHonestyPayDocument,
    "\n  mutation PayHonestyCounts($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        items {\n          partnerId\n          result {\n            __typename\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.PayHonestyCountsDocument,
    "\n  fragment PayHonestyRecorded on PaymentRecorded {\n    payment {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.PayHonestyRecordedFragmentDoc,
    "\n  fragment PayHonestyTotals on PayPartnersPayload {\n    paidTotals {\n      amount\n      currency\n    }\n  }\n": types.PayHonestyTotalsFragmentDoc,
    "\n  mutation PayHonestyFragments($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ...PayHonestyTotals\n      ... on PayPartnersPayload {\n        items {\n          partnerId\n          result {\n            __typename\n            ...PayHonestyRecorded\n          }\n        }\n      }\n    }\n  }\n": types.PayHonestyFragmentsDocument,
    "\n  mutation PaymentsAuthorizationVoid($id: UUID!) {\n    voidPayment(id: $id, reason: \"x\") {\n      __typename\n    }\n  }\n": types.PaymentsAuthorizationVoidDocument,
    "\n          query PaymentsAuthorizationPending {\n            pendingPayments {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationPendingDocument,
    "\n          query PaymentsAuthorizationPayments {\n            payments {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationPaymentsDocument,
    "\n          query PaymentsAuthorizationPayment($id: UUID!) {\n            payment(id: $id) {\n              id\n              partner {\n                id\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationPaymentDocument,
    "\n          query PaymentsAuthorizationMyPayments {\n            myPayments {\n              nodes {\n                id\n                partnerId\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationMyPaymentsDocument,
    "\n          query PaymentsAuthorizationHistory($f: CommissionHistoryFilter) {\n            commissionHistory(filter: $f) {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationHistoryDocument,
    "\n  mutation PaymentsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.PaymentsUpdatePartnerDocument,
    "\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...TestPaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PaymentsPaymentDetailDocument,
    "\n  query PaymentsAudit($f: AuditFilterInput) {\n    auditLog(filter: $f) {\n      nodes {\n        action\n        entityId\n      }\n    }\n  }\n": types.PaymentsAuditDocument,
    "\n  mutation PaymentsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.PaymentsRewardDocument,
    "\n  query PaymentsVoided {\n    payments(filter: { voided: true }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.PaymentsVoidedDocument,
    "\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount {\n          amount\n          currency\n        }\n        payment {\n          id\n          method\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.PaymentsHistoryDocument,
    "\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.PaymentsMineDocument,
    "\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": types.PaymentsListDocument,
    "\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n": types.PaymentsPaymentViewDocument,
    "\n  query PaymentsMePaid {\n    me {\n      partner {\n        payments {\n          totalCount\n        }\n        commissions(filter: { status: PAID }) {\n          nodes {\n            payment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PaymentsMePaidDocument,
    "\n  query PaymentsMyCommissions {\n    myCommissions {\n      nodes {\n        id\n        payableAt\n        status\n      }\n    }\n  }\n": types.PaymentsMyCommissionsDocument,
    "\n  mutation PayoutDetailsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          paypalEmail\n          payoutDetailsChangedBy\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PayoutDetailsChangeDocument,
    "\n  query PayoutDetailsRecent {\n    recentPayoutDetailChanges {\n      id\n      paypalEmail\n      payoutDetailsChangedAt\n      payoutDetailsChangedBy\n    }\n  }\n": types.PayoutDetailsRecentDocument,
    "\n  mutation PayoutDetailsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.PayoutDetailsUpdatePartnerDocument,
    "\n  query PayoutDetailsMyCommissions {\n    myCommissions(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": types.PayoutDetailsMyCommissionsDocument,
    "\n  mutation PayoutDetailsEndSessions($id: UUID!) {\n    endPartnerSessions(partnerId: $id)\n  }\n": types.PayoutDetailsEndSessionsDocument,
    "\n  query PayoutDetailsMe {\n    me {\n      kind\n    }\n  }\n": types.PayoutDetailsMeDocument,
    "\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n": types.PayoutMethodsSetDocument,
    "\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.PayoutMethodsChangeDocument,
    "\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals {\n        amount\n        currency\n      }\n      groups {\n        method\n        partnerCount\n        totals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          balance {\n            amount\n            currency\n          }\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n    }\n  }\n": types.PayoutMethodsPreviewDocument,
    "\n  mutation PayoutMethodsCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      partnerKey\n      email\n      payoutMethod\n    }\n  }\n": types.PayoutMethodsCreateDocument,
    "\n          query PayoutMethodsPaypalPlan {\n            paypalPayoutPlan(input: {}) {\n              files {\n                rows\n              }\n              excluded {\n                partnerId\n                reason\n              }\n            }\n          }\n        ": types.PayoutMethodsPaypalPlanDocument,
    "\n      query PayoutMethodsAudience($input: PendingPaymentAudienceInput!) {\n        pendingPaymentEmailAudience(input: $input) {\n          count\n          skippedNothingDue\n          sample {\n            partnerId\n            name\n          }\n        }\n      }\n    ": types.PayoutMethodsAudienceDocument,
    "\n      query PayoutMethodsPreviewEmail($input: PendingPaymentEmailPreviewInput!) {\n        previewPendingPaymentEmail(input: $input) {\n          __typename\n          ... on EmailPreview {\n            partnerId\n            recipient\n            subject\n            body\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    ": types.PayoutMethodsPreviewEmailDocument,
    "\n      mutation PayoutMethodsSend($input: EmailPendingPaymentPartnersInput!) {\n        emailPendingPaymentPartners(input: $input) {\n          __typename\n          ... on EmailsQueued {\n            queued\n            messages {\n              partnerId\n              recipient\n              subject\n              body\n            }\n          }\n        }\n      }\n    ": types.PayoutMethodsSendDocument,
    "\n  mutation PayoutStormRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.PayoutStormRecordDocument,
    "\n  mutation PayoutStormApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n": types.PayoutStormApproveDocument,
    "\n  mutation PayoutStormCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n": types.PayoutStormCancelDocument,
    "\n  mutation PayoutStormReinstate($x: CommissionSelection!) {\n    reinstateCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n": types.PayoutStormReinstateDocument,
    "\n  mutation PayoutStormReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.PayoutStormRewardDocument,
    "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissionCount\n      }\n    }\n  }\n": types.ReadStandbyPartnerDashboardDocument,
    "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        refunded {\n          amount\n          currency\n        }\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n          clawbacks {\n            amount\n            currency\n          }\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": types.ReadStandbyPartnerPagesDocument,
    "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadStandbyPartnersDocument,
    "\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n": types.ReadStandbyMySessionsDocument,
    "\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n": types.ReadStandbyPendingCommissionsDocument,
    "\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n": types.ReadStandbyUpdatePartnerDocument,
    "\n  query RelayConnectionsPendingCommissions {\n    pendingCommissions(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.RelayConnectionsPendingCommissionsDocument,
    "\n  mutation RelayConnectionsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      __typename\n    }\n  }\n": types.RelayConnectionsApproveDocument,
    "\n  fragment RelayConnectionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": types.RelayConnectionsPageInfoFragmentDoc,
    "\n  query RelayConnectionsCommissions($first: Int, $after: String, $last: Int, $before: String) {\n    commissions(first: $first, after: $after, last: $last, before: $before, sort: { field: AMOUNT, direction: ASC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsCommissionsDocument,
    "\n  query RelayConnectionsCommissionsPaged($page: PageInput!) {\n    commissions(page: $page, sort: { field: AMOUNT, direction: ASC }) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": types.RelayConnectionsCommissionsPagedDocument,
    "\n  query RelayConnectionsSales($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsSalesDocument,
    "\n  query RelayConnectionsSalesPaged($page: PageInput!) {\n    sales(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": types.RelayConnectionsSalesPagedDocument,
    "\n  query RelayConnectionsAuditLog($first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsAuditLogDocument,
    "\n  query RelayConnectionsAuditLogPaged($page: PageInput!) {\n    auditLog(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": types.RelayConnectionsAuditLogPagedDocument,
    "\n  query RelayConnectionsCustomers($first: Int, $after: String, $last: Int, $before: String) {\n    customers(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsCustomersDocument,
    "\n  query RelayConnectionsCustomersPaged($page: PageInput!) {\n    customers(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": types.RelayConnectionsCustomersPagedDocument,
    "\n  query RelayConnectionsMyCommissionsViaMe($first: Int, $after: String, $last: Int, $before: String) {\n    me {\n      commissions(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        nodes {\n          id\n        }\n        pageInfo {\n          ...RelayConnectionsPageInfo\n        }\n      }\n    }\n  }\n": types.RelayConnectionsMyCommissionsViaMeDocument,
    "\n  query RelayConnectionsMyCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.RelayConnectionsMyCommissionsDocument,
    "\n  query RelayConnectionsPendingPayments($first: Int, $after: String) {\n    pendingPayments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          partnerId\n          currency\n        }\n      }\n      nodes {\n        partnerId\n        currency\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsPendingPaymentsDocument,
    "\n  query RelayConnectionsPendingPaymentsPaged {\n    pendingPayments(page: { first: 100 }) {\n      nodes {\n        partnerId\n        currency\n      }\n    }\n  }\n": types.RelayConnectionsPendingPaymentsPagedDocument,
    "\n  query RelayConnectionsWebhookDeliveries {\n    webhookDeliveries(first: 5) {\n      edges {\n        cursor\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsWebhookDeliveriesDocument,
    "\n  query RelayConnectionsEvents($after: String) {\n    events(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          sequence\n        }\n      }\n      nodes {\n        sequence\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsEventsDocument,
    "\n  query RelayConnectionsSalesIds($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.RelayConnectionsSalesIdsDocument,
    "\n  query RelayConnectionsSalesFirst($first: Int) {\n    sales(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n": types.RelayConnectionsSalesFirstDocument,
    "\n  query RelayConnectionsPendingPaymentsAfter($after: String) {\n    pendingPayments(first: 2, after: $after) {\n      nodes {\n        currency\n      }\n    }\n  }\n": types.RelayConnectionsPendingPaymentsAfterDocument,
    "\n  query RelayConnectionsEventsAfter($after: String) {\n    events(after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.RelayConnectionsEventsAfterDocument,
    "\n  mutation ReviewFixesClearPartner($id: UUID!) {\n    updatePartner(input: { id: $id, name: null, status: null, email: null }) {\n      name\n      status\n      email\n    }\n  }\n": types.ReviewFixesClearPartnerDocument,
    "\n  mutation ReviewFixesClearSettings {\n    updateProgramSettings(input: { holdingPeriodDays: null, name: null, autoApprove: null, defaultAttribution: null }) {\n      holdingPeriodDays\n      autoApprove\n    }\n  }\n": types.ReviewFixesClearSettingsDocument,
    "\n  mutation ReviewFixesClearProduct($id: UUID!) {\n    updateProduct(input: { id: $id, name: null, commissionable: null }) {\n      name\n      commissionable\n    }\n  }\n": types.ReviewFixesClearProductDocument,
    "\n  mutation ReviewFixesRevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.ReviewFixesRevokeApiKeyDocument,
    "\n  mutation ReviewFixesCreatePartnerWithLogin($email: String!) {\n    createPartner(input: { name: \"Copy\", email: $email, partnerKey: \"copy-cat\", password: \"long enough password\" }) {\n      id\n    }\n  }\n": types.ReviewFixesCreatePartnerWithLoginDocument,
    "\n  mutation ReviewFixesCreateRacer($email: String!) {\n    createPartner(input: { name: \"Racer\", email: $email, partnerKey: \"racer\" }) {\n      id\n    }\n  }\n": types.ReviewFixesCreateRacerDocument,
    "\n  mutation ReviewFixesCreateProduct {\n    createProduct(input: { sku: \"RACE\", name: \"Race\", rule: { type: PERCENT, rateBps: 100 } }) {\n      id\n    }\n  }\n": types.ReviewFixesCreateProductDocument,
    "\n  mutation ReviewFixesRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ReviewFixesRefundDocument,
    "\n  query ReviewFixesPartnersAfter($after: String) {\n    partners(page: { first: 10, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ReviewFixesPartnersAfterDocument,
    "\n  mutation ReviewFixesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.ReviewFixesLoginDocument,
    "\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": types.SalesIngestRecordDocument,
    "\n      mutation SalesIngestManual($input: ManualSaleInput!) {\n        recordManualSale(input: $input) {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n          }\n          ... on SaleConflictError {\n            saleId\n            fields\n          }\n        }\n      }\n    ": types.SalesIngestManualDocument,
    "\n  mutation ServerProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n    }\n  }\n": types.ServerProcessLoginDocument,
    "\n    mutation ServerProcessSignIn($input: LoginInput!) {\n      login(input: $input) {\n        __typename\n      }\n    }\n  ": types.ServerProcessSignInDocument,
    "\n  mutation SessionsSlidingLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        expiresAt\n        endsAt\n      }\n    }\n  }\n": types.SessionsSlidingLoginDocument,
    "\n  query SessionsSlidingMe {\n    me {\n      kind\n    }\n  }\n": types.SessionsSlidingMeDocument,
    "\n        mutation SetBasedAuditRecord($s: [SaleInput!]!) {\n          recordSales(sales: $s) {\n            results {\n              result {\n                ... on SaleRecorded {\n                  sale {\n                    id\n                  }\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.SetBasedAuditRecordDocument,
    "\n        mutation SetBasedAuditApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n          }\n        }\n      ": types.SetBasedAuditApproveDocument,
    "\n        mutation SetBasedAuditCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      ": types.SetBasedAuditCancelDocument,
    "\n        mutation SetBasedAuditApproveAgain($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n            failed\n          }\n        }\n      ": types.SetBasedAuditApproveAgainDocument,
    "\n  query SharedLimitsMe {\n    me {\n      kind\n    }\n  }\n": types.SharedLimitsMeDocument,
    "\n  mutation SharedLimitsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.SharedLimitsLoginDocument,
    "\n  mutation SignupSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignedUp {\n        verificationSentTo\n        session {\n          token\n          viewer {\n            kind\n            merchantRole\n            emailVerified\n            program {\n              name\n              currency\n              timezone\n              locale\n            }\n          }\n        }\n      }\n      ... on SignUpEmailSent {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on WeakPasswordError {\n        suggestions\n      }\n    }\n  }\n": types.SignupSignUpDocument,
    "\n  query SignupOptions {\n    signupOptions {\n      offered\n      needsLink\n    }\n  }\n": types.SignupOptionsDocument,
    "\n  mutation SignupVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.SignupVerifyDocument,
    "\n  query SignupMe {\n    me {\n      kind\n      merchantRole\n      emailVerified\n      displayName\n      program {\n        name\n        currency\n        timezone\n        locale\n      }\n    }\n  }\n": types.SignupMeDocument,
    "\n  query SignupEvents {\n    events(first: 10) {\n      nodes {\n        type\n        actorLabel\n      }\n    }\n  }\n": types.SignupEventsDocument,
    "\n  mutation SignupResend {\n    resendEmailVerification\n  }\n": types.SignupResendDocument,
    "\n  mutation SignupInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n    }\n  }\n": types.SignupInviteDocument,
    "\n  mutation SignupAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n    }\n  }\n": types.SignupAcceptDocument,
    "\n  mutation SignupCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": types.SignupCreatePartnerDocument,
    "\n  mutation SignupReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n": types.SignupResetDocument,
    "\n  mutation SignupUpdateSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n      locale\n    }\n  }\n": types.SignupUpdateSettingsDocument,
    "\n  query SignupPending($input: PendingSignUpInput!) {\n    pendingSignUp(input: $input) {\n      __typename\n      ... on PendingSignUp {\n        email\n        programName\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.SignupPendingDocument,
    "\n  mutation SignupConfirm($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          kind\n          merchantRole\n          emailVerified\n          program {\n            id\n            name\n            currency\n            timezone\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.SignupConfirmDocument,
    "\n  query SignupMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        name\n      }\n    }\n  }\n": types.SignupMyProgramsDocument,
    "\n  mutation SignupSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        program {\n          name\n        }\n      }\n    }\n  }\n": types.SignupSwitchDocument,
    "\n  mutation SignupStartTwoFactor($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n      }\n    }\n  }\n": types.SignupStartTwoFactorDocument,
    "\n  mutation SignupConfirmTwoFactor($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n    }\n  }\n": types.SignupConfirmTwoFactorDocument,
    "\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.SigtermUnderLoadRecordDocument,
    "\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n": types.SigtermUnderLoadMeDocument,
    "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n      }\n    }\n  }\n": types.SmokeMeDocument,
    "\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    ": types.StatementCountsSalesDocument,
    "\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    ": types.StatementCountsCommissionsDocument,
    "\n      query StatementCountsCommissionDates($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            saleDate\n            product {\n              sku\n            }\n          }\n        }\n      }\n    ": types.StatementCountsCommissionDatesDocument,
    "\n      query StatementCountsSaleRefunds($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            refunds {\n              id\n              commissions {\n                id\n              }\n              clawbacks {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.StatementCountsSaleRefundsDocument,
    "\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    ": types.StatementCountsMeDocument,
    "\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.StatementCountsPartnersDocument,
    "\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    ": types.StatementCountsCustomersDocument,
    "\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n          }\n        }\n      }\n    ": types.StatementCountsPaymentsDocument,
    "\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    ": types.StatementCountsPartnerSalesDocument,
    "\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.StatementCountsPartnerSaleScopeDocument,
    "\n  mutation TeamInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.TeamInviteDocument,
    "\n  query TeamPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        programName\n        email\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TeamPreviewDocument,
    "\n  mutation TeamAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.TeamAcceptDocument,
    "\n  query TeamMembers {\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      you\n    }\n  }\n": types.TeamMembersDocument,
    "\n  query TeamInvitations {\n    teamInvitations {\n      id\n      email\n      role\n      status\n    }\n  }\n": types.TeamInvitationsDocument,
    "\n  mutation TeamChangeRole($input: ChangeTeamMemberRoleInput!) {\n    changeTeamMemberRole(input: $input) {\n      __typename\n      ... on TeamMember {\n        id\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TeamChangeRoleDocument,
    "\n  mutation TeamRemove($id: UUID!) {\n    removeTeamMember(accountId: $id) {\n      __typename\n      ... on TeamMemberRemoved {\n        id\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TeamRemoveDocument,
    "\n  mutation TeamRevoke($id: UUID!) {\n    revokeTeamInvitation(id: $id) {\n      status\n    }\n  }\n": types.TeamRevokeDocument,
    "\n  query TeamMe {\n    me {\n      kind\n      merchantRole\n      displayName\n      program {\n        id\n      }\n    }\n  }\n": types.TeamMeDocument,
    "\n  query TeamMeKind {\n    me {\n      kind\n    }\n  }\n": types.TeamMeKindDocument,
    "\n  query TeamOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n      }\n    }\n  }\n": types.TeamOutboxDocument,
    "\n  mutation TwoFactorLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on TwoFactorChallenge {\n        challenge\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TwoFactorLoginDocument,
    "\n  mutation TwoFactorComplete($input: CompleteTwoFactorLoginInput!) {\n    completeTwoFactorLogin(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          label\n          twoFactorEnabled\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.TwoFactorCompleteDocument,
    "\n  mutation TwoFactorStart($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TwoFactorStartDocument,
    "\n  mutation TwoFactorConfirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TwoFactorConfirmDocument,
    "\n  mutation TwoFactorDisable($input: TwoFactorCheckInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorStatus {\n        enabled\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TwoFactorDisableDocument,
    "\n  mutation TwoFactorRegenerate($input: TwoFactorCheckInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TwoFactorRegenerateDocument,
    "\n  query TwoFactorMyStatus {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n      required\n    }\n  }\n": types.TwoFactorMyStatusDocument,
    "\n  mutation TwoFactorRequire($required: Boolean!) {\n    setTwoFactorRequirement(required: $required) {\n      __typename\n      ... on Program {\n        requireTwoFactorForAdmins\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TwoFactorRequireDocument,
    "\n  query TwoFactorEnrolmentRequired {\n    me {\n      twoFactorEnrolmentRequired\n    }\n  }\n": types.TwoFactorEnrolmentRequiredDocument,
    "\n  query TwoFactorPartnerCount {\n    partners(page: { first: 1 }) {\n      totalCount\n    }\n  }\n": types.TwoFactorPartnerCountDocument,
    "\n      query TwoFactorMeFlags {\n        me {\n          twoFactorEnabled\n          twoFactorEnrolmentRequired\n        }\n      }\n    ": types.TwoFactorMeFlagsDocument,
    "\n        query TwoFactorAudit {\n          auditLog(filter: { action: \"account.enableTwoFactor\" }, page: { first: 50 }) {\n            nodes {\n              actorLabel\n            }\n          }\n        }\n      ": types.TwoFactorAuditDocument,
    "\n      query TwoFactorMeLabel {\n        me {\n          label\n        }\n      }\n    ": types.TwoFactorMeLabelDocument,
    "\n      query TwoFactorProgram {\n        program {\n          id\n        }\n      }\n    ": types.TwoFactorProgramDocument,
    "\n      query TwoFactorMyCommissions {\n        myCommissions {\n          totalCount\n        }\n      }\n    ": types.TwoFactorMyCommissionsDocument,
    "\n  mutation TwoInstancesSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.TwoInstancesSalesDocument,
    "\n  mutation TwoInstancesApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n": types.TwoInstancesApproveDocument,
    "\n  mutation TwoInstancesCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n": types.TwoInstancesCancelDocument,
    "\n  mutation TwoInstancesEmail($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n    }\n  }\n": types.TwoInstancesEmailDocument,
    "\n  query TwoInstancesMe {\n    me {\n      kind\n    }\n  }\n": types.TwoInstancesMeDocument,
    "\n  mutation TwoInstancesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.TwoInstancesLoginDocument,
    "\n  fragment WebhookOperationsEndpointFields on WebhookEndpoint {\n    id\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n": types.WebhookOperationsEndpointFieldsFragmentDoc,
    "\n  mutation WebhookOperationsCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookOperationsEndpointFields\n      }\n    }\n  }\n": types.WebhookOperationsCreateDocument,
    "\n  mutation WebhookOperationsUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n": types.WebhookOperationsUpdateDocument,
    "\n  query WebhookOperationsEndpoints {\n    webhookEndpoints {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n": types.WebhookOperationsEndpointsDocument,
    "\n  mutation WebhookOperationsReplay($id: UUID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    replayWebhookEvents(endpointId: $id, from: $from, to: $to) {\n      __typename\n      ... on WebhookReplayQueued {\n        queued\n        alreadyPending\n      }\n      ... on ReplayRangeTooLargeError {\n        code\n        message\n        limit\n        matching\n      }\n    }\n  }\n": types.WebhookOperationsReplayDocument,
    "\n  mutation WebhookOperationsTestEvent($id: UUID!) {\n    sendWebhookTestEvent(endpointId: $id) {\n      id\n      status\n      endpointId\n      event {\n        id\n        type\n        sequence\n      }\n    }\n  }\n": types.WebhookOperationsTestEventDocument,
    "\n  query WebhookOperationsDeliveries($endpointId: UUID) {\n    webhookDeliveries(endpointId: $endpointId, first: 100) {\n      nodes {\n        id\n        status\n        event {\n          id\n          type\n          sequence\n        }\n        attempts {\n          outcome\n          statusCode\n        }\n      }\n    }\n  }\n": types.WebhookOperationsDeliveriesDocument,
    "\n  mutation WebhookOperationsDelete($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.WebhookOperationsDeleteDocument,
    "\n  mutation WebhookOperationsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": types.WebhookOperationsApproveDocument,
    "\n  mutation WebhookOperationsCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": types.WebhookOperationsCreatePartnerDocument,
    "\n  query WebhookOperationsTestEventsFeed {\n    events(first: 500, types: [\"webhook.test\"]) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.WebhookOperationsTestEventsFeedDocument,
    "\n  query WebhookOperationsEventTypes {\n    webhookEventTypes\n  }\n": types.WebhookOperationsEventTypesDocument,
    "\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        enabled\n        description\n      }\n    }\n  }\n": types.WebhooksCreateEndpointDocument,
    "\n  query WebhooksDeliveries($endpointId: UUID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      nodes {\n        id\n        status\n        attemptCount\n        deliveredAt\n        lastStatusCode\n        event {\n          id\n          sequence\n          type\n        }\n        attempts {\n          attempt\n          outcome\n          statusCode\n          responseExcerpt\n          error\n          durationMs\n        }\n      }\n      edges {\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhooksDeliveriesDocument,
    "\n  query WebhooksEndpoints {\n    webhookEndpoints {\n      id\n      url\n      eventTypes\n      enabled\n      description\n    }\n  }\n": types.WebhooksEndpointsDocument,
    "\n  query WebhooksEndpointIds {\n    webhookEndpoints {\n      id\n    }\n  }\n": types.WebhooksEndpointIdsDocument,
    "\n  mutation WebhooksDeleteEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.WebhooksDeleteEndpointDocument,
    "\n  query WebhooksEvents($types: [String!]) {\n    events(first: 500, types: $types) {\n      nodes {\n        id\n        sequence\n        type\n        entityId\n      }\n    }\n  }\n": types.WebhooksEventsDocument,
    "\n  mutation WebhooksRedeliverId($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n    }\n  }\n": types.WebhooksRedeliverIdDocument,
    "\n  mutation WebhooksRedeliver($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n      event {\n        id\n      }\n    }\n  }\n": types.WebhooksRedeliverDocument,
    "\n  mutation WebhooksDisable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: false }) {\n      enabled\n    }\n  }\n": types.WebhooksDisableDocument,
    "\n  mutation WebhooksEnable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: true }) {\n      enabled\n    }\n  }\n": types.WebhooksEnableDocument,
    "\n  mutation WebhooksApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": types.WebhooksApproveDocument,
    "\n  mutation WebhooksRotate($id: UUID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.WebhooksRotateDocument,
    "\n  mutation WebhooksCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"test\" }) {\n      succeeded\n    }\n  }\n": types.WebhooksCancelDocument,
    "\n  mutation WebhooksCancelAgain($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"again\" }) {\n      succeeded\n    }\n  }\n": types.WebhooksCancelAgainDocument,
    "\n  mutation WebhooksUpdateTypes($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, eventTypes: [\"commission.cancelled\"] }) {\n      eventTypes\n    }\n  }\n": types.WebhooksUpdateTypesDocument,
    "\n  mutation WebhooksReinstate($ids: [UUID!]!) {\n    reinstateCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n": types.WebhooksReinstateDocument,
    "\n  query AccountsE2eKind {\n    me {\n      kind\n    }\n  }\n": types.AccountsE2eKindDocument,
    "\n  query AccountsE2eRole {\n    me {\n      merchantRole\n      displayName\n    }\n  }\n": types.AccountsE2eRoleDocument,
    "\n  mutation AccountsE2eLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n": types.AccountsE2eLoginDocument,
    "\n  query AccountsE2eInvitation($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n    }\n  }\n": types.AccountsE2eInvitationDocument,
    "\n        mutation CommissionViewRecord($sales: [SaleInput!]!) {\n          recordSales(sales: $sales) {\n            results {\n              result {\n                __typename\n                ... on SaleRecorded {\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.CommissionViewRecordDocument,
    "\n        mutation CommissionViewCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      ": types.CommissionViewCancelDocument,
    "\n        mutation EmailChangeE2eLogin($input: LoginInput!) {\n          login(input: $input) {\n            __typename\n          }\n        }\n      ": types.EmailChangeE2eLoginDocument,
    "\n        mutation MultiProgramE2eInvite($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      ": types.MultiProgramE2eInviteDocument,
    "\n        query MultiProgramE2eMe {\n          me {\n            program {\n              id\n            }\n          }\n        }\n      ": types.MultiProgramE2eMeDocument,
    "\n        query MultiProgramE2ePrograms {\n          myPrograms {\n            accountId\n            program {\n              id\n            }\n          }\n        }\n      ": types.MultiProgramE2eProgramsDocument,
    "\n  mutation SignupE2eSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n": types.SignupE2eSignUpDocument,
    "\n  fragment CommissionActionItems on CommissionActionPayload {\n    succeeded\n    failed\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          approvedAt\n          amount {\n            amount\n            currency\n          }\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n  }\n": types.CommissionActionItemsFragmentDoc,
    "\n  mutation CommissionActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...CommissionActionItems\n    }\n  }\n": types.CommissionActionsApproveDocument,
    "\n  mutation CommissionActionsApproveCounts($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n": types.CommissionActionsApproveCountsDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.FixtureLoginDocument,
    "\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n              refunded {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": types.FixtureRecordSalesDocument,
    "\n  fragment TestPaymentFields on Payment {\n    id\n    partnerId\n    amount {\n      amount\n      currency\n    }\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n": types.TestPaymentFieldsFragmentDoc,
    "\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...TestPaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance {\n                amount\n                currency\n              }\n              threshold {\n                amount\n                currency\n              }\n            }\n            ... on BalanceChangedError {\n              expected {\n                amount\n                currency\n              }\n              actual {\n                amount\n                currency\n              }\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PayDocument,
    "\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance {\n          amount\n          currency\n        }\n        commissionCount\n        threshold {\n          amount\n          currency\n        }\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PendingDocument,
    "\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...TestPaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.VoidDocument,
    "\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": types.ApproveDocument,
    "\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.RefundDocument,
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
export function graphql(source: "\n  mutation AccountChangesSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountChangesMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountChangesMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        pendingEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        pendingEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesCancelMine {\n    cancelMyEmailChange\n  }\n"): (typeof documents)["\n  mutation AccountChangesCancelMine {\n    cancelMyEmailChange\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountChangesMyEmail {\n    me {\n      label\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  query AccountChangesMyEmail {\n    me {\n      label\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      email\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      email\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesCancelPartner($id: UUID!) {\n    cancelPartnerEmailChange(id: $id) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesCancelPartner($id: UUID!) {\n    cancelPartnerEmailChange(id: $id) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountChangesMembers {\n    teamMembers {\n      id\n      email\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  query AccountChangesMembers {\n    teamMembers {\n      id\n      email\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesChangeMemberEmail($input: ChangeTeamMemberEmailInput!) {\n    changeTeamMemberEmail(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesChangeMemberEmail($input: ChangeTeamMemberEmailInput!) {\n    changeTeamMemberEmail(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesCancelMember($accountId: UUID!) {\n    cancelTeamMemberEmailChange(accountId: $accountId) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesCancelMember($accountId: UUID!) {\n    cancelTeamMemberEmailChange(accountId: $accountId) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPasswordsChange($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on WeakPasswordError {\n        code\n        message\n        suggestions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsPasswordsChange($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on WeakPasswordError {\n        code\n        message\n        suggestions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPasswordsRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsPasswordsRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPasswordsReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsPasswordsReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPasswordsSessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      userAgent\n      address\n      current\n    }\n  }\n"): (typeof documents)["\n  query AccountsPasswordsSessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      userAgent\n      address\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPasswordsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsPasswordsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPasswordsMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AccountsPasswordsMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPasswordsOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n        subject\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsPasswordsOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n        subject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPasswordsRevoke($id: UUID!) {\n    revokeMySession(id: $id)\n  }\n"): (typeof documents)["\n  mutation AccountsPasswordsRevoke($id: UUID!) {\n    revokeMySession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPasswordsRevokeOthers {\n    revokeMyOtherSessions\n  }\n"): (typeof documents)["\n  mutation AccountsPasswordsRevokeOthers {\n    revokeMyOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHistoryLocalDaysSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n    }\n  }\n"): (typeof documents)["\n  mutation AuditHistoryLocalDaysSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHistoryLocalDaysAudit($filter: AuditFilterInput!) {\n    auditLog(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditHistoryLocalDaysAudit($filter: AuditFilterInput!) {\n    auditLog(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHistoryLocalDaysHistory($filter: CommissionHistoryFilter!) {\n    commissionHistory(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        paidAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditHistoryLocalDaysHistory($filter: CommissionHistoryFilter!) {\n    commissionHistory(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        paidAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationMatrixMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AuthorizationMatrixMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationMatrixLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation AuthorizationMatrixLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationMatrixCreateKey {\n    createApiKey(input: { name: \"temp\", scope: READ }) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorizationMatrixCreateKey {\n    createApiKey(input: { name: \"temp\", scope: READ }) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationMatrixProgram {\n    program {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuthorizationMatrixProgram {\n    program {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationMatrixRevokeKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorizationMatrixRevokeKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackendTerminatedRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BackendTerminatedRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackendTerminatedApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BackendTerminatedApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkActionsSummary on CommissionActionPayload {\n    succeeded\n    failed\n    unreportedFailures\n    failureCounts {\n      code\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment BulkActionsSummary on CommissionActionPayload {\n    succeeded\n    failed\n    unreportedFailures\n    failureCounts {\n      code\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkActionsFailures on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BulkActionsFailures on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on ErrorResult {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkActionsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkActionsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n"): (typeof documents)["\n  mutation BulkActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkActionsApproveSummary($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n"): (typeof documents)["\n  mutation BulkActionsApproveSummary($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkActionsApproveLight($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on Commission {\n            id\n            status\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkActionsApproveLight($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on Commission {\n            id\n            status\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkActionsCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n"): (typeof documents)["\n  mutation BulkActionsCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      ...BulkActionsSummary\n      ...BulkActionsFailures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkActionsReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n"): (typeof documents)["\n  mutation BulkActionsReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      ...BulkActionsSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BulkActionsCreatePartner {\n          createPartner(input: { name: \"Bulk\", email: \"bulk@test.dev\", partnerKey: \"bulk-partner\" }) {\n            id\n            partnerKey\n          }\n        }\n      "): (typeof documents)["\n        mutation BulkActionsCreatePartner {\n          createPartner(input: { name: \"Bulk\", email: \"bulk@test.dev\", partnerKey: \"bulk-partner\" }) {\n            id\n            partnerKey\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BulkActionsCreatePartner2 {\n          createPartner(input: { name: \"Bulk 2\", email: \"bulk2@test.dev\", partnerKey: \"bulk-2\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation BulkActionsCreatePartner2 {\n          createPartner(input: { name: \"Bulk 2\", email: \"bulk2@test.dev\", partnerKey: \"bulk-2\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BulkActionsCreatePartner3 {\n          createPartner(input: { name: \"Bulk 3\", email: \"bulk3@test.dev\", partnerKey: \"bulk-3\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation BulkActionsCreatePartner3 {\n          createPartner(input: { name: \"Bulk 3\", email: \"bulk3@test.dev\", partnerKey: \"bulk-3\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionListViewList($filter: CommissionFilter, $page: PageInput, $sort: CommissionSort) {\n    commissions(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        partner {\n          name\n        }\n        sale {\n          externalId\n          occurredAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommissionListViewList($filter: CommissionFilter, $page: PageInput, $sort: CommissionSort) {\n    commissions(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        partner {\n          name\n        }\n        sale {\n          externalId\n          occurredAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommissionListViewCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation CommissionListViewCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommissionListViewApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation CommissionListViewApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CommissionListViewReinstate($s: CommissionSelection!) {\n      reinstateCommissions(selection: $s) {\n        succeeded\n        failed\n        items {\n          commissionId\n          result {\n            __typename\n            ... on Commission {\n              id\n              status\n              partner {\n                name\n              }\n              sale {\n                externalId\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CommissionListViewReinstate($s: CommissionSelection!) {\n      reinstateCommissions(selection: $s) {\n        succeeded\n        failed\n        items {\n          commissionId\n          result {\n            __typename\n            ... on Commission {\n              id\n              status\n              partner {\n                name\n              }\n              sale {\n                externalId\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CommissionListViewAudit($filter: AuditFilterInput, $page: PageInput) {\n      auditLog(filter: $filter, page: $page) {\n        totalCount\n        nodes {\n          action\n          actorKind\n          actorName\n          entityType\n          changes\n          subject {\n            name\n            partnerId\n            partnerName\n            saleId\n            orderId\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CommissionListViewAudit($filter: AuditFilterInput, $page: PageInput) {\n      auditLog(filter: $filter, page: $page) {\n        totalCount\n        nodes {\n          action\n          actorKind\n          actorName\n          entityType\n          changes\n          subject {\n            name\n            partnerId\n            partnerName\n            saleId\n            orderId\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CommissionListViewActorsAndActions {\n      auditActors {\n        kind\n        id\n        name\n      }\n      auditActions\n    }\n  "): (typeof documents)["\n    query CommissionListViewActorsAndActions {\n      auditActors {\n        kind\n        id\n        name\n      }\n      auditActions\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CommissionListViewActors {\n      auditActors {\n        kind\n        id\n        name\n      }\n    }\n  "): (typeof documents)["\n    query CommissionListViewActors {\n      auditActors {\n        kind\n        id\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation ConcurrencyRefund($i: RefundSaleInput!) {\n                refundSale(input: $i) {\n                  __typename\n                }\n              }\n            "): (typeof documents)["\n              mutation ConcurrencyRefund($i: RefundSaleInput!) {\n                refundSale(input: $i) {\n                  __typename\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ConcurrencyApproveRace($s: CommissionSelection!) {\n              approveCommissions(selection: $s) {\n                succeeded\n                failed\n              }\n            }\n          "): (typeof documents)["\n            mutation ConcurrencyApproveRace($s: CommissionSelection!) {\n              approveCommissions(selection: $s) {\n                succeeded\n                failed\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ConcurrencyRecordSales($s: [SaleInput!]!) {\n              recordSales(sales: $s) {\n                results {\n                  result {\n                    __typename\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation ConcurrencyRecordSales($s: [SaleInput!]!) {\n              recordSales(sales: $s) {\n                results {\n                  result {\n                    __typename\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardsOverview($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      timezone\n      series {\n        currency\n        points {\n          start\n          day\n          revenue {\n            amount\n            currency\n          }\n          salesCount\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n        }\n      }\n      comparison {\n        currency\n        previousFrom\n        revenue {\n          amount\n          currency\n        }\n        previousRevenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        previousCommissions {\n          amount\n          currency\n        }\n        salesCount\n        previousSalesCount\n      }\n      topByRevenue {\n        partnerId\n        partnerName\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n      topByCommission(limit: 1) {\n        partnerId\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardsOverview($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      timezone\n      series {\n        currency\n        points {\n          start\n          day\n          revenue {\n            amount\n            currency\n          }\n          salesCount\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n        }\n      }\n      comparison {\n        currency\n        previousFrom\n        revenue {\n          amount\n          currency\n        }\n        previousRevenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        previousCommissions {\n          amount\n          currency\n        }\n        salesCount\n        previousSalesCount\n      }\n      topByRevenue {\n        partnerId\n        partnerName\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n      topByCommission(limit: 1) {\n        partnerId\n        currency\n        revenue {\n          amount\n          currency\n        }\n        commissions {\n          amount\n          currency\n        }\n        salesCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardsTooMany {\n    programOverview(input: { bucket: DAY }) {\n      topByRevenue(limit: 500) {\n        partnerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardsTooMany {\n    programOverview(input: { bucket: DAY }) {\n      topByRevenue(limit: 500) {\n        partnerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardsAttention {\n    needsAttention {\n      readyToApprove {\n        currency\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      unpayable {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        threshold {\n          amount\n          currency\n        }\n        reasons\n      }\n      unpayableCount\n      failedEmailCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardsAttention {\n    needsAttention {\n      readyToApprove {\n        currency\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      unpayable {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        threshold {\n          amount\n          currency\n        }\n        reasons\n      }\n      unpayableCount\n      failedEmailCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardsNext {\n    myNextPayment {\n      currency\n      balance {\n        amount\n        currency\n      }\n      threshold {\n        amount\n        currency\n      }\n      eligible\n      blockers\n      clawbacks {\n        amount\n        currency\n      }\n      holding {\n        amount\n        currency\n      }\n      holdingCount\n      awaitingApproval {\n        amount\n        currency\n      }\n      releases {\n        day\n        at\n        amount {\n          amount\n          currency\n        }\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardsNext {\n    myNextPayment {\n      currency\n      balance {\n        amount\n        currency\n      }\n      threshold {\n        amount\n        currency\n      }\n      eligible\n      blockers\n      clawbacks {\n        amount\n        currency\n      }\n      holding {\n        amount\n        currency\n      }\n      holdingCount\n      awaitingApproval {\n        amount\n        currency\n      }\n      releases {\n        day\n        at\n        amount {\n          amount\n          currency\n        }\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatabaseOutagePartners {\n    partners(page: { first: 5 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DatabaseOutagePartners {\n    partners(page: { first: 5 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DatabaseOutageLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation DatabaseOutageLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DatabaseOutageEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n      ... on EmailsQueued {\n        batchId\n        queued\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DatabaseOutageEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n      ... on EmailsQueued {\n        batchId\n        queued\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        message\n        pendingEmail\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeRequest($input: RequestMyEmailChangeInput!) {\n    requestMyEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeRequested {\n        message\n        pendingEmail\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeConfirm($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      __typename\n      ... on EmailChangeConfirmed {\n        email\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      email\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailChangePartner($id: UUID!) {\n    partner(id: $id) {\n      email\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  query EmailChangePartner($id: UUID!) {\n    partner(id: $id) {\n      email\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailChangeMe {\n    me {\n      label\n      pendingEmail\n      partner {\n        email\n        pendingEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailChangeMe {\n    me {\n      label\n      pendingEmail\n      partner {\n        email\n        pendingEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailChangeKind {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query EmailChangeKind {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailPreviewsAudience($selection: CommissionSelection!) {\n    commissionEmailAudience(selection: $selection) {\n      count\n      skippedNothingDue\n      sample {\n        partnerId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailPreviewsAudience($selection: CommissionSelection!) {\n    commissionEmailAudience(selection: $selection) {\n      count\n      skippedNothingDue\n      sample {\n        partnerId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailPreviewsPreviewCommissions($input: CommissionEmailPreviewInput!) {\n    previewCommissionPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on InvalidEmailTemplateError {\n        problems {\n          placeholder\n          reason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailPreviewsPreviewCommissions($input: CommissionEmailPreviewInput!) {\n    previewCommissionPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on InvalidEmailTemplateError {\n        problems {\n          placeholder\n          reason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailPreviewsPreviewPartners($input: PartnersEmailPreviewInput!) {\n    previewPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailPreviewsPreviewPartners($input: PartnersEmailPreviewInput!) {\n    previewPartnersEmail(input: $input) {\n      __typename\n      ... on EmailPreview {\n        partnerId\n        recipient\n        subject\n        body\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailsBatchFields on EmailBatchResult {\n    __typename\n    ... on EmailsQueued {\n      batchId\n      queued\n      messages {\n        id\n        partnerId\n        recipient\n        subject\n        body\n        status\n      }\n    }\n    ... on InvalidEmailTemplateError {\n      code\n      message\n      problems {\n        field\n        placeholder\n        reason\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment EmailsBatchFields on EmailBatchResult {\n    __typename\n    ... on EmailsQueued {\n      batchId\n      queued\n      messages {\n        id\n        partnerId\n        recipient\n        subject\n        body\n        status\n      }\n    }\n    ... on InvalidEmailTemplateError {\n      code\n      message\n      problems {\n        field\n        placeholder\n        reason\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailsMessageFields on EmailMessage {\n    id\n    partnerId\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    attemptLog {\n      attempt\n      outcome\n      error\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  fragment EmailsMessageFields on EmailMessage {\n    id\n    partnerId\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    attemptLog {\n      attempt\n      outcome\n      error\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailsEmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmailsEmailCommissionPartners($input: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailsEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmailsEmailPartners($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailsEmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmailsEmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $input) {\n      ...EmailsBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailsOutbox($filter: EmailOutboxFilter) {\n    emailOutbox(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailsOutbox($filter: EmailOutboxFilter) {\n    emailOutbox(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailsOutboxCount {\n    emailOutbox {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EmailsOutboxCount {\n    emailOutbox {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailsMyMessages {\n    myMessages(page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailsMyMessages {\n    myMessages(page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...EmailsMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailsResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on EmailMessage {\n        status\n        attempts\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailsResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on EmailMessage {\n        status\n        attempts\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailsAudit($action: String!) {\n    auditLog(filter: { action: $action }) {\n      nodes {\n        entityId\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailsAudit($action: String!) {\n    auditLog(filter: { action: $action }) {\n      nodes {\n        entityId\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorCodesEnumValues($name: String!) {\n    __type(name: $name) {\n      kind\n      enumValues {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ErrorCodesEnumValues($name: String!) {\n    __type(name: $name) {\n      kind\n      enumValues {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorCodesExclusionFields {\n    __type(name: \"PaypalPayoutExclusion\") {\n      fields {\n        name\n        type {\n          ofType {\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ErrorCodesExclusionFields {\n    __type(name: \"PaypalPayoutExclusion\") {\n      fields {\n        name\n        type {\n          ofType {\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorCodesApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorCodesApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorCodesPlan($input: PaypalPayoutInput!) {\n    paypalPayoutPlan(input: $input) {\n      excluded {\n        partnerId\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ErrorCodesPlan($input: PaypalPayoutInput!) {\n    paypalPayoutPlan(input: $input) {\n      excluded {\n        partnerId\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          type\n          entityType\n          entityId\n          actorKind\n          actorLabel\n          occurredAt\n          payload\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventsFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          type\n          entityType\n          entityId\n          actorKind\n          actorLabel\n          occurredAt\n          payload\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation EventsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"storm\" }) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation EventsCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"storm\" }) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EventsSuspend($id: UUID!) {\n    updatePartner(input: { id: $id, status: SUSPENDED }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsEmailsAuthorizationQueue($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsEmailsAuthorizationQueue($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsEmailsAuthorizationPlaceholders {\n    emailPlaceholders(topic: COMMISSIONS) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ExportsEmailsAuthorizationPlaceholders {\n    emailPlaceholders(topic: COMMISSIONS) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsEmailsAuthorizationOutbox {\n    emailOutbox {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsEmailsAuthorizationOutbox {\n    emailOutbox {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsEmailsAuthorizationMyMessages {\n    myMessages {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsEmailsAuthorizationMyMessages {\n    myMessages {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsEmailsAuthorizationPaypalPlan {\n    paypalPayoutPlan {\n      files {\n        currency\n        rows\n      }\n      excludedCount\n      excluded {\n        partnerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsEmailsAuthorizationPaypalPlan {\n    paypalPayoutPlan {\n      files {\n        currency\n        rows\n      }\n      excludedCount\n      excluded {\n        partnerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsEmailsAuthorizationEmailCommissionPartners($i: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsEmailsAuthorizationEmailCommissionPartners($i: EmailCommissionPartnersInput!) {\n    emailCommissionPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsEmailsAuthorizationEmailPendingPaymentPartners($i: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsEmailsAuthorizationEmailPendingPaymentPartners($i: EmailPendingPaymentPartnersInput!) {\n    emailPendingPaymentPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsEmailsAuthorizationEmailPartners($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsEmailsAuthorizationEmailPartners($i: EmailPartnersInput!) {\n    emailPartners(input: $i) {\n      __typename\n      ... on EmailsQueued {\n        messages {\n          partnerId\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsEmailsAuthorizationResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportsEmailsAuthorizationResend($id: UUID!) {\n    resendEmail(id: $id) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total {\n          amount\n          currency\n        }\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n      downloadPath\n    }\n  }\n"): (typeof documents)["\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total {\n          amount\n          currency\n        }\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n      downloadPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuardsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GuardsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardsMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query GuardsMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuardsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        externalId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GuardsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        externalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardsLightOverview {\n    programOverview(input: { bucket: DAY }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuardsLightOverview {\n    programOverview(input: { bucket: DAY }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardsHeavyOverview($from: DateTimeISO!, $to: DateTimeISO!) {\n    programOverview(input: { bucket: DAY, from: $from, to: $to }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n    partners(page: { first: 100 }) {\n      nodes {\n        stats {\n          salesCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuardsHeavyOverview($from: DateTimeISO!, $to: DateTimeISO!) {\n    programOverview(input: { bucket: DAY, from: $from, to: $to }) {\n      series {\n        currency\n      }\n      amountsDue {\n        currency\n      }\n    }\n    partners(page: { first: 100 }) {\n      nodes {\n        stats {\n          salesCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuardsApproveCount($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation GuardsApproveCount($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardsPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GuardsPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardsSale($id: UUID!) {\n    sale(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GuardsSale($id: UUID!) {\n    sale(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardsCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GuardsCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardsCustomer($id: UUID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GuardsCustomer($id: UUID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuardsCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GuardsCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GuardsCreateInvalidPartner {\n          createPartner(input: { name: \"\", email: \"not-an-email\", partnerKey: \"has spaces\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation GuardsCreateInvalidPartner {\n          createPartner(input: { name: \"\", email: \"not-an-email\", partnerKey: \"has spaces\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GuardsCreateDuplicatePartner($k: String!) {\n          createPartner(input: { name: \"Dup\", email: \"dup@test.dev\", partnerKey: $k }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation GuardsCreateDuplicatePartner($k: String!) {\n          createPartner(input: { name: \"Dup\", email: \"dup@test.dev\", partnerKey: $k }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GuardsLoginNobody {\n          login(input: { email: \"nobody@test.dev\", password: \"wrong\" }) {\n            __typename\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation GuardsLoginNobody {\n          login(input: { email: \"nobody@test.dev\", password: \"wrong\" }) {\n            __typename\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GuardsHeldMyCommissions {\n            myCommissions(page: { first: 5 }) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query GuardsHeldMyCommissions {\n            myCommissions(page: { first: 5 }) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GuardsPartnersFiltered($f: PartnerFilter!) {\n            partners(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query GuardsPartnersFiltered($f: PartnerFilter!) {\n            partners(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GuardsCommissionsFiltered($f: CommissionFilter!) {\n            commissions(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query GuardsCommissionsFiltered($f: CommissionFilter!) {\n            commissions(filter: $f) {\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation GuardsTrackReferral($i: TrackReferralInput!) {\n            trackReferral(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation GuardsTrackReferral($i: TrackReferralInput!) {\n            trackReferral(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsProgram {\n          program {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query GuardsProgram {\n          program {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GuardsTenancyApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            items {\n              result {\n                __typename\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation GuardsTenancyApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            items {\n              result {\n                __typename\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GuardsTenancyReward($i: CreateManualRewardInput!) {\n          createManualReward(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation GuardsTenancyReward($i: CreateManualRewardInput!) {\n          createManualReward(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GuardsTenancyRefund($i: RefundSaleInput!) {\n          refundSale(input: $i) {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        mutation GuardsTenancyRefund($i: RefundSaleInput!) {\n          refundSale(input: $i) {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsTenancyLists {\n          partners {\n            nodes {\n              id\n            }\n          }\n          commissions(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          sales(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          customers {\n            nodes {\n              id\n            }\n          }\n          auditLog(page: { first: 100 }) {\n            nodes {\n              entityId\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GuardsTenancyLists {\n          partners {\n            nodes {\n              id\n            }\n          }\n          commissions(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          sales(page: { first: 100 }) {\n            nodes {\n              id\n            }\n          }\n          customers {\n            nodes {\n              id\n            }\n          }\n          auditLog(page: { first: 100 }) {\n            nodes {\n              entityId\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegratorFixesCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n      items {\n        result {\n          __typename\n          ... on Commission {\n            status\n            cancelReason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IntegratorFixesCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n      items {\n        result {\n          __typename\n          ... on Commission {\n            status\n            cancelReason\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          clawbackOfId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          clawbackOfId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IntegratorFixesSale($id: UUID, $externalId: String) {\n      sale(id: $id, externalId: $externalId) {\n        id\n        externalId\n        customer {\n          id\n          externalId\n        }\n      }\n    }\n  "): (typeof documents)["\n    query IntegratorFixesSale($id: UUID, $externalId: String) {\n      sale(id: $id, externalId: $externalId) {\n        id\n        externalId\n        customer {\n          id\n          externalId\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IntegratorFixesPartnerSale($externalId: String) {\n      sale(externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  "): (typeof documents)["\n    query IntegratorFixesPartnerSale($externalId: String) {\n      sale(externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IntegratorFixesCustomer($id: UUID, $externalId: String) {\n      customer(id: $id, externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  "): (typeof documents)["\n    query IntegratorFixesCustomer($id: UUID, $externalId: String) {\n      customer(id: $id, externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation IntegratorFixesReward($input: CreateManualRewardInput!) {\n      createManualReward(input: $input) {\n        id\n        customerId\n        kind\n      }\n    }\n  "): (typeof documents)["\n    mutation IntegratorFixesReward($input: CreateManualRewardInput!) {\n      createManualReward(input: $input) {\n        id\n        customerId\n        kind\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IntegratorFixesCommission($id: UUID!) {\n        commission(id: $id) {\n          product {\n            sku\n            name\n          }\n          saleDate\n        }\n      }\n    "): (typeof documents)["\n      query IntegratorFixesCommission($id: UUID!) {\n        commission(id: $id) {\n          product {\n            sku\n            name\n          }\n          saleDate\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IntegratorFixesRewardProduct($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n      "): (typeof documents)["\n        mutation IntegratorFixesRewardProduct($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount {\n              amount\n              currency\n            }\n          }\n        }\n        balances {\n          status\n          total {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount {\n              amount\n              currency\n            }\n          }\n        }\n        balances {\n          status\n          total {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...CommissionActionItems\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...CommissionActionItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...CommissionActionItems\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...CommissionActionItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerTrack($input: TrackReferralInput!) {\n    trackReferral(input: $input) {\n      id\n      firstReferrer {\n        id\n      }\n      lastReferrer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerTrack($input: TrackReferralInput!) {\n    trackReferral(input: $input) {\n      id\n      firstReferrer {\n        id\n      }\n      lastReferrer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerTrackUnknownPartner {\n    trackReferral(input: { customerExternalId: \"x\", partnerKey: \"nobody\", event: CLICK }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerTrackUnknownPartner {\n    trackReferral(input: { customerExternalId: \"x\", partnerKey: \"nobody\", event: CLICK }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCommissionSeen($id: UUID!) {\n    commission(id: $id) {\n      status\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  query LedgerCommissionSeen($id: UUID!) {\n    commission(id: $id) {\n      status\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCreateFilterPartner {\n    createPartner(input: { name: \"Filter Partner\", email: \"filter@test.dev\", partnerKey: \"filter-partner\" }) {\n      id\n      partnerKey\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCreateFilterPartner {\n    createPartner(input: { name: \"Filter Partner\", email: \"filter@test.dev\", partnerKey: \"filter-partner\" }) {\n      id\n      partnerKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCreateRewardStatus($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      status\n      kind\n      payableAt\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCreateRewardStatus($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      status\n      kind\n      payableAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerNoHoldingPeriod {\n    updateProgramSettings(input: { holdingPeriodDays: 0 }) {\n      holdingPeriodDays\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerNoHoldingPeriod {\n    updateProgramSettings(input: { holdingPeriodDays: 0 }) {\n      holdingPeriodDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded {\n              amount\n              currency\n            }\n          }\n          adjustedCommissions {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount {\n              amount\n              currency\n            }\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded {\n              amount\n              currency\n            }\n          }\n          adjustedCommissions {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount {\n              amount\n              currency\n            }\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerMarkPaid($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerMarkPaid($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerFirstCustomer {\n    customers(page: { first: 1 }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerFirstCustomer {\n    customers(page: { first: 1 }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount {\n        amount\n        currency\n      }\n      description\n      customerId\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount {\n        amount\n        currency\n      }\n      description\n      customerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerMyRewards {\n    myCommissions(filter: { kind: REWARD }) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerMyRewards {\n    myCommissions(filter: { kind: REWARD }) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerAuditOf($id: String!) {\n    auditLog(filter: { entityId: $id }) {\n      nodes {\n        action\n        actorLabel\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerAuditOf($id: String!) {\n    auditLog(filter: { entityId: $id }) {\n      nodes {\n        action\n        actorLabel\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCreateRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCreateRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPendingPage($after: String) {\n    pendingCommissions(page: { first: 3, after: $after }) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPendingPage($after: String) {\n    pendingCommissions(page: { first: 3, after: $after }) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPendingTooBig {\n    pendingCommissions(page: { first: 101 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query LedgerPendingTooBig {\n    pendingCommissions(page: { first: 101 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPendingBadCursor {\n    pendingCommissions(page: { after: \"nonsense\" }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query LedgerPendingBadCursor {\n    pendingCommissions(page: { after: \"nonsense\" }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPendingMixed {\n    pendingCommissions(filter: { currency: \"EUR\", minAmount: { amount: 1, currency: \"USD\" } }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query LedgerPendingMixed {\n    pendingCommissions(filter: { currency: \"EUR\", minAmount: { amount: 1, currency: \"USD\" } }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPartnerSearch($s: String!) {\n    partners(filter: { search: $s }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPartnerSearch($s: String!) {\n    partners(filter: { search: $s }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerStats on PartnerStats {\n    salesCount\n    balances {\n      status\n      total {\n        amount\n        currency\n      }\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment LedgerStats on PartnerStats {\n    salesCount\n    balances {\n      status\n      total {\n        amount\n        currency\n      }\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        ...LedgerStats\n        salesTotals {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        ...LedgerStats\n        salesTotals {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          ...LedgerStats\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          ...LedgerStats\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerAuditPage {\n    auditLog(page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        action\n        actorKind\n        actorLabel\n        entityType\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerAuditPage {\n    auditLog(page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        action\n        actorKind\n        actorLabel\n        entityType\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerAuditNext($after: String) {\n    auditLog(page: { first: 5, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerAuditNext($after: String) {\n    auditLog(page: { first: 5, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds {\n        amount\n        currency\n      }\n      autoApprove\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds {\n        amount\n        currency\n      }\n      autoApprove\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerSettingsAudit {\n    auditLog(filter: { action: \"program.settings\" }) {\n      nodes {\n        actorLabel\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerSettingsAudit {\n    auditLog(filter: { action: \"program.settings\" }) {\n      nodes {\n        actorLabel\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerSettingsReset {\n    updateProgramSettings(input: { defaultAttribution: LAST, autoApprove: false }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerSettingsReset {\n    updateProgramSettings(input: { defaultAttribution: LAST, autoApprove: false }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerSettingsDuplicateThresholds {\n    updateProgramSettings(input: { payThresholds: [{ amount: 1, currency: \"USD\" }, { amount: 2, currency: \"USD\" }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerSettingsDuplicateThresholds {\n    updateProgramSettings(input: { payThresholds: [{ amount: 1, currency: \"USD\" }, { amount: 2, currency: \"USD\" }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSortLocalDaysSales($filter: SaleFilter, $page: PageInput, $sort: SaleSort) {\n    sales(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        externalId\n        amount {\n          amount\n          currency\n        }\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListSortLocalDaysSales($filter: SaleFilter, $page: PageInput, $sort: SaleSort) {\n    sales(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        externalId\n        amount {\n          amount\n          currency\n        }\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSortLocalDaysPartners($filter: PartnerFilter, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListSortLocalDaysPartners($filter: PartnerFilter, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSortLocalDaysPayments($filter: PaymentFilter, $page: PageInput, $sort: PaymentSort) {\n    payments(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        partnerId\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListSortLocalDaysPayments($filter: PaymentFilter, $page: PageInput, $sort: PaymentSort) {\n    payments(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        partnerId\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSortLocalDaysCommissions($filter: CommissionFilter) {\n    commissions(filter: $filter) {\n      nodes {\n        id\n        sale {\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListSortLocalDaysCommissions($filter: CommissionFilter) {\n    commissions(filter: $filter) {\n      nodes {\n        id\n        sale {\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListSortLocalDaysSettings($i: ProgramSettingsInput!) {\n    updateProgramSettings(input: $i) {\n      timezone\n    }\n  }\n"): (typeof documents)["\n  mutation ListSortLocalDaysSettings($i: ProgramSettingsInput!) {\n    updateProgramSettings(input: $i) {\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListSortLocalDaysCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ListSortLocalDaysCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyLimitsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyLimitsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyLimitsRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyLimitsRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MoneyLimitsPaypalPlan($partnerIds: [UUID!]) {\n          paypalPayoutPlan(input: { partnerIds: $partnerIds }) {\n            files {\n              total {\n                amount\n                currency\n              }\n              rows\n            }\n            excludedCount\n          }\n        }\n      "): (typeof documents)["\n        query MoneyLimitsPaypalPlan($partnerIds: [UUID!]) {\n          paypalPayoutPlan(input: { partnerIds: $partnerIds }) {\n            files {\n              total {\n                amount\n                currency\n              }\n              rows\n            }\n            excludedCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MoneyLimitsPayments {\n          payments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n              commissionCount\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MoneyLimitsPayments {\n          payments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n              commissionCount\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MoneyLimitsMyPayments {\n          myPayments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MoneyLimitsMyPayments {\n          myPayments {\n            nodes {\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MoneyLimitsPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                count\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MoneyLimitsPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                count\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MoneyLimitsOverview {\n          programOverview(input: { bucket: DAY }) {\n            balances {\n              status\n              total {\n                amount\n                currency\n              }\n            }\n            series {\n              points {\n                earned {\n                  amount\n                  currency\n                }\n                payouts {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MoneyLimitsOverview {\n          programOverview(input: { bucket: DAY }) {\n            balances {\n              status\n              total {\n                amount\n                currency\n              }\n            }\n            series {\n              points {\n                earned {\n                  amount\n                  currency\n                }\n                payouts {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyShapeIntrospection {\n    money: __type(name: \"Money\") {\n      kind\n      description\n      fields {\n        name\n        description\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    moneyInput: __type(name: \"MoneyInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    balanceInput: __type(name: \"MoneyBalanceInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    minorUnits: __type(name: \"MinorUnits\") {\n      kind\n      description\n    }\n  }\n"): (typeof documents)["\n  query MoneyShapeIntrospection {\n    money: __type(name: \"Money\") {\n      kind\n      description\n      fields {\n        name\n        description\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    moneyInput: __type(name: \"MoneyInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    balanceInput: __type(name: \"MoneyBalanceInput\") {\n      kind\n      inputFields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n          }\n        }\n      }\n    }\n    minorUnits: __type(name: \"MinorUnits\") {\n      kind\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyShapeReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyShapeReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyShapeBalance($filter: PendingPaymentFilterInput!) {\n    pendingPayments(filter: $filter) {\n      nodes {\n        partnerId\n        balance {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyShapeBalance($filter: PendingPaymentFilterInput!) {\n    pendingPayments(filter: $filter) {\n      nodes {\n        partnerId\n        balance {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProgramLoginCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProgramLoginCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProgramLoginSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProgramLoginSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProgramLoginInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        email\n        role\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProgramLoginInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        email\n        role\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiProgramLoginPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        email\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query MultiProgramLoginPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        email\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProgramLoginAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProgramLoginAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProgramLoginLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        endsAt\n        viewer {\n          kind\n          program {\n            id\n          }\n          partner {\n            id\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProgramLoginLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        endsAt\n        viewer {\n          kind\n          program {\n            id\n          }\n          partner {\n            id\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiProgramLoginMe {\n    me {\n      kind\n      label\n      merchantRole\n      program {\n        id\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MultiProgramLoginMe {\n    me {\n      kind\n      label\n      merchantRole\n      program {\n        id\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiProgramLoginMyPrograms {\n    myPrograms {\n      accountId\n      kind\n      merchantRole\n      partnerName\n      current\n      program {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MultiProgramLoginMyPrograms {\n    myPrograms {\n      accountId\n      kind\n      merchantRole\n      partnerName\n      current\n      program {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProgramLoginSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        kind\n        program {\n          id\n        }\n        partner {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProgramLoginSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      expiresAt\n      endsAt\n      viewer {\n        kind\n        program {\n          id\n        }\n        partner {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiProgramLoginPartners {\n    partners {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query MultiProgramLoginPartners {\n    partners {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiProgramLoginPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MultiProgramLoginPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProgramLoginChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProgramLoginChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewTestSeriesFields on OverviewSeries {\n    currency\n    points {\n      start\n      earned {\n        amount\n        currency\n      }\n      earnedCount\n      clawbacks {\n        amount\n        currency\n      }\n      clawbackCount\n      payouts {\n        amount\n        currency\n      }\n      payoutCount\n    }\n  }\n"): (typeof documents)["\n  fragment OverviewTestSeriesFields on OverviewSeries {\n    currency\n    points {\n      start\n      earned {\n        amount\n        currency\n      }\n      earnedCount\n      clawbacks {\n        amount\n        currency\n      }\n      clawbackCount\n      payouts {\n        amount\n        currency\n      }\n      payoutCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n      balances {\n        status\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      amountsDue {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n      balances {\n        status\n        count\n        total {\n          amount\n          currency\n        }\n      }\n      amountsDue {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        ...OverviewTestSeriesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OverviewReward($partnerId: UUID!) {\n        createManualReward(input: { partnerId: $partnerId, description: \"Bonus\", amount: { amount: 2500, currency: \"USD\" } }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OverviewReward($partnerId: UUID!) {\n        createManualReward(input: { partnerId: $partnerId, description: \"Bonus\", amount: { amount: 2500, currency: \"USD\" } }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OverviewCancel($ids: [UUID!]!) {\n        cancelCommissions(input: { reason: \"fraud\", selection: { ids: $ids } }) {\n          succeeded\n        }\n      }\n    "): (typeof documents)["\n      mutation OverviewCancel($ids: [UUID!]!) {\n        cancelCommissions(input: { reason: \"fraud\", selection: { ids: $ids } }) {\n          succeeded\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApplicationsSettings($input: ApplicationSettingsInput!) {\n    updateApplicationSettings(input: $input) {\n      applications {\n        open\n        slug\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApplicationsSettings($input: ApplicationSettingsInput!) {\n    updateApplicationSettings(input: $input) {\n      applications {\n        open\n        slug\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApplicationsForm($slug: String!) {\n    programApplicationForm(slug: $slug) {\n      __typename\n      ... on PublicApplicationForm {\n        slug\n        programName\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerApplicationsForm($slug: String!) {\n    programApplicationForm(slug: $slug) {\n      __typename\n      ... on PublicApplicationForm {\n        slug\n        programName\n        intro\n        questions {\n          id\n          label\n          required\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApplicationsApply($slug: String!, $input: ApplyToProgramInput!) {\n    applyToProgram(slug: $slug, input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApplicationsApply($slug: String!, $input: ApplyToProgramInput!) {\n    applyToProgram(slug: $slug, input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApplicationsApprove($id: UUID!) {\n    approvePartnerApplication(partnerId: $id) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          decidedAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApplicationsApprove($id: UUID!) {\n    approvePartnerApplication(partnerId: $id) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          decidedAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApplicationsDecline($input: DeclineApplicationInput!) {\n    declinePartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          declineReason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApplicationsDecline($input: DeclineApplicationInput!) {\n    declinePartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationDecided {\n        changed\n        partner {\n          id\n          status\n          declineReason\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApplicationsApplied {\n    partners(filter: { status: APPLIED }) {\n      nodes {\n        id\n        name\n        email\n        status\n        partnerKey\n        appliedAt\n        applicationAnswers {\n          question\n          answer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerApplicationsApplied {\n    partners(filter: { status: APPLIED }) {\n      nodes {\n        id\n        name\n        email\n        status\n        partnerKey\n        appliedAt\n        applicationAnswers {\n          question\n          answer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApplicationsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApplicationsLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApplicationsSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApplicationsSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApplicationsMyPrograms {\n    myPrograms {\n      accountId\n      program {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerApplicationsMyPrograms {\n    myPrograms {\n      accountId\n      program {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerApplicationsProgram {\n          program {\n            applications {\n              open\n              slug\n              intro\n              questions {\n                label\n                required\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PartnerApplicationsProgram {\n          program {\n            applications {\n              open\n              slug\n              intro\n              questions {\n                label\n                required\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnerApplicationsReward($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PartnerApplicationsReward($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PartnerApplicationsUpdateStatus($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation PartnerApplicationsUpdateStatus($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerApplicationsMe {\n        me {\n          kind\n          partner {\n            id\n            status\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PartnerApplicationsMe {\n        me {\n          kind\n          partner {\n            id\n            status\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerApplicationsMyProgramIds {\n        myPrograms {\n          program {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PartnerApplicationsMyProgramIds {\n        myPrograms {\n          program {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerCreateCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n      payThresholdOverrides {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerCreateCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n      payThresholdOverrides {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerIsolationApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerIsolationApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerIsolationCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerIsolationCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerIsolationRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerIsolationRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerIsolationReward($i: CreateManualRewardInput!) {\n    createManualReward(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerIsolationReward($i: CreateManualRewardInput!) {\n    createManualReward(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationOwnNumbers {\n    me {\n      kind\n      partner {\n        id\n        name\n        status\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            id\n            partnerId\n            amount {\n              amount\n              currency\n            }\n            status\n            cancelReason\n            payableAt\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            partner {\n              id\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        kind\n      }\n    }\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissions {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationOwnNumbers {\n    me {\n      kind\n      partner {\n        id\n        name\n        status\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            id\n            partnerId\n            amount {\n              amount\n              currency\n            }\n            status\n            cancelReason\n            payableAt\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            partner {\n              id\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        kind\n      }\n    }\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissions {\n          id\n          partnerId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationFiltered($p: UUID!) {\n    myCommissions(filter: { partnerId: $p }) {\n      nodes {\n        partnerId\n      }\n    }\n    sales(filter: { partnerId: $p }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationFiltered($p: UUID!) {\n    myCommissions(filter: { partnerId: $p }) {\n      nodes {\n        partnerId\n      }\n    }\n    sales(filter: { partnerId: $p }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationSale($id: UUID!) {\n    sale(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationSale($id: UUID!) {\n    sale(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationSaleCustomers {\n    sales {\n      nodes {\n        customer {\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationSaleCustomers {\n    sales {\n      nodes {\n        customer {\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationPartner($id: UUID!) {\n    partner(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationPartner($id: UUID!) {\n    partner(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationPartners {\n    partners {\n      nodes {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationPartners {\n    partners {\n      nodes {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationCommissions {\n    commissions {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationCommissions {\n    commissions {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationAuditLog {\n    auditLog {\n      nodes {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationAuditLog {\n    auditLog {\n      nodes {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIsolationBCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n        kind\n        status\n        amount {\n          amount\n          currency\n        }\n        cancelReason\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerIsolationBCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n        kind\n        status\n        amount {\n          amount\n          currency\n        }\n        cancelReason\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerIsolationChangePayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        partner {\n          id\n          paypalEmail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerIsolationChangePayoutDetails($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        partner {\n          id\n          paypalEmail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerWelcomeCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerWelcomeCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerWelcomeSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerWelcomeSetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on PasswordChanged {\n        endedSessions\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerWelcomeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerWelcomeLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerWelcomeMe {\n    me {\n      kind\n      partner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerWelcomeMe {\n    me {\n      kind\n      partner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerWelcomeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerWelcomeRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayHonestyPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        replayed\n        paidCount\n        paidNowCount\n        paidEarlierCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        paidNowTotals {\n          amount\n          currency\n        }\n        paidEarlierTotals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          decidedBy\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                id\n                amount {\n                  amount\n                  currency\n                }\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayHonestyPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        replayed\n        paidCount\n        paidNowCount\n        paidEarlierCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        paidNowTotals {\n          amount\n          currency\n        }\n        paidEarlierTotals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          decidedBy\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                id\n                amount {\n                  amount\n                  currency\n                }\n              }\n            }\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayHonestyCounts($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        items {\n          partnerId\n          result {\n            __typename\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayHonestyCounts($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        items {\n          partnerId\n          result {\n            __typename\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayHonestyRecorded on PaymentRecorded {\n    payment {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PayHonestyRecorded on PaymentRecorded {\n    payment {\n      id\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayHonestyTotals on PayPartnersPayload {\n    paidTotals {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment PayHonestyTotals on PayPartnersPayload {\n    paidTotals {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayHonestyFragments($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ...PayHonestyTotals\n      ... on PayPartnersPayload {\n        items {\n          partnerId\n          result {\n            __typename\n            ...PayHonestyRecorded\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayHonestyFragments($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ...PayHonestyTotals\n      ... on PayPartnersPayload {\n        items {\n          partnerId\n          result {\n            __typename\n            ...PayHonestyRecorded\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsAuthorizationVoid($id: UUID!) {\n    voidPayment(id: $id, reason: \"x\") {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsAuthorizationVoid($id: UUID!) {\n    voidPayment(id: $id, reason: \"x\") {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PaymentsAuthorizationPending {\n            pendingPayments {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PaymentsAuthorizationPending {\n            pendingPayments {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PaymentsAuthorizationPayments {\n            payments {\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PaymentsAuthorizationPayments {\n            payments {\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PaymentsAuthorizationPayment($id: UUID!) {\n            payment(id: $id) {\n              id\n              partner {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PaymentsAuthorizationPayment($id: UUID!) {\n            payment(id: $id) {\n              id\n              partner {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PaymentsAuthorizationMyPayments {\n            myPayments {\n              nodes {\n                id\n                partnerId\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PaymentsAuthorizationMyPayments {\n            myPayments {\n              nodes {\n                id\n                partnerId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PaymentsAuthorizationHistory($f: CommissionHistoryFilter) {\n            commissionHistory(filter: $f) {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PaymentsAuthorizationHistory($f: CommissionHistoryFilter) {\n            commissionHistory(filter: $f) {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...TestPaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...TestPaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsAudit($f: AuditFilterInput) {\n    auditLog(filter: $f) {\n      nodes {\n        action\n        entityId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsAudit($f: AuditFilterInput) {\n    auditLog(filter: $f) {\n      nodes {\n        action\n        entityId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsVoided {\n    payments(filter: { voided: true }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsVoided {\n    payments(filter: { voided: true }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount {\n          amount\n          currency\n        }\n        payment {\n          id\n          method\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount {\n          amount\n          currency\n        }\n        payment {\n          id\n          method\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n"): (typeof documents)["\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount {\n        amount\n        currency\n      }\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsMePaid {\n    me {\n      partner {\n        payments {\n          totalCount\n        }\n        commissions(filter: { status: PAID }) {\n          nodes {\n            payment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsMePaid {\n    me {\n      partner {\n        payments {\n          totalCount\n        }\n        commissions(filter: { status: PAID }) {\n          nodes {\n            payment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsMyCommissions {\n    myCommissions {\n      nodes {\n        id\n        payableAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsMyCommissions {\n    myCommissions {\n      nodes {\n        id\n        payableAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutDetailsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          paypalEmail\n          payoutDetailsChangedBy\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutDetailsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          paypalEmail\n          payoutDetailsChangedBy\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutDetailsRecent {\n    recentPayoutDetailChanges {\n      id\n      paypalEmail\n      payoutDetailsChangedAt\n      payoutDetailsChangedBy\n    }\n  }\n"): (typeof documents)["\n  query PayoutDetailsRecent {\n    recentPayoutDetailChanges {\n      id\n      paypalEmail\n      payoutDetailsChangedAt\n      payoutDetailsChangedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutDetailsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutDetailsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutDetailsMyCommissions {\n    myCommissions(page: { first: 10 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PayoutDetailsMyCommissions {\n    myCommissions(page: { first: 10 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutDetailsEndSessions($id: UUID!) {\n    endPartnerSessions(partnerId: $id)\n  }\n"): (typeof documents)["\n  mutation PayoutDetailsEndSessions($id: UUID!) {\n    endPartnerSessions(partnerId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutDetailsMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PayoutDetailsMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals {\n        amount\n        currency\n      }\n      groups {\n        method\n        partnerCount\n        totals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          balance {\n            amount\n            currency\n          }\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals {\n        amount\n        currency\n      }\n      groups {\n        method\n        partnerCount\n        totals {\n          amount\n          currency\n        }\n        items {\n          partnerId\n          currency\n          balance {\n            amount\n            currency\n          }\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance {\n          amount\n          currency\n        }\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutMethodsCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      partnerKey\n      email\n      payoutMethod\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutMethodsCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      partnerKey\n      email\n      payoutMethod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PayoutMethodsPaypalPlan {\n            paypalPayoutPlan(input: {}) {\n              files {\n                rows\n              }\n              excluded {\n                partnerId\n                reason\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PayoutMethodsPaypalPlan {\n            paypalPayoutPlan(input: {}) {\n              files {\n                rows\n              }\n              excluded {\n                partnerId\n                reason\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PayoutMethodsAudience($input: PendingPaymentAudienceInput!) {\n        pendingPaymentEmailAudience(input: $input) {\n          count\n          skippedNothingDue\n          sample {\n            partnerId\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PayoutMethodsAudience($input: PendingPaymentAudienceInput!) {\n        pendingPaymentEmailAudience(input: $input) {\n          count\n          skippedNothingDue\n          sample {\n            partnerId\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PayoutMethodsPreviewEmail($input: PendingPaymentEmailPreviewInput!) {\n        previewPendingPaymentEmail(input: $input) {\n          __typename\n          ... on EmailPreview {\n            partnerId\n            recipient\n            subject\n            body\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PayoutMethodsPreviewEmail($input: PendingPaymentEmailPreviewInput!) {\n        previewPendingPaymentEmail(input: $input) {\n          __typename\n          ... on EmailPreview {\n            partnerId\n            recipient\n            subject\n            body\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PayoutMethodsSend($input: EmailPendingPaymentPartnersInput!) {\n        emailPendingPaymentPartners(input: $input) {\n          __typename\n          ... on EmailsQueued {\n            queued\n            messages {\n              partnerId\n              recipient\n              subject\n              body\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PayoutMethodsSend($input: EmailPendingPaymentPartnersInput!) {\n        emailPendingPaymentPartners(input: $input) {\n          __typename\n          ... on EmailsQueued {\n            queued\n            messages {\n              partnerId\n              recipient\n              subject\n              body\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutStormRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutStormRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutStormApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutStormApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutStormCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutStormCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutStormReinstate($x: CommissionSelection!) {\n    reinstateCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutStormReinstate($x: CommissionSelection!) {\n    reinstateCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutStormReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutStormReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals {\n            amount\n            currency\n          }\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        commissionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        refunded {\n          amount\n          currency\n        }\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n          clawbacks {\n            amount\n            currency\n          }\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount {\n          amount\n          currency\n        }\n        refunded {\n          amount\n          currency\n        }\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned {\n            amount\n            currency\n          }\n          earnedCount\n          clawbacks {\n            amount\n            currency\n          }\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsPendingCommissions {\n    pendingCommissions(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsPendingCommissions {\n    pendingCommissions(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelayConnectionsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation RelayConnectionsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelayConnectionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"): (typeof documents)["\n  fragment RelayConnectionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsCommissions($first: Int, $after: String, $last: Int, $before: String) {\n    commissions(first: $first, after: $after, last: $last, before: $before, sort: { field: AMOUNT, direction: ASC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsCommissions($first: Int, $after: String, $last: Int, $before: String) {\n    commissions(first: $first, after: $after, last: $last, before: $before, sort: { field: AMOUNT, direction: ASC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsCommissionsPaged($page: PageInput!) {\n    commissions(page: $page, sort: { field: AMOUNT, direction: ASC }) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsCommissionsPaged($page: PageInput!) {\n    commissions(page: $page, sort: { field: AMOUNT, direction: ASC }) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsSales($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsSales($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsSalesPaged($page: PageInput!) {\n    sales(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsSalesPaged($page: PageInput!) {\n    sales(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsAuditLog($first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsAuditLog($first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsAuditLogPaged($page: PageInput!) {\n    auditLog(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsAuditLogPaged($page: PageInput!) {\n    auditLog(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsCustomers($first: Int, $after: String, $last: Int, $before: String) {\n    customers(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsCustomers($first: Int, $after: String, $last: Int, $before: String) {\n    customers(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsCustomersPaged($page: PageInput!) {\n    customers(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsCustomersPaged($page: PageInput!) {\n    customers(page: $page) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsMyCommissionsViaMe($first: Int, $after: String, $last: Int, $before: String) {\n    me {\n      commissions(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        nodes {\n          id\n        }\n        pageInfo {\n          ...RelayConnectionsPageInfo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsMyCommissionsViaMe($first: Int, $after: String, $last: Int, $before: String) {\n    me {\n      commissions(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        nodes {\n          id\n        }\n        pageInfo {\n          ...RelayConnectionsPageInfo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsMyCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsMyCommissions {\n    myCommissions(page: { first: 100 }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsPendingPayments($first: Int, $after: String) {\n    pendingPayments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          partnerId\n          currency\n        }\n      }\n      nodes {\n        partnerId\n        currency\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsPendingPayments($first: Int, $after: String) {\n    pendingPayments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          partnerId\n          currency\n        }\n      }\n      nodes {\n        partnerId\n        currency\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsPendingPaymentsPaged {\n    pendingPayments(page: { first: 100 }) {\n      nodes {\n        partnerId\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsPendingPaymentsPaged {\n    pendingPayments(page: { first: 100 }) {\n      nodes {\n        partnerId\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsWebhookDeliveries {\n    webhookDeliveries(first: 5) {\n      edges {\n        cursor\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsWebhookDeliveries {\n    webhookDeliveries(first: 5) {\n      edges {\n        cursor\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsEvents($after: String) {\n    events(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          sequence\n        }\n      }\n      nodes {\n        sequence\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsEvents($after: String) {\n    events(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          sequence\n        }\n      }\n      nodes {\n        sequence\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsSalesIds($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsSalesIds($first: Int, $after: String, $last: Int, $before: String) {\n    sales(first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsSalesFirst($first: Int) {\n    sales(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsSalesFirst($first: Int) {\n    sales(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        ...RelayConnectionsPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsPendingPaymentsAfter($after: String) {\n    pendingPayments(first: 2, after: $after) {\n      nodes {\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsPendingPaymentsAfter($after: String) {\n    pendingPayments(first: 2, after: $after) {\n      nodes {\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelayConnectionsEventsAfter($after: String) {\n    events(after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelayConnectionsEventsAfter($after: String) {\n    events(after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesClearPartner($id: UUID!) {\n    updatePartner(input: { id: $id, name: null, status: null, email: null }) {\n      name\n      status\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesClearPartner($id: UUID!) {\n    updatePartner(input: { id: $id, name: null, status: null, email: null }) {\n      name\n      status\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesClearSettings {\n    updateProgramSettings(input: { holdingPeriodDays: null, name: null, autoApprove: null, defaultAttribution: null }) {\n      holdingPeriodDays\n      autoApprove\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesClearSettings {\n    updateProgramSettings(input: { holdingPeriodDays: null, name: null, autoApprove: null, defaultAttribution: null }) {\n      holdingPeriodDays\n      autoApprove\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesClearProduct($id: UUID!) {\n    updateProduct(input: { id: $id, name: null, commissionable: null }) {\n      name\n      commissionable\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesClearProduct($id: UUID!) {\n    updateProduct(input: { id: $id, name: null, commissionable: null }) {\n      name\n      commissionable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesRevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesRevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesCreatePartnerWithLogin($email: String!) {\n    createPartner(input: { name: \"Copy\", email: $email, partnerKey: \"copy-cat\", password: \"long enough password\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesCreatePartnerWithLogin($email: String!) {\n    createPartner(input: { name: \"Copy\", email: $email, partnerKey: \"copy-cat\", password: \"long enough password\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesCreateRacer($email: String!) {\n    createPartner(input: { name: \"Racer\", email: $email, partnerKey: \"racer\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesCreateRacer($email: String!) {\n    createPartner(input: { name: \"Racer\", email: $email, partnerKey: \"racer\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesCreateProduct {\n    createProduct(input: { sku: \"RACE\", name: \"Race\", rule: { type: PERCENT, rateBps: 100 } }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesCreateProduct {\n    createProduct(input: { sku: \"RACE\", name: \"Race\", rule: { type: PERCENT, rateBps: 100 } }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesRefund($i: RefundSaleInput!) {\n    refundSale(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewFixesPartnersAfter($after: String) {\n    partners(page: { first: 10, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewFixesPartnersAfter($after: String) {\n    partners(page: { first: 10, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFixesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFixesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SalesIngestManual($input: ManualSaleInput!) {\n        recordManualSale(input: $input) {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n          }\n          ... on SaleConflictError {\n            saleId\n            fields\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation SalesIngestManual($input: ManualSaleInput!) {\n        recordManualSale(input: $input) {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n          }\n          ... on SaleConflictError {\n            saleId\n            fields\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServerProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ServerProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ServerProcessSignIn($input: LoginInput!) {\n      login(input: $input) {\n        __typename\n      }\n    }\n  "): (typeof documents)["\n    mutation ServerProcessSignIn($input: LoginInput!) {\n      login(input: $input) {\n        __typename\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsSlidingLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        expiresAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsSlidingLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        expiresAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsSlidingMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query SessionsSlidingMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetBasedAuditRecord($s: [SaleInput!]!) {\n          recordSales(sales: $s) {\n            results {\n              result {\n                ... on SaleRecorded {\n                  sale {\n                    id\n                  }\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation SetBasedAuditRecord($s: [SaleInput!]!) {\n          recordSales(sales: $s) {\n            results {\n              result {\n                ... on SaleRecorded {\n                  sale {\n                    id\n                  }\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetBasedAuditApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n          }\n        }\n      "): (typeof documents)["\n        mutation SetBasedAuditApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetBasedAuditCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      "): (typeof documents)["\n        mutation SetBasedAuditCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetBasedAuditApproveAgain($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n            failed\n          }\n        }\n      "): (typeof documents)["\n        mutation SetBasedAuditApproveAgain($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n            failed\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedLimitsMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query SharedLimitsMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedLimitsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SharedLimitsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignedUp {\n        verificationSentTo\n        session {\n          token\n          viewer {\n            kind\n            merchantRole\n            emailVerified\n            program {\n              name\n              currency\n              timezone\n              locale\n            }\n          }\n        }\n      }\n      ... on SignUpEmailSent {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on WeakPasswordError {\n        suggestions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignupSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignedUp {\n        verificationSentTo\n        session {\n          token\n          viewer {\n            kind\n            merchantRole\n            emailVerified\n            program {\n              name\n              currency\n              timezone\n              locale\n            }\n          }\n        }\n      }\n      ... on SignUpEmailSent {\n        message\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on WeakPasswordError {\n        suggestions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignupOptions {\n    signupOptions {\n      offered\n      needsLink\n    }\n  }\n"): (typeof documents)["\n  query SignupOptions {\n    signupOptions {\n      offered\n      needsLink\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignupVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignupMe {\n    me {\n      kind\n      merchantRole\n      emailVerified\n      displayName\n      program {\n        name\n        currency\n        timezone\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignupMe {\n    me {\n      kind\n      merchantRole\n      emailVerified\n      displayName\n      program {\n        name\n        currency\n        timezone\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignupEvents {\n    events(first: 10) {\n      nodes {\n        type\n        actorLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignupEvents {\n    events(first: 10) {\n      nodes {\n        type\n        actorLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupResend {\n    resendEmailVerification\n  }\n"): (typeof documents)["\n  mutation SignupResend {\n    resendEmailVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SignupInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SignupAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignupCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SignupReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupUpdateSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignupUpdateSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignupPending($input: PendingSignUpInput!) {\n    pendingSignUp(input: $input) {\n      __typename\n      ... on PendingSignUp {\n        email\n        programName\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignupPending($input: PendingSignUpInput!) {\n    pendingSignUp(input: $input) {\n      __typename\n      ... on PendingSignUp {\n        email\n        programName\n        hasLogin\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupConfirm($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          kind\n          merchantRole\n          emailVerified\n          program {\n            id\n            name\n            currency\n            timezone\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignupConfirm($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          kind\n          merchantRole\n          emailVerified\n          program {\n            id\n            name\n            currency\n            timezone\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignupMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignupMyPrograms {\n    myPrograms {\n      accountId\n      current\n      program {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        program {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignupSwitch($id: UUID!) {\n    switchProgram(accountId: $id) {\n      token\n      viewer {\n        program {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupStartTwoFactor($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignupStartTwoFactor($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupConfirmTwoFactor($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SignupConfirmTwoFactor($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsCommissionDates($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            saleDate\n            product {\n              sku\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsCommissionDates($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            saleDate\n            product {\n              sku\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsSaleRefunds($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            refunds {\n              id\n              commissions {\n                id\n              }\n              clawbacks {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsSaleRefunds($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            refunds {\n              id\n              commissions {\n                id\n              }\n              clawbacks {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n          balances {\n            status\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total {\n                  amount\n                  currency\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            partner {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount {\n              amount\n              currency\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamInvite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      __typename\n      ... on TeamInvitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        programName\n        email\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPreview($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n      ... on InvitationPreview {\n        programName\n        email\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamAccept($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      __typename\n      ... on InvitationAccepted {\n        email\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers {\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      you\n    }\n  }\n"): (typeof documents)["\n  query TeamMembers {\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      you\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitations {\n    teamInvitations {\n      id\n      email\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  query TeamInvitations {\n    teamInvitations {\n      id\n      email\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamChangeRole($input: ChangeTeamMemberRoleInput!) {\n    changeTeamMemberRole(input: $input) {\n      __typename\n      ... on TeamMember {\n        id\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamChangeRole($input: ChangeTeamMemberRoleInput!) {\n    changeTeamMemberRole(input: $input) {\n      __typename\n      ... on TeamMember {\n        id\n        role\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamRemove($id: UUID!) {\n    removeTeamMember(accountId: $id) {\n      __typename\n      ... on TeamMemberRemoved {\n        id\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamRemove($id: UUID!) {\n    removeTeamMember(accountId: $id) {\n      __typename\n      ... on TeamMemberRemoved {\n        id\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamRevoke($id: UUID!) {\n    revokeTeamInvitation(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TeamRevoke($id: UUID!) {\n    revokeTeamInvitation(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMe {\n    me {\n      kind\n      merchantRole\n      displayName\n      program {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMe {\n    me {\n      kind\n      merchantRole\n      displayName\n      program {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMeKind {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query TeamMeKind {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOutbox {\n    emailOutbox(page: { first: 100 }) {\n      nodes {\n        recipient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on TwoFactorChallenge {\n        challenge\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on TwoFactorChallenge {\n        challenge\n        expiresAt\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorComplete($input: CompleteTwoFactorLoginInput!) {\n    completeTwoFactorLogin(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          label\n          twoFactorEnabled\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorComplete($input: CompleteTwoFactorLoginInput!) {\n    completeTwoFactorLogin(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n        viewer {\n          label\n          twoFactorEnabled\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorStart($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorStart($input: StartTwoFactorEnrolmentInput!) {\n    startTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on TwoFactorEnrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorConfirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorConfirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorDisable($input: TwoFactorCheckInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorStatus {\n        enabled\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorDisable($input: TwoFactorCheckInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorStatus {\n        enabled\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorRegenerate($input: TwoFactorCheckInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorRegenerate($input: TwoFactorCheckInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      __typename\n      ... on RecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorMyStatus {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n      required\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorMyStatus {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n      required\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorRequire($required: Boolean!) {\n    setTwoFactorRequirement(required: $required) {\n      __typename\n      ... on Program {\n        requireTwoFactorForAdmins\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorRequire($required: Boolean!) {\n    setTwoFactorRequirement(required: $required) {\n      __typename\n      ... on Program {\n        requireTwoFactorForAdmins\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorEnrolmentRequired {\n    me {\n      twoFactorEnrolmentRequired\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorEnrolmentRequired {\n    me {\n      twoFactorEnrolmentRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorPartnerCount {\n    partners(page: { first: 1 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorPartnerCount {\n    partners(page: { first: 1 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TwoFactorMeFlags {\n        me {\n          twoFactorEnabled\n          twoFactorEnrolmentRequired\n        }\n      }\n    "): (typeof documents)["\n      query TwoFactorMeFlags {\n        me {\n          twoFactorEnabled\n          twoFactorEnrolmentRequired\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TwoFactorAudit {\n          auditLog(filter: { action: \"account.enableTwoFactor\" }, page: { first: 50 }) {\n            nodes {\n              actorLabel\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TwoFactorAudit {\n          auditLog(filter: { action: \"account.enableTwoFactor\" }, page: { first: 50 }) {\n            nodes {\n              actorLabel\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TwoFactorMeLabel {\n        me {\n          label\n        }\n      }\n    "): (typeof documents)["\n      query TwoFactorMeLabel {\n        me {\n          label\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TwoFactorProgram {\n        program {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query TwoFactorProgram {\n        program {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TwoFactorMyCommissions {\n        myCommissions {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query TwoFactorMyCommissions {\n        myCommissions {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoInstancesSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoInstancesSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n          ... on SaleRecorded {\n            commissions {\n              id\n            }\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoInstancesApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation TwoInstancesApprove($x: CommissionSelection!) {\n    approveCommissions(selection: $x) {\n      succeeded\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoInstancesCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation TwoInstancesCancel($x: CancelCommissionsInput!) {\n    cancelCommissions(input: $x) {\n      succeeded\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoInstancesEmail($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation TwoInstancesEmail($input: EmailPartnersInput!) {\n    emailPartners(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoInstancesMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query TwoInstancesMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoInstancesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoInstancesLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookOperationsEndpointFields on WebhookEndpoint {\n    id\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n"): (typeof documents)["\n  fragment WebhookOperationsEndpointFields on WebhookEndpoint {\n    id\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookOperationsCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookOperationsEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookOperationsCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookOperationsEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookOperationsUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookOperationsUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookOperationsEndpoints {\n    webhookEndpoints {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n"): (typeof documents)["\n  query WebhookOperationsEndpoints {\n    webhookEndpoints {\n      ...WebhookOperationsEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookOperationsReplay($id: UUID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    replayWebhookEvents(endpointId: $id, from: $from, to: $to) {\n      __typename\n      ... on WebhookReplayQueued {\n        queued\n        alreadyPending\n      }\n      ... on ReplayRangeTooLargeError {\n        code\n        message\n        limit\n        matching\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookOperationsReplay($id: UUID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    replayWebhookEvents(endpointId: $id, from: $from, to: $to) {\n      __typename\n      ... on WebhookReplayQueued {\n        queued\n        alreadyPending\n      }\n      ... on ReplayRangeTooLargeError {\n        code\n        message\n        limit\n        matching\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookOperationsTestEvent($id: UUID!) {\n    sendWebhookTestEvent(endpointId: $id) {\n      id\n      status\n      endpointId\n      event {\n        id\n        type\n        sequence\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookOperationsTestEvent($id: UUID!) {\n    sendWebhookTestEvent(endpointId: $id) {\n      id\n      status\n      endpointId\n      event {\n        id\n        type\n        sequence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookOperationsDeliveries($endpointId: UUID) {\n    webhookDeliveries(endpointId: $endpointId, first: 100) {\n      nodes {\n        id\n        status\n        event {\n          id\n          type\n          sequence\n        }\n        attempts {\n          outcome\n          statusCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookOperationsDeliveries($endpointId: UUID) {\n    webhookDeliveries(endpointId: $endpointId, first: 100) {\n      nodes {\n        id\n        status\n        event {\n          id\n          type\n          sequence\n        }\n        attempts {\n          outcome\n          statusCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookOperationsDelete($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation WebhookOperationsDelete($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookOperationsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookOperationsApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookOperationsCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookOperationsCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookOperationsTestEventsFeed {\n    events(first: 500, types: [\"webhook.test\"]) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookOperationsTestEventsFeed {\n    events(first: 500, types: [\"webhook.test\"]) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookOperationsEventTypes {\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query WebhookOperationsEventTypes {\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        enabled\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        enabled\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksDeliveries($endpointId: UUID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      nodes {\n        id\n        status\n        attemptCount\n        deliveredAt\n        lastStatusCode\n        event {\n          id\n          sequence\n          type\n        }\n        attempts {\n          attempt\n          outcome\n          statusCode\n          responseExcerpt\n          error\n          durationMs\n        }\n      }\n      edges {\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksDeliveries($endpointId: UUID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      nodes {\n        id\n        status\n        attemptCount\n        deliveredAt\n        lastStatusCode\n        event {\n          id\n          sequence\n          type\n        }\n        attempts {\n          attempt\n          outcome\n          statusCode\n          responseExcerpt\n          error\n          durationMs\n        }\n      }\n      edges {\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksEndpoints {\n    webhookEndpoints {\n      id\n      url\n      eventTypes\n      enabled\n      description\n    }\n  }\n"): (typeof documents)["\n  query WebhooksEndpoints {\n    webhookEndpoints {\n      id\n      url\n      eventTypes\n      enabled\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksEndpointIds {\n    webhookEndpoints {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WebhooksEndpointIds {\n    webhookEndpoints {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDeleteEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation WebhooksDeleteEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksEvents($types: [String!]) {\n    events(first: 500, types: $types) {\n      nodes {\n        id\n        sequence\n        type\n        entityId\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksEvents($types: [String!]) {\n    events(first: 500, types: $types) {\n      nodes {\n        id\n        sequence\n        type\n        entityId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRedeliverId($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRedeliverId($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRedeliver($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRedeliver($id: UUID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDisable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: false }) {\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksDisable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: false }) {\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksEnable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: true }) {\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksEnable($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, enabled: true }) {\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksApprove($ids: [UUID!]!) {\n    approveCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRotate($id: UUID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRotate($id: UUID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"test\" }) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCancel($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"test\" }) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCancelAgain($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"again\" }) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCancelAgain($ids: [UUID!]!) {\n    cancelCommissions(input: { selection: { ids: $ids }, reason: \"again\" }) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksUpdateTypes($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, eventTypes: [\"commission.cancelled\"] }) {\n      eventTypes\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksUpdateTypes($id: UUID!) {\n    updateWebhookEndpoint(input: { id: $id, eventTypes: [\"commission.cancelled\"] }) {\n      eventTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksReinstate($ids: [UUID!]!) {\n    reinstateCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksReinstate($ids: [UUID!]!) {\n    reinstateCommissions(selection: { ids: $ids }) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsE2eKind {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AccountsE2eKind {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsE2eRole {\n    me {\n      merchantRole\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AccountsE2eRole {\n    me {\n      merchantRole\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsE2eLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsE2eLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsE2eInvitation($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  query AccountsE2eInvitation($input: InvitationTokenInput!) {\n    teamInvitation(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CommissionViewRecord($sales: [SaleInput!]!) {\n          recordSales(sales: $sales) {\n            results {\n              result {\n                __typename\n                ... on SaleRecorded {\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CommissionViewRecord($sales: [SaleInput!]!) {\n          recordSales(sales: $sales) {\n            results {\n              result {\n                __typename\n                ... on SaleRecorded {\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CommissionViewCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      "): (typeof documents)["\n        mutation CommissionViewCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmailChangeE2eLogin($input: LoginInput!) {\n          login(input: $input) {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        mutation EmailChangeE2eLogin($input: LoginInput!) {\n          login(input: $input) {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MultiProgramE2eInvite($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MultiProgramE2eInvite($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MultiProgramE2eMe {\n          me {\n            program {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MultiProgramE2eMe {\n          me {\n            program {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MultiProgramE2ePrograms {\n          myPrograms {\n            accountId\n            program {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MultiProgramE2ePrograms {\n          myPrograms {\n            accountId\n            program {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupE2eSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SignupE2eSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommissionActionItems on CommissionActionPayload {\n    succeeded\n    failed\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          approvedAt\n          amount {\n            amount\n            currency\n          }\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommissionActionItems on CommissionActionPayload {\n    succeeded\n    failed\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          approvedAt\n          amount {\n            amount\n            currency\n          }\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommissionActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...CommissionActionItems\n    }\n  }\n"): (typeof documents)["\n  mutation CommissionActionsApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      ...CommissionActionItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommissionActionsApproveCounts($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation CommissionActionsApproveCounts($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n              refunded {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount {\n                amount\n                currency\n              }\n              refunded {\n                amount\n                currency\n              }\n            }\n            commissions {\n              id\n              partnerId\n              amount {\n                amount\n                currency\n              }\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestPaymentFields on Payment {\n    id\n    partnerId\n    amount {\n      amount\n      currency\n    }\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n"): (typeof documents)["\n  fragment TestPaymentFields on Payment {\n    id\n    partnerId\n    amount {\n      amount\n      currency\n    }\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...TestPaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance {\n                amount\n                currency\n              }\n              threshold {\n                amount\n                currency\n              }\n            }\n            ... on BalanceChangedError {\n              expected {\n                amount\n                currency\n              }\n              actual {\n                amount\n                currency\n              }\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals {\n          amount\n          currency\n        }\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...TestPaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance {\n                amount\n                currency\n              }\n              threshold {\n                amount\n                currency\n              }\n            }\n            ... on BalanceChangedError {\n              expected {\n                amount\n                currency\n              }\n              actual {\n                amount\n                currency\n              }\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance {\n          amount\n          currency\n        }\n        commissionCount\n        threshold {\n          amount\n          currency\n        }\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance {\n          amount\n          currency\n        }\n        partnerCount\n        eligibleBalance {\n          amount\n          currency\n        }\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance {\n          amount\n          currency\n        }\n        commissionCount\n        threshold {\n          amount\n          currency\n        }\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...TestPaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...TestPaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n        adjustedCommissions {\n          id\n          amount {\n            amount\n            currency\n          }\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;