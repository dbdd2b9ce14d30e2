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
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "mutation ApproveCommissions($selection: CommissionSelection!) {\n  approveCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": typeof types.ApproveCommissionsDocument,
    "mutation CancelCommissions($input: CancelCommissionsInput!) {\n  cancelCommissions(input: $input) {\n    ...CommissionActionFields\n  }\n}": typeof types.CancelCommissionsDocument,
    "fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n}": typeof types.CommissionActionFieldsFragmentDoc,
    "fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}": typeof types.CommissionFieldsFragmentDoc,
    "query Commissions($filter: CommissionFilter!, $page: PageInput!) {\n  commissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}": typeof types.CommissionsDocument,
    "query FilterOptions {\n  products {\n    id\n    sku\n    name\n  }\n  partners(page: {first: 100}) {\n    nodes {\n      id\n      name\n      partnerKey\n    }\n  }\n}": typeof types.FilterOptionsDocument,
    "query PendingCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  pendingCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}": typeof types.PendingCommissionsDocument,
    "mutation ReinstateCommissions($selection: CommissionSelection!) {\n  reinstateCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": typeof types.ReinstateCommissionsDocument,
    "query MerchantOverview {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      stats {\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n  commissions(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      amount\n      status\n      createdAt\n      paidAt\n    }\n  }\n}": typeof types.MerchantOverviewDocument,
    "query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.MyCommissionsDocument,
    "query MyOverview {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myCommissions(page: {first: 100}) {\n    nodes {\n      id\n      amount\n      status\n      createdAt\n    }\n  }\n}": typeof types.MyOverviewDocument,
    "query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}": typeof types.MyProfileDocument,
    "mutation UpdateMyPaypalEmail($paypalEmail: String) {\n  updateMyPaypalEmail(paypalEmail: $paypalEmail) {\n    id\n    paypalEmail\n  }\n}": typeof types.UpdateMyPaypalEmailDocument,
    "mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}": typeof types.CreateManualRewardDocument,
    "query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}": typeof types.CustomersDocument,
    "query PartnerDetail($id: ID!, $page: PageInput!) {\n  partner(id: $id) {\n    id\n    name\n    email\n    partnerKey\n    status\n    paypalEmail\n    createdAt\n    payThresholdOverrides\n    stats {\n      ...PartnerStatsFields\n    }\n    commissions(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommissionFields\n      }\n    }\n  }\n}": typeof types.PartnerDetailDocument,
    "fragment PartnerStatsFields on PartnerStats {\n  salesCount\n  salesTotals\n  refundedTotals\n  balances {\n    status\n    count\n    total\n  }\n}": typeof types.PartnerStatsFieldsFragmentDoc,
    "query Partners($filter: PartnerFilter!, $page: PageInput!) {\n  partners(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        salesCount\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n}": typeof types.PartnersDocument,
    "query Rewards($filter: CommissionFilter!, $page: PageInput!) {\n  rewards(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      customerId\n    }\n  }\n}": typeof types.RewardsDocument,
    "mutation RecordManualSale($input: ManualSaleInput!) {\n  recordManualSale(input: $input) {\n    __typename\n    ... on SaleRecorded {\n      created\n      sale {\n        id\n        externalId\n      }\n      commissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.RecordManualSaleDocument,
    "mutation RefundSale($input: RefundSaleInput!) {\n  refundSale(input: $input) {\n    __typename\n    ... on RefundRecorded {\n      created\n      refund {\n        id\n        amount\n        externalId\n      }\n      adjustedCommissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n      clawbacks {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.RefundSaleDocument,
    "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    externalId\n    amount\n    refunded\n    occurredAt\n    manual\n    product {\n      id\n      sku\n      name\n    }\n    customer {\n      id\n      externalId\n      name\n      email\n    }\n    refunds {\n      id\n      externalId\n      amount\n      createdAt\n    }\n    commissions {\n      ...CommissionFields\n      clawbackOfId\n    }\n  }\n}": typeof types.SaleDetailDocument,
    "query Sales($filter: SaleFilter!, $page: PageInput!) {\n  sales(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      customer {\n        id\n        externalId\n        name\n      }\n      commissions {\n        id\n        kind\n        status\n        amount\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.SalesDocument,
    "query ApiKeys {\n  apiKeys {\n    id\n    name\n    scope\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n}": typeof types.ApiKeysDocument,
    "query AuditLog($filter: AuditFilterInput!, $page: PageInput!) {\n  auditLog(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      action\n      entityType\n      entityId\n      actorKind\n      actorLabel\n      changes\n      createdAt\n    }\n  }\n}": typeof types.AuditLogDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    apiKey {\n      id\n      name\n      scope\n      keyPrefix\n    }\n  }\n}": typeof types.CreateApiKeyDocument,
    "query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}": typeof types.ProgramSettingsDocument,
    "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": typeof types.RevokeApiKeyDocument,
    "mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}": typeof types.UpdateProgramSettingsDocument,
};
const documents: Documents = {
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}": types.ViewerFieldsFragmentDoc,
    "mutation ApproveCommissions($selection: CommissionSelection!) {\n  approveCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": types.ApproveCommissionsDocument,
    "mutation CancelCommissions($input: CancelCommissionsInput!) {\n  cancelCommissions(input: $input) {\n    ...CommissionActionFields\n  }\n}": types.CancelCommissionsDocument,
    "fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n}": types.CommissionActionFieldsFragmentDoc,
    "fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}": types.CommissionFieldsFragmentDoc,
    "query Commissions($filter: CommissionFilter!, $page: PageInput!) {\n  commissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}": types.CommissionsDocument,
    "query FilterOptions {\n  products {\n    id\n    sku\n    name\n  }\n  partners(page: {first: 100}) {\n    nodes {\n      id\n      name\n      partnerKey\n    }\n  }\n}": types.FilterOptionsDocument,
    "query PendingCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  pendingCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}": types.PendingCommissionsDocument,
    "mutation ReinstateCommissions($selection: CommissionSelection!) {\n  reinstateCommissions(selection: $selection) {\n    ...CommissionActionFields\n  }\n}": types.ReinstateCommissionsDocument,
    "query MerchantOverview {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      stats {\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n  commissions(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      amount\n      status\n      createdAt\n      paidAt\n    }\n  }\n}": types.MerchantOverviewDocument,
    "query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}": types.MyCommissionsDocument,
    "query MyOverview {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myCommissions(page: {first: 100}) {\n    nodes {\n      id\n      amount\n      status\n      createdAt\n    }\n  }\n}": types.MyOverviewDocument,
    "query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}": types.MyProfileDocument,
    "mutation UpdateMyPaypalEmail($paypalEmail: String) {\n  updateMyPaypalEmail(paypalEmail: $paypalEmail) {\n    id\n    paypalEmail\n  }\n}": types.UpdateMyPaypalEmailDocument,
    "mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}": types.CreateManualRewardDocument,
    "query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}": types.CustomersDocument,
    "query PartnerDetail($id: ID!, $page: PageInput!) {\n  partner(id: $id) {\n    id\n    name\n    email\n    partnerKey\n    status\n    paypalEmail\n    createdAt\n    payThresholdOverrides\n    stats {\n      ...PartnerStatsFields\n    }\n    commissions(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommissionFields\n      }\n    }\n  }\n}": types.PartnerDetailDocument,
    "fragment PartnerStatsFields on PartnerStats {\n  salesCount\n  salesTotals\n  refundedTotals\n  balances {\n    status\n    count\n    total\n  }\n}": types.PartnerStatsFieldsFragmentDoc,
    "query Partners($filter: PartnerFilter!, $page: PageInput!) {\n  partners(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        salesCount\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n}": types.PartnersDocument,
    "query Rewards($filter: CommissionFilter!, $page: PageInput!) {\n  rewards(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n      customerId\n    }\n  }\n}": types.RewardsDocument,
    "mutation RecordManualSale($input: ManualSaleInput!) {\n  recordManualSale(input: $input) {\n    __typename\n    ... on SaleRecorded {\n      created\n      sale {\n        id\n        externalId\n      }\n      commissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.RecordManualSaleDocument,
    "mutation RefundSale($input: RefundSaleInput!) {\n  refundSale(input: $input) {\n    __typename\n    ... on RefundRecorded {\n      created\n      refund {\n        id\n        amount\n        externalId\n      }\n      adjustedCommissions {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n      clawbacks {\n        id\n        amount\n        status\n        partner {\n          name\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.RefundSaleDocument,
    "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    externalId\n    amount\n    refunded\n    occurredAt\n    manual\n    product {\n      id\n      sku\n      name\n    }\n    customer {\n      id\n      externalId\n      name\n      email\n    }\n    refunds {\n      id\n      externalId\n      amount\n      createdAt\n    }\n    commissions {\n      ...CommissionFields\n      clawbackOfId\n    }\n  }\n}": types.SaleDetailDocument,
    "query Sales($filter: SaleFilter!, $page: PageInput!) {\n  sales(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      externalId\n      amount\n      refunded\n      occurredAt\n      manual\n      product {\n        id\n        sku\n        name\n      }\n      customer {\n        id\n        externalId\n        name\n      }\n      commissions {\n        id\n        kind\n        status\n        amount\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.SalesDocument,
    "query ApiKeys {\n  apiKeys {\n    id\n    name\n    scope\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n}": types.ApiKeysDocument,
    "query AuditLog($filter: AuditFilterInput!, $page: PageInput!) {\n  auditLog(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      action\n      entityType\n      entityId\n      actorKind\n      actorLabel\n      changes\n      createdAt\n    }\n  }\n}": types.AuditLogDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    apiKey {\n      id\n      name\n      scope\n      keyPrefix\n    }\n  }\n}": types.CreateApiKeyDocument,
    "query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}": types.ProgramSettingsDocument,
    "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": types.RevokeApiKeyDocument,
    "mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}": types.UpdateProgramSettingsDocument,
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
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    __typename\n    ... on AuthSession {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
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
export function graphql(source: "fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  kind\n  label\n  displayName\n  merchantRole\n  apiKeyScope\n  program {\n    id\n    name\n    currency\n  }\n  partner {\n    id\n    name\n    partnerKey\n    email\n  }\n}"];
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
export function graphql(source: "fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n}"): (typeof documents)["fragment CommissionActionFields on CommissionActionPayload {\n  succeeded\n  failed\n  items {\n    commissionId\n    result {\n      __typename\n      ... on Commission {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}"): (typeof documents)["fragment CommissionFields on Commission {\n  id\n  kind\n  status\n  amount\n  originalAmount\n  description\n  cancelReason\n  createdAt\n  approvedAt\n  paidAt\n  cancelledAt\n  payableAt\n  paymentId\n  saleId\n  partnerId\n  partner {\n    id\n    name\n    partnerKey\n  }\n  sale {\n    id\n    externalId\n    amount\n    occurredAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Commissions($filter: CommissionFilter!, $page: PageInput!) {\n  commissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}"): (typeof documents)["query Commissions($filter: CommissionFilter!, $page: PageInput!) {\n  commissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CommissionFields\n    }\n  }\n}"];
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
export function graphql(source: "query MerchantOverview {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      stats {\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n  commissions(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      amount\n      status\n      createdAt\n      paidAt\n    }\n  }\n}"): (typeof documents)["query MerchantOverview {\n  program {\n    id\n    name\n    currency\n    payThresholds\n  }\n  partners(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      stats {\n        balances {\n          status\n          count\n          total\n        }\n      }\n    }\n  }\n  commissions(page: {first: 100}) {\n    totalCount\n    nodes {\n      id\n      amount\n      status\n      createdAt\n      paidAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyCommissions($filter: CommissionFilter!, $page: PageInput!) {\n  myCommissions(filter: $filter, page: $page) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      amount\n      originalAmount\n      description\n      cancelReason\n      createdAt\n      payableAt\n      paidAt\n      sale {\n        id\n        externalId\n        occurredAt\n        product {\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOverview {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myCommissions(page: {first: 100}) {\n    nodes {\n      id\n      amount\n      status\n      createdAt\n    }\n  }\n}"): (typeof documents)["query MyOverview {\n  me {\n    partner {\n      id\n      name\n      partnerKey\n      status\n      paypalEmail\n      stats {\n        ...PartnerStatsFields\n      }\n    }\n  }\n  myCommissions(page: {first: 100}) {\n    nodes {\n      id\n      amount\n      status\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}"): (typeof documents)["query MyProfile {\n  me {\n    partner {\n      id\n      name\n      email\n      partnerKey\n      paypalEmail\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyPaypalEmail($paypalEmail: String) {\n  updateMyPaypalEmail(paypalEmail: $paypalEmail) {\n    id\n    paypalEmail\n  }\n}"): (typeof documents)["mutation UpdateMyPaypalEmail($paypalEmail: String) {\n  updateMyPaypalEmail(paypalEmail: $paypalEmail) {\n    id\n    paypalEmail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}"): (typeof documents)["mutation CreateManualReward($input: CreateManualRewardInput!) {\n  createManualReward(input: $input) {\n    ...CommissionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}"): (typeof documents)["query Customers($filter: CustomerFilter!, $page: PageInput!) {\n  customers(filter: $filter, page: $page) {\n    totalCount\n    nodes {\n      id\n      externalId\n      name\n      email\n    }\n  }\n}"];
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
export function graphql(source: "query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}"): (typeof documents)["query ProgramSettings {\n  program {\n    id\n    name\n    currency\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}"): (typeof documents)["mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}"): (typeof documents)["mutation UpdateProgramSettings($input: ProgramSettingsInput!) {\n  updateProgramSettings(input: $input) {\n    id\n    name\n    holdingPeriodDays\n    autoApprove\n    defaultAttribution\n    payThresholds\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;