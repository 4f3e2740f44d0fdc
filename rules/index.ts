/** Every rule compose-lint ships, in the order `--list-rules` prints them. */
import type { Rule } from "../src/engine/rule.js";
import composeSchema from "./compose-schema.js";
import noDockerSocketMount from "./no-docker-socket-mount.js";
import noSensitiveHostMount from "./no-sensitive-host-mount.js";
import noHardcodedSecret from "./no-hardcoded-secret.js";
import noSecretInCommand from "./no-secret-in-command.js";
import noDisabledAuth from "./no-disabled-auth.js";
import noExposedDockerApi from "./no-exposed-docker-api.js";
import noPublishedDatabasePort from "./no-published-database-port.js";
import noUnboundPort from "./no-unbound-port.js";
import noUnencryptedOverlay from "./no-unencrypted-overlay.js";
import noDangerousCapability from "./no-dangerous-capability.js";
import noHostDevice from "./no-host-device.js";
import noHostIpInSwarm from "./no-host-ip-in-swarm.js";
import noHostNamespace from "./no-host-namespace.js";
import noHostNetwork from "./no-host-network.js";
import noPrivileged from "./no-privileged.js";
import noUnconfinedSecurityOpt from "./no-unconfined-security-opt.js";
import requireCapDropAll from "./require-cap-drop-all.js";
import requireNoNewPrivileges from "./require-no-new-privileges.js";
import requireNonRootUser from "./require-non-root-user.js";
import requirePinnedImage from "./require-pinned-image.js";
import requireReadOnly from "./require-read-only.js";
import requireResourceLimits from "./require-resource-limits.js";

export const rules: readonly Rule[] = [
  composeSchema,
  noUnboundPort,
  noPublishedDatabasePort,
  noDockerSocketMount,
  noSensitiveHostMount,
  noHardcodedSecret,
  noSecretInCommand,
  noDisabledAuth,
  noExposedDockerApi,
  noUnencryptedOverlay,
  noHostIpInSwarm,
  noPrivileged,
  noHostNetwork,
  noHostNamespace,
  noDangerousCapability,
  noUnconfinedSecurityOpt,
  noHostDevice,
  requireNoNewPrivileges,
  requireReadOnly,
  requireCapDropAll,
  requireNonRootUser,
  requireResourceLimits,
  requirePinnedImage,
];
