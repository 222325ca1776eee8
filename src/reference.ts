// A short reference that a log line and the person's apology share, so a report can be found in the logs.
import { randomBytes } from "node:crypto";

export function errorReference(): string {
  return randomBytes(4).toString("hex");
}
