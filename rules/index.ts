/** Every rule compose-lint ships, in the order `--list-rules` prints them. */
import type { Rule } from "../src/engine/rule.js";
import noDockerSocketMount from "./no-docker-socket-mount.js";
import noPublishedDatabasePort from "./no-published-database-port.js";
import noUnboundPort from "./no-unbound-port.js";
import noUnencryptedOverlay from "./no-unencrypted-overlay.js";

export const rules: readonly Rule[] = [
  noUnboundPort,
  noPublishedDatabasePort,
  noDockerSocketMount,
  noUnencryptedOverlay,
];
