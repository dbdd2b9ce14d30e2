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
    "\n  mutation AuditHistoryLocalDaysSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n    }\n  }\n": typeof types.AuditHistoryLocalDaysSettingsDocument,
    "\n  query AuditHistoryLocalDaysAudit($filter: AuditFilterInput!) {\n    auditLog(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditHistoryLocalDaysAuditDocument,
    "\n  query AuditHistoryLocalDaysHistory($filter: CommissionHistoryFilter!) {\n    commissionHistory(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        paidAt\n      }\n    }\n  }\n": typeof types.AuditHistoryLocalDaysHistoryDocument,
    "\n  mutation ConcurrencyApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyApproveDocument,
    "\n  mutation ConcurrencyReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyReinstateDocument,
    "\n  mutation ConcurrencyCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyCancelDocument,
    "\n              mutation ConcurrencyRefund($i: RefundSaleInput!) {\n                refundSale(input: $i) {\n                  __typename\n                }\n              }\n            ": typeof types.ConcurrencyRefundDocument,
    "\n            mutation ConcurrencyApproveRace($s: CommissionSelection!) {\n              approveCommissions(selection: $s) {\n                succeeded\n                failed\n              }\n            }\n          ": typeof types.ConcurrencyApproveRaceDocument,
    "\n            mutation ConcurrencyRecordSales($s: [SaleInput!]!) {\n              recordSales(sales: $s) {\n                results {\n                  result {\n                    __typename\n                  }\n                }\n              }\n            }\n          ": typeof types.ConcurrencyRecordSalesDocument,
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
    "\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.ExportsCsvInjectionUpdatePartnerDocument,
    "\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.ExportsCsvInjectionCreateRewardDocument,
    "\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n": typeof types.ExportsCsvInjectionCancelDocument,
    "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n": typeof types.ExportsAuditLogDocument,
    "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n      }\n    }\n  }\n": typeof types.ExportsPendingCommissionsDocument,
    "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance\n        reason\n      }\n      downloadPath\n    }\n  }\n": typeof types.ExportsPaypalPayoutPlanDocument,
    "\n  mutation GuardsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.GuardsLoginDocument,
    "\n  query GuardsMe {\n    me {\n      kind\n    }\n  }\n": typeof types.GuardsMeDocument,
    "\n  mutation GuardsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        externalId\n      }\n    }\n  }\n": typeof types.GuardsRecordSalesDocument,
    "\n  mutation GuardsApproveCount($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": typeof types.GuardsApproveCountDocument,
    "\n  query GuardsPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsPartnerDocument,
    "\n  query GuardsSale($id: UUID!) {\n    sale(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsSaleDocument,
    "\n  query GuardsCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsCommissionDocument,
    "\n  query GuardsCustomer($id: UUID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": typeof types.GuardsCustomerDocument,
    "\n  mutation GuardsCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      id\n    }\n  }\n": typeof types.GuardsCreatePartnerDocument,
    "\n        mutation GuardsCreateInvalidPartner {\n          createPartner(input: { name: \"\", email: \"not-an-email\", partnerKey: \"has spaces\" }) {\n            id\n          }\n        }\n      ": typeof types.GuardsCreateInvalidPartnerDocument,
    "\n        mutation GuardsCreateDuplicatePartner($k: String!) {\n          createPartner(input: { name: \"Dup\", email: \"dup@test.dev\", partnerKey: $k }) {\n            id\n          }\n        }\n      ": typeof types.GuardsCreateDuplicatePartnerDocument,
    "\n        mutation GuardsLoginNobody {\n          login(input: { email: \"nobody@test.dev\", password: \"wrong\" }) {\n            __typename\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      ": typeof types.GuardsLoginNobodyDocument,
    "\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.GuardsCostlyMyCommissionsDocument,
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
    "\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n        clawbacks {\n          id\n          amount\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.IntegratorFixesRefundDocument,
    "\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": typeof types.IntegratorFixesPayDocument,
    "\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount\n          clawbackOfId\n        }\n      }\n    }\n  }\n": typeof types.IntegratorFixesSaleRefundsDocument,
    "\n    query IntegratorFixesSale($id: UUID, $externalId: String) {\n      sale(id: $id, externalId: $externalId) {\n        id\n        externalId\n        customer {\n          id\n          externalId\n        }\n      }\n    }\n  ": typeof types.IntegratorFixesSaleDocument,
    "\n    query IntegratorFixesPartnerSale($externalId: String) {\n      sale(externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": typeof types.IntegratorFixesPartnerSaleDocument,
    "\n    query IntegratorFixesCustomer($id: UUID, $externalId: String) {\n      customer(id: $id, externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": typeof types.IntegratorFixesCustomerDocument,
    "\n    mutation IntegratorFixesReward($input: CreateManualRewardInput!) {\n      createManualReward(input: $input) {\n        id\n        customerId\n        kind\n      }\n    }\n  ": typeof types.IntegratorFixesRewardDocument,
    "\n      query IntegratorFixesCommission($id: UUID!) {\n        commission(id: $id) {\n          product {\n            sku\n            name\n          }\n          saleDate\n        }\n      }\n    ": typeof types.IntegratorFixesCommissionDocument,
    "\n        mutation IntegratorFixesRewardProduct($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n      ": typeof types.IntegratorFixesRewardProductDocument,
    "\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount\n          }\n        }\n        balances {\n          status\n          total\n        }\n      }\n    }\n  ": typeof types.IntegratorFixesMeDocument,
    "\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      ": typeof types.IntegratorFixesRewardIdDocument,
    "\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      ": typeof types.IntegratorFixesPartnerStatsDocument,
    "\n  fragment LedgerActionResult on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          amount\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n    succeeded\n    failed\n  }\n": typeof types.LedgerActionResultFragmentDoc,
    "\n  mutation LedgerApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n": typeof types.LedgerApproveDocument,
    "\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...LedgerActionResult\n    }\n  }\n": typeof types.LedgerCancelDocument,
    "\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n": typeof types.LedgerReinstateDocument,
    "\n  mutation LedgerTrack($input: TrackReferralInput!) {\n    trackReferral(input: $input) {\n      id\n      firstReferrer {\n        id\n      }\n      lastReferrer {\n        id\n      }\n    }\n  }\n": typeof types.LedgerTrackDocument,
    "\n  mutation LedgerTrackUnknownPartner {\n    trackReferral(input: { customerExternalId: \"x\", partnerKey: \"nobody\", event: CLICK }) {\n      id\n    }\n  }\n": typeof types.LedgerTrackUnknownPartnerDocument,
    "\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount\n        }\n      }\n    }\n  }\n": typeof types.LedgerManualSaleDocument,
    "\n  mutation LedgerUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.LedgerUpdatePartnerDocument,
    "\n  query LedgerCommissionSeen($id: UUID!) {\n    commission(id: $id) {\n      status\n      cancelReason\n    }\n  }\n": typeof types.LedgerCommissionSeenDocument,
    "\n  mutation LedgerApproveSucceeded($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": typeof types.LedgerApproveSucceededDocument,
    "\n  mutation LedgerApproveCounts($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n    }\n  }\n": typeof types.LedgerApproveCountsDocument,
    "\n  mutation LedgerCreateFilterPartner {\n    createPartner(input: { name: \"Filter Partner\", email: \"filter@test.dev\", partnerKey: \"filter-partner\" }) {\n      id\n      partnerKey\n    }\n  }\n": typeof types.LedgerCreateFilterPartnerDocument,
    "\n  mutation LedgerCreateRewardStatus($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      status\n      kind\n      payableAt\n    }\n  }\n": typeof types.LedgerCreateRewardStatusDocument,
    "\n  mutation LedgerNoHoldingPeriod {\n    updateProgramSettings(input: { holdingPeriodDays: 0 }) {\n      holdingPeriodDays\n    }\n  }\n": typeof types.LedgerNoHoldingPeriodDocument,
    "\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded\n          }\n          adjustedCommissions {\n            id\n            status\n            amount\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable\n        }\n      }\n    }\n  ": typeof types.LedgerRefundDocument,
    "\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount\n    }\n  }\n": typeof types.LedgerCommissionAmountDocument,
    "\n  mutation LedgerMarkPaid($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LedgerMarkPaidDocument,
    "\n  query LedgerFirstCustomer {\n    customers(page: { first: 1 }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerFirstCustomerDocument,
    "\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount\n      description\n      customerId\n    }\n  }\n": typeof types.LedgerCreateRewardDocument,
    "\n  query LedgerMyRewards {\n    myCommissions(filter: { kind: REWARD }) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": typeof types.LedgerMyRewardsDocument,
    "\n  query LedgerRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerRewardsDocument,
    "\n  query LedgerAuditOf($id: String!) {\n    auditLog(filter: { entityId: $id }) {\n      nodes {\n        action\n        actorLabel\n        changes\n      }\n    }\n  }\n": typeof types.LedgerAuditOfDocument,
    "\n  mutation LedgerCreateRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.LedgerCreateRewardIdDocument,
    "\n  query LedgerPendingPage($after: String) {\n    pendingCommissions(page: { first: 3, after: $after }) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LedgerPendingPageDocument,
    "\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount\n      }\n    }\n  }\n": typeof types.LedgerPendingFilteredDocument,
    "\n  query LedgerPendingTooBig {\n    pendingCommissions(page: { first: 101 }) {\n      totalCount\n    }\n  }\n": typeof types.LedgerPendingTooBigDocument,
    "\n  query LedgerPendingBadCursor {\n    pendingCommissions(page: { after: \"nonsense\" }) {\n      totalCount\n    }\n  }\n": typeof types.LedgerPendingBadCursorDocument,
    "\n  query LedgerPendingMixed {\n    pendingCommissions(filter: { currency: \"EUR\", minAmount: { amount: 1, currency: \"USD\" } }) {\n      totalCount\n    }\n  }\n": typeof types.LedgerPendingMixedDocument,
    "\n  query LedgerPartnerSearch($s: String!) {\n    partners(filter: { search: $s }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerPartnerSearchDocument,
    "\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        salesCount\n        salesTotals\n        balances {\n          status\n          total\n          count\n        }\n      }\n    }\n  }\n": typeof types.LedgerPartnerStatsDocument,
    "\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.LedgerPartnersStatsDocument,
    "\n  query LedgerAuditPage {\n    auditLog(page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        action\n        actorKind\n        actorLabel\n        entityType\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LedgerAuditPageDocument,
    "\n  query LedgerAuditNext($after: String) {\n    auditLog(page: { first: 5, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LedgerAuditNextDocument,
    "\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds\n      autoApprove\n    }\n  }\n": typeof types.LedgerSettingsUpdateDocument,
    "\n  query LedgerSettingsAudit {\n    auditLog(filter: { action: \"program.settings\" }) {\n      nodes {\n        actorLabel\n        changes\n      }\n    }\n  }\n": typeof types.LedgerSettingsAuditDocument,
    "\n  mutation LedgerSettingsReset {\n    updateProgramSettings(input: { defaultAttribution: LAST, autoApprove: false }) {\n      id\n    }\n  }\n": typeof types.LedgerSettingsResetDocument,
    "\n  mutation LedgerSettingsDuplicateThresholds {\n    updateProgramSettings(input: { payThresholds: [{ amount: 1, currency: \"USD\" }, { amount: 2, currency: \"USD\" }] }) {\n      id\n    }\n  }\n": typeof types.LedgerSettingsDuplicateThresholdsDocument,
    "\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n      balances {\n        status\n        count\n        total\n      }\n      amountsDue {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n    }\n  }\n": typeof types.OverviewProgramDocument,
    "\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n    }\n  }\n": typeof types.OverviewMineDocument,
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
    "\n  mutation PaymentsAuthorizationVoid($id: UUID!) {\n    voidPayment(id: $id, reason: \"x\") {\n      __typename\n    }\n  }\n": typeof types.PaymentsAuthorizationVoidDocument,
    "\n          query PaymentsAuthorizationPending {\n            pendingPayments {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationPendingDocument,
    "\n          query PaymentsAuthorizationPayments {\n            payments {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationPaymentsDocument,
    "\n          query PaymentsAuthorizationPayment($id: UUID!) {\n            payment(id: $id) {\n              id\n              partner {\n                id\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationPaymentDocument,
    "\n          query PaymentsAuthorizationMyPayments {\n            myPayments {\n              nodes {\n                id\n                partnerId\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationMyPaymentsDocument,
    "\n          query PaymentsAuthorizationHistory($f: CommissionHistoryFilter) {\n            commissionHistory(filter: $f) {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": typeof types.PaymentsAuthorizationHistoryDocument,
    "\n  mutation PaymentsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.PaymentsUpdatePartnerDocument,
    "\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...PaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PaymentsPaymentDetailDocument,
    "\n  query PaymentsAudit($f: AuditFilterInput) {\n    auditLog(filter: $f) {\n      nodes {\n        action\n        entityId\n      }\n    }\n  }\n": typeof types.PaymentsAuditDocument,
    "\n  mutation PaymentsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.PaymentsRewardDocument,
    "\n  query PaymentsVoided {\n    payments(filter: { voided: true }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PaymentsVoidedDocument,
    "\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount\n        payment {\n          id\n          method\n          amount\n        }\n      }\n    }\n  }\n": typeof types.PaymentsHistoryDocument,
    "\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount\n      }\n    }\n  }\n": typeof types.PaymentsMineDocument,
    "\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": typeof types.PaymentsListDocument,
    "\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n": typeof types.PaymentsPaymentViewDocument,
    "\n  query PaymentsMePaid {\n    me {\n      partner {\n        payments {\n          totalCount\n        }\n        commissions(filter: { status: PAID }) {\n          nodes {\n            payment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PaymentsMePaidDocument,
    "\n  query PaymentsMyCommissions {\n    myCommissions {\n      nodes {\n        id\n        payableAt\n        status\n      }\n    }\n  }\n": typeof types.PaymentsMyCommissionsDocument,
    "\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n": typeof types.PayoutMethodsSetDocument,
    "\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.PayoutMethodsChangeDocument,
    "\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals\n      groups {\n        method\n        partnerCount\n        totals\n        items {\n          partnerId\n          currency\n          balance\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance\n        reason\n      }\n    }\n  }\n": typeof types.PayoutMethodsPreviewDocument,
    "\n  mutation PayoutMethodsCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      partnerKey\n      email\n      payoutMethod\n    }\n  }\n": typeof types.PayoutMethodsCreateDocument,
    "\n          query PayoutMethodsPaypalPlan {\n            paypalPayoutPlan(input: {}) {\n              files {\n                rows\n              }\n              excluded {\n                partnerId\n                reason\n              }\n            }\n          }\n        ": typeof types.PayoutMethodsPaypalPlanDocument,
    "\n      query PayoutMethodsAudience($input: PendingPaymentAudienceInput!) {\n        pendingPaymentEmailAudience(input: $input) {\n          count\n          skippedNothingDue\n          sample {\n            partnerId\n            name\n          }\n        }\n      }\n    ": typeof types.PayoutMethodsAudienceDocument,
    "\n      query PayoutMethodsPreviewEmail($input: PendingPaymentEmailPreviewInput!) {\n        previewPendingPaymentEmail(input: $input) {\n          __typename\n          ... on EmailPreview {\n            partnerId\n            recipient\n            subject\n            body\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    ": typeof types.PayoutMethodsPreviewEmailDocument,
    "\n      mutation PayoutMethodsSend($input: EmailPendingPaymentPartnersInput!) {\n        emailPendingPaymentPartners(input: $input) {\n          __typename\n          ... on EmailsQueued {\n            queued\n            messages {\n              partnerId\n              recipient\n              subject\n              body\n            }\n          }\n        }\n      }\n    ": typeof types.PayoutMethodsSendDocument,
    "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        commissionCount\n      }\n    }\n  }\n": typeof types.ReadStandbyPartnerDashboardDocument,
    "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        refunded\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": typeof types.ReadStandbyPartnerPagesDocument,
    "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadStandbyPartnersDocument,
    "\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n": typeof types.ReadStandbyMySessionsDocument,
    "\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n": typeof types.ReadStandbyPendingCommissionsDocument,
    "\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ReadStandbyUpdatePartnerDocument,
    "\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.SalesIngestRecordDocument,
    "\n      mutation SalesIngestManual($input: ManualSaleInput!) {\n        recordManualSale(input: $input) {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n          }\n          ... on SaleConflictError {\n            saleId\n            fields\n          }\n        }\n      }\n    ": typeof types.SalesIngestManualDocument,
    "\n  mutation ServerProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ServerProcessLoginDocument,
    "\n    mutation ServerProcessSignIn($input: LoginInput!) {\n      login(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.ServerProcessSignInDocument,
    "\n        mutation SetBasedAuditRecord($s: [SaleInput!]!) {\n          recordSales(sales: $s) {\n            results {\n              result {\n                ... on SaleRecorded {\n                  sale {\n                    id\n                  }\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SetBasedAuditRecordDocument,
    "\n        mutation SetBasedAuditApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n          }\n        }\n      ": typeof types.SetBasedAuditApproveDocument,
    "\n        mutation SetBasedAuditCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      ": typeof types.SetBasedAuditCancelDocument,
    "\n        mutation SetBasedAuditApproveAgain($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n            failed\n          }\n        }\n      ": typeof types.SetBasedAuditApproveAgainDocument,
    "\n  query SharedLimitsMe {\n    me {\n      kind\n    }\n  }\n": typeof types.SharedLimitsMeDocument,
    "\n  mutation SharedLimitsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": typeof types.SharedLimitsLoginDocument,
    "\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.SigtermUnderLoadRecordDocument,
    "\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n": typeof types.SigtermUnderLoadMeDocument,
    "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.SmokeMeDocument,
    "\n        mutation StatementCountsRefund($input: RefundSaleInput!) {\n          refundSale(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.StatementCountsRefundDocument,
    "\n      mutation StatementCountsApprove($selection: CommissionSelection!) {\n        approveCommissions(selection: $selection) {\n          __typename\n        }\n      }\n    ": typeof types.StatementCountsApproveDocument,
    "\n        mutation StatementCountsPay($input: PayPartnersInput!) {\n          payPartners(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.StatementCountsPayDocument,
    "\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsSalesDocument,
    "\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsCommissionsDocument,
    "\n      query StatementCountsCommissionDates($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            saleDate\n            product {\n              sku\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsCommissionDatesDocument,
    "\n      query StatementCountsSaleRefunds($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            refunds {\n              id\n              commissions {\n                id\n              }\n              clawbacks {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsSaleRefundsDocument,
    "\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount\n            }\n          }\n          balances {\n            status\n            total\n          }\n        }\n      }\n    ": typeof types.StatementCountsMeDocument,
    "\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsPartnersDocument,
    "\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsCustomersDocument,
    "\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsPaymentsDocument,
    "\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n            }\n          }\n        }\n      }\n    ": typeof types.StatementCountsPartnerSalesDocument,
    "\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.StatementCountsPartnerSaleScopeDocument,
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
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FixtureLoginDocument,
    "\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n              refunded\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.FixtureRecordSalesDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    partnerId\n    amount\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n": typeof types.PaymentFieldsFragmentDoc,
    "\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...PaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance\n              threshold\n            }\n            ... on BalanceChangedError {\n              expected\n              actual\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PayDocument,
    "\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance\n        commissionCount\n        threshold\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PendingDocument,
    "\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...PaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VoidDocument,
    "\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApproveDocument,
    "\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount\n          status\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefundDocument,
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
    "\n  mutation AuditHistoryLocalDaysSettings($input: ProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      timezone\n    }\n  }\n": types.AuditHistoryLocalDaysSettingsDocument,
    "\n  query AuditHistoryLocalDaysAudit($filter: AuditFilterInput!) {\n    auditLog(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n": types.AuditHistoryLocalDaysAuditDocument,
    "\n  query AuditHistoryLocalDaysHistory($filter: CommissionHistoryFilter!) {\n    commissionHistory(filter: $filter, page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        paidAt\n      }\n    }\n  }\n": types.AuditHistoryLocalDaysHistoryDocument,
    "\n  mutation ConcurrencyApprove($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.ConcurrencyApproveDocument,
    "\n  mutation ConcurrencyReinstate($s: CommissionSelection!) {\n    reinstateCommissions(selection: $s) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.ConcurrencyReinstateDocument,
    "\n  mutation ConcurrencyCancel($i: CancelCommissionsInput!) {\n    cancelCommissions(input: $i) {\n      succeeded\n      items {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.ConcurrencyCancelDocument,
    "\n              mutation ConcurrencyRefund($i: RefundSaleInput!) {\n                refundSale(input: $i) {\n                  __typename\n                }\n              }\n            ": types.ConcurrencyRefundDocument,
    "\n            mutation ConcurrencyApproveRace($s: CommissionSelection!) {\n              approveCommissions(selection: $s) {\n                succeeded\n                failed\n              }\n            }\n          ": types.ConcurrencyApproveRaceDocument,
    "\n            mutation ConcurrencyRecordSales($s: [SaleInput!]!) {\n              recordSales(sales: $s) {\n                results {\n                  result {\n                    __typename\n                  }\n                }\n              }\n            }\n          ": types.ConcurrencyRecordSalesDocument,
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
    "\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.ExportsCsvInjectionUpdatePartnerDocument,
    "\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.ExportsCsvInjectionCreateRewardDocument,
    "\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n": types.ExportsCsvInjectionCancelDocument,
    "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n": types.ExportsAuditLogDocument,
    "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n      }\n    }\n  }\n": types.ExportsPendingCommissionsDocument,
    "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance\n        reason\n      }\n      downloadPath\n    }\n  }\n": types.ExportsPaypalPayoutPlanDocument,
    "\n  mutation GuardsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.GuardsLoginDocument,
    "\n  query GuardsMe {\n    me {\n      kind\n    }\n  }\n": types.GuardsMeDocument,
    "\n  mutation GuardsRecordSales($s: [SaleInput!]!) {\n    recordSales(sales: $s) {\n      results {\n        externalId\n      }\n    }\n  }\n": types.GuardsRecordSalesDocument,
    "\n  mutation GuardsApproveCount($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": types.GuardsApproveCountDocument,
    "\n  query GuardsPartner($id: UUID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": types.GuardsPartnerDocument,
    "\n  query GuardsSale($id: UUID!) {\n    sale(id: $id) {\n      id\n    }\n  }\n": types.GuardsSaleDocument,
    "\n  query GuardsCommission($id: UUID!) {\n    commission(id: $id) {\n      id\n    }\n  }\n": types.GuardsCommissionDocument,
    "\n  query GuardsCustomer($id: UUID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": types.GuardsCustomerDocument,
    "\n  mutation GuardsCreatePartner($i: CreatePartnerInput!) {\n    createPartner(input: $i) {\n      id\n    }\n  }\n": types.GuardsCreatePartnerDocument,
    "\n        mutation GuardsCreateInvalidPartner {\n          createPartner(input: { name: \"\", email: \"not-an-email\", partnerKey: \"has spaces\" }) {\n            id\n          }\n        }\n      ": types.GuardsCreateInvalidPartnerDocument,
    "\n        mutation GuardsCreateDuplicatePartner($k: String!) {\n          createPartner(input: { name: \"Dup\", email: \"dup@test.dev\", partnerKey: $k }) {\n            id\n          }\n        }\n      ": types.GuardsCreateDuplicatePartnerDocument,
    "\n        mutation GuardsLoginNobody {\n          login(input: { email: \"nobody@test.dev\", password: \"wrong\" }) {\n            __typename\n            ... on ErrorResult {\n              code\n            }\n          }\n        }\n      ": types.GuardsLoginNobodyDocument,
    "\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    ": types.GuardsCostlyMyCommissionsDocument,
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
    "\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n        clawbacks {\n          id\n          amount\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.IntegratorFixesRefundDocument,
    "\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": types.IntegratorFixesPayDocument,
    "\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount\n          clawbackOfId\n        }\n      }\n    }\n  }\n": types.IntegratorFixesSaleRefundsDocument,
    "\n    query IntegratorFixesSale($id: UUID, $externalId: String) {\n      sale(id: $id, externalId: $externalId) {\n        id\n        externalId\n        customer {\n          id\n          externalId\n        }\n      }\n    }\n  ": types.IntegratorFixesSaleDocument,
    "\n    query IntegratorFixesPartnerSale($externalId: String) {\n      sale(externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": types.IntegratorFixesPartnerSaleDocument,
    "\n    query IntegratorFixesCustomer($id: UUID, $externalId: String) {\n      customer(id: $id, externalId: $externalId) {\n        id\n        externalId\n      }\n    }\n  ": types.IntegratorFixesCustomerDocument,
    "\n    mutation IntegratorFixesReward($input: CreateManualRewardInput!) {\n      createManualReward(input: $input) {\n        id\n        customerId\n        kind\n      }\n    }\n  ": types.IntegratorFixesRewardDocument,
    "\n      query IntegratorFixesCommission($id: UUID!) {\n        commission(id: $id) {\n          product {\n            sku\n            name\n          }\n          saleDate\n        }\n      }\n    ": types.IntegratorFixesCommissionDocument,
    "\n        mutation IntegratorFixesRewardProduct($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n      ": types.IntegratorFixesRewardProductDocument,
    "\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount\n          }\n        }\n        balances {\n          status\n          total\n        }\n      }\n    }\n  ": types.IntegratorFixesMeDocument,
    "\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      ": types.IntegratorFixesRewardIdDocument,
    "\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      ": types.IntegratorFixesPartnerStatsDocument,
    "\n  fragment LedgerActionResult on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          amount\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n    succeeded\n    failed\n  }\n": types.LedgerActionResultFragmentDoc,
    "\n  mutation LedgerApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n": types.LedgerApproveDocument,
    "\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...LedgerActionResult\n    }\n  }\n": types.LedgerCancelDocument,
    "\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n": types.LedgerReinstateDocument,
    "\n  mutation LedgerTrack($input: TrackReferralInput!) {\n    trackReferral(input: $input) {\n      id\n      firstReferrer {\n        id\n      }\n      lastReferrer {\n        id\n      }\n    }\n  }\n": types.LedgerTrackDocument,
    "\n  mutation LedgerTrackUnknownPartner {\n    trackReferral(input: { customerExternalId: \"x\", partnerKey: \"nobody\", event: CLICK }) {\n      id\n    }\n  }\n": types.LedgerTrackUnknownPartnerDocument,
    "\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount\n        }\n      }\n    }\n  }\n": types.LedgerManualSaleDocument,
    "\n  mutation LedgerUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.LedgerUpdatePartnerDocument,
    "\n  query LedgerCommissionSeen($id: UUID!) {\n    commission(id: $id) {\n      status\n      cancelReason\n    }\n  }\n": types.LedgerCommissionSeenDocument,
    "\n  mutation LedgerApproveSucceeded($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n": types.LedgerApproveSucceededDocument,
    "\n  mutation LedgerApproveCounts($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n    }\n  }\n": types.LedgerApproveCountsDocument,
    "\n  mutation LedgerCreateFilterPartner {\n    createPartner(input: { name: \"Filter Partner\", email: \"filter@test.dev\", partnerKey: \"filter-partner\" }) {\n      id\n      partnerKey\n    }\n  }\n": types.LedgerCreateFilterPartnerDocument,
    "\n  mutation LedgerCreateRewardStatus($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      status\n      kind\n      payableAt\n    }\n  }\n": types.LedgerCreateRewardStatusDocument,
    "\n  mutation LedgerNoHoldingPeriod {\n    updateProgramSettings(input: { holdingPeriodDays: 0 }) {\n      holdingPeriodDays\n    }\n  }\n": types.LedgerNoHoldingPeriodDocument,
    "\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded\n          }\n          adjustedCommissions {\n            id\n            status\n            amount\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable\n        }\n      }\n    }\n  ": types.LedgerRefundDocument,
    "\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount\n    }\n  }\n": types.LedgerCommissionAmountDocument,
    "\n  mutation LedgerMarkPaid($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n": types.LedgerMarkPaidDocument,
    "\n  query LedgerFirstCustomer {\n    customers(page: { first: 1 }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerFirstCustomerDocument,
    "\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount\n      description\n      customerId\n    }\n  }\n": types.LedgerCreateRewardDocument,
    "\n  query LedgerMyRewards {\n    myCommissions(filter: { kind: REWARD }) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": types.LedgerMyRewardsDocument,
    "\n  query LedgerRewards {\n    rewards {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerRewardsDocument,
    "\n  query LedgerAuditOf($id: String!) {\n    auditLog(filter: { entityId: $id }) {\n      nodes {\n        action\n        actorLabel\n        changes\n      }\n    }\n  }\n": types.LedgerAuditOfDocument,
    "\n  mutation LedgerCreateRewardId($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.LedgerCreateRewardIdDocument,
    "\n  query LedgerPendingPage($after: String) {\n    pendingCommissions(page: { first: 3, after: $after }) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LedgerPendingPageDocument,
    "\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount\n      }\n    }\n  }\n": types.LedgerPendingFilteredDocument,
    "\n  query LedgerPendingTooBig {\n    pendingCommissions(page: { first: 101 }) {\n      totalCount\n    }\n  }\n": types.LedgerPendingTooBigDocument,
    "\n  query LedgerPendingBadCursor {\n    pendingCommissions(page: { after: \"nonsense\" }) {\n      totalCount\n    }\n  }\n": types.LedgerPendingBadCursorDocument,
    "\n  query LedgerPendingMixed {\n    pendingCommissions(filter: { currency: \"EUR\", minAmount: { amount: 1, currency: \"USD\" } }) {\n      totalCount\n    }\n  }\n": types.LedgerPendingMixedDocument,
    "\n  query LedgerPartnerSearch($s: String!) {\n    partners(filter: { search: $s }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerPartnerSearchDocument,
    "\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        salesCount\n        salesTotals\n        balances {\n          status\n          total\n          count\n        }\n      }\n    }\n  }\n": types.LedgerPartnerStatsDocument,
    "\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n": types.LedgerPartnersStatsDocument,
    "\n  query LedgerAuditPage {\n    auditLog(page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        action\n        actorKind\n        actorLabel\n        entityType\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LedgerAuditPageDocument,
    "\n  query LedgerAuditNext($after: String) {\n    auditLog(page: { first: 5, after: $after }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LedgerAuditNextDocument,
    "\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds\n      autoApprove\n    }\n  }\n": types.LedgerSettingsUpdateDocument,
    "\n  query LedgerSettingsAudit {\n    auditLog(filter: { action: \"program.settings\" }) {\n      nodes {\n        actorLabel\n        changes\n      }\n    }\n  }\n": types.LedgerSettingsAuditDocument,
    "\n  mutation LedgerSettingsReset {\n    updateProgramSettings(input: { defaultAttribution: LAST, autoApprove: false }) {\n      id\n    }\n  }\n": types.LedgerSettingsResetDocument,
    "\n  mutation LedgerSettingsDuplicateThresholds {\n    updateProgramSettings(input: { payThresholds: [{ amount: 1, currency: \"USD\" }, { amount: 2, currency: \"USD\" }] }) {\n      id\n    }\n  }\n": types.LedgerSettingsDuplicateThresholdsDocument,
    "\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n      balances {\n        status\n        count\n        total\n      }\n      amountsDue {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n    }\n  }\n": types.OverviewProgramDocument,
    "\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n    }\n  }\n": types.OverviewMineDocument,
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
    "\n  mutation PaymentsAuthorizationVoid($id: UUID!) {\n    voidPayment(id: $id, reason: \"x\") {\n      __typename\n    }\n  }\n": types.PaymentsAuthorizationVoidDocument,
    "\n          query PaymentsAuthorizationPending {\n            pendingPayments {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationPendingDocument,
    "\n          query PaymentsAuthorizationPayments {\n            payments {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationPaymentsDocument,
    "\n          query PaymentsAuthorizationPayment($id: UUID!) {\n            payment(id: $id) {\n              id\n              partner {\n                id\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationPaymentDocument,
    "\n          query PaymentsAuthorizationMyPayments {\n            myPayments {\n              nodes {\n                id\n                partnerId\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationMyPaymentsDocument,
    "\n          query PaymentsAuthorizationHistory($f: CommissionHistoryFilter) {\n            commissionHistory(filter: $f) {\n              nodes {\n                partnerId\n              }\n            }\n          }\n        ": types.PaymentsAuthorizationHistoryDocument,
    "\n  mutation PaymentsUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.PaymentsUpdatePartnerDocument,
    "\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...PaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PaymentsPaymentDetailDocument,
    "\n  query PaymentsAudit($f: AuditFilterInput) {\n    auditLog(filter: $f) {\n      nodes {\n        action\n        entityId\n      }\n    }\n  }\n": types.PaymentsAuditDocument,
    "\n  mutation PaymentsReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.PaymentsRewardDocument,
    "\n  query PaymentsVoided {\n    payments(filter: { voided: true }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.PaymentsVoidedDocument,
    "\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount\n        payment {\n          id\n          method\n          amount\n        }\n      }\n    }\n  }\n": types.PaymentsHistoryDocument,
    "\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount\n      }\n    }\n  }\n": types.PaymentsMineDocument,
    "\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n": types.PaymentsListDocument,
    "\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n": types.PaymentsPaymentViewDocument,
    "\n  query PaymentsMePaid {\n    me {\n      partner {\n        payments {\n          totalCount\n        }\n        commissions(filter: { status: PAID }) {\n          nodes {\n            payment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PaymentsMePaidDocument,
    "\n  query PaymentsMyCommissions {\n    myCommissions {\n      nodes {\n        id\n        payableAt\n        status\n      }\n    }\n  }\n": types.PaymentsMyCommissionsDocument,
    "\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n": types.PayoutMethodsSetDocument,
    "\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.PayoutMethodsChangeDocument,
    "\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals\n      groups {\n        method\n        partnerCount\n        totals\n        items {\n          partnerId\n          currency\n          balance\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance\n        reason\n      }\n    }\n  }\n": types.PayoutMethodsPreviewDocument,
    "\n  mutation PayoutMethodsCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      partnerKey\n      email\n      payoutMethod\n    }\n  }\n": types.PayoutMethodsCreateDocument,
    "\n          query PayoutMethodsPaypalPlan {\n            paypalPayoutPlan(input: {}) {\n              files {\n                rows\n              }\n              excluded {\n                partnerId\n                reason\n              }\n            }\n          }\n        ": types.PayoutMethodsPaypalPlanDocument,
    "\n      query PayoutMethodsAudience($input: PendingPaymentAudienceInput!) {\n        pendingPaymentEmailAudience(input: $input) {\n          count\n          skippedNothingDue\n          sample {\n            partnerId\n            name\n          }\n        }\n      }\n    ": types.PayoutMethodsAudienceDocument,
    "\n      query PayoutMethodsPreviewEmail($input: PendingPaymentEmailPreviewInput!) {\n        previewPendingPaymentEmail(input: $input) {\n          __typename\n          ... on EmailPreview {\n            partnerId\n            recipient\n            subject\n            body\n          }\n          ... on ErrorResult {\n            code\n          }\n        }\n      }\n    ": types.PayoutMethodsPreviewEmailDocument,
    "\n      mutation PayoutMethodsSend($input: EmailPendingPaymentPartnersInput!) {\n        emailPendingPaymentPartners(input: $input) {\n          __typename\n          ... on EmailsQueued {\n            queued\n            messages {\n              partnerId\n              recipient\n              subject\n              body\n            }\n          }\n        }\n      }\n    ": types.PayoutMethodsSendDocument,
    "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        commissionCount\n      }\n    }\n  }\n": types.ReadStandbyPartnerDashboardDocument,
    "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        refunded\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": types.ReadStandbyPartnerPagesDocument,
    "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n  }\n": types.ReadStandbyPartnersDocument,
    "\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n": types.ReadStandbyMySessionsDocument,
    "\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n": types.ReadStandbyPendingCommissionsDocument,
    "\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n": types.ReadStandbyUpdatePartnerDocument,
    "\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": types.SalesIngestRecordDocument,
    "\n      mutation SalesIngestManual($input: ManualSaleInput!) {\n        recordManualSale(input: $input) {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n            }\n          }\n          ... on SaleConflictError {\n            saleId\n            fields\n          }\n        }\n      }\n    ": types.SalesIngestManualDocument,
    "\n  mutation ServerProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n    }\n  }\n": types.ServerProcessLoginDocument,
    "\n    mutation ServerProcessSignIn($input: LoginInput!) {\n      login(input: $input) {\n        __typename\n      }\n    }\n  ": types.ServerProcessSignInDocument,
    "\n        mutation SetBasedAuditRecord($s: [SaleInput!]!) {\n          recordSales(sales: $s) {\n            results {\n              result {\n                ... on SaleRecorded {\n                  sale {\n                    id\n                  }\n                  commissions {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.SetBasedAuditRecordDocument,
    "\n        mutation SetBasedAuditApprove($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n          }\n        }\n      ": types.SetBasedAuditApproveDocument,
    "\n        mutation SetBasedAuditCancel($i: CancelCommissionsInput!) {\n          cancelCommissions(input: $i) {\n            succeeded\n          }\n        }\n      ": types.SetBasedAuditCancelDocument,
    "\n        mutation SetBasedAuditApproveAgain($s: CommissionSelection!) {\n          approveCommissions(selection: $s) {\n            succeeded\n            failed\n          }\n        }\n      ": types.SetBasedAuditApproveAgainDocument,
    "\n  query SharedLimitsMe {\n    me {\n      kind\n    }\n  }\n": types.SharedLimitsMeDocument,
    "\n  mutation SharedLimitsLogin($i: LoginInput!) {\n    login(input: $i) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n": types.SharedLimitsLoginDocument,
    "\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n": types.SigtermUnderLoadRecordDocument,
    "\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n": types.SigtermUnderLoadMeDocument,
    "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n": types.SmokeMeDocument,
    "\n        mutation StatementCountsRefund($input: RefundSaleInput!) {\n          refundSale(input: $input) {\n            __typename\n          }\n        }\n      ": types.StatementCountsRefundDocument,
    "\n      mutation StatementCountsApprove($selection: CommissionSelection!) {\n        approveCommissions(selection: $selection) {\n          __typename\n        }\n      }\n    ": types.StatementCountsApproveDocument,
    "\n        mutation StatementCountsPay($input: PayPartnersInput!) {\n          payPartners(input: $input) {\n            __typename\n          }\n        }\n      ": types.StatementCountsPayDocument,
    "\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount\n            }\n          }\n        }\n      }\n    ": types.StatementCountsSalesDocument,
    "\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    ": types.StatementCountsCommissionsDocument,
    "\n      query StatementCountsCommissionDates($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            saleDate\n            product {\n              sku\n            }\n          }\n        }\n      }\n    ": types.StatementCountsCommissionDatesDocument,
    "\n      query StatementCountsSaleRefunds($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            refunds {\n              id\n              commissions {\n                id\n              }\n              clawbacks {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.StatementCountsSaleRefundsDocument,
    "\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount\n            }\n          }\n          balances {\n            status\n            total\n          }\n        }\n      }\n    ": types.StatementCountsMeDocument,
    "\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      }\n    ": types.StatementCountsPartnersDocument,
    "\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    ": types.StatementCountsCustomersDocument,
    "\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n          }\n        }\n      }\n    ": types.StatementCountsPaymentsDocument,
    "\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n            }\n          }\n        }\n      }\n    ": types.StatementCountsPartnerSalesDocument,
    "\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.StatementCountsPartnerSaleScopeDocument,
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
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.FixtureLoginDocument,
    "\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n              refunded\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": types.FixtureRecordSalesDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    partnerId\n    amount\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n": types.PaymentFieldsFragmentDoc,
    "\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...PaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance\n              threshold\n            }\n            ... on BalanceChangedError {\n              expected\n              actual\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PayDocument,
    "\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance\n        commissionCount\n        threshold\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PendingDocument,
    "\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...PaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.VoidDocument,
    "\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": types.ApproveDocument,
    "\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount\n          status\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.RefundDocument,
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
export function graphql(source: "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance\n        reason\n      }\n      downloadPath\n    }\n  }\n"): (typeof documents)["\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance\n        reason\n      }\n      downloadPath\n    }\n  }\n"];
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
export function graphql(source: "\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GuardsCostlyMyCommissions {\n        myCommissions(page: { first: 100 }) {\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              id\n            }\n          }\n        }\n      }\n    "];
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
export function graphql(source: "\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n        clawbacks {\n          id\n          amount\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IntegratorFixesRefund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        created\n        refund {\n          id\n          externalId\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n        clawbacks {\n          id\n          amount\n          kind\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation IntegratorFixesPay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount\n          clawbackOfId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntegratorFixesSaleRefunds($id: UUID!) {\n    sale(id: $id) {\n      refunds {\n        externalId\n        commissions {\n          id\n        }\n        clawbacks {\n          id\n          amount\n          clawbackOfId\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount\n          }\n        }\n        balances {\n          status\n          total\n        }\n      }\n    }\n  "): (typeof documents)["\n    query IntegratorFixesMe {\n      me {\n        kind\n        commissions(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n            product {\n              sku\n            }\n            saleDate\n          }\n        }\n        rewards(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            kind\n          }\n        }\n        payments(page: { first: 100 }) {\n          totalCount\n          nodes {\n            partnerId\n            amount\n          }\n        }\n        balances {\n          status\n          total\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {\n          createManualReward(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IntegratorFixesPartnerStats($id: UUID!) {\n          partner(id: $id) {\n            stats {\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerActionResult on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          amount\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n    succeeded\n    failed\n  }\n"): (typeof documents)["\n  fragment LedgerActionResult on CommissionActionPayload {\n    items {\n      commissionId\n      result {\n        __typename\n        ... on Commission {\n          id\n          status\n          amount\n          cancelReason\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on NotFoundError {\n          entity\n          reference\n        }\n        ... on InvalidCommissionStateError {\n          currentStatus\n        }\n        ... on HoldingPeriodActiveError {\n          payableAt\n        }\n      }\n    }\n    succeeded\n    failed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerApprove($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...LedgerActionResult\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      ...LedgerActionResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerReinstate($selection: CommissionSelection!) {\n    reinstateCommissions(selection: $selection) {\n      ...LedgerActionResult\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerManualSale($input: ManualSaleInput!) {\n    recordManualSale(input: $input) {\n      __typename\n      ... on SaleRecorded {\n        created\n        sale {\n          manual\n        }\n        commissions {\n          partnerId\n          amount\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation LedgerApproveSucceeded($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerApproveSucceeded($s: CommissionSelection!) {\n    approveCommissions(selection: $s) {\n      succeeded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerApproveCounts($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerApproveCounts($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n    }\n  }\n"];
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
export function graphql(source: "\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded\n          }\n          adjustedCommissions {\n            id\n            status\n            amount\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation LedgerRefund($input: RefundSaleInput!) {\n      refundSale(input: $input) {\n        __typename\n        ... on RefundRecorded {\n          created\n          sale {\n            refunded\n          }\n          adjustedCommissions {\n            id\n            status\n            amount\n            cancelReason\n          }\n          clawbacks {\n            id\n            amount\n            status\n            kind\n          }\n        }\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on RefundExceedsSaleError {\n          refundable\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount\n    }\n  }\n"): (typeof documents)["\n  query LedgerCommissionAmount($id: UUID!) {\n    commission(id: $id) {\n      status\n      amount\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount\n      description\n      customerId\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n      status\n      kind\n      amount\n      description\n      customerId\n    }\n  }\n"];
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
export function graphql(source: "\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPendingFiltered($f: CommissionFilter!) {\n    pendingCommissions(filter: $f, page: { first: 100 }) {\n      nodes {\n        partnerId\n        amount\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        salesCount\n        salesTotals\n        balances {\n          status\n          total\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPartnerStats($id: UUID!) {\n    partner(id: $id) {\n      partnerKey\n      stats {\n        salesCount\n        salesTotals\n        balances {\n          status\n          total\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPartnersStats {\n    partners(page: { first: 100 }) {\n      nodes {\n        id\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds\n      autoApprove\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerSettingsUpdate {\n    updateProgramSettings(\n      input: {\n        defaultAttribution: FIRST\n        payThresholds: [{ amount: 2500, currency: \"USD\" }, { amount: 3000, currency: \"EUR\" }]\n        autoApprove: true\n      }\n    ) {\n      defaultAttribution\n      payThresholds\n      autoApprove\n    }\n  }\n"];
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
export function graphql(source: "\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n      balances {\n        status\n        count\n        total\n      }\n      amountsDue {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewProgram($input: OverviewInput!) {\n    programOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n      balances {\n        status\n        count\n        total\n      }\n      amountsDue {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewMine($input: OverviewInput!) {\n    myOverview(input: $input) {\n      from\n      to\n      bucket\n      series {\n        currency\n        points {\n          start\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payouts\n          payoutCount\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...PaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsPaymentDetail($id: UUID!) {\n    payment(id: $id) {\n      ...PaymentFields\n      partner {\n        id\n      }\n      commissions {\n        totalCount\n        nodes {\n          id\n          status\n          payment {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount\n        payment {\n          id\n          method\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsHistory($f: CommissionHistoryFilter, $p: PageInput) {\n    commissionHistory(filter: $f, page: $p) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        partnerId\n        status\n        amount\n        payment {\n          id\n          method\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsMine($f: PaymentFilter) {\n    myPayments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsList($f: PaymentFilter) {\n    payments(filter: $f) {\n      totalCount\n      nodes {\n        id\n        partnerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n"): (typeof documents)["\n  query PaymentsPaymentView($id: UUID!) {\n    payment(id: $id) {\n      id\n      amount\n      createdBy\n      idempotencyKey\n      voidedBy\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutMethodsSet($input: SetPartnerPayoutMethodInput!) {\n    setPartnerPayoutMethod(input: $input) {\n      changed\n      partner {\n        id\n        payoutMethod\n        paypalEmail\n        payoutInstructions\n        payoutDetailsChangedBy\n        bankTransfer {\n          accountHolder\n          iban\n          accountNumber\n          routingCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutMethodsChange($input: ChangeMyPayoutDetailsInput!) {\n    changeMyPayoutDetails(input: $input) {\n      __typename\n      ... on PayoutDetailsChanged {\n        changed\n        partner {\n          payoutMethod\n          bankTransfer {\n            accountHolder\n            iban\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals\n      groups {\n        method\n        partnerCount\n        totals\n        items {\n          partnerId\n          currency\n          balance\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutMethodsPreview($input: PayPreviewInput!) {\n    payPreview(input: $input) {\n      payableCount\n      blockedCount\n      totals\n      groups {\n        method\n        partnerCount\n        totals\n        items {\n          partnerId\n          currency\n          balance\n          method\n        }\n      }\n      blocked {\n        partnerId\n        partnerName\n        currency\n        balance\n        reason\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        commissionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        commissionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        refunded\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        refunded\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesIngestRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n            }\n          }\n          ... on SaleConflictError {\n            code\n            message\n            saleId\n            fields\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        result {\n          __typename\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query SigtermUnderLoadMe {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StatementCountsRefund($input: RefundSaleInput!) {\n          refundSale(input: $input) {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        mutation StatementCountsRefund($input: RefundSaleInput!) {\n          refundSale(input: $input) {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation StatementCountsApprove($selection: CommissionSelection!) {\n        approveCommissions(selection: $selection) {\n          __typename\n        }\n      }\n    "): (typeof documents)["\n      mutation StatementCountsApprove($selection: CommissionSelection!) {\n        approveCommissions(selection: $selection) {\n          __typename\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StatementCountsPay($input: PayPartnersInput!) {\n          payPartners(input: $input) {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        mutation StatementCountsPay($input: PayPartnersInput!) {\n          payPartners(input: $input) {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            customer {\n              externalId\n            }\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n              partner {\n                name\n              }\n            }\n            refunds {\n              id\n              amount\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsCommissions($first: Int!) {\n        commissions(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n            sale {\n              externalId\n              product {\n                sku\n              }\n            }\n            payment {\n              id\n            }\n          }\n        }\n      }\n    "];
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
export function graphql(source: "\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount\n            }\n          }\n          balances {\n            status\n            total\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsMe($first: Int!) {\n        me {\n          commissions(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              saleDate\n              product {\n                sku\n              }\n              sale {\n                externalId\n              }\n            }\n          }\n          rewards(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n          payments(page: { first: $first }) {\n            totalCount\n            nodes {\n              id\n              amount\n            }\n          }\n          balances {\n            status\n            total\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsPartners($first: Int!) {\n        partners(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            name\n            stats {\n              salesCount\n              balances {\n                status\n                total\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsCustomers($first: Int!) {\n        customers(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            externalId\n            firstReferrer {\n              name\n            }\n            lastReferrer {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsPayments($first: Int!) {\n        payments(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            partner {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StatementCountsPartnerSales($first: Int!) {\n        sales(page: { first: $first }) {\n          totalCount\n          nodes {\n            id\n            amount\n            product {\n              sku\n            }\n            commissions {\n              id\n              amount\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query StatementCountsPartnerSaleScope($first: Int!) {\n          sales(page: { first: $first }) {\n            nodes {\n              commissions {\n                partner {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
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
export function graphql(source: "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        token\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n              refunded\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureRecordSales($sales: [SaleInput!]!) {\n    recordSales(sales: $sales) {\n      results {\n        externalId\n        result {\n          __typename\n          ... on SaleRecorded {\n            created\n            sale {\n              id\n              amount\n              refunded\n            }\n            commissions {\n              id\n              partnerId\n              amount\n              status\n              kind\n              payableAt\n            }\n          }\n          ... on NotFoundError {\n            entity\n            reference\n          }\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentFields on Payment {\n    id\n    partnerId\n    amount\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n"): (typeof documents)["\n  fragment PaymentFields on Payment {\n    id\n    partnerId\n    amount\n    method\n    reference\n    note\n    createdBy\n    createdAt\n    voided\n    voidedAt\n    voidedBy\n    voidReason\n    commissionCount\n    idempotencyKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...PaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance\n              threshold\n            }\n            ... on BalanceChangedError {\n              expected\n              actual\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Pay($input: PayPartnersInput!) {\n    payPartners(input: $input) {\n      __typename\n      ... on PayPartnersPayload {\n        paidCount\n        failedCount\n        paidTotals\n        replayed\n        items {\n          partnerId\n          currency\n          result {\n            __typename\n            ... on PaymentRecorded {\n              payment {\n                ...PaymentFields\n              }\n            }\n            ... on NotEligibleError {\n              balance\n              threshold\n            }\n            ... on BalanceChangedError {\n              expected\n              actual\n            }\n            ... on NotFoundError {\n              entity\n              reference\n            }\n            ... on ErrorResult {\n              code\n              message\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance\n        commissionCount\n        threshold\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {\n    pendingPayments(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        currency\n        balance\n        partnerCount\n        eligibleBalance\n        eligibleCount\n      }\n      nodes {\n        partnerId\n        currency\n        balance\n        commissionCount\n        threshold\n        eligible\n        paypalEmail\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...PaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Void($id: UUID!, $reason: String!) {\n    voidPayment(id: $id, reason: $reason) {\n      __typename\n      ... on Payment {\n        ...PaymentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Approve($selection: CommissionSelection!) {\n    approveCommissions(selection: $selection) {\n      succeeded\n      failed\n      items {\n        commissionId\n        result {\n          __typename\n          ... on ErrorResult {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount\n          status\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refund($input: RefundSaleInput!) {\n    refundSale(input: $input) {\n      __typename\n      ... on RefundRecorded {\n        clawbacks {\n          id\n          amount\n          status\n        }\n        adjustedCommissions {\n          id\n          amount\n          status\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;