import { graphql } from '../gql';

// The bulk commission actions' documents shared by the API tests (approve/cancel/reinstate and their answers).

/** Every field of a bulk action's answer and of its items, whichever member each item's result is. */
export const COMMISSION_ACTION_ITEMS = graphql(`
  fragment CommissionActionItems on CommissionActionPayload {
    succeeded
    failed
    items {
      commissionId
      result {
        __typename
        ... on Commission {
          id
          status
          approvedAt
          amount {
            amount
            currency
          }
          cancelReason
        }
        ... on ErrorResult {
          code
          message
        }
        ... on NotFoundError {
          entity
          reference
        }
        ... on InvalidCommissionStateError {
          currentStatus
        }
        ... on HoldingPeriodActiveError {
          payableAt
        }
      }
    }
  }
`);

/** approveCommissions answering every item in full. */
export const APPROVE_ITEMS = graphql(`
  mutation CommissionActionsApprove($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      ...CommissionActionItems
    }
  }
`);

/** approveCommissions answering only how many it approved and refused. */
export const APPROVE_COUNTS = graphql(`
  mutation CommissionActionsApproveCounts($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      succeeded
      failed
    }
  }
`);
