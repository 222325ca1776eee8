// A failure of each status that concerns the asker alone, for renderer tests of every platform.
export const PRIVATE_FAILURES = {
  invalid: { status: "invalid", code: "bad-option" },
  forbidden: { status: "forbidden", code: "moderators-only" },
  error: { status: "error", code: "internal", reference: "0badc0de" },
} as const;
