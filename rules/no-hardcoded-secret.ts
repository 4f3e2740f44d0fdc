import { defineRule } from "../src/engine/rule.js";
import type { EnvVar, Level, Located, Span } from "../src/model/types.js";

/*
 * Nothing this rule prints may contain a secret: messages show a length, a masked URL
 * (`postgres://app:***@db/app`) or, for a well-known default such as "changeme", the default itself.
 */

/** Passwords anyone tries first; named in the message because they are public already. */
const WELL_KNOWN = new Set([
  "changeme", "change_me", "change-me", "changeit", "changethis", "password", "passw0rd", "p@ssw0rd", "p@ssword", "password1",
  "password123", "pass", "pass123", "secret", "secret123", "s3cr3t", "supersecret", "mysecretpassword", "mypassword",
  "secretpassword", "example", "postgres", "postgresql", "mysql", "mariadb", "mongo", "redis", "root", "toor", "rootpassword",
  "admin", "admin123", "administrator", "123456", "12345678", "123456789", "1234567890", "1234", "12345", "123", "qwerty",
  "letmein", "default", "test", "test123", "guest", "user", "demo", "welcome", "master",
]);

/** Fill-me-in values that work as a password too: `your_password`, `my-secret-token`. */
const PLACEHOLDER_LIKE = /^(your|my|the)[-_ ]?([a-z]+[-_ ]?){0,3}(password|passwd|pass|pw|secret|token|key)([-_ ]?here)?$/i;

/** Values that carry no secret: booleans, visible placeholders, nothing. */
const NOT_A_SECRET =
  /^(|true|false|yes|no|on|off|y|n|0|1|enabled?|disabled?|none|null|nil|undefined|invalid|unset|not[-_ ]?set|dummy|placeholder|redacted|-|\.{3,}|…|<[^<>]*>|\{\{.*\}\}|\[[^\]]*\]|[x*]+([-_. ][x*]+)*)$/i;

/** A file path, not a secret (`PRIVATE_KEY: /run/secrets/key`). */
const PATH = /^(\.{0,2}\/|~\/|file:)\S*$/;

/** A variable or command the container's shell expands at run time (`$$DB_PASS` in the file). */
const RUNTIME_REFERENCE = /^\$(\{?[A-Za-z_]\w*\}?|\(.*\))$/;

/** Marks the place of a `${VAR}` that has no usable fallback in a rendering of the source text. */
const VARIABLE = "\u0000";

type Kind = "password" | "secret" | "token" | "API key" | "private key" | "access key" | "secret key" | "key" | "credentials";

const KEY_QUALIFIERS: Readonly<Record<string, Kind>> = {
  API: "API key", PRIVATE: "private key", SECRET: "key", ACCESS: "access key", ENCRYPTION: "key", ENC: "key", CRYPT: "key",
  CRYPTO: "key", SIGNING: "key", SIGN: "key", MASTER: "key", FERNET: "key", SESSION: "key", JWT: "key", HMAC: "key", AUTH: "key",
  LICENSE: "key", ROLE: "key", CONSUMER: "key", WEBHOOK: "key", SHARED: "key", OPENSSL: "key", STRIPE: "key",
};

/** Auth method words: `HTTP_AUTH: basic` names a scheme, not a credential. */
const AUTH_METHODS = /^(basic|bearer|digest|oauth2?|oidc|ldap|saml|jwt|token|password|internal|external|local|plain|md5|scram(-sha-256)?|trust|kerberos|ntlm|sasl|htpasswd)$/i;

/** The kind of secret a variable's name promises, or undefined when the name promises none. */
function secretKind(name: string): Kind | undefined {
  if (/^(OLD)?PWD$/.test(name)) return undefined; // the shell's working directory
  const tokens = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  while (tokens.length > 1 && /^(V?\d+|OLD|NEW|PREVIOUS|CURRENT|PRIMARY|SECONDARY)$/.test(tokens.at(-1)!)) tokens.pop();
  if (tokens.join("_").endsWith("SECRET_KEY_BASE")) tokens.pop(); // Rails
  if (tokens.join("_").endsWith("BASIC_AUTH_USER_INFO")) return "credentials"; // `user:password`
  const last = tokens.at(-1) ?? "";
  const previous = tokens.at(-2) ?? "";
  if (/(PASSWORD|PASSWD|PASSPHRASE)$/.test(last)) return "password";
  if (/PASS$/.test(last) && !/(BY|COM|SUR|TRES|OVER|UNDER|ENCOM)PASS$/.test(last)) return "password";
  if (/PWD$/.test(last) && (last !== "PWD" || tokens.length > 1)) return "password";
  if (/SECRET$/.test(last)) return "secret";
  if (/TOKEN$/.test(last)) return "token";
  const keyKind = /^(API|PRIVATE|SECRET|ACCESS|ENCRYPTION|SIGNING|MASTER|LICENSE)KEY$/.test(last)
    ? KEY_QUALIFIERS[last.slice(0, -3)]
    : last === "KEY"
      ? KEY_QUALIFIERS[previous]
      : undefined;
  if (keyKind) return keyKind !== "API key" && keyKind !== "private key" && tokens.includes("SECRET") ? "secret key" : keyKind;
  if (/^(CREDENTIALS?|CREDS)$/.test(last)) return "credentials";
  if (last === "AUTH" && tokens.length > 1) return "credentials";
  return undefined;
}

