import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/model/secrets.ts
var WELL_KNOWN = /* @__PURE__ */ new Set([
  "changeme",
  "change_me",
  "change-me",
  "changeit",
  "changethis",
  "password",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "password1",
  "password123",
  "pass",
  "pass123",
  "secret",
  "secret123",
  "s3cr3t",
  "supersecret",
  "mysecretpassword",
  "mypassword",
  "secretpassword",
  "example",
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "mongo",
  "redis",
  "root",
  "toor",
  "rootpassword",
  "admin",
  "admin123",
  "administrator",
  "123456",
  "12345678",
  "123456789",
  "1234567890",
  "1234",
  "12345",
  "123",
  "qwerty",
  "letmein",
  "default",
  "test",
  "test123",
  "guest",
  "user",
  "demo",
  "welcome",
  "master"
]);
var PLACEHOLDER_LIKE = /^(your|my|the)[-_ ]?([a-z]+[-_ ]?){0,3}(password|passwd|pass|pw|secret|token|key)([-_ ]?here)?$/i;
var NOT_A_SECRET = /^(|true|false|yes|no|on|off|y|n|0|1|enabled?|disabled?|none|null|nil|undefined|invalid|unset|not[-_ ]?set|dummy|placeholder|redacted|-|\.{3,}|…|<[^<>]*>|\{\{.*\}\}|\[[^\]]*\]|[x*]+([-_. ][x*]+)*)$/i;
var PATH = /^(\.{0,2}\/|~\/|file:)\S*$/;
var RUNTIME_REFERENCE = /^\$(\{?[A-Za-z_]\w*\}?|\(.*\))$/;
var VARIABLE = "\0";
var KEY_QUALIFIERS = {
  API: "API key",
  PRIVATE: "private key",
  SECRET: "key",
  ACCESS: "access key",
  ENCRYPTION: "key",
  ENC: "key",
  CRYPT: "key",
  CRYPTO: "key",
  SIGNING: "key",
  SIGN: "key",
  MASTER: "key",
  FERNET: "key",
  SESSION: "key",
  JWT: "key",
  HMAC: "key",
  AUTH: "key",
  LICENSE: "key",
  ROLE: "key",
  CONSUMER: "key",
  WEBHOOK: "key",
  SHARED: "key",
  OPENSSL: "key",
  STRIPE: "key",
  OTP: "key",
  TOTP: "key",
  CIPHER: "key"
};
var AUTH_METHODS = /^(basic|bearer|digest|oauth2?|oidc|ldap|saml|jwt|token|password|internal|external|local|plain|md5|scram(-sha-256)?|trust|kerberos|ntlm|sasl|htpasswd)$/i;
var kindsByName = /* @__PURE__ */ new Map();
function secretKind(name) {
  if (kindsByName.has(name)) return kindsByName.get(name);
  if (kindsByName.size >= 1e4) kindsByName.clear();
  const kind = kindOfName(name);
  kindsByName.set(name, kind);
  return kind;
}
function kindOfName(name) {
  if (/^(OLD)?PWD$/.test(name)) return void 0;
  const tokens = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  while (tokens.length > 1 && /^(V?\d+|OLD|NEW|PREVIOUS|CURRENT|PRIMARY|SECONDARY)$/.test(tokens.at(-1))) tokens.pop();
  if (tokens.length > 2 && tokens.at(-1) === "BASE" && tokens.at(-2) === "KEY") {
    tokens.pop();
    return tokens.includes("SECRET") ? "secret key" : "key";
  }
  if (tokens.join("_").endsWith("BASIC_AUTH_USER_INFO")) return "credentials";
  const last = (tokens.at(-1) ?? "").replace(/(?<=[A-Z]{3})\d+$/, "");
  const previous = tokens.at(-2) ?? "";
  if (/(PASSWORD|PASSWD|PASSPHRASE)$/.test(last)) return "password";
  if (/PASS$/.test(last) && !/(BY|COM|SUR|TRES|OVER|UNDER|ENCOM)PASS$/.test(last)) return "password";
  if (/PWD$/.test(last) && (last !== "PWD" || tokens.length > 1)) return "password";
  if (/SECRET$/.test(last)) return "secret";
  if (/TOKEN$/.test(last)) return "token";
  const keyKind = /^(API|PRIVATE|SECRET|ACCESS|ENCRYPTION|SIGNING|MASTER|LICENSE)KEY$/.test(last) ? KEY_QUALIFIERS[last.slice(0, -3)] : last === "KEY" ? KEY_QUALIFIERS[previous] : void 0;
  if (keyKind) return keyKind !== "API key" && keyKind !== "private key" && tokens.includes("SECRET") ? "secret key" : keyKind;
  if (last === "SALT" && tokens.length > 1) return "salt";
  if (/^(CREDENTIALS?|CREDS)$/.test(last)) return "credentials";
  if (last === "AUTH" && tokens.length > 1) return "credentials";
  return void 0;
}
function renderings(raw) {
  const DOLLAR = "";
  if (!raw.includes("$") && !raw.includes(DOLLAR)) return { literal: raw, unset: raw, fallbackOf: [] };
  let unset = raw.replace(/\$\$/g, DOLLAR);
  let literal = unset;
  const fallbackOf = [];
  const braced = /\$\{([A-Za-z_]\w*)(:?[-?+])?([^${}]*)\}/;
  for (let guard = 0; guard < 50 && braced.test(unset); guard++) {
    unset = unset.replace(braced, (_all, name, operator, argument) => {
      if (operator === ":-" || operator === "-") {
        if (!fallbackOf.includes(name)) fallbackOf.push(name);
        return argument;
      }
      return VARIABLE;
    });
  }
  for (let guard = 0; guard < 50 && braced.test(literal); guard++) literal = literal.replace(braced, VARIABLE);
  const bare = /\$[A-Za-z_]\w*/g;
  const restore = (text) => text.replace(bare, VARIABLE).replaceAll(DOLLAR, "$");
  return { literal: restore(literal), unset: restore(unset), fallbackOf };
}
function written(value) {
  if (value.raw === void 0) return { text: value.value };
  return writtenText(value.raw);
}
function writtenText(raw) {
  const { literal, unset, fallbackOf } = renderings(raw);
  if (!literal.includes(VARIABLE)) return { text: literal };
  if (unset.includes(VARIABLE) || fallbackOf.length === 0) return void 0;
  return { text: unset, fallbackFor: fallbackOf };
}
function unquote(text) {
  return text.trim().replace(/^(["'])(.*)\1$/, "$2");
}
function carriesNoSecret(text) {
  const value = unquote(text);
  return NOT_A_SECRET.test(value) || PATH.test(value) || RUNTIME_REFERENCE.test(value);
}
function strength(secret, sameAs) {
  const value = unquote(secret);
  const lower = value.toLowerCase();
  const lastPart = lower.split(/[/:]/).at(-1) ?? lower;
  if (WELL_KNOWN.has(lower)) return { words: `the well-known default "${value}"`, weak: true };
  if (PLACEHOLDER_LIKE.test(value) || PLACEHOLDER_LIKE.test(lastPart)) return { words: "a placeholder left in place", weak: true };
  if (sameAs !== void 0) return { words: `the same as ${sameAs}`, weak: true };
  return { words: `${[...value].length} characters`, weak: false };
}
function embeddedSecret(text) {
  if (!text.includes("@") && !text.includes("=")) return void 0;
  const url = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/?#]*):([^\s@/?#]+)@([^\s?#"']*)/i.exec(text);
  if (url && !carriesNoSecret(url[3])) {
    const [, scheme, user, secret, rest] = url;
    const query = /^[^\s#"']*\?/.test(text.slice(url.index + url[0].length)) ? "?..." : "";
    return { shape: "url", masked: shorten(`${scheme}${user}:***@${rest}${query}`), secret, user };
  }
  const parameter = /([?&;](?:password|passwd|pass|pwd|secret|token|api[_-]?key|access[_-]?token)=)([^&;#\s]+)/i.exec(text);
  if (parameter && !carriesNoSecret(parameter[2])) {
    const before = text.slice(0, parameter.index).split(/[?\s]/)[0] ?? "";
    return { shape: "parameter", masked: shorten(`${before}?...${parameter[1].slice(1)}***`), secret: parameter[2] };
  }
  const option = /\b((?:password|passwd|secret|clientSecret|client_secret)\s*=\s*)"([^"]*)"/i.exec(text);
  if (option && !carriesNoSecret(option[2])) {
    return { shape: "option", masked: `${option[1]}"***"`, secret: option[2] };
  }
  return void 0;
}
function shorten(text) {
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
var ARTICLE = {
  password: "a hard-coded password",
  secret: "a hard-coded secret",
  token: "a hard-coded token",
  "API key": "a hard-coded API key",
  "private key": "a hard-coded private key",
  "access key": "a hard-coded access key",
  "secret key": "a hard-coded secret key",
  key: "a hard-coded key",
  salt: "a hard-coded salt",
  credentials: "hard-coded credentials"
};
var CREDENTIAL_PAIRS = /(^|_)(ADD_LOCAL_USERS?|LOCAL_USERS|BASIC_AUTH_USERS?|AUTH_USERS|HTPASSWD_USERS?|USERS_CREDENTIALS|ADMIN_CREDENTIALS)$/i;
function credentialPair(name, text) {
  if (!CREDENTIAL_PAIRS.test(name)) return void 0;
  const pair = /^([^\s:@/,]+):([^\s@/,]+)(,|$)/.exec(unquote(text));
  if (!pair || carriesNoSecret(pair[2])) return void 0;
  return { user: pair[1], secret: pair[2] };
}
function lineHolding(text, within, needle) {
  if (within.line === within.endLine || needle === "") return void 0;
  const lines = text.split("\n");
  for (let line = within.line; line <= within.endLine && line <= lines.length; line++) {
    const source = lines[line - 1];
    if (!source.includes(needle)) continue;
    const start = source.length - source.trimStart().length;
    return { file: within.file, line, column: start + 1, endLine: line, endColumn: source.trimEnd().length + 1 };
  }
  return void 0;
}
var SECRET_OPTIONS = { masterauth: "password" };
var SWITCH_OPTION = /^((no|skip|ask|prompt|allow[-_]empty|allow[-_]no)[-_]|askpass$)/i;
function optionKind(name) {
  if (SWITCH_OPTION.test(name)) return void 0;
  return SECRET_OPTIONS[name.toLowerCase()] ?? secretKind(name);
}
var MYSQL = { attached: "-p", promptingPassword: true };
var REDIS = { separate: "-a" };
var POSTGRES = { promptingPassword: true };
var CLIENT_PASSWORD_OPTIONS = new Map([
  ...["mysql", "mysqladmin", "mysqldump", "mariadb", "mariadb-admin", "mariadb-dump"].map((name) => [name, MYSQL]),
  ...["redis-cli", "valkey-cli", "keydb-cli"].map((name) => [name, REDIS]),
  ...["mongo", "mongosh"].map((name) => [name, { separate: "-p" }]),
  ["sqlcmd", { separate: "-P" }],
  ...["psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_isready", "pg_basebackup", "createdb", "dropdb", "createuser", "dropuser", "vacuumdb", "reindexdb"].map(
    (name) => [name, POSTGRES]
  )
]);

// src/model/secret-mask.ts
function star(text, from, to) {
  return to <= from ? text : text.slice(0, from) + "*".repeat(to - from) + text.slice(to);
}
function inner(text, from, to) {
  const first = text[from];
  return (first === '"' || first === "'") && to - from >= 2 && text[to - 1] === first ? [from + 1, to - 1] : [from, to];
}
var MAPPING_ENTRY = /^(\s*(?:-\s+)?)(["']?)([A-Za-z_][\w.-]*)\2\s*:(?:\s+|$)/;
var FLOW_ENTRY = /(?<=[{,]\s*)(["']?)([A-Za-z_][\w.-]*)\1\s*:\s*("[^"]*"|'[^']*'|[^,{}[\]#]*)/g;
var ASSIGNMENT = /(?<![\w.-])(-{0,2}[A-Za-z_][\w.-]*)=("[^"]*"|'[^']*'|[^\s,\]}"']*)/g;
var OPTION_AND_VALUE = /(?<![\w.-])(--?[A-Za-z][\w.-]*)["']?(?:\s*,\s*|\s+)("[^"]*"|'[^']*'|[^\s,\]}"'#-][^\s,\]}"']*)/g;
var REFERENCE_ONLY = /^(|\$\$?[A-Za-z_]\w*|\$\$?\{[A-Za-z_]\w*(:?\?[^}$]*)?\})$/;
function carriesNoSecret2(value) {
  return REFERENCE_ONLY.test(value.trim());
}
function secretName(name) {
  return optionKind(name.replace(/^-+/, "")) !== void 0;
}
function maskSecretValues(line) {
  let out = line;
  const entry = MAPPING_ENTRY.exec(out);
  if (entry && secretName(entry[3])) {
    const start = entry[0].length;
    const comment = /\s#/.exec(out.slice(start));
    const end = comment ? start + comment.index : out.trimEnd().length;
    const [from, to] = inner(out, start, end);
    if (!carriesNoSecret2(out.slice(from, to))) out = star(out, from, to);
  }
  for (const match of out.matchAll(FLOW_ENTRY)) {
    if (!secretName(match[2])) continue;
    const value = match[3].trimEnd();
    const valueStart = match.index + match[0].length - match[3].length;
    const [from, to] = inner(out, valueStart, valueStart + value.length);
    if (!carriesNoSecret2(out.slice(from, to))) out = star(out, from, to);
  }
  for (const pattern of [ASSIGNMENT, OPTION_AND_VALUE]) {
    for (const match of out.matchAll(pattern)) {
      if (!secretName(match[1])) continue;
      const valueStart = match.index + match[0].length - match[2].length;
      const [from, to] = inner(out, valueStart, valueStart + match[2].length);
      if (!carriesNoSecret2(out.slice(from, to))) out = star(out, from, to);
    }
  }
  for (let guard = 0; guard < 8; guard++) {
    const embedded = embeddedSecret(out);
    if (!embedded || /^\*+$/.test(embedded.secret)) break;
    const at = out.indexOf(embedded.secret);
    if (at < 0) break;
    out = star(out, at, at + embedded.secret.length);
  }
  return out;
}

export {
  AUTH_METHODS,
  secretKind,
  written,
  writtenText,
  unquote,
  carriesNoSecret,
  strength,
  embeddedSecret,
  ARTICLE,
  credentialPair,
  lineHolding,
  optionKind,
  CLIENT_PASSWORD_OPTIONS,
  star,
  maskSecretValues
};
