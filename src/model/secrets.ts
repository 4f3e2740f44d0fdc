/**
 * What a secret looks like, shared by the rules that look for one (no-hardcoded-secret in
 * `environment:` and `build.args`, no-secret-in-command on command lines): which names promise a
 * secret, which values carry none, how to read a value as the file writes it (before Compose
 * interpolation), and how to name a secret in a message without showing it.
 *
 * Nothing built from these helpers may print a secret: a message shows a length, a masked URL
 * (`postgres://app:***@db/app`) or, for a well-known default such as "changeme", the default itself.
 */
import type { Located, Span } from "./types.js";

/** Passwords anyone tries first; named in the message because they are public already. */
export const WELL_KNOWN = new Set([
  "changeme", "change_me", "change-me", "changeit", "changethis", "password", "passw0rd", "p@ssw0rd", "p@ssword", "password1",
  "password123", "pass", "pass123", "secret", "secret123", "s3cr3t", "supersecret", "mysecretpassword", "mypassword",
  "secretpassword", "example", "postgres", "postgresql", "mysql", "mariadb", "mongo", "redis", "root", "toor", "rootpassword",
  "admin", "admin123", "administrator", "123456", "12345678", "123456789", "1234567890", "1234", "12345", "123", "qwerty",
  "letmein", "default", "test", "test123", "guest", "user", "demo", "welcome", "master",
]);

/** Fill-me-in values that work as a password too: `your_password`, `my-secret-token`. */
export const PLACEHOLDER_LIKE = /^(your|my|the)[-_ ]?([a-z]+[-_ ]?){0,3}(password|passwd|pass|pw|secret|token|key)([-_ ]?here)?$/i;

/** Values that carry no secret: booleans, visible placeholders, nothing. */
export const NOT_A_SECRET =
  /^(|true|false|yes|no|on|off|y|n|0|1|enabled?|disabled?|none|null|nil|undefined|invalid|unset|not[-_ ]?set|dummy|placeholder|redacted|-|\.{3,}|…|<[^<>]*>|\{\{.*\}\}|\[[^\]]*\]|[x*]+([-_. ][x*]+)*)$/i;

/** A file path, not a secret (`PRIVATE_KEY: /run/secrets/key`). */
export const PATH = /^(\.{0,2}\/|~\/|file:)\S*$/;

/** A variable or command the container's shell expands at run time (`$$DB_PASS` in the file). */
export const RUNTIME_REFERENCE = /^\$(\{?[A-Za-z_]\w*\}?|\(.*\))$/;

/** Marks the place of a `${VAR}` that has no usable fallback in a rendering of the source text. */
const VARIABLE = "\u0000";

/** What a name promises: the words a message uses for it (`a hard-coded API key`). */
export type Kind = "password" | "secret" | "token" | "API key" | "private key" | "access key" | "secret key" | "key" | "salt" | "credentials";

const KEY_QUALIFIERS: Readonly<Record<string, Kind>> = {
  API: "API key", PRIVATE: "private key", SECRET: "key", ACCESS: "access key", ENCRYPTION: "key", ENC: "key", CRYPT: "key",
  CRYPTO: "key", SIGNING: "key", SIGN: "key", MASTER: "key", FERNET: "key", SESSION: "key", JWT: "key", HMAC: "key", AUTH: "key",
  LICENSE: "key", ROLE: "key", CONSUMER: "key", WEBHOOK: "key", SHARED: "key", OPENSSL: "key", STRIPE: "key", OTP: "key",
  TOTP: "key", CIPHER: "key",
};

/** Auth method words: `HTTP_AUTH: basic` names a scheme, not a credential. */
export const AUTH_METHODS = /^(basic|bearer|digest|oauth2?|oidc|ldap|saml|jwt|token|password|internal|external|local|plain|md5|scram(-sha-256)?|trust|kerberos|ntlm|sasl|htpasswd)$/i;

/** secretKind's answers: the same names (POSTGRES_PASSWORD, --password) come back in file after file. */
const kindsByName = new Map<string, Kind | undefined>();

/** The kind of secret a variable's name promises, or undefined when the name promises none. */
export function secretKind(name: string): Kind | undefined {
  if (kindsByName.has(name)) return kindsByName.get(name);
  // Bounded: a run over generated names does not grow it without end.
  if (kindsByName.size >= 10_000) kindsByName.clear();
  const kind = kindOfName(name);
  kindsByName.set(name, kind);
  return kind;
}

