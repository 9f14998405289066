// Review texts shared by tests.

/** The smallest valid review: a Member State's draft with nothing answered yet (8 lines). */
export const MINIMAL_REVIEW = `format_version: 1
metadata:
  submitter:
    type: member_state
    country: QMA
  cycle: imrf_2026
  languages: [en]
  status: draft
`;
