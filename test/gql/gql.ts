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
    "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        commissionCount\n      }\n    }\n  }\n": typeof types.ReadStandbyPartnerDashboardDocument,
    "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        refunded\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": typeof types.ReadStandbyPartnerPagesDocument,
    "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadStandbyPartnersDocument,
    "\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n": typeof types.ReadStandbyMySessionsDocument,
    "\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n": typeof types.ReadStandbyPendingCommissionsDocument,
    "\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ReadStandbyUpdatePartnerDocument,
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
    "\n  query ReadStandbyPartnerDashboard {\n    me {\n      partner {\n        id\n        stats {\n          salesCount\n          salesTotals\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n    myCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myPayments(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        commissionCount\n      }\n    }\n  }\n": types.ReadStandbyPartnerDashboardDocument,
    "\n  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {\n    sales(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n        refunded\n      }\n    }\n    commissionHistory(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        status\n        amount\n      }\n    }\n    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {\n      series {\n        currency\n        points {\n          earned\n          earnedCount\n          clawbacks\n          clawbackCount\n          payoutCount\n        }\n      }\n    }\n    myMessages(page: { first: 10 }) {\n      totalCount\n    }\n  }\n": types.ReadStandbyPartnerPagesDocument,
    "\n  query ReadStandbyPartners {\n    partners(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        name\n        stats {\n          balances {\n            status\n            count\n            total\n          }\n        }\n      }\n    }\n  }\n": types.ReadStandbyPartnersDocument,
    "\n  query ReadStandbyMySessions {\n    mySessions {\n      current\n      createdAt\n    }\n  }\n": types.ReadStandbyMySessionsDocument,
    "\n  query ReadStandbyPendingCommissions {\n    pendingCommissions {\n      totalCount\n    }\n  }\n": types.ReadStandbyPendingCommissionsDocument,
    "\n  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n    }\n  }\n": types.ReadStandbyUpdatePartnerDocument,
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