/**
 * The source text rendered two ways: `literal` with every `${...}` replaced by VARIABLE, and
 * `unset` as Compose evaluates it when no variable is set (fallbacks used, the rest VARIABLE).
 * `$$` is a literal `$`.
 */
function renderings(raw: string): { literal: string; unset: string; fallbackOf: string[] } {
  const DOLLAR = "\u0001";
  let unset = raw.replace(/\$\$/g, DOLLAR);
  let literal = unset;
  const fallbackOf: string[] = [];
  const braced = /\$\{([A-Za-z_]\w*)(:?[-?+])?([^${}]*)\}/;
  for (let guard = 0; guard < 50 && braced.test(unset); guard++) {
    unset = unset.replace(braced, (_all, name: string, operator: string | undefined, argument: string) => {
      if (operator === ":-" || operator === "-") {
        if (!fallbackOf.includes(name)) fallbackOf.push(name);
        return argument;
      }
      return VARIABLE;
    });
  }
  for (let guard = 0; guard < 50 && braced.test(literal); guard++) literal = literal.replace(braced, VARIABLE);
  const bare = /\$[A-Za-z_]\w*/g;
  const restore = (text: string) => text.replace(bare, VARIABLE).replaceAll(DOLLAR, "$");
  return { literal: restore(literal), unset: restore(unset), fallbackOf };
}

/** What the file itself says the value is: the literal text, or the fallback used when variables are unset. */
interface Written {
  text: string;
  /** Set when the text is a `${VAR:-fallback}` default rather than a literal. */
  fallbackFor?: string[];
}

function written(value: Located<string>): Written | undefined {
  if (value.raw === undefined) return { text: value.value };
  const { literal, unset, fallbackOf } = renderings(value.raw);
  if (!literal.includes(VARIABLE)) return { text: literal };
  if (unset.includes(VARIABLE) || fallbackOf.length === 0) return undefined;
  return { text: unset, fallbackFor: fallbackOf };
}