function kindOfName(name: string): Kind | undefined {
  if (/^(OLD)?PWD$/.test(name)) return undefined; // the shell's working directory
  const tokens = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  while (tokens.length > 1 && /^(V?\d+|OLD|NEW|PREVIOUS|CURRENT|PRIMARY|SECONDARY)$/.test(tokens.at(-1)!)) tokens.pop();
  // Rails' and GitLab's key bases (`SECRET_KEY_BASE`, `GITLAB_SECRETS_OTP_KEY_BASE`) are the keys themselves.
  if (tokens.length > 2 && tokens.at(-1) === "BASE" && tokens.at(-2) === "KEY") {
    tokens.pop();
    return tokens.includes("SECRET") ? "secret key" : "key";
  }
  if (tokens.join("_").endsWith("BASIC_AUTH_USER_INFO")) return "credentials"; // `user:password`
  // `DB_PASSWORD2`: a number glued to the last word.
  const last = (tokens.at(-1) ?? "").replace(/(?<=[A-Z]{3})\d+$/, "");
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
  if (last === "SALT" && tokens.length > 1) return "salt"; // `PASSWORD_SALT`, WordPress' `AUTH_SALT`
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
  // Most words and values reference nothing: both renderings are the text itself.
  if (!raw.includes("$") && !raw.includes(DOLLAR)) return { literal: raw, unset: raw, fallbackOf: [] };
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
export interface Written {
  text: string;
  /** Set when the text is a `${VAR:-fallback}` default rather than a literal. */
  fallbackFor?: string[];
}

/** What the file says a value is (see `writtenText`); a value without `raw` is literal. */
export function written(value: Located<string>): Written | undefined {
  if (value.raw === undefined) return { text: value.value };
  return writtenText(value.raw);
}

/**
 * What source text (before interpolation) says by itself: its literal text (`$$` read as `$`), or
 * the fallback Compose uses when its variables are unset; undefined when a variable without a
 * fallback decides it (`${DB_PASSWORD}`, `app:${DB_PASSWORD}`), so it is not the file's to judge.
 */
export function writtenText(raw: string): Written | undefined {
  const { literal, unset, fallbackOf } = renderings(raw);
  if (!literal.includes(VARIABLE)) return { text: literal };
  if (unset.includes(VARIABLE) || fallbackOf.length === 0) return undefined;
  return { text: unset, fallbackFor: fallbackOf };
}

/** The text without one pair of surrounding quotes. */
export function unquote(text: string): string {
  return text.trim().replace(/^(["'])(.*)\1$/, "$2");
}

/** True for values that carry no secret: booleans, placeholders, nothing, paths, run-time references. */
export function carriesNoSecret(text: string): boolean {
  const value = unquote(text);
  return NOT_A_SECRET.test(value) || PATH.test(value) || RUNTIME_REFERENCE.test(value);
}

/** How the message names a value without showing it. */
export function strength(secret: string, sameAs?: string): { words: string; weak: boolean } {
  const value = unquote(secret);
  const lower = value.toLowerCase();
  // `NEO4J_AUTH=neo4j/your_password`: the password is the last part.
  const lastPart = lower.split(/[/:]/).at(-1) ?? lower;
  if (WELL_KNOWN.has(lower)) return { words: `the well-known default "${value}"`, weak: true };
  if (PLACEHOLDER_LIKE.test(value) || PLACEHOLDER_LIKE.test(lastPart)) return { words: "a placeholder left in place", weak: true };
  if (sameAs !== undefined) return { words: `the same as ${sameAs}`, weak: true };
  return { words: `${[...value].length} characters`, weak: false };
}

export interface Embedded {
  /** Where the secret sits: a URL's user info, a query parameter, or an option such as JAAS' `password="..."`. */
  shape: "url" | "parameter" | "option";
  /** The value with the secret masked, safe to print. */
  masked: string;
  secret: string;
  user?: string;
}

/**
 * A password inside a URL's user info, a query parameter or a JAAS option. `masked` shows only
 * the part around it, with the secret (and any query string, which may hold others) left out.
 */
export function embeddedSecret(text: string): Embedded | undefined {
  // Each shape below needs an `@` (a URL's user info) or an `=` (a parameter, an option).
  if (!text.includes("@") && !text.includes("=")) return undefined;
  const url = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/?#]*):([^\s@/?#]+)@([^\s?#"']*)/i.exec(text);
  if (url && !carriesNoSecret(url[3]!)) {
    const [, scheme, user, secret, rest] = url as unknown as [string, string, string, string, string];
    const query = /^[^\s#"']*\?/.test(text.slice(url.index + url[0].length)) ? "?..." : "";
    return { shape: "url", masked: shorten(`${scheme}${user}:***@${rest}${query}`), secret, user };
  }
  const parameter = /([?&;](?:password|passwd|pass|pwd|secret|token|api[_-]?key|access[_-]?token)=)([^&;#\s]+)/i.exec(text);
  if (parameter && !carriesNoSecret(parameter[2]!)) {
    const before = text.slice(0, parameter.index).split(/[?\s]/)[0] ?? "";
    return { shape: "parameter", masked: shorten(`${before}?...${parameter[1]!.slice(1)}***`), secret: parameter[2]! };
  }
  const option = /\b((?:password|passwd|secret|clientSecret|client_secret)\s*=\s*)"([^"]*)"/i.exec(text);
  if (option && !carriesNoSecret(option[2]!)) {
    return { shape: "option", masked: `${option[1]}"***"`, secret: option[2]! };
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/** How a message names a hard-coded secret of each kind. */
export const ARTICLE: Readonly<Record<Kind, string>> = {
  password: "a hard-coded password", secret: "a hard-coded secret", token: "a hard-coded token", "API key": "a hard-coded API key",
  "private key": "a hard-coded private key", "access key": "a hard-coded access key", "secret key": "a hard-coded secret key",
  key: "a hard-coded key", salt: "a hard-coded salt", credentials: "hard-coded credentials",
};

/** Variables whose value is a `user:password` list by name: Concourse's `ADD_LOCAL_USER`, basic-auth user lists. */
const CREDENTIAL_PAIRS = /(^|_)(ADD_LOCAL_USERS?|LOCAL_USERS|BASIC_AUTH_USERS?|AUTH_USERS|HTPASSWD_USERS?|USERS_CREDENTIALS|ADMIN_CREDENTIALS)$/i;

/** The first `user:password` pair of a value meant as credentials by its variable's name; undefined otherwise. */
export function credentialPair(name: string, text: string): { user: string; secret: string } | undefined {
  if (!CREDENTIAL_PAIRS.test(name)) return undefined;
  const pair = /^([^\s:@/,]+):([^\s@/,]+)(,|$)/.exec(unquote(text));
  if (!pair || carriesNoSecret(pair[2]!)) return undefined;
  return { user: pair[1]!, secret: pair[2]! };
}

/**
 * The span of the line that holds `needle` inside a multi-line value (a block scalar), found in
 * the file's text; undefined when the value is on one line or the text is not found as written.
 */
export function lineHolding(text: string, within: Span, needle: string): Span | undefined {
  if (within.line === within.endLine || needle === "") return undefined;
  const lines = text.split("\n");
  for (let line = within.line; line <= within.endLine && line <= lines.length; line++) {
    const source = lines[line - 1]!;
    if (!source.includes(needle)) continue;
    const start = source.length - source.trimStart().length;
    return { file: within.file, line, column: start + 1, endLine: line, endColumn: source.trimEnd().length + 1 };
  }
  return undefined;
}

/*
 * Command lines. A program takes a secret as an option (`--requirepass SECRET`, `--password=SECRET`),
 * as an environment assignment in front of it (`PGPASSWORD=SECRET psql`), or inside a URL.
 */

/** Options whose names do not say "password" in a way `secretKind` reads. */
const SECRET_OPTIONS: Readonly<Record<string, Kind>> = { masterauth: "password" };

/** Options that only turn a password prompt or check on or off: `--no-password`, `--askpass`, `--skip-password`. */
const SWITCH_OPTION = /^((no|skip|ask|prompt|allow[-_]empty|allow[-_]no)[-_]|askpass$)/i;

/**
 * The kind of secret an option (`requirepass`, `api-key`, `-Djavax.net.ssl.keyStorePassword`) or
 * an environment assignment (`PGPASSWORD`) takes, given without its dashes; undefined when it takes none.
 */
export function optionKind(name: string): Kind | undefined {
  if (SWITCH_OPTION.test(name)) return undefined;
  return SECRET_OPTIONS[name.toLowerCase()] ?? secretKind(name);
}

/** How a client program takes its password when it breaks the `--password SECRET` convention. */
export interface PasswordOptions {
  /** A short option with the password glued on: `mysql -pSECRET` (in `-p SECRET`, SECRET names a database). */
  attached?: string;
  /** A short option followed by the password: `redis-cli -a SECRET`. */
  separate?: string;
  /** `--password` takes no separate value: it prompts (`psql --password`) or takes one only after `=` (`mysql --password=SECRET`). */
  promptingPassword?: true;
}

const MYSQL: PasswordOptions = { attached: "-p", promptingPassword: true };
const REDIS: PasswordOptions = { separate: "-a" };
const POSTGRES: PasswordOptions = { promptingPassword: true };

/** Client programs by name whose password options `optionKind` alone would misread. */
export const CLIENT_PASSWORD_OPTIONS: ReadonlyMap<string, PasswordOptions> = new Map([
  ...["mysql", "mysqladmin", "mysqldump", "mariadb", "mariadb-admin", "mariadb-dump"].map((name) => [name, MYSQL] as const),
  ...["redis-cli", "valkey-cli", "keydb-cli"].map((name) => [name, REDIS] as const),
  ...["mongo", "mongosh"].map((name) => [name, { separate: "-p" }] as const),
  ["sqlcmd", { separate: "-P" }],
  ...["psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_isready", "pg_basebackup", "createdb", "dropdb", "createuser", "dropuser", "vacuumdb", "reindexdb"].map(
    (name) => [name, POSTGRES] as const,
  ),
]);
