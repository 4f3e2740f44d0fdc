import { defineRule } from "../src/engine/rule.js";
import { ARTICLE, AUTH_METHODS, carriesNoSecret, credentialPair, embeddedSecret, lineHolding, secretKind, strength, unquote, written } from "../src/model/secrets.js";
import type { Embedded } from "../src/model/secrets.js";
import type { EnvVar, Level, Span } from "../src/model/types.js";

/*
 * Nothing this rule prints may contain a secret: messages show a length, a masked URL
 * (`postgres://app:***@db/app`) or, for a well-known default such as "changeme", the default itself.
 * What a secret looks like is shared with no-secret-in-command, in src/model/secrets.ts.
 */

/** `POSTGRES_PASSWORD` → the sibling that holds its user name (`POSTGRES_USER`), if any. */
function userSibling(name: string, vars: readonly EnvVar[]): EnvVar | undefined {
  const stem = /^(.*?)_?(PASSWORD|PASSWD|PASS|PWD)$/i.exec(name)?.[1];
  if (stem === undefined) return undefined;
  const candidates = ["USER", "USERNAME", "USER_NAME", "LOGIN"].map((suffix) => (stem ? `${stem}_${suffix}` : suffix).toLowerCase());
  return vars.find((v) => candidates.includes(v.name.value.toLowerCase()));
}

/** A finding for one variable; `message` is the engine's template, given the service label (`service "a"`). */
interface Judgement {
  at: Span;
  level: Level;
  message: (who: string) => string;
}

type Where = "environment" | "build";

/** What a variable is judged in: its list, and names a weak password might repeat. */
interface Context {
  where: Where;
  vars: readonly EnvVar[];
  /** The service's name and its image's name (`grafana`): a password that repeats them is weak. */
  service: string;
  image?: string;
  /** The file, to find the line of a secret inside a block scalar. */
  file: { path: string; text: string };
  /** Names the configuration adds (option `keys`), upper-cased. */
  extraKeys?: ReadonlySet<string>;
}

/** Advice for a secret embedded in a longer value, by where it sits. */
function embeddedFix(embedded: Embedded): string {
  switch (embedded.shape) {
    case "option":
      return `Interpolate it from a variable kept in an uncommitted .env file (\`password="\${JAAS_PASSWORD:?}"\`), or mount the whole configuration as a Compose secret (for JAAS, \`-Djava.security.auth.login.config=/run/secrets/<name>\`).`;
    case "parameter":
      return "Interpolate it from a variable kept in an uncommitted .env file (`...?password=${DB_PASSWORD:?}`), or read the whole value from a Compose secret.";
    case "url":
      return "Interpolate the password from a variable kept in an uncommitted .env file (`...:${DB_PASSWORD:?}@...`), or read the whole value from a Compose secret.";
  }
}

/** The sibling variable (`POSTGRES_USER`) or the service/image name a weak password repeats. */
function repeats(name: string, text: string, fallback: boolean, context: Context): string | undefined {
  const value = unquote(text).toLowerCase();
  const sibling = userSibling(name, context.vars);
  const siblingValue = sibling?.value && written(sibling.value);
  if (siblingValue && Boolean(siblingValue.fallbackFor) === fallback && unquote(siblingValue.text).toLowerCase() === value) return sibling!.name.value;
  if (context.service.toLowerCase() === value) return "the service name";
  if (context.image?.toLowerCase() === value) return "the image name";
  return undefined;
}

