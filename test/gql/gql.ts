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
    "\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.ExportsCsvInjectionUpdatePartnerDocument,
    "\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": typeof types.ExportsCsvInjectionCreateRewardDocument,
    "\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n": typeof types.ExportsCsvInjectionCancelDocument,
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
    "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.SmokeMeDocument,
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
    "\n  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.ExportsCsvInjectionUpdatePartnerDocument,
    "\n  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {\n    createManualReward(input: $input) {\n      id\n    }\n  }\n": types.ExportsCsvInjectionCreateRewardDocument,
    "\n  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {\n    cancelCommissions(input: $input) {\n      succeeded\n    }\n  }\n": types.ExportsCsvInjectionCancelDocument,
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
    "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n": types.SmokeMeDocument,
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
export function graphql(source: "\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmokeMe {\n    me {\n      kind\n      partner {\n        name\n        stats {\n          salesCount\n          balances {\n            status\n            total\n            count\n          }\n        }\n      }\n    }\n  }\n"];
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