function unquote(text: string): string {
  return text.trim().replace(/^(["'])(.*)\1$/, "$2");
}

function carriesNoSecret(text: string): boolean {
  const value = unquote(text);
  return NOT_A_SECRET.test(value) || PATH.test(value) || RUNTIME_REFERENCE.test(value);
}

/** How the message names a value without showing it. */
function strength(secret: string, sameAs?: string): { words: string; weak: boolean } {
  const value = unquote(secret);
  const lower = value.toLowerCase();
  // `NEO4J_AUTH=neo4j/your_password`: the password is the last part.
  const lastPart = lower.split(/[/:]/).at(-1) ?? lower;
  if (WELL_KNOWN.has(lower)) return { words: `the well-known default "${value}"`, weak: true };
  if (PLACEHOLDER_LIKE.test(value) || PLACEHOLDER_LIKE.test(lastPart)) return { words: "a placeholder left in place", weak: true };
  if (sameAs !== undefined) return { words: `the same as ${sameAs}`, weak: true };
  return { words: `${[...value].length} characters`, weak: false };
}

interface Embedded {
  /** The value with the secret masked, safe to print. */
  masked: string;
  secret: string;
  user?: string;
}

/**
 * A password inside a URL's user info, a query parameter or a JAAS option. `masked` shows only
 * the part around it, with the secret (and any query string, which may hold others) left out.
 */
function embeddedSecret(text: string): Embedded | undefined {
  const url = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/?#]*):([^\s@/?#]+)@([^\s?#"']*)/i.exec(text);
  if (url && !carriesNoSecret(url[3]!)) {
    const [, scheme, user, secret, rest] = url as unknown as [string, string, string, string, string];
    const query = /^[^\s#"']*\?/.test(text.slice(url.index + url[0].length)) ? "?..." : "";
    return { masked: shorten(`${scheme}${user}:***@${rest}${query}`), secret, user };
  }
  const parameter = /([?&;](?:password|passwd|pass|pwd|secret|token|api[_-]?key|access[_-]?token)=)([^&;#\s]+)/i.exec(text);
  if (parameter && !carriesNoSecret(parameter[2]!)) {
    const before = text.slice(0, parameter.index).split(/[?\s]/)[0] ?? "";
    return { masked: shorten(`${before}?...${parameter[1]!.slice(1)}***`), secret: parameter[2]! };
  }
  const option = /\b((?:password|passwd|secret|clientSecret|client_secret)\s*=\s*)"([^"]*)"/i.exec(text);
  if (option && !carriesNoSecret(option[2]!)) {
    return { masked: `${option[1]}"***"`, secret: option[2]! };
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/** Settings that switch authentication off, by variable name. */
const NO_AUTH: readonly { name: RegExp; value: RegExp; what: string; fix: string }[] = [
  {
    name: /^(MYSQL_ALLOW_EMPTY_PASSWORD|MARIADB_ALLOW_EMPTY_ROOT_PASSWORD|MARIADB_ALLOW_EMPTY_PASSWORD)$/,
    value: /^(yes|true|1|on)$/i,
    what: "the database's root account has an empty password: anyone who can connect is root on the database",
    fix: "Set the root password from a Compose secret (`MYSQL_ROOT_PASSWORD_FILE` / `MARIADB_ROOT_PASSWORD_FILE`) instead",
  },
  {
    name: /^ALLOW_EMPTY_PASSWORD$/,
    value: /^(yes|true|1|on)$/i,
    what: "the service accepts connections without a password",
    fix: "Set a password from a Compose secret (the image's `*_PASSWORD_FILE` variable) instead",
  },
  {
    name: /^POSTGRES_HOST_AUTH_METHOD$/,
    value: /^trust$/i,
    what: "PostgreSQL accepts every connection without a password, as any user",
    fix: "Remove it (the default is scram-sha-256) and set POSTGRES_PASSWORD_FILE from a Compose secret",
  },
  {
    name: /^NEO4J_AUTH$/,
    value: /^none$/i,
    what: "Neo4j runs without authentication",
    fix: "Set NEO4J_AUTH to `neo4j/${NEO4J_PASSWORD:?}` with the password kept out of the file",
  },
];

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
}

const ARTICLE: Readonly<Record<Kind, string>> = {
  password: "a hard-coded password", secret: "a hard-coded secret", token: "a hard-coded token", "API key": "a hard-coded API key",
  "private key": "a hard-coded private key", "access key": "a hard-coded access key", "secret key": "a hard-coded secret key",
  key: "a hard-coded key", credentials: "hard-coded credentials",
};

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

  const noAuth = NO_AUTH.find((n) => n.name.test(name) && n.value.test(unquote(shown.text)));
  if (noAuth) {
    const how = fallback ? ` (the fallback when ${unsetVars} is unset)` : "";
    return {
      at: value.span,
      level: "error",
      message: (who) => `${who} sets ${name}=${unquote(shown.text)}${how}: ${noAuth.what}. ${noAuth.fix}.`,
    };
  }

  const embedded = embeddedSecret(shown.text);
  if (embedded) {
    const sameAs = embedded.user !== undefined && embedded.user !== "" && embedded.user === embedded.secret ? "the user name" : undefined;
    const { words, weak } = strength(embedded.secret, sameAs);
    const how = fallback ? ` whenever ${unsetVars} is unset` : "";
    const fix = requireIt || (where === "build" ? "" : "Interpolate the password from a variable kept in an uncommitted .env file (`...:${DB_PASSWORD:?}@...`), or read the whole value from a Compose secret.");
    return {
      at: value.span,
      level: fallback && !weak ? "warning" : "error",
      message: (who) =>
        `${who} embeds a hard-coded password (${words}) in ${name}${how} ("${embedded.masked}"); anyone who can read the compose file can log in.${buildNote} ${fix}`.trimEnd(),
    };
  }

  const kind = secretKind(name);
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
      "A secret in a compose file is in every clone of the repository, in CI logs and in `docker inspect`; a build argument is also in the image history. Well-known defaults (postgres, changeme, admin) are the first thing scanners try. Read secrets from variables kept in an uncommitted .env file (`${DB_PASSWORD:?}`), or better, pass them as Compose secrets and point the image's `*_FILE` variable at /run/secrets/<name>. Settings that switch authentication off (MYSQL_ALLOW_EMPTY_PASSWORD, POSTGRES_HOST_AUTH_METHOD=trust) are reported too. Messages never show the secret, only its length.",
    securitySeverity: 8.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const sources: [Where, EnvVar[]][] = [
        ["environment", service.environment],
        ["build", service.build?.args ?? []],
      ];
      for (const [where, vars] of sources) {
        for (const variable of vars) {
          const finding = judge(variable, { where, vars, service: service.name.value, image: service.image?.value.name });
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