/** The finding for one variable, or undefined. The message never contains the secret. */
function judge(variable: EnvVar, context: Context): Judgement | undefined {
  const value = variable.value;
  if (!value) return undefined;
  const { where } = context;
  const name = variable.name.value;
  const shown = written(value);
  if (!shown) return undefined;
  const fallback = shown.fallbackFor;
  const unsetVars = fallback?.join(", ");
  const buildNote =
    where === "build" ? " Build arguments stay in the image history (`docker history`) for anyone who can pull the image; use a build secret (`build.secrets`) instead." : "";
  const requireIt = fallback ? `Require the variable instead: \`\${${fallback[0]}:?${fallback[0]} must be set}\`.` : "";

  const embedded = embeddedSecret(shown.text);
  if (embedded) {
    const sameAs = embedded.user !== undefined && embedded.user !== "" && embedded.user === embedded.secret ? "the user name" : undefined;
    const { words, weak } = strength(embedded.secret, sameAs);
    const how = fallback ? ` whenever ${unsetVars} is unset` : "";
    const fix = requireIt || (where === "build" ? "" : embeddedFix(embedded));
    return {
      // In a block scalar (a JAAS config over several lines), the line that holds it.
      at: (value.raw === undefined && value.span.file === context.file.path ? lineHolding(context.file.text, value.span, embedded.secret) : undefined) ?? value.span,
      level: fallback && !weak ? "warning" : "error",
      message: (who) =>
        `${who} embeds a hard-coded password (${words}) in ${name}${how} ("${embedded.masked}"); anyone who can read the compose file can log in.${buildNote} ${fix}`.trimEnd(),
    };
  }

  const pair = credentialPair(name, shown.text);
  if (pair) {
    const { words } = strength(pair.secret, pair.user === pair.secret ? "the user name" : undefined);
    const how = fallback ? ` whenever ${unsetVars} is unset` : "";
    return {
      at: value.span,
      level: "error",
      message: (who) =>
        `${who} sets ${name} to a user name and password pair for "${pair.user}" (the password is ${words})${how}; anyone who can read the compose file can log in.${buildNote} ${requireIt || `Read it from a variable kept in an uncommitted .env file (\`\${${name}:?}\`).`}`,
    };
  }

  const kind = secretKind(name) ?? (context.extraKeys?.has(name.toUpperCase()) ? "secret" : undefined);
  if (!kind || carriesNoSecret(shown.text)) return undefined;
  if (kind === "credentials" && /AUTH$/i.test(name) && AUTH_METHODS.test(unquote(shown.text))) return undefined;
  const { words, weak } = strength(shown.text, repeats(name, shown.text, fallback !== undefined, context));
  if (fallback) {
    return {
      at: value.span,
      level: weak ? "error" : "warning",
      message: (who) =>
        `${who} sets ${name} to ${ARTICLE[kind]} (${words}) whenever ${unsetVars} is unset, and that fallback is in the file for anyone to read. ${requireIt}`,
    };
  }
  if (where === "build") {
    return {
      at: value.span,
      level: "error",
      message: (who) => `${who} passes build argument ${name} as ${ARTICLE[kind]} (${words}).${buildNote}`,
    };
  }
  return {
    at: value.span,
    level: "error",
    message: (who) =>
      `${who} sets ${name} to ${ARTICLE[kind]} (${words}); anyone who can read the compose file or run \`docker inspect\` has it. ` +
      `Read it from a variable kept in an uncommitted .env file (\`\${${name}:?}\`) or pass it as a Compose secret (many images read \`${name}_FILE\`).`,
  };
}

export default defineRule({
  meta: {
    id: "no-hardcoded-secret",
    description: "A password, token or key is written into the compose file: in `environment:`, in `build.args`, or inside a connection URL.",
    level: "error",
    preset: "recommended",
    tags: ["security", "secrets", "credentials"],
    help:
      "A secret in a compose file is in every clone of the repository, in CI logs and in `docker inspect`; a build argument is also in the image history. Well-known defaults (postgres, changeme, admin) are the first thing scanners try. Read secrets from variables kept in an uncommitted .env file (`${DB_PASSWORD:?}`), or better, pass them as Compose secrets and point the image's `*_FILE` variable at /run/secrets/<name>. Settings that switch authentication off (MYSQL_ALLOW_EMPTY_PASSWORD, POSTGRES_HOST_AUTH_METHOD=trust) are no-disabled-auth's. Messages never show the secret, only its length.",
    securitySeverity: 8.0,
    options: {
      type: "object",
      properties: {
        keys: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "More variable names that hold a secret (compared without case), beyond the names compose-lint recognises.",
        },
        allowValues: {
          type: "array",
          items: { type: "string" },
          description: "Values never reported, such as a documented placeholder your deployment replaces.",
        },
      },
      additionalProperties: false,
    },
  },
  check({ project, report, options }) {
    const extraKeys = new Set(((options.keys as string[] | undefined) ?? []).map((k) => k.toUpperCase()));
    const allowValues = new Set((options.allowValues as string[] | undefined) ?? []);
    for (const service of project.services) {
      const sources: [Where, readonly EnvVar[]][] = [
        ["environment", service.environment],
        ["build", service.build?.args ?? []],
      ];
      for (const [where, vars] of sources) {
        for (const variable of vars) {
          if (variable.value !== undefined && allowValues.has(variable.value.value)) continue;
          const finding = judge(variable, { where, vars, service: service.name.value, image: service.image?.value.name, file: project.file, extraKeys });
          if (!finding) continue;
          report({
            at: finding.at,
            redact: true,
            ...(finding.level !== "error" ? { level: finding.level } : {}),
            service: service.name.value,
            message: finding.message,
          });
        }
      }
    }
  },
});
