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
    "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n": typeof types.ExportsAuditLogDocument,
    "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n      }\n    }\n  }\n": typeof types.ExportsPendingCommissionsDocument,
    "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance\n        reason\n      }\n      downloadPath\n    }\n  }\n": typeof types.ExportsPaypalPayoutPlanDocument,
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
    "\n  query ExportsAuditLog {\n    auditLog(filter: { action: \"export.download\" }, page: { first: 100 }) {\n      nodes {\n        entityId\n        entityType\n        changes\n        actorLabel\n      }\n    }\n  }\n": types.ExportsAuditLogDocument,
    "\n  query ExportsPendingCommissions {\n    pendingCommissions(page: { first: 100 }) {\n      totalCount\n      nodes {\n        id\n        amount\n      }\n    }\n  }\n": types.ExportsPendingCommissionsDocument,
    "\n  query ExportsPaypalPayoutPlan {\n    paypalPayoutPlan {\n      files {\n        name\n        currency\n        part\n        parts\n        rows\n        total\n      }\n      excludedCount\n      excluded {\n        partnerId\n        partnerName\n        balance\n        reason\n      }\n      downloadPath\n    }\n  }\n": types.ExportsPaypalPayoutPlanDocument,
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